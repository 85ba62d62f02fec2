/**
 * Words that head a person's or organisation's descriptor: the job titles and ranks that make
 * "الجنرال الأميركي جوزيف فوتل" or "Sudan's foreign minister, Ibrahim Ghandour" a role, not just
 * nearby words.
 */
import { normalizeArabic, normalizedSet, readings, singularize, stripArticle } from '@/utils/nlp/attribution/arabic-text';

const ARABIC_TITLES = normalizedSet([
  'جنرال', 'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'مستشار', 'مستشارة', 'متحدث', 'متحدثة', 'ناطق', 'باحث', 'باحثة',
  'كاتب', 'كاتبة', 'صحفي', 'صحافي', 'صحفية', 'سفير', 'سفيرة', 'نائب', 'نائبة', 'ملك', 'ملكة', 'أمير', 'عقيد',
  'لواء', 'عميد', 'مشير', 'مدير', 'مديرة', 'خبير', 'خبيرة', 'محلل', 'محللة', 'أمين', 'قائد', 'زعيم', 'مرشد',
  'بابا', 'أستاذ', 'أستاذة', 'بروفيسور', 'محامي', 'قاضي', 'مبعوث', 'مبعوثة', 'سيناتور', 'مؤسس', 'عضو', 'منسق',
  'مندوب', 'محافظ', 'عمدة', 'مفوض', 'ممثل', 'ممثلة', 'نقيب', 'مراسل', 'مراسلة', 'ضابط', 'صديق', 'صديقة',
  // Broken plurals, which singularize() cannot undo: "وقال القادة" refers back to named leaders.
  'قادة', 'زعماء', 'رؤساء', 'سفراء', 'نواب', 'أمراء', 'ملوك', 'مدراء', 'قضاة', 'ضباط',
]);

/** Nouns that name what kind of organisation a name is ("مركز كويليام"). */
const ARABIC_ORG_HEADS = normalizedSet([
  'مركز', 'معهد', 'منظمة', 'جامعة', 'وكالة', 'شركة', 'مؤسسة', 'هيئة', 'مجلس', 'جمعية', 'حزب', 'حركة', 'صحيفة',
  'مجلة', 'قناة', 'وزارة', 'لجنة', 'ائتلاف', 'اتحاد', 'مرصد', 'بنك', 'صندوق', 'جبهة', 'تنظيم', 'شبكة',
]);

export function isArabicTitle(word: string): boolean {
  return readings(word).some((r) => ARABIC_TITLES.has(r) || ARABIC_TITLES.has(normalizeArabic(singularize(r))));
}

/** Title as written, without reading an attached و as a conjunction ("وزير" is a title, "ورئيس" is not). */
export function isArabicTitleAsWritten(word: string): boolean {
  const plain = normalizeArabic(word);
  return ARABIC_TITLES.has(plain) || ARABIC_TITLES.has(stripArticle(plain));
}

export const isArabicOrgHead = (word: string) => readings(word).some((r) => ARABIC_ORG_HEADS.has(r));

const ENGLISH_TITLES = new Set(
  (
    'president minister secretary senator sen governor gov general gen judge chancellor king queen prince princess ' +
    'pope professor prof representative rep mayor ambassador chief director spokesman spokeswoman spokesperson ' +
    'chairman chairwoman chair ceo founder leader commander colonel col lt sgt captain capt admiral adm premier ' +
    'emir sheikh officer correspondent editor analyst researcher economist lawyer attorney author fellow member ' +
    'head envoy adviser advisor deputy candidate counsel official dean executive manager coach justice ' +
    'president-elect vice-president cardinal bishop rabbi imam lieutenant sergeant major marshal'
  ).split(' '),
);

/** Lower-case words that sit inside a title ("foreign minister", "press secretary"). */
const ENGLISH_TITLE_MODIFIERS = new Set(
  (
    'foreign prime vice deputy former senior chief general national security defense defence state interior ' +
    'finance health press country prosecutor attorney assistant acting interim principal executive managing ' +
    'supreme high top regional federal'
  ).split(' '),
);

/** Honorifics are forms of address, not roles. */
export const ENGLISH_HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Miss', 'Sir', 'Dame']);
export const ARABIC_HONORIFICS = normalizedSet(['الدكتور', 'د', 'السيد', 'السيدة', 'الشيخ', 'المهندس']);

export const isEnglishTitle = (word: string) => ENGLISH_TITLES.has(word.toLowerCase().replace(/\.$/, ''));
export const isEnglishTitleModifier = (word: string) => ENGLISH_TITLE_MODIFIERS.has(word.toLowerCase());
