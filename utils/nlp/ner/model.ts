/**
 * The NER model as pure data: JSON with typed arrays in base64, parsed into lookup tables. The same
 * file is fetched by the extension (public/models/ner-<lang>.json) and read from disk in Node.
 */
import { base64ToInt16, base64ToUint16, base64ToUint32, toBase64 } from '@/utils/nlp/ner/base64';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import type { Lexicon } from '@/utils/nlp/ner/lexicon';

export const MODEL_FORMAT = 'siyaq-ner/1';

export interface NerModelJson {
  format: typeof MODEL_FORMAT;
  lang: NerLanguage;
  /** IOB2 tags, "O" first. */
  tags: string[];
  /** Uint32 feature hashes; row i of `weights` belongs to featureHashes[i]. */
  featureHashes: string;
  /** Int16 weights, one row of tags.length per feature, quantised by a global scale. */
  weights: string;
  lexicon: { words: string; wordMasks: string; phrases: string; phraseMasks: string };
  /** Seed of the target domain's feature copies (see tagger.ts), or null without domain adaptation. */
  domain: number | null;
  /** Added to the score of O, in weight units: a negative bias trades precision for recall (tuned on dev data). */
  outsideBias: number;
  /** Whether names tagged in one sentence are tagged in the rest of the document too (document.ts). */
  documentConsistency: boolean;
  /** How the model was trained: data, epochs, dev scores. Informative only. */
  meta: Record<string, unknown>;
}

export interface NerModel {
  lang: NerLanguage;
  tags: string[];
  features: HashIndex;
  weights: Int16Array;
  lexicon: Lexicon;
  domain: number | null;
  outsideBias: number;
  documentConsistency: boolean;
  meta: Record<string, unknown>;
}

export function parseModel(json: unknown): NerModel {
  const data = json as NerModelJson;
  if (!data || data.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model`);
  const featureHashes = base64ToUint32(data.featureHashes);
  const weights = base64ToInt16(data.weights);
  if (weights.length !== featureHashes.length * data.tags.length) throw new Error('model weights do not match features');
  const words = base64ToUint32(data.lexicon.words);
  const phrases = base64ToUint32(data.lexicon.phrases);
  return {
    lang: data.lang,
    tags: data.tags,
    features: HashIndex.from(featureHashes),
    weights,
    lexicon: {
      words: HashIndex.from(words),
      wordMasks: base64ToUint16(data.lexicon.wordMasks),
      phrases: HashIndex.from(phrases),
      phraseMasks: base64ToUint16(data.lexicon.phraseMasks),
    },
    domain: data.domain ?? null,
    outsideBias: data.outsideBias ?? 0,
    documentConsistency: data.documentConsistency ?? false,
    meta: data.meta ?? {},
  };
}

export interface LexiconArrays {
  words: Uint32Array;
  wordMasks: Uint16Array;
  phrases: Uint32Array;
  phraseMasks: Uint16Array;
}

export function serializeModel(model: {
  lang: NerLanguage;
  tags: string[];
  featureHashes: Uint32Array;
  weights: Int16Array;
  lexicon: LexiconArrays;
  domain: number | null;
  outsideBias: number;
  documentConsistency: boolean;
  meta: Record<string, unknown>;
}): NerModelJson {
  return {
    format: MODEL_FORMAT,
    lang: model.lang,
    tags: model.tags,
    featureHashes: toBase64(model.featureHashes),
    weights: toBase64(model.weights),
    lexicon: {
      words: toBase64(model.lexicon.words),
      wordMasks: toBase64(model.lexicon.wordMasks),
      phrases: toBase64(model.lexicon.phrases),
      phraseMasks: toBase64(model.lexicon.phraseMasks),
    },
    domain: model.domain,
    outsideBias: model.outsideBias,
    documentConsistency: model.documentConsistency,
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
  };
}
