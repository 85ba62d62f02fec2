/**
 * Language and direction of a text from its letters and words, not from markup: pages declare
 * lang="en-US" on Arabic articles and none on Spanish ones. Markup only names a language the text
 * cannot (Catalan beside Spanish, Chinese beside Japanese).
 */
import type { Direction } from '@/utils/analysis/types';

// Letters Persian uses and Arabic does not (پ چ ژ گ ک ی); Urdu adds ٹ ڈ ڑ ں ہ ے.
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/g;
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06C1\u06D2]/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export interface ScriptProfile {
  arabic: number;
  hebrew: number;
  latin: number;
  /** Letters of the other scripts a news page may be written in: Greek, Cyrillic, Indic, Thai, CJK, Hangul… */
  other: number;
}

const isArabic = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const isHebrew = (c: number) => (c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
const isOther = (c: number) =>
  (c >= 0x0370 && c <= 0x058f) || (c >= 0x0900 && c <= 0x0fff) || (c >= 0x10a0 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/** Letters of each script, by UTF-16 code unit, in one pass (a global match per script built arrays of every letter). */
export function scriptProfile(text: string): ScriptProfile {
  const profile = { arabic: 0, hebrew: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLatin(c)) profile.latin++;
    else if (c < 0x0370) continue;
    else if (isArabic(c)) profile.arabic++;
    else if (isHebrew(c)) profile.hebrew++;
    else if (isOther(c)) profile.other++;
  }
  return profile;
}

/**
 * Frequent words of the Latin-script languages news is most often written in, each in one list only:
 * words two of these languages share ("de", "la", "que", "en", "die") tell them apart no better than
 * chance. In running text a tenth to a quarter of the words are in its own list; lorem ipsum is why
 * French has no "et".
 */
export const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to is that for it with as on by be this are from at have his has but not they said he which were or had their been would who will',
  es: 'el los las y más pero sus fue muy también su hay ya cuando están según tiene puede han había sido sin dijo años mismo',
  fr: 'les est une du dans pour pas qui sur au par ce sont avec plus aux sa ses ont été cette ne elle leur comme nous vous lui aussi',
  de: 'der und das ist nicht den von mit zu ein eine sich auf für dem im auch wird sie werden bei nach wie einer oder aus hat',
  it: 'di che è per non gli della sono alla anche nel dei delle questo più degli nella dal anni essere stato perché molto alle sul loro',
  pt: 'não em um uma os com na dos ao é foi pelo pela seu também sua ele mas quando está são muito isso já há foram pode',
  nl: 'het een van dat niet op zijn voor met ook aan naar bij om wordt werd hij maar nog zich heeft',
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each frequent word and the index in LANGUAGES of the one list it is in. */
const LANGUAGE_OF_WORD = new Map(LANGUAGES.flatMap((language, i) => FUNCTION_WORDS[language].split(' ').map((word) => [word, i] as const)));

/** About 1,000 words of running text: enough to tell, and the cost stays flat on long articles. */
const SAMPLE_CHARS = 6_000;
const MIN_WORDS = 50;
/** Measured on the bench pages: real text 0.089-0.283 in its own list, lorem ipsum at most 0.05. */
const EVIDENT_SHARE = 0.08;
const EVIDENT_LEAD = 1.5;
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGE_OF_WORD.keys()].map((word) => word.length));
const ENGLISH = LANGUAGES.indexOf('en');

/** Lower-case Latin-1 letters: every word of the lists is spelt with them, and the class needs no Unicode tables. */
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

export interface LatinEvidence {
  /** The language whose frequent words are evident ({@link evidentLatinLanguage}). */
  language: string | null;
  /** Whether there are words enough to tell a language, and so to tell that the text is not English. */
  enoughWords: boolean;
  /** The share of the words in English's list. */
  englishShare: number;
}

/** What the frequent words of the text's first 6,000 characters say of its language. */
export function latinEvidence(text: string): LatinEvidence {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  let words = 0;
  for (let i = 0; i < sample.length; i++) {
    if (!isWordCode(sample.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < sample.length && isWordCode(sample.charCodeAt(i + 1))) i++;
    words++;
    // Longer words are in no list: they are counted, not looked up.
    if (i + 1 - start > LONGEST_FUNCTION_WORD) continue;
    const language = LANGUAGE_OF_WORD.get(sample.slice(start, i + 1));
    if (language !== undefined) counts[language]++;
  }
  const englishShare = words > 0 ? counts[ENGLISH] / words : 0;
  if (words < MIN_WORDS) return { language: null, enoughWords: false, englishShare };
  const ranked = counts.map((n, i) => [n, i]).sort((a, b) => b[0] - a[0]);
  const [[top, best], [second]] = ranked;
  const evident = top >= words * EVIDENT_SHARE && top >= second * EVIDENT_LEAD;
  return { language: evident ? LANGUAGES[best] : null, enoughWords: true, englishShare };
}

/**
 * The language whose frequent words are at least 8 % of the text's words and half as many again as
 * any other's; null for short texts, for languages without a list here and for lorem ipsum.
 */
export const evidentLatinLanguage = (text: string): string | null => latinEvidence(text).language;

/** A few pages of text: the script and the Persian or Urdu letters are plain long before. */
const SCRIPT_SAMPLE_CHARS = 10_000;

const isEnglish = (language: string) => language.toLowerCase().split(/[-_]/)[0] === 'en';

/**
 * BCP 47 code of the text's language, or null when there is too little text or nothing tells.
 * Arabic and Hebrew script text is told by its letters. Latin-script text is English when its words
 * say so; it is the page's `declared` language when that is a left-to-right one, unless the page
 * says English of text evidently in another language; otherwise what its words say. Text with words
 * enough to tell and few English ones is not English, whatever the page says (lorem ipsum, Czech);
 * shorter text is English by default.
 * Text in other scripts (Cyrillic, CJK…) is the declared language or unknown: no English NER on it.
 */
export function detectLanguage(text: string, declared: string | null = null): string | null {
  const sample = text.length > SCRIPT_SAMPLE_CHARS ? text.slice(0, SCRIPT_SAMPLE_CHARS) : text;
  const { arabic, hebrew, latin, other } = scriptProfile(sample);
  if (arabic + hebrew + latin + other < 3) return null;
  if (arabic >= hebrew && arabic >= latin && arabic >= other) {
    const persian = count(sample, PERSIAN_ONLY);
    const urdu = count(sample, URDU_ONLY);
    if (urdu > arabic * 0.02 && urdu >= persian / 4) return 'ur';
    if (persian > arabic * 0.02) return 'fa';
    return 'ar';
  }
  if (hebrew >= latin && hebrew >= other) return 'he';
  const declaredLtr = declared && directionOf(declared) === 'ltr' ? declared : null;
  // English is never written in these scripts, whatever the page declares.
  if (other > latin) return declaredLtr && !isEnglish(declaredLtr) ? declaredLtr : null;
  const { language: evident, enoughWords, englishShare } = latinEvidence(sample);
  if (evident === 'en') return declaredLtr && isEnglish(declaredLtr) ? declaredLtr : 'en';
  if (declaredLtr && !isEnglish(declaredLtr)) return declaredLtr;
  if (evident) return evident;
  // Words enough, and too few of them English ones: lorem ipsum, or a language without a list here.
  if (enoughWords && englishShare < EVIDENT_SHARE) return null;
  return declaredLtr ?? 'en';
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export function directionOf(language: string | null): Direction {
  if (!language) return 'ltr';
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
