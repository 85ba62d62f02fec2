/**
 * Small Arabic normalisation for matching cue words, descriptors and names. Kept here so attribution
 * does not wait on the NER module; every lexicon is normalised with the same function at load time.
 */

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;

// Every scan asks for the same few hundred words again and again; the memo keeps that cheap.
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** Spelling variants writers mix freely (أ/إ/آ/ا, ى/ي, ة/ه, ؤ/و, ئ/ي) collapse to one form. */
export function normalizeArabic(word: string): string {
  let plain = memo.get(word);
  if (plain === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    plain = normalizeUncached(word);
    memo.set(word, plain);
  }
  return plain;
}

function normalizeUncached(word: string): string {
  return word
    .replace(HARAKAT, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

export const isArabicWord = (word: string) => ARABIC_LETTER.test(word);

/** Conjunction proclitic و or ف, which attaches to any word in running text. */
export function stripConjunction(word: string): string {
  return /^[وف]/.test(word) && word.length > 2 ? word.slice(1) : word;
}

/** Definite article, including after the prepositions ب ل ك (بال، لل، كال). */
export function stripArticle(word: string): string {
  if (/^(ال|بال|كال)/.test(word) && word.length > 4) return word.slice(word.indexOf('ال') + 2);
  if (word.startsWith('لل') && word.length > 4) return word.slice(2);
  return word;
}

/** Candidate readings of a running-text word: as written, without و/ف, without ال, without both. */
export function readings(word: string): string[] {
  const plain = normalizeArabic(word);
  const noConj = stripConjunction(plain);
  return [...new Set([plain, noConj, stripArticle(plain), stripArticle(noConj)])];
}

export const normalizedSet = (words: readonly string[]) => new Set(words.map(normalizeArabic));

/**
 * Singular of a plural or dual descriptor word: "الباحثين" → "باحث", "الفرنسيين" → "فرنسي".
 * Used only where the descriptor is shared by coordinated names, so the plural is known.
 */
export function singularize(word: string): string {
  const bare = stripArticle(word);
  if (/(يين|يون)$/.test(bare)) return bare.slice(0, -2);
  if (/ات$/.test(bare) && bare.length > 4) return `${bare.slice(0, -2)}ة`;
  if (/(ين|ون|ان)$/.test(bare) && bare.length > 4) return bare.slice(0, -2);
  return bare;
}

const FUNCTION_WORDS = normalizedSet([
  'من', 'في', 'إلى', 'عن', 'على', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأن', 'الذي', 'التي', 'الذين',
  'و', 'ثم', 'أو', 'لكن', 'حيث', 'كما', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'هو', 'هي', 'هم', 'بعد', 'قبل',
  'خلال', 'عبر', 'أمام', 'حول', 'منذ', 'إذ', 'إذا', 'بين', 'عند', 'لدى', 'حتى',
]);

/** Prepositions, conjunctions and complementisers: they end a name or descriptor phrase. */
export const isArabicFunctionWord = (word: string) => FUNCTION_WORDS.has(normalizeArabic(word));

/** Nisba adjective with the article ("البريطاني", "الأميركية"), not a relative pronoun ("الذي"). */
export const isDefiniteNisba = (word: string) => /^ال..+(ي|يه)$/.test(normalizeArabic(word)) && !isArabicFunctionWord(word);
