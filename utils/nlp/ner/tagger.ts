/**
 * Tagging with an averaged-perceptron model: per token, the score of each tag is the sum of the
 * weights of its features; transitions score the previous tag, alone and with the word.
 */
import {
  FeatureList,
  SHAPE_FEATURE,
  WORD_FEATURE,
  outsideRoles,
  phraseMatches,
  pushPairFeatures,
  wordInfo,
  type NerLanguage,
  type WordInfo,
} from '@/utils/nlp/ner/features';
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

const tagCount = (table: WeightTable) => table.weights.length / table.features.size;

function addRow(table: WeightTable, row: number, scores: Int32Array, at: number): void {
  if (row < 0) return;
  const nTags = tagCount(table);
  const base = row * nTags;
  for (let t = 0; t < nTags; t++) scores[at + t] += table.weights[base + t];
}

const baseTransitionCache = new WeakMap<WeightTable, Int32Array>();

/** Scores of the previous tag alone (nTags × nTags), the same at every token. */
function baseTransitions(table: WeightTable): Int32Array {
  let base = baseTransitionCache.get(table);
  if (!base) {
    const nTags = tagCount(table);
    base = new Int32Array(nTags * nTags);
    for (let prev = 0; prev < nTags; prev++) addRow(table, table.features.get(transitionFeatures(prev, 0)[0]), base, prev * nTags);
    baseTransitionCache.set(table, base);
  }
  return base;
}

/** Transition scores into a word: the previous tag alone, plus with the word if the model knows it. */
function wordTransitions(table: WeightTable, wordFeature: number, allocate: (size: number) => Int32Array = (size) => new Int32Array(size)): Int32Array {
  const base = baseTransitions(table);
  // Word-by-tag transitions were only learnt for words the model knows (perceptron.ts).
  if (table.features.get(wordFeature) < 0) return base;
  const nTags = tagCount(table);
  const scores = allocate(base.length);
  scores.set(base);
  for (let prev = 0; prev < nTags; prev++) addRow(table, table.features.get(transitionFeatures(prev, wordFeature)[1]), scores, prev * nTags);
  return scores;
}

function addOutsideBias(table: WeightTable, emissions: Int32Array): Int32Array {
  const nTags = tagCount(table);
  for (let at = 0; at < emissions.length; at += nTags) emissions[at] += table.outsideBias;
  return emissions;
}

/** Viterbi over the table's scores for one sentence's features (see features.ts for the layout). */
export function decodeFeatures(table: WeightTable, features: Uint32Array, offsets: Uint32Array, allowed: boolean[][]): Uint8Array {
  const n = offsets.length - 1;
  const nTags = allowed.length;
  const emissions = new Int32Array(n * nTags);
  const transitions: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    for (let f = offsets[i]; f < offsets[i + 1]; f++) addRow(table, table.features.get(features[f]), emissions, i * nTags);
    transitions.push(wordTransitions(table, features[offsets[i] + WORD_FEATURE]));
  }
  return viterbi(addOutsideBias(table, emissions), transitions, allowed);
}

/**
 * Features from a guide tagger's output (stacking): the guide is trained on a different corpus
 * (WikiFANE for Arabic), and the main model learns how far to trust them on its own data.
 */
function guideFeatures(guide: Uint8Array, i: number, shapeFeature: number): number[] {
  const at = (k: number) => (k < 0 || k >= guide.length ? 31 : guide[k]);
  return [
    mixHash(0x6d01, at(i)),
    mixHash(0x6d02, at(i - 1) * 32 + at(i)),
    mixHash(0x6d03, at(i) * 32 + at(i + 1)),
    mixHash(shapeFeature, 0x6d04 + at(i)),
  ];
}

export function withGuideFeatures(features: Uint32Array, offsets: Uint32Array, guide: Uint8Array): { features: Uint32Array; offsets: Uint32Array } {
  const out: number[] = [];
  const outOffsets = new Uint32Array(offsets.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    outOffsets[i] = out.length;
    for (let f = offsets[i]; f < offsets[i + 1]; f++) out.push(features[f]);
    out.push(...guideFeatures(guide, i, features[offsets[i] + SHAPE_FEATURE]));
  }
  outOffsets[offsets.length - 1] = out.length;
  return { features: Uint32Array.from(out), offsets: outOffsets };
}

/**
 * A word as one weight table scores it, whatever its context: the sums of its own features (inside a
 * sentence and as its first word, which differ in the casing feature) and of the features it gives
 * its neighbours, one row of tags each at the {@link Row} offsets; and its transitions.
 */
interface WordScores {
  rows: Int32Array;
  transitions: Int32Array;
}

/** Rows of WordScores.rows, in units of nTags. */
const enum Row {
  Own, First, AsPrev, AsNext, AsPrev2, AsNext2, Count,
}

interface CachedWord {
  info: WordInfo;
  main: WordScores;
  guide: WordScores | null;
}

function addRows(table: WeightTable, features: number[], scores: Int32Array, at: number): void {
  // Not for…of: its iterator boxed every hash above the small-integer range, a fifth of the tagger's garbage.
  for (let k = 0; k < features.length; k++) addRow(table, table.features.get(features[k]), scores, at);
}

function wordScores(table: WeightTable, info: WordInfo, lang: NerLanguage, allocate: (size: number) => Int32Array): WordScores {
  const nTags = tagCount(table);
  const rows = allocate(Row.Count * nTags);
  addRows(table, info.own, rows, Row.Own * nTags);
  rows.copyWithin(Row.First * nTags, Row.Own * nTags, (Row.Own + 1) * nTags);
  if (lang !== 'ar') {
    addRow(table, table.features.get(info.casingInner), rows, Row.Own * nTags);
    addRow(table, table.features.get(info.casingFirst), rows, Row.First * nTags);
  }
  addRows(table, info.asPrev, rows, Row.AsPrev * nTags);
  addRows(table, info.asNext, rows, Row.AsNext * nTags);
  addRows(table, info.asPrev2, rows, Row.AsPrev2 * nTags);
  addRows(table, info.asNext2, rows, Row.AsNext2 * nTags);
  return { rows, transitions: wordTransitions(table, info.own[WORD_FEATURE], allocate) };
}

const outsideCache = new WeakMap<WeightTable, Int32Array>();

/** What a missing neighbour gives a token, in the rows AsPrev..AsNext2 of a word's scores. */
function outsideScores(table: WeightTable, lang: NerLanguage): Int32Array {
  let rows = outsideCache.get(table);
  if (!rows) {
    const nTags = tagCount(table);
    const roles = outsideRoles(lang);
    rows = new Int32Array(Row.Count * nTags);
    addRows(table, roles.prev, rows, Row.AsPrev * nTags);
    addRows(table, roles.next, rows, Row.AsNext * nTags);
    addRows(table, roles.prev2, rows, Row.AsPrev2 * nTags);
    addRows(table, roles.next2, rows, Row.AsNext2 * nTags);
    outsideCache.set(table, rows);
  }
  return rows;
}

/** Scores of the words seen so far in one document, by word as written. */
export class WordCache {
  readonly words = new Map<string, CachedWord>();
  private pool = new Int32Array(POOL_CHUNK);
  private used = 0;

  /** @param frequent the model's frequent words, scored once for all documents ({@link frequentWordScores}) */
  constructor(readonly frequent: ReadonlyMap<string, CachedWord> = new Map()) {}

  /**
   * Zeroed room for a word's scores, cut from a chunk of one buffer: typed arrays of a word's
   * transition size live outside the JS heap, and allocating one per word cost more than scoring it.
   */
  allocate = (size: number): Int32Array => {
    if (this.used + size > this.pool.length) {
      this.pool = new Int32Array(Math.max(POOL_CHUNK, size));
      this.used = 0;
    }
    this.used += size;
    return this.pool.subarray(this.used - size, this.used);
  };

  private sentenceScores = [new Int32Array(1024), new Int32Array(1024)];

  /** One sentence's context features, emptied for the next ({@link FeatureList}). */
  readonly context = new FeatureList();

  /** Room for one sentence's emission scores of one table (0: main, 1: guide), reused by the next sentence. */
  emissions(table: 0 | 1, size: number): Int32Array {
    if (this.sentenceScores[table].length < size) this.sentenceScores[table] = new Int32Array(size * 2);
    return this.sentenceScores[table].subarray(0, size);
  }
}

/** Int32s per buffer chunk: room for about 120 words' scores with word transitions. */
const POOL_CHUNK = 1 << 14;

function scoreWord(model: NerModel, word: string, allocate: (size: number) => Int32Array): CachedWord {
  const info = wordInfo(word, model.lang, model.lexicon);
  const guide = model.guide ? wordScores(model.guide, info, model.lang, allocate) : null;
  return { info, main: wordScores(model, info, model.lang, allocate), guide };
}

const frequentByModel = new WeakMap<NerModel, ReadonlyMap<string, CachedWord>>();

/**
 * The model's frequent words ("the", "said", "في"), scored the first time the model tags: every
 * article has hundreds of them, and scoring them afresh in each document was a third of its tagging.
 */
export function frequentWordScores(model: NerModel): ReadonlyMap<string, CachedWord> {
  let scored = frequentByModel.get(model);
  if (!scored) {
    const cache = new WordCache();
    for (const word of model.frequentWords) cache.words.set(word, scoreWord(model, word, cache.allocate));
    scored = cache.words;
    frequentByModel.set(model, scored);
  }
  return scored;
}

function cachedWords(model: NerModel, words: string[], cache: WordCache): CachedWord[] {
  return words.map((word) => {
    let entry = cache.frequent.get(word) ?? cache.words.get(word);
    if (!entry) {
      entry = scoreWord(model, word, cache.allocate);
      cache.words.set(word, entry);
    }
    return entry;
  });
}

/**
 * Fills `emissions` (every row is overwritten, so it needs no clearing): each token's own scores, what
 * its neighbours give it, and its pair features from `context`.
 */
function emissionsOf(table: WeightTable, words: WordScores[], outside: Int32Array, context: Uint32Array, offsets: Uint32Array, emissions: Int32Array): Int32Array {
  const nTags = tagCount(table);
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const at = i * nTags;
    const own = words[i].rows;
    const ownAt = (i === 0 ? Row.First : Row.Own) * nTags;
    const prev = i > 0 ? words[i - 1].rows : outside;
    const next = i + 1 < n ? words[i + 1].rows : outside;
    const prev2 = i > 1 ? words[i - 2].rows : outside;
    const next2 = i + 2 < n ? words[i + 2].rows : outside;
    for (let t = 0; t < nTags; t++) {
      emissions[at + t] =
        own[ownAt + t] +
        prev[Row.AsPrev * nTags + t] +
        next[Row.AsNext * nTags + t] +
        prev2[Row.AsPrev2 * nTags + t] +
        next2[Row.AsNext2 * nTags + t];
    }
    for (let f = offsets[i]; f < offsets[i + 1]; f++) addRow(table, table.features.get(context[f]), emissions, at);
  }
  return emissions;
}

/**
 * Tags one sentence: the same scores as extractFeatures + decodeFeatures (training's path), but a
 * word's own features are scored once per document: news repeats its words, and a cache that
 * outlived the document would only help a worker that is rarely alive for the next article.
 */
export function tagWords(model: NerModel, words: string[], allowed = allowedAfter(model.tags), cache = new WordCache()): string[] {
  return tagSentence(model, words, allowed, cache).tags;
}

/** {@link tagWords}, with what the tagger read of each word, for the rules that run after it (document.ts). */
export function tagSentence(model: NerModel, words: string[], allowed: boolean[][], cache: WordCache): { tags: string[]; infos: WordInfo[] } {
  const cached = cachedWords(model, words, cache);
  const infos = cached.map((c) => c.info);
  const phrases = phraseMatches(infos, model.lang, model.lexicon);
  const list = cache.context;
  list.length = 0;
  const offsets = new Uint32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    offsets[i] = list.length;
    pushPairFeatures(list, infos, phrases, i);
  }
  offsets[words.length] = list.length;
  const context = list.data;

  const main = cached.map((c) => c.main);
  const nTags = allowed.length;
  const emissions = emissionsOf(model, main, outsideScores(model, model.lang), context, offsets, cache.emissions(0, words.length * nTags));
  if (model.guide) {
    const guideWords = cached.map((c) => c.guide!);
    const guideScores = cache.emissions(1, words.length * nTags);
    const guideEmissions = addOutsideBias(model.guide, emissionsOf(model.guide, guideWords, outsideScores(model.guide, model.lang), context, offsets, guideScores));
    const guide = viterbi(guideEmissions, guideWords.map((g) => g.transitions), allowed);
    for (let i = 0; i < words.length; i++) {
      addRows(model, guideFeatures(guide, i, infos[i].own[SHAPE_FEATURE]), emissions, i * nTags);
    }
  }
  const tags = viterbi(addOutsideBias(model, emissions), main.map((m) => m.transitions), allowed);
  const names = new Array<string>(tags.length);
  for (let i = 0; i < tags.length; i++) names[i] = model.tags[tags[i]];
  return { tags: names, infos };
}
