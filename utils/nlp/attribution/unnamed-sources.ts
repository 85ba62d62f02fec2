/**
 * Unnamed sources: the nouns news writing uses for a source it does not name. A reader wants to see
 * how much of an article rests on them, so they become quotes with named: false.
 */
import { normalizedSet, readings } from '@/utils/nlp/attribution/arabic-text';

const ARABIC_HEADS = normalizedSet([
  'خبير', 'خبراء', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مصدر', 'مصادر', 'محلل', 'محللون', 'محللين', 'مراقب',
  'مراقبون', 'مراقبين', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'شهود', 'شاهد', 'ناشط', 'ناشطون', 'ناشطين',
  'سكان', 'مقربون', 'مقربين', 'مطلعون', 'أوساط', 'جهات', 'جهة', 'تقارير', 'متحدث', 'باحثون',
  'باحثين', 'مختصون', 'مختصين', 'متابعون', 'معارضون', 'مسعفون', 'عسكريون', 'أطباء', 'مواطنون', 'وسائل', 'متطوع', 'متطوعة', 'متطوعون',
  // People close to someone, with the possessive written on: "وقال أصدقاؤه", "وفقاً لأصدقائه".
  'أصدقاء', 'أصدقاؤه', 'أصدقائه', 'أصدقاؤها', 'أصدقائها', 'زملاء', 'زملاؤه', 'زملائه', 'أقارب', 'أقاربه', 'جيران',
]);

const ENGLISH_HEADS = new Set(
  (
    'official officials source sources analyst analysts expert experts diplomat diplomats witness witnesses ' +
    'resident residents activist activists spokesman spokeswoman spokesperson aide aides observer observers ' +
    'critics insider insiders investigators authorities police researchers scientists economists politicians ' +
    'lawmakers people reports report executives employees staff person someone officer officers'
  ).split(' '),
);

export const isArabicUnnamedHead = (word: string) => readings(word).some((r) => ARABIC_HEADS.has(r));

export const isEnglishUnnamedHead = (word: string) => ENGLISH_HEADS.has(word.toLowerCase());
