/**
 * Tagging with an averaged-perceptron model: per token, the score of each tag is the sum of the
 * weights of its features; transitions score the previous tag, alone and with the word.
 */
import { extractFeatures, SHAPE_FEATURE, WORD_FEATURE } from '@/utils/nlp/ner/features';
import { mixHash } from '@/utils/nlp/ner/hash';
import { viterbi } from '@/utils/nlp/ner/viterbi';
import type { NerModel, WeightTable } from '@/utils/nlp/ner/model';

/** Hashes of the features of a tag transition: the previous tag, alone and with the current word. */
export function transitionFeatures(prev: number, wordFeature: number): [number, number] {
  return [mixHash(0x7a91, prev), mixHash(wordFeature, 0x7a93 + prev)];
}

/** I-X may only follow B-X or I-X. */
export function allowedAfter(tags: string[]): boolean[][] {
  return tags.map((prev) =>
    tags.map((tag) => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2)),
  );
}

/** Viterbi over the table's scores for one sentence's features (see features.ts for the layout). */
export function decodeFeatures(table: WeightTable, features: Uint32Array, offsets: Uint32Array, allowed: boolean[][]): Uint8Array {
  const n = offsets.length - 1;
  const nTags = allowed.length;
  const emissions = new Int32Array(n * nTags);
  const transitions = new Int32Array(n * nTags * nTags);
  const prevRows = Array.from({ length: nTags }, (_, j) => table.features.get(transitionFeatures(j, 0)[0]));
  for (let i = 0; i < n; i++) {
    for (let f = offsets[i]; f < offsets[i + 1]; f++) addRow(table, table.features.get(features[f]), emissions, i * nTags);
    emissions[i * nTags] += table.outsideBias;
    const word = features[offsets[i] + WORD_FEATURE];
    // Word-by-tag transitions were only learnt for words the model knows (perceptron.ts).
    const known = table.features.get(word) >= 0;
    for (let j = 0; j < nTags; j++) {
      const at = (i * nTags + j) * nTags;
      addRow(table, prevRows[j], transitions, at);
      if (known) addRow(table, table.features.get(transitionFeatures(j, word)[1]), transitions, at);
    }
  }
  return viterbi(emissions, transitions, n, allowed);
}

/**
 * Features from a guide tagger's output (stacking): the guide is trained on a different corpus
 * (WikiFANE for Arabic), and the main model learns how far to trust it on its own data.
 */
export function withGuideFeatures(features: Uint32Array, offsets: Uint32Array, guide: Uint8Array): { features: Uint32Array; offsets: Uint32Array } {
  const n = offsets.length - 1;
  const out = new Uint32Array(features.length + n * GUIDE_FEATURES);
  const outOffsets = new Uint32Array(n + 1);
  let k = 0;
  const at = (i: number) => (i < 0 || i >= n ? 31 : guide[i]);
  for (let i = 0; i < n; i++) {
    outOffsets[i] = k;
    for (let f = offsets[i]; f < offsets[i + 1]; f++) out[k++] = features[f];
    out[k++] = mixHash(0x6d01, at(i));
    out[k++] = mixHash(0x6d02, at(i - 1) * 32 + at(i));
    out[k++] = mixHash(0x6d03, at(i) * 32 + at(i + 1));
    out[k++] = mixHash(features[offsets[i] + SHAPE_FEATURE], 0x6d04 + at(i));
  }
  outOffsets[n] = k;
  return { features: out, offsets: outOffsets };
}

const GUIDE_FEATURES = 4;

/** Features of a sentence for the main model: the word features, plus the guide's tags when there is a guide. */
export function sentenceFeatures(model: NerModel, words: string[], allowed: boolean[][]): { features: Uint32Array; offsets: Uint32Array } {
  const extracted = extractFeatures(words, model.lang, model.lexicon);
  if (!model.guide) return extracted;
  const guide = decodeFeatures(model.guide, extracted.features, extracted.offsets, allowed);
  return withGuideFeatures(extracted.features, extracted.offsets, guide);
}

export function tagWords(model: NerModel, words: string[], allowed = allowedAfter(model.tags)): string[] {
  const { features, offsets } = sentenceFeatures(model, words, allowed);
  return Array.from(decodeFeatures(model, features, offsets, allowed), (t) => model.tags[t]);
}

function addRow(table: WeightTable, row: number, scores: Int32Array, at: number): void {
  if (row < 0) return;
  const nTags = table.weights.length / table.features.size;
  const base = row * nTags;
  for (let t = 0; t < nTags; t++) scores[at + t] += table.weights[base + t];
}
