import { describe, expect, it } from 'vitest';
import { asciiDigits } from '@/utils/extract/dates/digits';
import { parseIsoLike } from '@/utils/extract/dates/iso';
import { jalaliToGregorian } from '@/utils/extract/dates/jalali';
import { toIso } from '@/utils/extract/dates/parsed-date';
import { resolveRelativeDate } from '@/utils/extract/dates/relative';
import { findTextDates } from '@/utils/extract/dates/text-dates';

const first = (text: string) => findTextDates(text)[0]?.date ?? null;

describe('dates written in text', () => {
  it('reads Eastern Arabic and Persian digits', () => {
    expect(asciiDigits('٢٠١٧/١٠/٠٧ ۱۳۹۹')).toBe('2017/10/07 1399');
    expect(first('نُشر في ٢٠١٧/١٠/٠٧')).toBe('2017-10-07');
  });
  it('reads year-first slashes as year/month/day, never year/day/month', () => {
    expect(first('العرب [نُشر في 2017/10/07، العدد: 10774، ص(19)]')).toBe('2017-10-07');
  });
  it('skips day/month pairs that read both ways', () => {
    expect(first('10/7/2017')).toBeNull();
    expect(first('25/12/2020')).toBe('2020-12-25');
  });
  it('reads dotted European and Israeli dates, two-digit years included', () => {
    expect(first('יום רביעי 14.07.2021')).toBe('2021-07-14');
    expect(first('פורסם: 22.05.20 , 17:01')).toBe('2020-05-22');
  });
  it.each([
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['3 مارس/ آذار 2024', '2024-03-03'],
    ['24 نيسان / أبريل 2020', '2020-04-24'],
    ['الخميس 5 تشرين الأول 2017', '2017-10-05'],
    ['الجمعة 8 فيفري 2019', '2019-02-08'],
    ['1 جويلية 2019', '2019-07-01'],
    ['ديسمبر 25, 2020', '2020-12-25'],
    ['Published: March 3, 2015', '2015-03-03'],
    ['3rd of March 2015', '2015-03-03'],
  ])('reads month names: %s', (text, date) => expect(first(text)).toBe(date));
  it('keeps كانون الثاني (January) apart from تشرين الثاني (November)', () => {
    expect(first('2 كانون الثاني 2020')).toBe('2020-01-02');
    expect(first('2 تشرين الثاني 2020')).toBe('2020-11-02');
  });
  it('converts Jalali dates, also with Arabic yeh in the month name', () => {
    expect(jalaliToGregorian(1398, 11, 29)).toEqual([2020, 2, 18]);
    expect(first('۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹')).toBe('2020-05-10');
    expect(first('2 تير 1399 - 12:09:08 ب.ظ')).toBe('2020-06-22');
  });
  it('rejects impossible dates', () => {
    expect(first('31 فبراير 2020')).toBeNull();
    expect(first('2020/13/01')).toBeNull();
  });
});

describe('machine timestamps as pages write them', () => {
  it.each([
    ['2020-06-03T03:01+0400', '2020-06-03T03:01:00+04:00'],
    ['2020-12-01 02:00:00', '2020-12-01T02:00:00'],
    ['2021-06-23T10:58:51.563823Z', '2021-06-23T10:58:51.563Z'],
    ['2020-05-22T20:01:40z', '2020-05-22T20:01:40Z'],
    ['2020-02-18 T 07:20:50 +0330', '2020-02-18T07:20:50+03:30'],
    ['2024-06-25', '2024-06-25'],
  ])('%s', (raw, iso) => expect(toIso(parseIsoLike(raw)!)).toBe(iso));
  it('rejects non-dates', () => {
    expect(parseIsoLike('2020-02-30')).toBeNull();
    expect(parseIsoLike('10-Nov-2000')).toBeNull();
  });
});

describe('relative dates', () => {
  const now = new Date('2019-09-24T02:58:00Z');
  it('resolves them against the given time', () => {
    expect(resolveRelativeDate('قبل 3 ساعات', now)).toBe('2019-09-23');
    expect(resolveRelativeDate('منذ يومين', now)).toBe('2019-09-22');
    expect(resolveRelativeDate('5 hours ago', now)).toBe('2019-09-23');
    expect(resolveRelativeDate('أمس', now)).toBe('2019-09-23');
  });
  it('leaves other text alone', () => expect(resolveRelativeDate('قبل الحرب', now)).toBeNull());
});
