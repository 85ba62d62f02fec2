/**
 * Word tokenisation with UTF-16 offsets into the original text. Punctuation becomes its own token,
 * as in the CoNLL-style corpora the tagger was trained on; English possessive 's and n't are split
 * the way UD/PTB tokenises them.
 */

import { charClassAt, codePointWidth, SPACE, WORD } from '@/utils/nlp/char-class';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const CLITIC_TAIL = /^(.+?)(n't|['’][sS]|['’](?:re|ve|ll|d|m))$/;
// "U.S." and "Gen." keep their period when they are abbreviations, not the end of a sentence.
const ABBREVIATION = /^(?:[A-Z](?:\.[A-Z])+|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc)$/;

const TATWEEL = 0x0640;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const isJoiner = (code: number) => code === 0x2e /* . */ || code === 0x27 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2d; /* - */

/** Width of the word character at `i` (0 if none); `head` also admits tatweel and the zero-width joiners. */
function wordCharWidth(text: string, i: number, head: boolean): number {
  if (i >= text.length) return 0;
  if (charClassAt(text, i) === WORD) return codePointWidth(text, i);
  const code = text.charCodeAt(i);
  return head && (code === TATWEEL || code === ZWNJ || code === ZWJ) ? 1 : 0;
}

/**
 * The end of the word starting at `start`: what /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*\/u
 * matches there (tests/unit/nlp/tokenize.test.ts holds the scanner to that regex).
 */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (let w = wordCharWidth(text, end, true); w > 0; w = wordCharWidth(text, end, true)) end += w;
  while (isJoiner(text.charCodeAt(end)) && wordCharWidth(text, end + 1, false) > 0) {
    end += 1;
    for (let w = wordCharWidth(text, end, false); w > 0; w = wordCharWidth(text, end, false)) end += w;
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
    if (wordCharWidth(text, i, true) === 0) {
      // Anything else is a token of its own: punctuation, symbols, an emoji's surrogate pair.
      const width = codePointWidth(text, i);
      tokens.push({ text: text.slice(i, i + width), start: i, end: i + width });
      i += width;
      continue;
    }
    const start = i;
    let end = wordEnd(text, start);
    let word = text.slice(start, end);
    if (text.charCodeAt(end) === 0x2e && ABBREVIATION.test(word)) {
      word += '.';
      end += 1;
    }
    const tail = word.includes("'") || word.includes('’') ? CLITIC_TAIL.exec(word) : null;
    if (tail && /^[A-Za-z]/.test(word)) {
      const split = start + tail[1].length;
      tokens.push({ text: tail[1], start, end: split }, { text: tail[2], start: split, end });
    } else {
      tokens.push({ text: word, start, end });
    }
    i = end;
  }
  return tokens;
}

const SENTENCE_END = /^[.!?؟…]$/;

/** Sentences as token index ranges: split after terminal punctuation and at line breaks. */
export function splitSentences(text: string, tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (current.length > 0 && text.slice(tokens[i - 1].end, token.start).includes('\n')) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
    if (SENTENCE_END.test(token.text) || current.length >= 120) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
