/**
 * Averaged structured perceptron (Collins 2002) with Viterbi decoding, the same decoding as tagging;
 * weights are averaged lazily (Daumé's trick) so an update costs only the features it touches.
 */
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import { NO_FEATURE, WORD_FEATURE } from '@/utils/nlp/ner/features';
import { transitionFeatures } from '@/utils/nlp/ner/tagger';
import { viterbi } from '@/utils/nlp/ner/viterbi';

export interface TrainingSentence {
  features: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  minCount: number;
  seed: number;
  allowed: boolean[][];
  log?: (message: string) => void;
}

export interface TrainedWeights {
  featureHashes: Uint32Array;
  /** Averaged weights, one row of nTags per feature. */
  weights: Float32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Features seen at least minCount times, plus every tag-history feature. */
function featureIndex(data: TrainingSentence[], nTags: number, minCount: number): HashIndex {
  const counting = new HashIndex(1 << 22);
  let counts = new Uint32Array(1 << 22);
  for (const sentence of data) {
    for (const hash of sentence.features) {
      if (hash === NO_FEATURE) continue;
      const row = counting.insert(hash);
      if (row >= counts.length) {
        const bigger = new Uint32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
      counts[row]++;
    }
  }
  const index = new HashIndex(counting.size);
  for (const sentence of data) {
    for (const hash of sentence.features) {
      if (hash !== NO_FEATURE && counts[counting.get(hash)] >= minCount) index.insert(hash);
    }
  }
  for (let prev = 0; prev < nTags; prev++) index.insert(transitionFeatures(prev, 0)[0]);
  return index;
}

export function trainPerceptron(data: TrainingSentence[], nTags: number, options: TrainOptions): TrainedWeights {
  const index = featureIndex(data, nTags, options.minCount);
  // Word-by-tag history features are added to the index as they are first needed.
  let capacity = Math.ceil(index.size * 1.3) + 1024;
  let w = new Float32Array(capacity * nTags);
  let total = new Float64Array(capacity * nTags);
  let stamp = new Int32Array(capacity * nTags);
  let now = 1;
  const ensure = (row: number) => {
    if (row < capacity) return;
    capacity = Math.ceil(capacity * 1.5);
    const grow = <A extends Float32Array | Float64Array | Int32Array>(a: A, make: (n: number) => A) => {
      const b = make(capacity * nTags);
      b.set(a);
      return b;
    };
    w = grow(w, (n) => new Float32Array(n));
    total = grow(total, (n) => new Float64Array(n));
    stamp = grow(stamp, (n) => new Int32Array(n));
  };
  const update = (row: number, tag: number, delta: number) => {
    const k = row * nTags + tag;
    total[k] += (now - stamp[k]) * w[k];
    stamp[k] = now;
    w[k] += delta;
  };
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  const prevRows = Array.from({ length: nTags }, (_, j) => index.get(transitionFeatures(j, 0)[0]));
  const addRow = (row: number, out: Float64Array, at: number) => {
    if (row < 0) return;
    for (let k = 0; k < nTags; k++) out[at + k] += w[row * nTags + k];
  };
  // Word-by-previous-tag features exist only for indexed words, as an unseen word has none when tagging.
  const wordPrevRow = (word: number, prev: number, create: boolean) => {
    if (index.get(word) < 0) return -1;
    const hash = transitionFeatures(prev, word)[1];
    if (!create) return index.get(hash);
    const row = index.insert(hash);
    ensure(row);
    return row;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const s of order) {
      const { features, offsets, gold } = data[s];
      const n = gold.length;
      const emissions = new Float64Array(n * nTags);
      const transitions = new Float64Array(n * nTags * nTags);
      for (let t = 0; t < n; t++) {
        for (let f = offsets[t]; f < offsets[t + 1]; f++) addRow(index.get(features[f]), emissions, t * nTags);
        const word = features[offsets[t] + WORD_FEATURE];
        for (let j = 0; j < nTags; j++) {
          addRow(prevRows[j], transitions, (t * nTags + j) * nTags);
          addRow(wordPrevRow(word, j, false), transitions, (t * nTags + j) * nTags);
        }
      }
      const perToken = Array.from({ length: n }, (_, t) => transitions.subarray(t * nTags * nTags, (t + 1) * nTags * nTags));
      const guess = viterbi(emissions, perToken, options.allowed);
      for (let t = 0; t < n; t++) {
        tokens++;
        const truth = gold[t];
        const predicted = guess[t];
        const truthPrev = t > 0 ? gold[t - 1] : 0;
        const predictedPrev = t > 0 ? guess[t - 1] : 0;
        if (truth === predicted && truthPrev === predictedPrev) continue;
        if (truth !== predicted) {
          errors++;
          for (let f = offsets[t]; f < offsets[t + 1]; f++) {
            const row = index.get(features[f]);
            if (row < 0) continue;
            update(row, truth, 1);
            update(row, predicted, -1);
          }
        }
        const word = features[offsets[t] + WORD_FEATURE];
        update(prevRows[truthPrev], truth, 1);
        update(prevRows[predictedPrev], predicted, -1);
        const truthRow = wordPrevRow(word, truthPrev, true);
        if (truthRow >= 0) update(truthRow, truth, 1);
        const predictedRow = wordPrevRow(word, predictedPrev, true);
        if (predictedRow >= 0) update(predictedRow, predicted, -1);
      }
      now++;
    }
    options.log?.(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)}% token errors, ${index.size} features`);
  }
  const featureHashes = index.keysByRow();
  const averaged = new Float32Array(index.size * nTags);
  for (let k = 0; k < index.size * nTags; k++) averaged[k] = (total[k] + (now - stamp[k]) * w[k]) / now;
  return { featureHashes, weights: averaged };
}

/**
 * Drops features whose weights are all near zero and quantises the rest to int16 with one global
 * scale (argmax is unchanged by scaling, so tagging can sum integers). No clipping: the tag-history
 * and bias weights are the largest and fire on every token, so saturating them changes decisions.
 */
export function quantize(trained: TrainedWeights, nTags: number, keepFraction: number): { featureHashes: Uint32Array; weights: Int16Array; scale: number } {
  const rows = trained.featureHashes.length;
  const magnitude = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let k = 0; k < nTags; k++) m = Math.max(m, Math.abs(trained.weights[r * nTags + k]));
    magnitude[r] = m;
  }
  const sorted = Float32Array.from(magnitude).sort();
  const cutoff = sorted[Math.floor((1 - keepFraction) * rows)] ?? 0;
  const scale = 32767 / (sorted[rows - 1] || 1);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) if (magnitude[r] > 0 && magnitude[r] >= cutoff && magnitude[r] * scale >= 1) kept.push(r);
  const featureHashes = new Uint32Array(kept.length);
  const weights = new Int16Array(kept.length * nTags);
  kept.forEach((r, i) => {
    featureHashes[i] = trained.featureHashes[r];
    for (let k = 0; k < nTags; k++) {
      weights[i * nTags + k] = Math.round(trained.weights[r * nTags + k] * scale);
    }
  });
  return { featureHashes, weights, scale };
}
