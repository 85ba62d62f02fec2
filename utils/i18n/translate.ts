/**
 * UI strings from public/_locales, chosen by the reader's setting rather than the browser's:
 * browser.i18n follows only the browser language, and a reader of Arabic news may run an
 * English browser. The same files give the manifest its name through __MSG_extName__.
 */
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import type { Direction } from '@/utils/analysis/types';

export type Locale = 'en' | 'ar';
type Messages = Record<string, { message: string }>;
export type MessageKey = keyof typeof en;
/** Keys that come in plural forms: `minutes` for `minutes_one`, `minutes_other`, … */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

const CATALOGUES: Record<Locale, Messages> = { en, ar };

export interface Translator {
  locale: Locale;
  dir: Direction;
  t(key: MessageKey, ...substitutions: (string | number)[]): string;
  /** For keys built from data (a work's kind): the message, or null when there is none. */
  lookup(key: string): string | null;
  /** Picks the plural form for `count` by the locale's rules (Arabic has six) and substitutes it as $1. */
  plural(key: PluralKey, count: number, ...more: (string | number)[]): string;
  number(n: number): string;
  date(iso: string): string;
}

export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function createTranslator(locale: Locale): Translator {
  const messages = CATALOGUES[locale];
  const numberFormat = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  const format = (message: string, substitutions: (string | number)[]) =>
    message.replace(/\$(\d)/g, (_, i: string) => {
      const value = substitutions[Number(i) - 1];
      return value === undefined ? '' : typeof value === 'number' ? numberFormat.format(value) : value;
    });
  const lookup = (key: string) => messages[key]?.message ?? (en as Messages)[key]?.message ?? key;

  return {
    locale,
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    t: (key, ...substitutions) => format(lookup(key), substitutions),
    lookup: (key) => messages[key]?.message ?? null,
    plural: (key, count, ...more) => {
      const form = `${key}_${pluralRules.select(count)}`;
      const message = form in messages ? messages[form].message : lookup(`${key}_other`);
      return format(message, [count, ...more]);
    },
    number: (n) => numberFormat.format(n),
    date: (iso) => formatDate(iso, locale),
  };
}

/**
 * A date-only value ("2017-10-07") is a calendar day, not an instant: format it in UTC so that a
 * reader west of Greenwich does not see the day before.
 */
export function formatDate(iso: string, locale: Locale): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
}
