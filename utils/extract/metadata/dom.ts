/** DOM helpers: which parts of a page are page chrome rather than the article. */

const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const CHROME_CLASS =
  /(?:^|[\s_-])(?:related|sidebar|side-bar|widget|most-?(?:read|viewed|popular)|popular|trending|recommend|more-?news|ticker|comments?|menu|navbar|share|social|promo|newsletter|advert|breadcrumbs?|tags)(?:$|[\s_-])/i;
// "ad" only as a whole class or with an ad-slot word: "ad-portal" wraps whole pages (liberation.fr).
const AD_CLASS = /(?:^|\s)(?:ads?|ad[-_](?:slot|container|unit|wrapper|box|zone|banner)[\w-]*)(?:\s|$)/i;

const attr = (el: Element, name: string) => (el.getAttribute(name) ?? '').toLowerCase();

/** Inline-hidden: display:none, visibility:hidden, hidden, aria-hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const declared = el.getAttribute('style');
  if (!declared) return false;
  const style = declared.toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isChromeElement(el: Element): boolean {
  const tag = el.tagName;
  // Only a <header> asks where it sits: inside an article it holds the headline, not chrome.
  if (CHROME_TAGS.has(tag) && !(tag === 'HEADER' && hasArticleAncestor(el))) return true;
  // Most elements have no attributes at all: nothing below can hold for them.
  if (!el.hasAttributes()) return false;
  if (isHidden(el)) return true;
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
  return CHROME_CLASS.test(names) || AD_CLASS.test(names);
}

const underArticle = new WeakMap<Element, boolean>();
const chrome = new WeakMap<Element, boolean>();

function hasArticleAncestor(el: Element): boolean {
  const cached = underArticle.get(el);
  if (cached !== undefined) return cached;
  const parent = el.parentElement;
  const value = !!parent && (parent.tagName === 'ARTICLE' || parent.tagName === 'MAIN' || hasArticleAncestor(parent));
  underArticle.set(el, value);
  return value;
}

/**
 * True when `el` sits in navigation, sidebars, related lists, comments, footers or hidden blocks.
 * A <header> inside the <article> (where headlines and bylines live) is not chrome. Memoised per
 * element: the date and byline searches ask this of every text node.
 */
export function inChrome(el: Element): boolean {
  const cached = chrome.get(el);
  if (cached !== undefined) return cached;
  const parent = el.parentElement;
  const value =
    el.tagName !== 'BODY' &&
    el.tagName !== 'HTML' &&
    // A chrome parent settles it without reading this element's attributes.
    ((!!parent && inChrome(parent)) || isChromeElement(el));
  chrome.set(el, value);
  return value;
}

export const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * textOf(el).slice(0, length), reading and collapsing only as much of the text as that needs: the
 * element after a headline can be the whole article, a byline wrapper the whole page.
 */
export function textStart(el: Element, length: number): string {
  const doc = el.ownerDocument;
  // Text and CDATA sections: what textContent concatenates.
  const walker = doc.createTreeWalker(el, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION */);
  let raw = '';
  let checked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    raw += (node as CharacterData).data;
    if (raw.length >= 2 * checked + length) {
      checked = raw.length;
      // Whitespace runs cut at the end of what was read still collapse to one space, so once the
      // collapsed start is longer than `length` its first `length` characters are the whole text's.
      const start = raw.replace(/\s+/g, ' ').trimStart();
      if (start.length > length) return start.slice(0, length);
    }
  }
  return raw.replace(/\s+/g, ' ').trim().slice(0, length);
}

/** Whether `a` comes before `b` in document order. */
export const precedes = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) !== 0;

/**
 * The page's elements in document order with what every search reads of each (tag name; class and
 * id joined by a space), taken in one pass, the elements that have a rel or an itemprop at all, and
 * those with a content attribute (meta tags, RDFa and microdata values), in document order.
 */
export interface PageElements {
  all: Element[];
  tags: string[];
  names: string[];
  attributed: Set<Element>;
  withContent: Element[];
}

export function pageElements(doc: Document): PageElements {
  // Every element in document order (the root first); indexing the collection once is cheaper
  // than a TreeWalker, in Chromium and in jsdom alike.
  const collection = doc.getElementsByTagName('*');
  const count = collection.length;
  const all: Element[] = new Array(count);
  const tags: string[] = new Array(count);
  const names: string[] = new Array(count);
  const attributed = new Set<Element>();
  const withContent: Element[] = [];
  for (let i = 0; i < count; i += 1) {
    const el = collection[i];
    all[i] = el;
    tags[i] = el.tagName;
    // Most elements have no attributes: no class, no id, no rel, no itemprop.
    if (!el.hasAttributes()) {
      names[i] = ' ';
      continue;
    }
    // className is the class attribute, except on SVG elements (an SVGAnimatedString there).
    const cls = el.className;
    names[i] = `${typeof cls === 'string' ? cls : (el.getAttribute('class') ?? '')} ${el.id}`;
    if (el.hasAttribute('rel') || el.hasAttribute('itemprop')) attributed.add(el);
    if (el.hasAttribute('content')) withContent.push(el);
  }
  return { all, tags, names, attributed, withContent };
}

/** The elements with tag name `tag`, in document order. */
export function withTag(page: PageElements, tag: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < page.tags.length; i += 1) if (page.tags[i] === tag) out.push(page.all[i]);
  return out;
}
