/**
 * Visible byline elements: rel=author, itemprop=author, and classes/ids naming a byline, author or
 * writer ("writeBy", "post-meta-author"), outside sidebars, related lists and comments. The one
 * closest after the headline wins: bylines sit under the headline, sidebar bylines elsewhere.
 */
import { elementsWhere, inChrome, precedes, textOf } from '@/utils/extract/metadata/dom';

// Whole class/id words only: "authority-control" and "co-authored-list" are not bylines.
const BYLINE_NAME = /(?:^|[\s_-])(?:by-?line|authors?|writers?|write-?by|author-?(?:name|info|link|meta))(?:$|[\s_-])|byline|writeBy|authorName/;

function isBylineElement(el: Element, names: string): boolean {
  if (el.tagName === 'META' || el.tagName === 'LINK' || el.tagName === 'SCRIPT') return false;
  const rel = el.getAttribute('rel') ?? '';
  const itemprop = el.getAttribute('itemprop') ?? '';
  return /\bauthor\b/i.test(rel) || /\bauthor\b/i.test(itemprop) || BYLINE_NAME.test(names.toLowerCase()) || BYLINE_NAME.test(names);
}

const NOT_BYLINE = /comment|avatar|bio|about|image|img|photo|social|follow|share|more-?by|related/i;
const MAX_BYLINE = 120;

/** `all`: every element of the page, in document order. */
export function findBylineTexts(all: Element[], headline: Element | null): string[] {
  const found: { el: Element; text: string }[] = [];
  for (const el of elementsWhere(all, isBylineElement)) {
    if (NOT_BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || inChrome(el)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_BYLINE) continue;
    // Keep the innermost match: a wrapper's text repeats its child's.
    if (found.some((f) => f.el.contains(el))) {
      const i = found.findIndex((f) => f.el.contains(el));
      found[i] = { el, text };
      continue;
    }
    found.push({ el, text });
  }
  const after = headline ? found.filter((f) => precedes(headline, f.el)) : [];
  const before = headline ? found.filter((f) => !precedes(headline, f.el)).reverse() : found;
  return [...after, ...before].map((f) => f.text);
}
