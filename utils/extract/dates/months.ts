/**
 * Month names as news pages print them, in folded form (see foldArabic): Egyptian/Gulf
 * (يناير…), Levantine/Iraqi (كانون الثاني…), Maghrebi (جانفي، فيفري، أوت…), English, and the Persian
 * solar months, which are Jalali and converted separately.
 */
import { foldArabic } from '@/utils/extract/dates/digits';

const GREGORIAN_AR: Record<string, number> = {
  يناير: 1, 'كانون الثاني': 1, جانفي: 1, ينير: 1,
  فبراير: 2, شباط: 2, فيفري: 2,
  مارس: 3, آذار: 3, اذار: 3,
  أبريل: 4, ابريل: 4, إبريل: 4, نيسان: 4, أفريل: 4, افريل: 4,
  مايو: 5, أيار: 5, ايار: 5, ماي: 5,
  يونيو: 6, يونيه: 6, حزيران: 6, جوان: 6,
  يوليو: 7, يوليه: 7, تموز: 7, جويلية: 7, جويليه: 7,
  أغسطس: 8, اغسطس: 8, آب: 8, أوت: 8, اوت: 8, غشت: 8,
  سبتمبر: 9, أيلول: 9, ايلول: 9, شتنبر: 9,
  أكتوبر: 10, اكتوبر: 10, 'تشرين الأول': 10, 'تشرين الاول': 10,
  نوفمبر: 11, 'تشرين الثاني': 11, نونبر: 11,
  ديسمبر: 12, 'كانون الأول': 12, 'كانون الاول': 12, دجنبر: 12,
};

const ENGLISH: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const JALALI: Record<string, number> = {
  فروردین: 1, اردیبهشت: 2, خرداد: 3, تیر: 4, مرداد: 5, شهریور: 6,
  مهر: 7, آبان: 8, آذر: 9, دی: 10, بهمن: 11, اسفند: 12,
};

function folded(table: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [name, month] of Object.entries(table)) map.set(foldArabic(name), month);
  return map;
}

export const ARABIC_MONTHS = folded(GREGORIAN_AR);
export const ENGLISH_MONTHS = new Map(Object.entries(ENGLISH));
export const JALALI_MONTHS = folded(JALALI);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of the names, longest first so "كانون الثاني" wins over a shorter prefix. */
export function alternation(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
}
