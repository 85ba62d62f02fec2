/**
 * From tagged tokens to mentions with offsets into the text. The taggers' training data tags Arabic
 * words with their attached proclitics ("وسوريا" B-LOC), so a mention's first word loses و ف ب ل ك
 * here when the evidence says they are clitics and not part of the name ("وفوتل" → "فوتل", but
 * "واشنطن" and "لوران" stay whole).
 */
import type { EntityType, Mention } from '@/utils/analysis/types';
import { normalizeArabic, proclitic, procliticSplits } from '@/utils/nlp/arabic';
import { LexiconBit, wordHash, wordMask, type Lexicon } from '@/utils/nlp/ner/lexicon';
import type { Token } from '@/utils/nlp/tokenize';

export interface TypedMention extends Mention {
  type: EntityType;
  /** Normalised words of the mention, clitics removed: the key for merging. */
  words: string[];
}

const ENTITY_TYPES: Record<string, EntityType> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
  MISC: 'MISC',
};

const NAME_BITS =
  (1 << LexiconBit.personName) | (1 << LexiconBit.firstName) | (1 << LexiconBit.place) | (1 << LexiconBit.listPerson) |
  (1 << LexiconBit.listPlace) | (1 << LexiconBit.listOrganization) | (1 << LexiconBit.listMisc) | (1 << LexiconBit.country) |
  (1 << LexiconBit.city);

/**
 * How many leading letters of the mention's first word are proclitics. `standalone` holds the
 * normalised words of the document: a stem that also occurs on its own is the best evidence that
 * the letters before it are clitics.
 */
export function procliticLength(word: string, lexicon: Lexicon, standalone: Set<string>): number {
  const norm = normalizeArabic(word);
  const known = (w: string) => (wordMask(lexicon, wordHash(w)) & NAME_BITS) !== 0;
  let best = 0;
  let bestScore = known(norm) ? 2 : 0;
  for (const k of procliticSplits(norm)) {
    const stem = norm.slice(k);
    const article = stem.startsWith('ال') || stem.startsWith('ل');
    const score =
      (known(stem) ? 2 : 0) + (standalone.has(stem) ? 3 : 0) + (article ? 2 : 0) + (k === 1 && norm[0] === 'و' && stem.length >= 4 ? 1 : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Offsets are in UTF-16 units of the original word; normalisation only drops marks, so map letter by letter. */
function offsetOfLetter(word: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    if (seen === letters) return i;
    if (normalizeArabic(word[i])) seen++;
  }
  return word.length;
}

/**
 * "تنظيم" in "تنظيم داعش", "مركز" in "مركز كويليام": the news corpus leaves these head nouns outside
 * the name, readers name the organisation with them (merge-entities.ts picks the display name).
 */
function isDescriptor(token: Token, lexicon: Lexicon): boolean {
  const stem = proclitic(normalizeArabic(token.text)).stem;
  return (wordMask(lexicon, wordHash(stem)) & (1 << LexiconBit.organizationTrigger)) !== 0;
}

export function mentionsFromTags(
  text: string,
  tokens: Token[],
  tags: string[],
  lang: string,
  lexicon: Lexicon,
): TypedMention[] {
  // Only Arabic mentions carry proclitics to weigh (procliticLength).
  const standalone = new Set(lang === 'ar' ? tokens.map((t) => normalizeArabic(t.text)) : []);
  const mentions: TypedMention[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    const tag = tags[i].slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${tag}`) end++;
    const type = ENTITY_TYPES[tag];
    let start = tokens[i].start;
    if (lang === 'ar' && tag === 'ORG' && isDescriptor(tokens[i], lexicon)) {
      // The organisation starts with its head noun ("لمركز كويليام"): its proclitics are never part of the name.
      start += offsetOfLetter(tokens[i].text, proclitic(normalizeArabic(tokens[i].text)).prefix.length);
    } else if (lang === 'ar') start += offsetOfLetter(tokens[i].text, procliticLength(tokens[i].text, lexicon, standalone));
    if (lang === 'ar' && tag === 'ORG' && i > 0 && isDescriptor(tokens[i - 1], lexicon)) {
      const before = tokens[i - 1];
      start = before.start + offsetOfLetter(before.text, proclitic(normalizeArabic(before.text)).prefix.length);
    }
    const last = tokens[end - 1];
    let stop = last.end;
    if (lang !== 'ar' && /^['’]s$/i.test(last.text) && end - 1 > i) stop = tokens[end - 2].end;
    const mentionText = text.slice(start, stop);
    if (type && mentionText) {
      const words = mentionText.split(/\s+/).map((w) => (lang === 'ar' ? normalizeArabic(w) : w.toLowerCase()));
      mentions.push({ type, text: mentionText, start, end: stop, words });
    }
    i = end - 1;
  }
  return mentions;
}
