/**
 * Greedy left-to-right decoding with an averaged-perceptron model: per token, the score of each tag
 * is the sum of the weights of its features plus features of the two previous predicted tags.
 * Greedy decoding is what makes tagging fast enough for whole articles on the page's thread budget.
 */
import { extractFeatures } from '@/utils/nlp/ner/features';
import { mixHash } from '@/utils/nlp/ner/hash';
import type { NerModel } from '@/utils/nlp/ner/model';

/** Hashes of the features that depend on the previous tags; shared with the trainer. */
export function historyFeatures(prev: number, prev2: number, wordFeature: number): [number, number, number] {
  return [mixHash(0x7a91, prev), mixHash(0x7a92, prev * 64 + prev2), mixHash(wordFeature, 0x7a93 + prev)];
}

/**
 * The copy of a feature that belongs to one training domain ("frustratingly easy domain adaptation",
 * Daumé 2007): corpora with other annotation habits share the general weights without overriding
 * the target domain's own.
 */
export const domainFeature = (feature: number, domain: number) => mixHash(feature, domain);

/** I-X may only follow B-X or I-X. */
export function allowedAfter(tags: string[]): boolean[][] {
  return tags.map((prev) =>
    tags.map((tag) => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2)),
  );
}

export interface TaggedSentence {
  tags: string[];
  /** Score margin of the chosen tag over the runner-up, in model units. */
  margins: number[];
}

export function tagWords(model: NerModel, words: string[], allowed = allowedAfter(model.tags)): TaggedSentence {
  const { features, offsets } = extractFeatures(words, model.lang, model.lexicon);
  const nTags = model.tags.length;
  const scores = new Int32Array(nTags);
  const tags: string[] = [];
  const margins: number[] = [];
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    for (let f = offsets[i]; f < offsets[i + 1]; f++) addRow(model, features[f], scores);
    if (model.domain !== null) {
      for (let f = offsets[i]; f < offsets[i + 1]; f++) addRow(model, domainFeature(features[f], model.domain), scores);
    }
    for (const h of historyFeatures(prev, prev2, features[offsets[i] + 1])) addRow(model, h, scores);
    scores[0] += model.outsideBias;
    let best = -1;
    let second = -Infinity;
    for (let t = 0; t < nTags; t++) {
      if (!allowed[prev][t]) continue;
      if (best < 0 || scores[t] > scores[best]) {
        if (best >= 0) second = Math.max(second, scores[best]);
        best = t;
      } else {
        second = Math.max(second, scores[t]);
      }
    }
    tags.push(model.tags[best]);
    margins.push(scores[best] - second);
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}

function addRow(model: NerModel, hash: number, scores: Int32Array): void {
  const row = model.features.get(hash);
  if (row < 0) return;
  const nTags = scores.length;
  const base = row * nTags;
  for (let t = 0; t < nTags; t++) scores[t] += model.weights[base + t];
}
