import { Readability, isProbablyReaderable } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** Untrusted HTML of the article body: sanitise before rendering. */
  contentHtml: string;
  /** Plain text, whitespace-normalised. */
  text: string;
  length: number;
}

export const normalizeWhitespace = (text: string) =>
  text.replace(/[ \t\f\v\u00A0\u200B]+/g, ' ').replace(/\s*\n\s*/g, '\n').replace(/\n{2,}/g, '\n').trim();

/**
 * Runs Readability on a clone: parse() rewrites the document it is given, and the live page
 * must never change under the reader (Readability README).
 */
export function runReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { charThreshold: 200 }).parse();
  if (!parsed || !parsed.content) return null;
  const text = normalizeWhitespace(parsed.textContent ?? '');
  return {
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
    dir: parsed.dir?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    contentHtml: parsed.content,
    text,
    length: text.length,
  };
}

export { isProbablyReaderable };
