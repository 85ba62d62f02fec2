/**
 * Word tokenisation with UTF-16 offsets into the original text. Punctuation becomes its own token,
 * as in the CoNLL-style corpora the tagger was trained on; English possessive 's and n't are split
 * the way UD/PTB tokenises them.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const CLITIC_TAIL = /^(.+?)(n't|['’][sS]|['’](?:re|ve|ll|d|m))$/;
// "U.S." and "Gen." keep their period when they are abbreviations, not the end of a sentence.
const ABBREVIATION = /^(?:[A-Z](?:\.[A-Z])+|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    let end = start + word.length;
    if (ABBREVIATION.test(word) && text[end] === '.') {
      word += '.';
      end += 1;
    }
    const tail = CLITIC_TAIL.exec(word);
    if (tail && /^[A-Za-z]/.test(word)) {
      const split = start + tail[1].length;
      tokens.push({ text: tail[1], start, end: split }, { text: tail[2], start: split, end });
    } else {
      tokens.push({ text: word, start, end });
    }
  }
  return dropSkipped(tokens);
}

// matchAll scans on its own copy of the regex, so an abbreviation's period also comes back as a token.
function dropSkipped(tokens: Token[]): Token[] {
  return tokens.filter((token, i) => i === 0 || token.start >= tokens[i - 1].end);
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
