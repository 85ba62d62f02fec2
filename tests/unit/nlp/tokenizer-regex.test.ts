/**
 * The tokenisers scan characters by hand for speed; their specification is still the regex each
 * replaced. Both are held to it on real article text and on random strings of the characters where
 * the two could part: marks, tatweel, zero-width joiners, inner dots and apostrophes, surrogate pairs.
 * So is the count of hard-wrapped lines, which reads only the characters around each line break.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize as attributionTokens, wrappedLineCount } from '@/utils/nlp/attribution/tokens';
import { tokenize as nerTokens } from '@/utils/nlp/tokenize';

const NER_WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const CLITIC_TAIL = /^(.+?)(n't|['’][sS]|['’](?:re|ve|ll|d|m))$/;
const ABBREVIATION = /^(?:[A-Z](?:\.[A-Z])+|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc)$/;
const WRAPPED_LINE = /[\p{L},]\n[a-z]/gu;
const ATTRIBUTION_TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{M}\p{N}\u0640]+(?:[’'\-][\p{L}\p{M}\p{N}\u0640]+)*|\S/gu;

type Token = { text: string; start: number; end: number };

function nerReference(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(NER_WORD)) {
    const start = match.index;
    let word = match[0];
    let end = start + word.length;
    if (ABBREVIATION.test(word) && text[end] === '.') {
      word += '.';
      end += 1;
    }
    const tail = CLITIC_TAIL.exec(word);
    if (tail && /^[A-Za-z]/.test(word)) {
      tokens.push({ text: tail[1], start, end: start + tail[1].length }, { text: tail[2], start: start + tail[1].length, end });
    } else tokens.push({ text: word, start, end });
  }
  return tokens.filter((token, i) => i === 0 || token.start >= tokens[i - 1].end);
}

const attributionReference = (text: string): Token[] =>
  [...text.matchAll(ATTRIBUTION_TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

const PALETTE = [
  'a', 'B', 'x', 'U', 'S', 'M', 'r', 'n', 't', 's', 'é', 'ب', 'ال', 'ّ', 'ً', '5', '٣', '\u0640', '\u200C', '\u200D',
  '.', '.', "'", '’', '-', ',', '،', '؟', ' ', ' ', '\n', '\u00A0', '\u2009', '"', '«', '»', '😀', '𝐀', '\uD800', '\uDC00',
];

/** A deterministic stream of random strings (mulberry32), so a failure is reproducible. */
function randomStrings(count: number, seed = 42): string[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 24) }, () => PALETTE[Math.floor(random() * PALETTE.length)]).join(''),
  );
}

const seed = readFileSync(new URL('../../fixtures/seed-article.html', import.meta.url), 'utf8');
const english = "Sudan's foreign minister, Ibrahim Ghandour, told the U.S.A. envoy: “we don't agree.” Mr. Smith (AP) — al-Bashir's e.g. U.N.";

describe('hand-written tokenisers match their regex definitions', () => {
  const texts = [seed, english, ...randomStrings(3000)];

  it('NER tokeniser', () => {
    for (const text of texts) expect(nerTokens(text)).toEqual(nerReference(text));
  });

  it('attribution tokeniser', () => {
    for (const text of texts) expect(attributionTokens(text)).toEqual(attributionReference(text));
  });

  it('hard-wrapped line count', () => {
    const wrapped = 'a line that stops\nmid-sentence, and\ngoes on,\nb\nc\n𝐀\nd\n\uDC00\ne';
    for (const text of [...texts, wrapped]) expect(wrappedLineCount(text)).toBe(text.match(WRAPPED_LINE)?.length ?? 0);
  });
});
