import { describe, expect, it } from 'vitest';
import { normalizeArabic, proclitic } from '@/utils/nlp/arabic';

describe('normalizeArabic', () => {
  it('unifies hamza seats, final yaa and taa marbuta and drops harakat and tatweel', () => {
    expect(normalizeArabic('أوروبا')).toBe('اوروبا');
    expect(normalizeArabic('إسرائيل')).toBe('اسرائيل');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('القاهرة')).toBe('القاهره');
    expect(normalizeArabic('حذّر')).toBe('حذر');
    expect(normalizeArabic('الـعـراق')).toBe('العراق');
  });
});

describe('proclitic', () => {
  it('separates conjunction, preposition and the article ل+ال', () => {
    expect(proclitic('وسوريا')).toEqual({ prefix: 'و', stem: 'سوريا' });
    expect(proclitic('وبالعراق')).toEqual({ prefix: 'وب', stem: 'العراق' });
    expect(proclitic('للاتحاد')).toEqual({ prefix: 'ل', stem: 'الاتحاد' });
  });

  it('leaves short words whole', () => {
    expect(proclitic('بان')).toEqual({ prefix: '', stem: 'بان' });
  });
});
