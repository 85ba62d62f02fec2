/**
 * The NER model as pure data: JSON with typed arrays in base64, parsed into lookup tables. The same
 * file is fetched by the extension (public/models/ner-<lang>.json) and read from disk in Node.
 */
import { base64ToInt16, base64ToUint32, toBase64 } from '@/utils/nlp/ner/base64';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import { openPhraseStartFilter, PHRASE_START_BITS, type Lexicon } from '@/utils/nlp/ner/lexicon';

export const MODEL_FORMAT = 'siyaq-ner/1';

export interface NerModelJson extends WeightTableJson {
  format: typeof MODEL_FORMAT;
  lang: NerLanguage;
  /** IOB2 tags, "O" first. */
  tags: string[];
  /** phraseStarts: the lexicon's phrase-start filter (lexicon.ts); absent in older models, which get an open one. */
  lexicon: { words: string; wordMasks: string; phrases: string; phraseMasks: string; phraseStarts?: string };
  /** A tagger trained on another corpus whose output the main weights take as features (tagger.ts). */
  guide: WeightTableJson | null;
  /** Whether names tagged in one sentence are tagged in the rest of the document too (document.ts). */
  documentConsistency: boolean;
  /** The training data's most frequent words, as written: the tagger scores them once per model (tagger.ts). */
  frequentWords?: string[];
  /** How the model was trained: data, epochs, dev scores. Informative only. */
  meta: Record<string, unknown>;
}

export interface WeightTableJson {
  /** Uint32 feature hashes; row i of `weights` belongs to featureHashes[i]. */
  featureHashes: string;
  /** Int16 weights, one row of tags.length per feature, quantised by a global scale. */
  weights: string;
  outsideBias: number;
}

/** Weights of one tagger: a row of scores per feature, looked up by feature hash. */
export interface WeightTable {
  features: HashIndex;
  weights: Int16Array;
  outsideBias: number;
}

export interface NerModel extends WeightTable {
  lang: NerLanguage;
  tags: string[];
  lexicon: Lexicon;
  guide: WeightTable | null;
  documentConsistency: boolean;
  frequentWords: string[];
  meta: Record<string, unknown>;
}

function parsePhraseStarts(base64: string | undefined): Uint32Array {
  if (base64 === undefined) return openPhraseStartFilter();
  const bits = base64ToUint32(base64);
  if (bits.length !== PHRASE_START_BITS / 32) throw new Error('model phraseStarts has the wrong size');
  return bits;
}

/** More than any model ships: a hostile or broken file cannot make the tagger score a million words up front. */
const MAX_FREQUENT_WORDS = 20_000;

function parseFrequentWords(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_FREQUENT_WORDS || !value.every((w) => typeof w === 'string' && w.length > 0 && w.length <= 100)) {
    throw new Error('model frequentWords must be a list of words');
  }
  return value;
}

function parseWeights(json: WeightTableJson, nTags: number): WeightTable {
  const featureHashes = base64ToUint32(json.featureHashes);
  const weights = base64ToInt16(json.weights);
  if (weights.length !== featureHashes.length * nTags) throw new Error('model weights do not match features');
  return { features: HashIndex.from(featureHashes), weights, outsideBias: json.outsideBias ?? 0 };
}

export function parseModel(json: unknown): NerModel {
  const data = json as NerModelJson;
  if (!data || data.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model`);
  const words = base64ToUint32(data.lexicon.words);
  const phrases = base64ToUint32(data.lexicon.phrases);
  return {
    lang: data.lang,
    tags: data.tags,
    ...parseWeights(data, data.tags.length),
    lexicon: {
      words: HashIndex.from(words),
      wordMasks: base64ToUint32(data.lexicon.wordMasks),
      phrases: HashIndex.from(phrases),
      phraseMasks: base64ToUint32(data.lexicon.phraseMasks),
      phraseStarts: parsePhraseStarts(data.lexicon.phraseStarts),
    },
    guide: data.guide ? parseWeights(data.guide, data.tags.length) : null,
    documentConsistency: data.documentConsistency ?? false,
    frequentWords: parseFrequentWords(data.frequentWords),
    meta: data.meta ?? {},
  };
}

export interface LexiconArrays {
  words: Uint32Array;
  wordMasks: Uint32Array;
  phrases: Uint32Array;
  phraseMasks: Uint32Array;
  phraseStarts: Uint32Array;
}

export interface QuantizedWeights {
  featureHashes: Uint32Array;
  weights: Int16Array;
  /** Added to the score of O, in weight units: a negative bias trades precision for recall. */
  outsideBias: number;
}

const weightsJson = (w: QuantizedWeights): WeightTableJson => ({
  featureHashes: toBase64(w.featureHashes),
  weights: toBase64(w.weights),
  outsideBias: w.outsideBias,
});

export function serializeModel(model: {
  lang: NerLanguage;
  tags: string[];
  main: QuantizedWeights;
  guide: QuantizedWeights | null;
  lexicon: LexiconArrays;
  documentConsistency: boolean;
  frequentWords: string[];
  meta: Record<string, unknown>;
}): NerModelJson {
  return {
    format: MODEL_FORMAT,
    lang: model.lang,
    tags: model.tags,
    ...weightsJson(model.main),
    guide: model.guide ? weightsJson(model.guide) : null,
    lexicon: {
      words: toBase64(model.lexicon.words),
      wordMasks: toBase64(model.lexicon.wordMasks),
      phrases: toBase64(model.lexicon.phrases),
      phraseMasks: toBase64(model.lexicon.phraseMasks),
      phraseStarts: toBase64(model.lexicon.phraseStarts),
    },
    documentConsistency: model.documentConsistency,
    frequentWords: model.frequentWords,
    meta: model.meta,
  };
}

/** Lexicon tables from the arrays a training script builds. */
export function lexiconFromArrays(arrays: LexiconArrays): Lexicon {
  return {
    words: HashIndex.from(arrays.words),
    wordMasks: arrays.wordMasks,
    phrases: HashIndex.from(arrays.phrases),
    phraseMasks: arrays.phraseMasks,
    phraseStarts: arrays.phraseStarts,
  };
}
