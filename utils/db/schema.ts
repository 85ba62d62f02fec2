import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord } from '@/utils/db/types';

export const DB_NAME = 'siyaq';

/**
 * Every released version stays listed in order; a new version gets an upgrade function in
 * upgrades.ts and a fixture in the migration test when stored data must change.
 */
export class SiyaqDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      articles: '++id, &url, lastVisitedAt, siteName, *entityKeys',
    });
  }
}
