/**
 * The Unicode classes the tokenisers ask of every character: letter, mark or number (`\p{L}\p{M}\p{N}`),
 * white space (`\s`), or anything else. Each code unit is classed once, by those same regexes, and
 * remembered: a regex with Unicode property classes over a whole article cost more than tagging it.
 */

export const OTHER = 0;
export const WORD = 1;
export const SPACE = 2;
export type CharClass = typeof OTHER | typeof WORD | typeof SPACE;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/;

/** Class + 1 per BMP code unit, 0 while not yet asked. */
const known = new Uint8Array(0x10000);

function classOf(char: string): CharClass {
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** How many code units the code point at `i` takes: 2 for a surrogate pair, else 1. */
export function codePointWidth(text: string, i: number): 1 | 2 {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** The class of the code point at `i` (a lone surrogate is OTHER, as a /u regex sees it). */
export function charClassAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (codePointWidth(text, i) === 2) return classOf(text.slice(i, i + 2));
  const cached = known[code];
  if (cached !== 0) return (cached - 1) as CharClass;
  const found = classOf(text[i]);
  known[code] = found + 1;
  return found;
}
