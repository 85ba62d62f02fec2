/**
 * Arabic spelling normalisation and proclitic handling. Sources disagree on hamza seats, final yaa and
 * taa marbuta (WikiFANE writes اوروبا, news writes أوروبا), so matching happens on a normalised form.
 */

const isDropped = (c: number) =>
  (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) ||
  c === 0x0640 || (c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0xfeff;

const REPLACED: Record<number, string> = { 0x0623: 'ا', 0x0625: 'ا', 0x0622: 'ا', 0x0671: 'ا', 0x0649: 'ي', 0x0629: 'ه' };

/** Harakat, tatweel and bidi marks dropped; أ إ آ ٱ → ا, ى → ي, ة → ه. One pass: this runs on every word tagged. */
export function normalizeArabic(word: string): string {
  let first = 0;
  while (first < word.length && !changes(word.charCodeAt(first))) first++;
  // Most words need no change: return them without building a copy.
  if (first === word.length) return word;
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isDropped(c)) continue;
    out += REPLACED[c] ?? word[i];
  }
  return out;
}

const changes = (c: number) => c >= 0x0610 && (isDropped(c) || REPLACED[c] !== undefined);

export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/**
 * Candidate stems of a normalised word with its proclitics removed: conjunction و/ف, then one of
 * the prepositions ب ل ك, then the article ال ("وبالعراق" → "بالعراق", "العراق", "عراق").
 * "لل" is ل + ال with the alef dropped. Stems shorter than two letters are not names.
 */
export function proclitic(word: string): { prefix: string; stem: string } {
  let i = 0;
  if (word.length - i > 3 && (word[i] === 'و' || word[i] === 'ف')) i += 1;
  if (word.length - i > 3 && (word[i] === 'ب' || word[i] === 'ك' || word[i] === 'ل')) {
    if (word[i] === 'ل' && word[i + 1] === 'ل' && word.length - i > 4) {
      return { prefix: word.slice(0, i + 1), stem: 'ا' + word.slice(i + 1) };
    }
    i += 1;
  }
  return { prefix: word.slice(0, i), stem: word.slice(i) };
}

/**
 * Every way to split proclitics off a normalised word, as letter counts: conjunction, then
 * preposition. Unlike {@link proclitic}, which always strips, this leaves the choice to the caller
 * ("فوتل" may be ف + وتل or a name).
 */
export function procliticSplits(word: string): number[] {
  const lengths: number[] = [];
  let i = 0;
  if ('وف'.includes(word[0])) lengths.push((i = 1));
  if ('بلك'.includes(word[i]) && word.length - i > 3) lengths.push(i + 1);
  return lengths.filter((k) => word.length - k >= 2);
}

/** The word without its article: "العراق" → "عراق"; used to match names written with or without it. */
export function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}
