import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecord } from '@/utils/db/history';
import { SiyaqDB } from '@/utils/db/schema';

let db: SiyaqDB;
beforeEach(() => {
  db = new SiyaqDB(`schema-${Math.random()}`);
});
afterEach(() => db.delete());

const analysis = {
  text: '',
  metadata: {
    title: 't', authors: [], publisher: null, siteName: null, publishedDate: null, modifiedDate: null, language: 'en',
    direction: 'ltr' as const, dateline: null, wireAgencies: [], issue: null, page: null, excerpt: null, canonicalUrl: null, wordCount: 0,
  },
  entities: [], quotes: [], works: [],
};

describe('SiyaqDB schema', () => {
  it('indexes what the history queries use', async () => {
    await db.open();
    const schema = db.articles.schema;
    expect(schema.primKey.auto).toBe(true);
    expect(Object.fromEntries(schema.indexes.map((i) => [i.name, { unique: !!i.unique, multi: !!i.multi }]))).toEqual({
      url: { unique: true, multi: false },
      lastVisitedAt: { unique: false, multi: false },
      siteName: { unique: false, multi: false },
      entityKeys: { unique: false, multi: true },
    });
  });

  it('refuses a second record for the same URL', async () => {
    const record = newRecord({ url: 'https://a.test/', visitedUrl: 'https://a.test/', analysis, contentHtml: '', at: 1 });
    await db.articles.add(record);
    await expect(db.articles.add({ ...record, id: undefined })).rejects.toThrow(/ConstraintError|uniqueness/i);
  });
});
