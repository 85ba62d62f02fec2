import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { searchHistory } from '@/utils/db/history';
import type { ArticleRecord } from '@/utils/db/types';

/** History records matching `query`, newest first; re-renders when any page writes to the history. */
export function useHistory(query: string, limit?: number): ArticleRecord[] | undefined {
  return useLiveQuery(() => searchHistory(db, query, limit), [query, limit]);
}
