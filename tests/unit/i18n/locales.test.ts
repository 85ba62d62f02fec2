import { describe, expect, it } from 'vitest';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { createTranslator, formatDate, resolveLocale } from '@/utils/i18n/translate';

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('have the same keys in English and Arabic', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages, except where Arabic spells a number out', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const arabic = (ar as Record<string, { message: string }>)[key].message;
      if (/_(one|two)$/.test(key)) continue;
      expect(placeholders(arabic), key).toEqual(placeholders(message));
    }
  });

  it('translate every message into Arabic script', () => {
    const untranslated = Object.entries(ar).filter(([key, { message }]) => key !== 'settingsLanguageEn' && !/[\u0600-\u06FF]/.test(message));
    expect(untranslated).toEqual([]);
  });
});

describe('translator', () => {
  it('chooses Arabic plural forms by number', () => {
    const t = createTranslator('ar');
    expect(t.plural('minutes', 1)).toBe('دقيقة واحدة');
    expect(t.plural('minutes', 2)).toBe('دقيقتان');
    expect(t.plural('minutes', 5)).toBe(`${t.number(5)} دقائق`);
    expect(t.plural('minutes', 11)).toBe(`${t.number(11)} دقيقة`);
  });

  it('chooses English plural forms and substitutes', () => {
    const t = createTranslator('en');
    expect(t.plural('minutes', 1)).toBe('1 minute');
    expect(t.plural('minutes', 3)).toBe('3 minutes');
    expect(t.t('statements', 8, 5, 3)).toBe('8 statements: 5 named, 3 unnamed');
    expect(t.dir).toBe('ltr');
    expect(createTranslator('ar').dir).toBe('rtl');
  });

  it('follows the browser only when the reader left the choice to it', () => {
    expect(resolveLocale('auto', 'ar-EG')).toBe('ar');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('ar', 'en-US')).toBe('ar');
  });

  it('formats a date-only value as that calendar day in every time zone', () => {
    expect(formatDate('2017-10-07', 'en')).toBe('October 7, 2017');
    expect(formatDate('2017-10-07', 'ar')).toContain('أكتوبر');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
