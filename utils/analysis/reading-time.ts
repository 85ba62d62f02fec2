/**
 * Minutes to read `wordCount` words. 200 words a minute is a common silent-reading figure for
 * English; Arabic words carry their clitics, so fewer words cover the same text and the same
 * rate is a fair estimate there too.
 */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
