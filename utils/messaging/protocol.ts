/**
 * The one message protocol between Siyaq's contexts (popup and library pages → background).
 * Types only; the run-time schemas that guard every message live in schemas.ts.
 */
import type { Analysis } from '@/utils/analysis/types';
import type { NotArticleReason } from '@/utils/extract/article';

/** Errors are not structured-cloneable, so handlers answer with a Result instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What became of the history record for this visit, and why when nothing was saved. */
export type RecordingOutcome =
  | { status: 'saved'; id: number; visits: number }
  | { status: 'off' }
  | { status: 'excluded' }
  | { status: 'full' }
  | { status: 'failed'; error: string };

/** What the history already holds about one entity of this article, from other articles. */
export interface EntityHistory {
  key: string;
  articles: number;
}

export type TabAnalysis =
  | { status: 'article'; url: string; analysis: Analysis; truncated: boolean; recording: RecordingOutcome; history: EntityHistory[] }
  | { status: 'not-article'; url: string; reason: NotArticleReason }
  | { status: 'unavailable'; reason: 'restricted-page' | 'no-access' | 'failed'; detail: string };

export interface ProtocolMap {
  /** Extract and analyse the article in a tab; record it in history when the settings say so. */
  analyzeTab(request: { tabId: number }): TabAnalysis;
  /** Highlight every occurrence of these strings in the tab's page and scroll to the first. */
  highlightInTab(request: { tabId: number; texts: string[] }): { found: number };
  /** Clear the highlights Siyaq drew in a tab. */
  clearHighlights(request: { tabId: number }): { cleared: boolean };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}
