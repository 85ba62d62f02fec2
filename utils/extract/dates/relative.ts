/**
 * Relative dates ("قبل 3 ساعات", "منذ يومين", "3 hours ago", "yesterday", "أمس") resolved against a
 * given time. Without that time they stay unresolved: the reading time is not the publication date.
 */
import { foldDateText } from '@/utils/extract/dates/text-dates';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const UNIT_MS: [RegExp, number][] = [
  [/^(?:دقيقه|دقائق|دقيقة|minutes?|mins?)$/i, 60_000],
  [/^(?:ساعه|ساعات|ساعة|hours?|hrs?)$/i, HOUR],
  [/^(?:يوم|ايام|days?)$/i, DAY],
];
const DUALS: [RegExp, number][] = [
  [/^(?:دقيقتين|دقيقتان)$/, 2 * 60_000],
  [/^(?:ساعتين|ساعتان)$/, 2 * HOUR],
  [/^(?:يومين|يومان)$/, 2 * DAY],
];

const AR_COUNTED = /(?:قبل|منذ)\s+(\d{1,3})\s+(\p{L}+)/u;
const AR_DUAL = /(?:قبل|منذ)\s+(\p{L}+)/u;
const EN_AGO = /(\d{1,3})\s+([a-z]+)\s+ago\b/i;
const YESTERDAY = /(?:^|[^\p{L}])(?:yesterday|امس)(?![\p{L}])/iu;

function unitMs(word: string, table: [RegExp, number][]): number | null {
  for (const [re, ms] of table) if (re.test(word)) return ms;
  return null;
}

/** UTC calendar date the phrase points to, or null when the phrase is not a relative date. */
export function resolveRelativeDate(phrase: string, now: Date): string | null {
  const text = foldDateText(phrase);
  let ago: number | null = null;
  const counted = AR_COUNTED.exec(text) ?? EN_AGO.exec(text);
  if (counted) {
    const unit = unitMs(counted[2], UNIT_MS);
    if (unit) ago = Number(counted[1]) * unit;
  }
  if (ago === null) {
    const dual = AR_DUAL.exec(text);
    if (dual) ago = unitMs(dual[1], DUALS);
  }
  if (ago === null && YESTERDAY.test(text)) ago = DAY;
  if (ago === null) return null;
  return new Date(now.getTime() - ago).toISOString().slice(0, 10);
}
