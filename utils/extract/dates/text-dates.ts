/**
 * Calendar dates written in visible text: numeric ("2017/10/07", "١ / ١٢ / ٢٠٢٠", "14.07.2021",
 * "22.05.20"), with month names in Arabic (all three naming traditions, dual forms such as
 * "نيسان / أبريل"), English and Persian (Jalali, converted). Slashed day/month pairs that could be
 * read both ways ("10/7/2017") are skipped: a wrong date is worse than none.
 */
import { asciiDigits, foldArabic } from '@/utils/extract/dates/digits';
import { jalaliToGregorian } from '@/utils/extract/dates/jalali';
import { ARABIC_MONTHS, ENGLISH_MONTHS, JALALI_MONTHS, alternation } from '@/utils/extract/dates/months';
import { isValidYmd, ymd } from '@/utils/extract/dates/parsed-date';

export interface TextDate {
  /** YYYY-MM-DD (Gregorian). */
  date: string;
  /** Index in the folded text (see foldDateText). */
  index: number;
  length: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** The form all date patterns run on: ASCII digits, folded Arabic letters. */
export const foldDateText = (text: string) => foldArabic(asciiDigits(text));

const NAMED = alternation([...ARABIC_MONTHS.keys(), ...ENGLISH_MONTHS.keys(), ...JALALI_MONTHS.keys()]);
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';

const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${NAMED})\\.?(?:\\s*[/-]\\s*(?:${NAMED}))?\\s*[,،]?\\s*(\\d{4})${NOT_LETTER_AFTER}`,
  'giu',
);
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(${NAMED})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})${NOT_LETTER_AFTER}`,
  'giu',
);
const YEAR_FIRST = /(?<![\d.])(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])/g;
const DAY_FIRST = /(?<![\d.:])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d.:])/g;

function monthNumber(name: string): { month: number; jalali: boolean } | null {
  const key = name.toLowerCase();
  const en = ENGLISH_MONTHS.get(key);
  if (en) return { month: en, jalali: false };
  const ar = ARABIC_MONTHS.get(key);
  if (ar) return { month: ar, jalali: false };
  const fa = JALALI_MONTHS.get(key);
  return fa ? { month: fa, jalali: true } : null;
}

function gregorian(y: number, m: number, d: number, jalali: boolean): string | null {
  if (jalali) {
    const g = jalaliToGregorian(y, m, d);
    return g ? ymd(...g) : null;
  }
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidYmd(y, m, d)) return null;
  return ymd(y, m, d);
}

/** Jalali years are 1300-1500; Gregorian news years are later, so the year says which calendar. */
const isJalaliYear = (y: number) => y >= 1300 && y <= 1500;

function fromNamed(day: string, monthName: string, year: string): string | null {
  const month = monthNumber(monthName);
  if (!month) return null;
  const y = Number(year);
  if (month.jalali !== isJalaliYear(y)) return null;
  return gregorian(y, month.month, Number(day), month.jalali);
}

function fromDayFirst(a: number, sep: string, b: number, yearText: string): string | null {
  let y = Number(yearText);
  if (yearText.length === 2) {
    // Two-digit years appear only in dotted European/Israeli style ("22.05.20").
    if (sep !== '.') return null;
    y += 2000;
  }
  if (sep === '.' || a > 12) return gregorian(y, b, a, false);
  if (b > 12) return gregorian(y, a, b, false);
  return null;
}

export function findTextDates(text: string): TextDate[] {
  return findFoldedDates(foldDateText(text));
}

/** findTextDates on text already folded by foldDateText. */
export function findFoldedDates(folded: string): TextDate[] {
  const found: TextDate[] = [];
  const push = (date: string | null, m: RegExpExecArray) => {
    if (date) found.push({ date, index: m.index, length: m[0].length });
  };
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) push(fromNamed(m[1], m[2], m[3]), m);
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) push(fromNamed(m[2], m[1], m[3]), m);
  for (const m of folded.matchAll(YEAR_FIRST)) {
    const y = Number(m[1]);
    push(gregorian(y, Number(m[3]), Number(m[4]), isJalaliYear(y)), m);
  }
  for (const m of folded.matchAll(DAY_FIRST)) push(fromDayFirst(Number(m[1]), m[2], Number(m[3]), m[4]), m);
  return found.sort((a, b) => a.index - b.index);
}
