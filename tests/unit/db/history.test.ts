import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis/types';
import { record } from '@/utils/background/record';
import { entityKey } from '@/utils/db/entity-key';
import { entityHistory, listHistory, recordVisit, SAME_VISIT_MS, searchHistory } from '@/utils/db/history';
import { SiyaqDB } from '@/utils/db/schema';
import type { PageArticle } from '@/utils/extract/article';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

function analysis(title: string, people: string[], site = 'العرب'): Analysis {
  return {
    text: people.join(' '),
    metadata: {
      title, authors: [], publisher: site, siteName: null, publishedDate: '2017-10-07', modifiedDate: null,
      language: 'ar', direction: 'rtl', dateline: null, wireAgencies: [], issue: null, page: null, excerpt: null,
      canonicalUrl: null, wordCount: 3,
    },
    entities: people.map((name) => ({ type: 'PERSON', name, mentions: [], aliases: [], role: null })),
    quotes: [],
    works: [],
  };
}

let db: SiyaqDB;
beforeEach(async () => {
  db = new SiyaqDB(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

describe('recordVisit', () => {
  it('keeps one record per URL and adds revisits to its visit list', async () => {
    const base = { url: 'https://a.test/1', visitedUrl: 'https://a.test/1?utm_source=x', contentHtml: '<p>x</p>' };
    await recordVisit(db, { ...base, analysis: analysis('خلافة', ['جوزيف فوتل']), at: 1_000 });
    await recordVisit(db, { ...base, analysis: analysis('خلافة', ['جوزيف فوتل']), at: 1_000 + 60_000 });
    const later = await recordVisit(db, { ...base, analysis: analysis('خلافة', ['جوزيف فوتل']), at: 61_000 + SAME_VISIT_MS });
    expect(await db.articles.count()).toBe(1);
    expect(later.visits).toEqual([1_000, 61_000 + SAME_VISIT_MS]);
    expect(later.firstVisitedAt).toBe(1_000);
    expect(later.visitedUrl).toBe('https://a.test/1?utm_source=x');
  });

  it('lists newest first and finds articles by title, site or entity regardless of hamza forms', async () => {
    await recordVisit(db, { url: 'https://a.test/1', visitedUrl: 'https://a.test/1', contentHtml: '', analysis: analysis('الأول', ['أبوبكر البغدادي']), at: 1 });
    await recordVisit(db, { url: 'https://b.test/2', visitedUrl: 'https://b.test/2', contentHtml: '', analysis: analysis('Second', ['Joseph Votel'], 'Reuters'), at: 2 });
    expect((await listHistory(db)).map((r) => r.url)).toEqual(['https://b.test/2', 'https://a.test/1']);
    expect((await searchHistory(db, 'ابوبكر')).map((r) => r.url)).toEqual(['https://a.test/1']);
    expect((await searchHistory(db, 'reuters')).map((r) => r.url)).toEqual(['https://b.test/2']);
    expect((await searchHistory(db, 'votel')).map((r) => r.url)).toEqual(['https://b.test/2']);
    expect(await searchHistory(db, 'nothing like this')).toEqual([]);
  });

  it('counts the other articles that mention an entity', async () => {
    for (const [i, url] of ['https://a.test/1', 'https://b.test/2', 'https://c.test/3'].entries()) {
      await recordVisit(db, { url, visitedUrl: url, contentHtml: '', analysis: analysis(`t${i}`, ['جوزيف فوتل']), at: i });
    }
    const key = entityKey({ type: 'PERSON', name: 'جوزيف فوتل' });
    expect((await entityHistory(db, [key], 'https://a.test/1')).get(key)).toBe(2);
  });
});

describe('record', () => {
  const extraction: PageArticle = {
    kind: 'article', url: 'https://news.test/a', text: 'x', contentHtml: '', metadata: analysis('t', []).metadata, truncated: false,
  };

  it('respects the recording switch and excluded sites', async () => {
    const a = analysis('t', []);
    expect(await record(db, { ...DEFAULT_SETTINGS, recording: false }, extraction, a, extraction.url, 1)).toEqual({ status: 'off' });
    expect(await record(db, { ...DEFAULT_SETTINGS, excludedSites: ['news.test'] }, extraction, a, extraction.url, 1)).toEqual({ status: 'excluded' });
    expect(await db.articles.count()).toBe(0);
    expect(await record(db, DEFAULT_SETTINGS, extraction, a, extraction.url, 1)).toMatchObject({ status: 'saved', visits: 1 });
  });

  it('reports a full disk quota and keeps what was already stored', async () => {
    await record(db, DEFAULT_SETTINGS, extraction, analysis('kept', []), 'https://news.test/kept', 1);
    vi.spyOn(db.articles, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const outcome = await record(db, DEFAULT_SETTINGS, extraction, analysis('new', []), extraction.url, 2);
    expect(outcome).toEqual({ status: 'full' });
    vi.restoreAllMocks();
    expect((await listHistory(db)).map((r) => r.title)).toEqual(['kept']);
  });
});
