import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnalysisView } from '@/components/AnalysisView';
import { HistoryList, safeHref } from '@/components/HistoryList';
import { TranslatorContext } from '@/hooks/i18n-context';
import type { Analysis } from '@/utils/analysis/types';
import type { ArticleRecord } from '@/utils/db/types';
import { createTranslator, type Locale } from '@/utils/i18n/translate';

const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const analysis: Analysis = {
  text: 'واشنطن – قال جوزيف فوتل',
  metadata: {
    title: `"خلافة افتراضية" ${hostile}`, authors: [hostile], publisher: 'العرب', siteName: null, publishedDate: '2017-10-07',
    modifiedDate: null, language: 'ar', direction: 'rtl', dateline: 'واشنطن', wireAgencies: ['أ ف ب'], issue: '10774', page: '19',
    excerpt: hostile, canonicalUrl: null, wordCount: 450,
  },
  entities: [
    { type: 'PERSON', name: 'جوزيف فوتل', mentions: [{ text: 'جوزيف فوتل', start: 13, end: 23 }], aliases: ['فوتل'], role: 'قائد القيادة الأميركية الوسطى' },
    { type: 'ORGANIZATION', name: hostile, mentions: [], aliases: [], role: null },
  ],
  quotes: [
    { text: 'القضاء على تنظيم الدولة', speaker: 'جوزيف فوتل', named: true, verb: 'كتب', start: 0, end: 5 },
    { text: 'سيعمل على إقامة خلافة افتراضية', speaker: 'خبراء ومسؤولون', named: false, verb: 'حذّر', start: 0, end: 5 },
  ],
  works: [{ title: 'الخلافة الافتراضية', by: 'تشارلي وينتر', kind: 'report' }],
};

const render = (locale: Locale, node: React.ReactNode) =>
  renderToStaticMarkup(<TranslatorContext.Provider value={createTranslator(locale)}>{node}</TranslatorContext.Provider>);

describe('AnalysisView', () => {
  it('renders page strings as text, never as markup', () => {
    const html = render('en', <AnalysisView analysis={analysis} />);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('shows the article in its own direction, with page strings isolated for bidi', () => {
    const html = render('en', <AnalysisView analysis={analysis} />);
    expect(html).toMatch(/<h1[^>]*dir="rtl"[^>]*lang="ar"/);
    expect(html).toContain('<bdi>العرب</bdi>');
    expect(html).toContain('October 7, 2017');
  });

  it('counts named and unnamed statements and labels each', () => {
    const en = render('en', <AnalysisView analysis={analysis} />);
    expect(en).toContain('2 statements: 1 named, 1 unnamed');
    expect(en).toMatch(/data-named="false"[^]*unnamed/);
    const ar = render('ar', <AnalysisView analysis={analysis} />);
    expect(ar).toContain('غير مسمّى');
    expect(ar).toContain('تقرير');
  });
});

describe('HistoryList', () => {
  it('links only to web and file addresses', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://news.test/a')).toBe('https://news.test/a');
    const record = { id: 1, url: 'javascript:alert(1)', visitedUrl: 'javascript:alert(1)', title: 't', siteName: null, publishedDate: null, language: 'en', direction: 'ltr', analysis, contentHtml: '', visits: [1], firstVisitedAt: 1, lastVisitedAt: 1, entityKeys: [] } satisfies ArticleRecord;
    expect(render('en', <HistoryList records={[record]} />)).not.toContain('javascript:');
  });
});
