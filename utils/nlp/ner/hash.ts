/**
 * 32-bit FNV-1a hashing of feature strings. The model stores hashes instead of strings so it stays
 * small; a seed per feature template keeps "w0=X" and "w1=X" apart without building the string.
 */

export function hashString(text: string, seed = 0): number {
  return hashContinue((0x811c9dc5 ^ seed) >>> 0, text);
}

/**
 * The hash of a string that continues the one `hash` was computed from: hashString("ab") =
 * hashContinue(hashString("a"), "b"). `from` and `to` hash a part of `text` without slicing it.
 */
export function hashContinue(hash: number, text: string, from = 0, to = text.length): number {
  let h = hash;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}
