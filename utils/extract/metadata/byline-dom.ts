/**
 * Visible byline elements: rel=author, itemprop=author, and classes/ids naming a byline, author or
 * writer ("writeBy", "post-meta-author"), outside sidebars, related lists and comments. The one
 * closest after the headline wins: bylines sit under the headline, sidebar bylines elsewhere.
 */
import { elementsWhere, inChrome, precedes, textOf } from '@/utils/extract/metadata/dom';

// Whole class/id words only: "authority-control" and "co-authored-list" are not bylines.
const BYLINE_NAME = /(?:^|[\s_-])(?:by-?line|authors?|writers?|write-?by|author-?(?:name|info|link|meta))(?:$|[\s_-])|byline|writeBy|authorName/;

// Every byline name has one of these in it: a cheap test that rules out most elements of a page.
const MAYBE_BYLINE_NAME = /auth|writ|by/i;

/** `attributed`: the page's elements that have a rel or an itemprop at all, found by one query. */
function isBylineElement(el: Element, names: string, attributed: Set<Element>): boolean {
  if (el.tagName === 'META' || el.tagName === 'LINK' || el.tagName === 'SCRIPT') return false;
  if (MAYBE_BYLINE_NAME.test(names) && (BYLINE_NAME.test(names.toLowerCase()) || BYLINE_NAME.test(names))) return true;
  return attributed.has(el) && (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || /\bauthor\b/i.test(el.getAttribute('itemprop') ?? ''));
}

const NOT_BYLINE = /comment|avatar|bio|about|image|img|photo|social|follow|share|more-?by|related/i;
const MAX_BYLINE = 120;

/** `all`: every element of the page, in document order; `names`: their classAndIdNames. */
export function findBylineTexts(all: Element[], names: string[], headline: Element | null): string[] {
  const found: { el: Element; text: string }[] = [];
  const attributed = new Set(all[0]?.ownerDocument.querySelectorAll('[rel], [itemprop]') ?? []);
  for (const el of elementsWhere(all, names, (el, name) => isBylineElement(el, name, attributed))) {
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
