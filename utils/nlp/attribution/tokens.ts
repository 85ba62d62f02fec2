/**
 * Word and punctuation tokens with UTF-16 offsets, and sentence ends, for the attribution scans.
 * One pass each; every later step walks token windows of bounded size, so the analysis stays linear.
 */

import { charClassAt, codePointWidth, SPACE, WORD } from '@/utils/nlp/char-class';

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes and hyphens ("Sudan’s", "al-Bashir") and Arabic marks; dotted Latin
// abbreviations ("U.S.") stay whole. A dot between Arabic words is a sentence end: pages drop the space.
// The scanner below matches what /(?:[A-Za-z]\.){2,}|[\p{L}\p{M}\p{N}\u0640]+(?:[’'\-][\p{L}\p{M}\p{N}\u0640]+)*|\S/gu
// would (tests/unit/nlp/attribution-tokens.test.ts holds it to that regex), without a regex over the whole text.

const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isJoiner = (code: number) => code === 0x2019 /* ’ */ || code === 0x27 /* ' */ || code === 0x2d; /* - */

/** Width of the word character (letter, mark, number, tatweel) at `i`, 0 if there is none. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  if (charClassAt(text, i) === WORD) return codePointWidth(text, i);
  return text.charCodeAt(i) === 0x0640 ? 1 : 0;
}

/** The end of "U.S." style letter-dot pairs at `start` when there are two or more, else `start`. */
function dottedEnd(text: string, start: number): number {
  let end = start;
  while (isAsciiLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0x2e) end += 2;
  return end - start >= 4 ? end : start;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  for (let w = wordCharWidth(text, end); w > 0; w = wordCharWidth(text, end)) end += w;
  while (isJoiner(text.charCodeAt(end)) && wordCharWidth(text, end + 1) > 0) {
    end += 1;
    for (let w = wordCharWidth(text, end); w > 0; w = wordCharWidth(text, end)) end += w;
  }
  return end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (charClassAt(text, i) === SPACE) {
      i += 1;
      continue;
    }
    let end = dottedEnd(text, i);
    if (end === i) end = wordCharWidth(text, i) > 0 ? wordEnd(text, i) : i + codePointWidth(text, i);
    tokens.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (binary search: tokens are sorted). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isWord = (token: Token | undefined): token is Token => !!token && /[\p{L}\p{N}]/u.test(token.text);
export const isLatinWord = (token: Token | undefined) => !!token && /^[A-Za-z\u00C0-\u024F]/.test(token.text);
export const isCapitalized = (token: Token | undefined) => !!token && /^[A-Z\u00C0-\u00DE]/.test(token.text);

const SENTENCE_PUNCT = new Set(['.', '!', '?', '؟', '…']);
const CLOSING_QUOTES = new Set(['”', '»', '"']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col sgt capt maj sen rep gov st jr sr no vs inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * For each token, whether a sentence ends right after it. Ends inside quoted spans do not count,
 * so a multi-sentence quotation stays one statement. A line break ends a sentence, except in text
 * that keeps its source's hard line wraps inside paragraphs: there only punctuation does.
 */
export function sentenceEnds(text: string, tokens: Token[], insideQuote: (offset: number) => boolean): boolean[] {
  const ends = new Array<boolean>(tokens.length).fill(false);
  const wrapped = isHardWrapped(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!next) {
      ends[i] = true;
      continue;
    }
    if (insideQuote(token.start)) continue;
    // Every mark that ends a sentence is one character: most tokens, words, are not looked up.
    const mark = token.end - token.start === 1;
    if (mark && SENTENCE_PUNCT.has(token.text)) {
      ends[i] = !isAbbreviation(tokens[i - 1], token) && !/^[a-z\d,;]/.test(next.text);
    } else if (mark && CLOSING_QUOTES.has(token.text) && SENTENCE_PUNCT.has(tokens[i - 1]?.text ?? '')) {
      ends[i] = !/^[a-z\d,;]/.test(next.text);
    } else if (hasLineBreak(text, token.end, next.start)) {
      ends[i] = wrapped ? /^[:”"»\]]$/.test(token.text) : !/^[a-z]/.test(next.text);
    }
  }
  return ends;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

const MIN_WRAPPED_SHARE = 0.2;
const LETTER = /\p{L}/u;

/** Many lines that stop mid-sentence and go on in lower case: the source's line wrapping survived extraction. */
function isHardWrapped(text: string): boolean {
  const lines = lineCount(text);
  return lines > 5 && wrappedLineCount(text) / lines >= MIN_WRAPPED_SHARE;
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * How many times /[\p{L},]\n[a-z]/gu matches, without running that regex over the whole text: only the
 * characters around each line break are read. Like the regex's matches, two counted breaks never share
 * a character ("a\nb\nc" counts once).
 */
export function wrappedLineCount(text: string): number {
  let count = 0;
  let free = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (!(next >= 0x61 && next <= 0x7a)) continue;
    // A letter outside the BMP sits in two code units before the break.
    const start = at >= 2 && codePointWidth(text, at - 2) === 2 ? at - 2 : at - 1;
    if (start < free) continue;
    const ch = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (ch !== ',' && !LETTER.test(ch)) continue;
    count++;
    free = at + 2;
  }
  return count;
}

function isAbbreviation(previous: Token | undefined, dot: Token): boolean {
  if (dot.text !== '.' || !previous || previous.end !== dot.start) return false;
  const word = previous.text.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(previous.text);
}
