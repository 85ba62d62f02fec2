/**
 * Reading-history operations over the one Dexie database. Pure over their `db` argument, so unit
 * tests run them against fake-indexeddb and the extension against the real IndexedDB.
 */
import type { Analysis } from '@/utils/analysis/types';
import { entityKey, normalizeName } from '@/utils/db/entity-key';
import type { SiyaqDB } from '@/utils/db/schema';
import type { ArticleRecord } from '@/utils/db/types';

/** Re-opening the popup on the same article within this window is the same visit. */
export const SAME_VISIT_MS = 30 * 60 * 1000;

export interface VisitInput {
  url: string;
  visitedUrl: string;
  analysis: Analysis;
  contentHtml: string;
  at: number;
}

export function newRecord(input: VisitInput): ArticleRecord {
  const { metadata, entities } = input.analysis;
  return {
    url: input.url,
    visitedUrl: input.visitedUrl,
    title: metadata.title,
    siteName: metadata.publisher ?? metadata.siteName,
    publishedDate: metadata.publishedDate,
    language: metadata.language,
    direction: metadata.direction,
    analysis: input.analysis,
    contentHtml: input.contentHtml,
    visits: [input.at],
    firstVisitedAt: input.at,
    lastVisitedAt: input.at,
    entityKeys: [...new Set(entities.map(entityKey))],
  };
}

/** Adds a visit to the list unless it continues the last one; keeps the newest analysis of the page. */
export function withVisit(record: ArticleRecord, input: VisitInput): ArticleRecord {
  const fresh = newRecord(input);
  const continues = input.at - record.lastVisitedAt < SAME_VISIT_MS;
  const visits = continues ? record.visits : [...record.visits, input.at];
  return { ...fresh, id: record.id, visitedUrl: record.visitedUrl, visits, firstVisitedAt: record.firstVisitedAt, lastVisitedAt: input.at };
}

/** Records a visit: one record per canonical URL, revisits extend its visit list. */
export async function recordVisit(db: SiyaqDB, input: VisitInput): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('url').equals(input.url).first();
    const record = existing ? withVisit(existing, input) : newRecord(input);
    record.id = await db.articles.put(record);
    return record;
  });
}

export function listHistory(db: SiyaqDB, limit = 500): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastVisitedAt').reverse().limit(limit).toArray();
}

/** Case- and diacritic-insensitive match on title, site and entity names. */
export async function searchHistory(db: SiyaqDB, query: string, limit = 500): Promise<ArticleRecord[]> {
  const needle = query.trim();
  if (!needle) return listHistory(db, limit);
  const key = normalizeName(needle);
  return db.articles
    .orderBy('lastVisitedAt')
    .reverse()
    .filter((record) => matches(record, key))
    .limit(limit)
    .toArray();
}

function matches(record: ArticleRecord, key: string): boolean {
  const haystack = [record.title, record.siteName, record.url].map((s) => normalizeName(s ?? ''));
  return haystack.some((s) => s.includes(key)) || record.entityKeys.some((k) => k.includes(key));
}

/** For each entity key: how many other articles in the history mention it. */
export async function entityHistory(db: SiyaqDB, keys: string[], excludeUrl: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await Promise.all(
    keys.map(async (key) => {
      const n = await db.articles.where('entityKeys').equals(key).filter((r) => r.url !== excludeUrl).count();
      counts.set(key, n);
    }),
  );
  return counts;
}

export function deleteRecord(db: SiyaqDB, id: number): Promise<void> {
  return db.articles.delete(id);
}
