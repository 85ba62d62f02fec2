/** Sentence index, first token and last token for every token, from the per-token sentence ends. */
export interface Sentences {
  id: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

export function sentenceMap(ends: boolean[]): Sentences {
  const n = ends.length;
  const id = new Int32Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  let start = 0;
  let sentence = 0;
  for (let i = 0; i < n; i++) {
    id[i] = sentence;
    first[i] = start;
    if (ends[i]) {
      last.fill(i, start, i + 1);
      start = i + 1;
      sentence++;
    }
  }
  if (start < n) last.fill(n - 1, start, n);
  return { id, first, last };
}
