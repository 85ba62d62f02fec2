/** CoNLL-style NER files: "token TAG" per line, blank line between sentences, IOB1 or IOB2. */
import { readFileSync } from 'node:fs';

export interface LabelledSentence {
  words: string[];
  /** IOB2 tags with types mapped to PER, ORG, LOC, MISC. */
  tags: string[];
  /** Index of the document the sentence belongs to (`-DOCSTART-` lines start a new one). */
  doc: number;
}

const TYPE_NAMES: Record<string, string> = { PER: 'PER', PERS: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', MIS: 'MISC' };

function mapType(type: string): string | null {
  return TYPE_NAMES[type.toUpperCase()] ?? null;
}

/** IOB1 "I-X" that starts an entity becomes "B-X"; unknown types become O. */
export function toIob2(rawTags: string[]): string[] {
  const tags: string[] = [];
  for (const raw of rawTags) {
    const match = /^([BI])-(.+)$/.exec(raw);
    const type = match ? mapType(match[2]) : null;
    if (!match || !type) {
      tags.push('O');
      continue;
    }
    const prev = tags[tags.length - 1];
    const continues = prev !== undefined && prev !== 'O' && prev.slice(2) === type;
    tags.push(match[1] === 'I' && continues ? `I-${type}` : `B-${type}`);
  }
  return tags;
}

export function parseConll(text: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let words: string[] = [];
  let raw: string[] = [];
  let doc = 0;
  const flush = () => {
    if (words.length > 0) sentences.push({ words, tags: toIob2(raw), doc });
    words = [];
    raw = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const parts = trimmed.split(/[\t ]+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (sentences.length > 0) doc += 1;
      continue;
    }
    if (parts.length < 2) continue;
    words.push(parts[0]);
    raw.push(parts[parts.length - 1]);
  }
  flush();
  return sentences;
}

export const readConll = (file: string) => parseConll(readFileSync(file, 'utf8'));

/** Entity spans [start, end) with types from IOB2 tags. */
export function spans(tags: string[]): { start: number; end: number; type: string }[] {
  const result: { start: number; end: number; type: string }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    const type = tags[i].slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${type}`) end++;
    result.push({ start: i, end, type });
  }
  return result;
}
