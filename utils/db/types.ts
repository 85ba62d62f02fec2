import type { Analysis, Direction } from '@/utils/analysis/types';

/** One article in the reading history, keyed by its canonical URL. */
export interface ArticleRecord {
  id?: number;
  /** Canonical URL without tracking parameters: the identity of the article. */
  url: string;
  /** The address the reader actually had open the first time. */
  visitedUrl: string;
  title: string | null;
  siteName: string | null;
  publishedDate: string | null;
  language: string | null;
  direction: Direction;
  analysis: Analysis;
  /** Untrusted article HTML from the page; sanitised every time it is rendered. */
  contentHtml: string;
  /** Visit times (ms since epoch), oldest first. */
  visits: number[];
  firstVisitedAt: number;
  lastVisitedAt: number;
  /** `TYPE:normalised name` of each entity, indexed so the history can answer "where else did I read about X". */
  entityKeys: string[];
}
