/**
 * First-order Viterbi decoding: the best tag sequence under per-token scores and tag-transition
 * scores that may depend on the token. Greedy decoding cut multi-word names short ("عبدالرحيم" of
 * "عبدالرحيم محمد حسين"); the whole-sentence search does not.
 */

/**
 * @param emissions n × nTags scores
 * @param transitions per token, nTags(prev) × nTags scores (tokens may share one matrix); the tag
 *   before the first token is O (0)
 */
export function viterbi(emissions: ArrayLike<number>, transitions: ArrayLike<number>[], allowed: boolean[][]): Uint8Array {
  const n = transitions.length;
  const nTags = allowed.length;
  const { best, back } = scratch(n * nTags);
  const { first, previous } = predecessors(allowed);
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  for (let k = 0; k < nTags; k++) {
    best[k] = allowed[0][k] ? emissions[k] + transitions[0][k] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const scores = transitions[i];
    for (let k = 0; k < nTags; k++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = first[k]; p < first[k + 1]; p++) {
        const j = previous[p];
        const score = best[(i - 1) * nTags + j] + scores[j * nTags + k];
        if (score > top) {
          top = score;
          arg = j;
        }
      }
      best[i * nTags + k] = top + emissions[i * nTags + k];
      back[i * nTags + k] = arg;
    }
  }
  let last = 0;
  for (let k = 1; k < nTags; k++) if (best[(n - 1) * nTags + k] > best[(n - 1) * nTags + last]) last = k;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * nTags + last];
  }
  return tags;
}

// Every cell whose value is used is written first in the same call, so the tables are reused from sentence
// to sentence: allocating typed arrays of this size cost more than the search itself.
let bestTable = new Float64Array(1024);
let backTable = new Uint8Array(1024);

function scratch(size: number): { best: Float64Array; back: Uint8Array } {
  if (bestTable.length < size) {
    bestTable = new Float64Array(Math.max(size, bestTable.length * 2));
    backTable = new Uint8Array(bestTable.length);
  }
  return { best: bestTable, back: backTable };
}

const predecessorCache = new WeakMap<boolean[][], { first: Uint16Array; previous: Uint8Array }>();

/**
 * The tags each tag may follow, in tag order: previous[first[k]..first[k+1]) for tag k. I-X follows
 * only B-X and I-X, so the search tries 2 predecessors instead of every tag for a third of the cells.
 */
function predecessors(allowed: boolean[][]): { first: Uint16Array; previous: Uint8Array } {
  let table = predecessorCache.get(allowed);
  if (!table) {
    const nTags = allowed.length;
    const first = new Uint16Array(nTags + 1);
    const previous: number[] = [];
    for (let k = 0; k < nTags; k++) {
      first[k] = previous.length;
      for (let j = 0; j < nTags; j++) if (allowed[j][k]) previous.push(j);
    }
    first[nTags] = previous.length;
    table = { first, previous: Uint8Array.from(previous) };
    predecessorCache.set(allowed, table);
  }
  return table;
}
