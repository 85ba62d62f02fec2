/**
 * The content script's whole job: turn the live page into an ExtractedArticle (plain data).
 * Runs unchanged in the page, in Vitest and in the Node CLI. Everything it returns is untrusted.
 */
import type { ArticleMetadata } from '@/utils/analysis/types';
import { extractMetadata } from '@/utils/extract/metadata';
import { isProbablyReaderable, runReadability } from '@/utils/extract/readability';

/** Pages past this many characters of text are cut, so one huge page cannot stall the reader's browser. */
export const MAX_TEXT_CHARS = 400_000;
export const MAX_HTML_CHARS = 2_000_000;
/** Below this many characters of article text there is no article to analyse. */
export const MIN_ARTICLE_CHARS = 250;

export type NotArticleReason = 'not-html' | 'no-article' | 'too-short';

export interface ArticleExtraction {
  kind: 'article';
  /** The page's address; null for a saved file analysed without one. */
  url: string | null;
  text: string;
  /** Untrusted article HTML: sanitise before rendering. */
  contentHtml: string;
  metadata: ArticleMetadata;
  truncated: boolean;
}

export interface NotArticle {
  kind: 'not-article';
  url: string | null;
  reason: NotArticleReason;
}

export type Extraction = ArticleExtraction | NotArticle;

/** An article read from a live tab, which always has an address. */
export type PageArticle = ArticleExtraction & { url: string };

export function extractArticle(doc: Document, url: string | null, now: Date = new Date()): Extraction {
  if (!doc.body || doc.contentType?.startsWith('application/pdf')) return { kind: 'not-article', url, reason: 'not-html' };
  const readability = runReadability(doc);
  if (!readability) return { kind: 'not-article', url, reason: 'no-article' };
  if (readability.text.length < MIN_ARTICLE_CHARS && !isProbablyReaderable(doc)) {
    return { kind: 'not-article', url, reason: 'too-short' };
  }
  const truncated = readability.text.length > MAX_TEXT_CHARS;
  const text = truncated ? readability.text.slice(0, MAX_TEXT_CHARS) : readability.text;
  return {
    kind: 'article',
    url,
    text,
    contentHtml: readability.contentHtml.length > MAX_HTML_CHARS ? '' : readability.contentHtml,
    metadata: extractMetadata(doc, { url, readability, text, now }),
    truncated,
  };
}
