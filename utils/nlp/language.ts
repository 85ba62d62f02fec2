/**
 * Language and direction of a text from its script, not from markup: pages declare lang="en-US" on
 * Arabic articles, so the letters themselves are the evidence.
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
}

const isArabic = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const isHebrew = (c: number) => (c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/** Letters of each script, by UTF-16 code unit, in one pass (a global match per script built arrays of every letter). */
export function scriptProfile(text: string): ScriptProfile {
  const profile = { arabic: 0, hebrew: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLatin(c)) profile.latin++;
    else if (isArabic(c)) profile.arabic++;
    else if (isHebrew(c)) profile.hebrew++;
  }
  return profile;
}

/**
 * BCP 47 code of the text's language, or null when there is too little text to tell.
 * Latin-script text is reported as `fallbackLatin` (the page's declared language when it is a Latin one).
 */
export function detectLanguage(text: string, fallbackLatin = 'en'): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const { arabic, hebrew, latin } = scriptProfile(sample);
  const letters = arabic + hebrew + latin;
  if (letters < 3) return null;
  if (arabic >= hebrew && arabic >= latin) {
    const persian = count(sample, PERSIAN_ONLY);
    const urdu = count(sample, URDU_ONLY);
    if (urdu > arabic * 0.02 && urdu >= persian / 4) return 'ur';
    if (persian > arabic * 0.02) return 'fa';
    return 'ar';
  }
  if (hebrew >= latin) return 'he';
  return fallbackLatin;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export function directionOf(language: string | null): Direction {
  if (!language) return 'ltr';
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
