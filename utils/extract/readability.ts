import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { installShortcuts, overrideInnerHtml } from '@/utils/extract/readability-shortcuts';

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

/** Runs of spaces become one space, and any whitespace run with a line break in it one line break. */
export const normalizeWhitespace = (text: string) =>
  text.replace(/[ \t\f\v\u00A0\u200B]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

/**
 * Runs Readability on a clone: parse() rewrites the document it is given, and the live page
 * must never change under the reader (Readability README).
 */
export function runReadability(doc: Document): ReadabilityResult | null {
  const parsed = parseWithoutBodyCopy(doc);
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

const OPTIONS = { charThreshold: 200 };

/**
 * Readability's parse of a private clone, without the copy of the whole body it serialises before its
 * first pass (`page.innerHTML` in _grabArticle) only to restore it when that pass finds too little
 * text: serialising the body was about a tenth of Readability's time. The clone's body hands back
 * nothing for that copy. If Readability restores it (9 of the 153 bench pages), the body it gets is
 * the one it would have copied, made again: a fresh clone prepared as parse() prepares its document
 * before the first pass. Where the DOM will not let innerHTML be shadowed, the body is copied as
 * usual. Either way the result is exactly Readability's own (tests/unit/extract/readability.test.ts).
 */
function parseWithoutBodyCopy(doc: Document): ReturnType<Readability['parse']> {
  const clone = doc.cloneNode(true) as Document;
  if (clone.body) {
    let copy: string | null = null;
    overrideInnerHtml(clone.body, {
      read: () => '',
      write: (_, inherited) => inherited((copy ??= preparedBody(doc))),
    });
  }
  return installShortcuts(new Readability(clone, OPTIONS)).parse();
}

/** What parse() does to its document before the first pass, and nothing else. */
export const PREPARATION_METHODS = ['_unwrapNoscriptImages', '_removeScripts', '_prepDocument'] as const;

interface Preparation {
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
}

/** The body's HTML as Readability copies it before its first pass: `doc` cloned and prepared as parse() prepares it. */
function preparedBody(doc: Document): string {
  const fresh = doc.cloneNode(true) as Document;
  const preparation = new Readability(fresh, OPTIONS) as unknown as Preparation;
  preparation._unwrapNoscriptImages(fresh);
  preparation._removeScripts(fresh);
  preparation._prepDocument();
  return fresh.body.innerHTML;
}

export { isProbablyReaderable };
