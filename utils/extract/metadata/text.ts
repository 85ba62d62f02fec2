/** Small string helpers shared by the metadata extractors. */
import { foldArabic } from '@/utils/extract/dates/digits';

/** Longest value any single metadata field may keep: hostile pages put megabytes in a meta tag. */
export const MAX_FIELD_LENGTH = 1000;

export const collapse = (text: string) =>
  text.replace(/[\s\u00A0\u200B\u200E\u200F\uFEFF]+/g, ' ').trim();

/** Whitespace-collapsed and length-capped, or null when nothing is left. */
export function clean(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const value = collapse(text);
  if (!value) return null;
  return value.length > MAX_FIELD_LENGTH ? value.slice(0, MAX_FIELD_LENGTH) : value;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * HTML entities left inside JSON-LD and double-escaped meta values ("&amp;nbsp;"); decoded by table,
 * never through innerHTML, so hostile markup stays text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = text;
  for (let i = 0; i < 3 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(out); i += 1) {
    out = out.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[body.toLowerCase()] ?? whole;
    });
  }
  return out;
}

// The same names and titles are folded over and over (every site name against every candidate):
// the keys are kept, and dropped wholesale when there are many, since a page needs only a few hundred.
const folded = new Map<string, string>();
const FOLDED_MAX = 2000;

/** Comparison key: folded Arabic, unified quotes and dashes, no punctuation, lower case. */
export function foldKey(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = foldArabic(text.normalize('NFKC'))
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (folded.size >= FOLDED_MAX) folded.clear();
    if (text.length <= MAX_FIELD_LENGTH) folded.set(text, key);
  }
  return key;
}

export const tokens = (text: string) => {
  const key = foldKey(text);
  return key ? key.split(' ') : [];
};

/** Share of the tokens in `a` found in the set `b` (0..1). */
export function tokenContainment(a: string[], b: Set<string>): number {
  return a.length === 0 ? 0 : a.filter((t) => b.has(t)).length / a.length;
}

/** Share of a's tokens found in b (0..1). */
export function containment(a: string, b: string): number {
  const ta = tokens(a);
  if (ta.length === 0) return 0;
  const tb = new Set(tokens(b));
  return ta.filter((t) => tb.has(t)).length / ta.length;
}

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator), by UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text.split(/\s+/).filter(Boolean).length, without building the list of words. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

export const isUrlLike = (text: string) => /^(?:https?:)?\/\/|^www\.|^\/[\w/-]*$/i.test(text.trim());

const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isRtlLetter = (c: number) =>
  (c >= 0x0590 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

/** "rtl" or "latin" by the majority of letters; null for neither. */
export function scriptOf(text: string): 'rtl' | 'latin' | null {
  // Counted in one pass: a global match built an array of every letter of the article.
  let latin = 0;
  let rtl = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) latin++;
    else if (isRtlLetter(c)) rtl++;
  }
  if (latin === 0 && rtl === 0) return null;
  return rtl >= latin ? 'rtl' : 'latin';
}
