/**
 * Visible byline elements: rel=author, itemprop=author, and classes/ids naming a byline, author or
 * writer ("writeBy", "post-meta-author"), outside sidebars, related lists and comments. The one
 * closest after the headline wins: bylines sit under the headline, sidebar bylines elsewhere.
 */
import { inChrome, precedes, textStart, type PageElements } from '@/utils/extract/metadata/dom';

// Whole class/id words only: "authority-control" and "co-authored-list" are not bylines.
const BYLINE_NAME = /(?:^|[\s_-])(?:by-?line|authors?|writers?|write-?by|author-?(?:name|info|link|meta))(?:$|[\s_-])|byline|writeBy|authorName/;

// Every byline name has one of these in it: a cheap test that rules out most elements of a page.
const MAYBE_BYLINE_NAME = /auth|writ|by/i;

/** The i-th element of `page` names itself a byline or author (class/id, rel=author, itemprop=author). */
function isBylineElement(page: PageElements, i: number): boolean {
  const tag = page.tags[i];
  if (tag === 'META' || tag === 'LINK' || tag === 'SCRIPT') return false;
  const names = page.names[i];
  if (names !== ' ' && MAYBE_BYLINE_NAME.test(names) && (BYLINE_NAME.test(names.toLowerCase()) || BYLINE_NAME.test(names))) return true;
  const el = page.all[i];
  return page.attributed.has(el) && (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || /\bauthor\b/i.test(el.getAttribute('itemprop') ?? ''));
}

const NOT_BYLINE = /comment|avatar|bio|about|image|img|photo|social|follow|share|more-?by|related/i;
const MAX_BYLINE = 120;

/** `page`: every element of the page (pageElements). */
export function findBylineTexts(page: PageElements, headline: Element | null): string[] {
  const found: { el: Element; text: string }[] = [];
  for (let i = 0; i < page.all.length; i += 1) {
    if (!isBylineElement(page, i)) continue;
    const el = page.all[i];
    if (NOT_BYLINE.test(page.names[i]) || inChrome(el)) continue;
    // A wrapper around half the page is no byline: read only enough of it to tell.
    const text = textStart(el, MAX_BYLINE + 1);
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
