import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline, splitAuthors } from '@/utils/extract/metadata/byline';
import { agenciesIn, findWireAgencies } from '@/utils/extract/metadata/wires';
import { findDateline } from '@/utils/extract/metadata/dateline';

const ctx = { siteNames: ['Example Times'], articleScript: 'latin' as const };
const ar = { siteNames: ['المدينة نيوز'], articleScript: 'rtl' as const };

describe('bylines', () => {
  it('strips "By", "بقلم", "كتب:", "كتبت" and dates', () => {
    expect(parseByline('By Jane Doe', ctx).authors).toEqual(['Jane Doe']);
    expect(parseByline('by Lucas Nolan22 Dec 2016651', ctx).authors).toEqual(['Lucas Nolan']);
    expect(parseByline('بقلم: أحمد محمد', ar).authors).toEqual(['أحمد محمد']);
    expect(parseByline('كتبت أسماء نصار', ar).authors).toEqual(['أسماء نصار']);
    expect(parseByline('كتب: رمضان أحمد', ar).authors).toEqual(['رمضان أحمد']);
  });
  it('splits several authors, and the Arabic glued "و" only between full names', () => {
    expect(splitAuthors('Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(parseByline('كايلا إبستين وأنجليكا كاساس', ar).authors).toEqual(['كايلا إبستين', 'أنجليكا كاساس']);
    expect(parseByline('محمد وليد', ar).authors).toEqual(['محمد وليد']);
  });
  it('drops asides in parentheses', () => {
    expect(parseByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)', ctx).authors).toEqual(['Martin Untersinger']);
    expect(parseByline('(גלעד מורג)', { siteNames: ['ynet'], articleScript: 'rtl' }).authors).toEqual(['גלעד מורג']);
  });
  it('drops job titles and splits "Name - Place" into author and dateline', () => {
    expect(parseByline('Brenda Goodman, MA', ctx).authors).toEqual(['Brenda Goodman']);
    expect(parseByline('حسام أبو العلا - القاهرة', ar)).toMatchObject({ authors: ['حسام أبو العلا'], dateline: 'القاهرة' });
  });
  it('reads "(أبوظبي - البيان)" as a place credit, not a person', () => {
    expect(parseByline('(أبوظبي - البيان)', ar)).toMatchObject({ authors: [], dateline: 'أبوظبي' });
  });
  it('rejects false bylines', () => {
    for (const fake of ['Staff', 'Tweet', 'Developed By Heba Musa', 'Example Times', 'BBC News', 'Editorial Desk', 'https://facebook.com/x'])
      expect(parseByline(fake, ctx).authors).toEqual([]);
    for (const fake of ['المدينة نيوز', 'المحرر', 'فريق التحرير', 'منوعات', 'Ziad Sankary'])
      expect(parseByline(fake, ar).authors).toEqual([]);
  });
  it('turns an agency in the author slot into a wire credit', () => {
    expect(parseByline('רויטרס', ar)).toMatchObject({ authors: [], agencies: ['רויטרס'] });
    expect(parseByline('By The Associated Press', ctx).agencies).toEqual(['AP']);
  });
  it('isPersonName wants two to six words without digits', () => {
    expect(isPersonName('Jane Doe', ctx)).toBe(true);
    expect(isPersonName('Jane', ctx)).toBe(false);
    expect(isPersonName('Jane Doe 2', ctx)).toBe(false);
  });
});

describe('wire credits', () => {
  it('reads agency lists', () => {
    expect(agenciesIn('رويترز، أ ف ب')).toEqual(['رويترز', 'أ ف ب']);
    expect(agenciesIn('AP/Reuters')).toEqual(['AP', 'Reuters']);
    expect(agenciesIn('Bloomberg Businessweek staff')).toEqual([]);
  });
  it('finds opening, closing and source-line credits', () => {
    expect(findWireAgencies(['KHARTOUM, Sudan (AP) — The government said on Monday that talks would resume.'], [], [])).toEqual(['AP']);
    expect(findWireAgencies(['عمان - قال مسؤول إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. --(بترا)'], [], [])).toEqual(['بترا']);
    expect(findWireAgencies(['The talks will resume next week, officials said. — Reuters'], [], [])).toEqual(['Reuters']);
    expect(findWireAgencies(['نص الخبر.'], ['المصدر : وكالات'], [])).toEqual(['وكالات']);
  });
  it('ignores agencies cited inside sentences', () => {
    expect(findWireAgencies(['وقالت وكالة رويترز إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.'], [], [])).toEqual([]);
  });
});

describe('datelines', () => {
  it.each([
    ['واشنطن – حذّر خبراء ومسؤولون من أن تنظيم داعش سيعمل على إقامة خلافة افتراضية.', 'واشنطن'],
    ['دمشق، سوريا (CNN) -- أكدت جهات معارضة سورية أن مقاتلين سيطروا على مخازن للأسلحة.', 'دمشق، سوريا'],
    ['KHARTOUM, Sudan — The government announced on Monday that sanctions would be lifted.', 'KHARTOUM'],
    ['به گزارش خبرنگار گروه استان های باشگاه خبرنگاران جوان از یزد ، ماموران انتظامی موتور کشف کردند.', 'یزد'],
  ])('%s', (p, place) => expect(findDateline([p], [])).toBe(place));
  it('does not take the outlet opening its own lead for a place', () => {
    expect(findDateline(['خبرگزاری آریا - رئیس سازمان بورس از ورود نقدینگی به بازار سرمایه خبر داد.'], ['خبرگزاری آریا'])).toBeNull();
  });
  it('does not take an ordinary sentence for a dateline', () => {
    expect(findDateline(['However — and this matters — the talks resumed after a long pause in the capital.'], [])).toBeNull();
  });
});
