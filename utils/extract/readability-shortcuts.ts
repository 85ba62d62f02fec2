/**
 * Shortcuts around work Readability 0.6.0 does for nothing. Three of its checks serialise a node's
 * whole text (`textContent`) for every node they visit: on a wrapper near the top of the page that is
 * the text of the whole page, again and again down the tree. A cheap necessary condition in front of
 * each answers at once only where the original's answer is already certain, and otherwise calls the
 * original. Judging a block for removal reads the block's text up to six times over. Its style
 * cleaning tries to remove ten attributes from every element, most of which have none; and it
 * serialises the whole article once only to log it, which it does only when debugging.
 * Readability's result is exactly its own (tests/unit/extract/readability.test.ts). Installed on one
 * Readability instance, never on the class: other callers keep the library as shipped.
 */
import type { Readability } from '@mozilla/readability';

/** The private methods replaced; the test fails if an upgrade of Readability renames them. */
export const SHORTCUT_METHODS = [
  '_isValidByline',
  '_isElementWithoutContent',
  '_isProbablyVisible',
  '_cleanStyles',
  '_grabArticle',
  '_cleanConditionally',
  '_removeNodes',
  '_getInnerText',
] as const;

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
  _cleanStyles(element: Element | null): void;
  _grabArticle(page?: HTMLElement): HTMLElement | null;
  _cleanConditionally(element: Element, tag: string): void;
  _removeNodes(nodes: ArrayLike<Node>, filter?: (this: unknown, node: Node, index: number, nodes: ArrayLike<Node>) => boolean): void;
  _getInnerText(element: Node, normalizeSpaces?: boolean): string;
}

/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: what textContent collects. NodeFilter is no global in the Node CLI. */
const TEXT_NODES = 0x4 | 0x8;
/** `\S` is exactly what `String.prototype.trim` keeps: both are defined by WhiteSpace and LineTerminator. */
const NON_SPACE = /\S/;

export function installShortcuts(reader: Readability): Readability {
  const checks = reader as unknown as ReadabilityInternals;
  const { _isValidByline: isValidByline, _isElementWithoutContent: isElementWithoutContent } = checks;
  const { _isProbablyVisible: isProbablyVisible, _cleanStyles: cleanStyles, _grabArticle: grabArticle } = checks;
  const { _cleanConditionally: cleanConditionally, _removeNodes: removeNodes, _getInnerText: getInnerText } = checks;

  // A byline needs rel=author, an author itemprop or a byline-like class or id before its length matters.
  checks._isValidByline = function (node, matchString) {
    const marked =
      node.getAttribute('rel') === 'author' ||
      !!node.getAttribute('itemprop')?.includes('author') ||
      this.REGEXPS.byline.test(matchString);
    return marked && isValidByline.call(this, node, matchString);
  };
  // An element with any visible text has content; finding the first such text node is enough.
  checks._isElementWithoutContent = function (node) {
    return node.nodeType === 1 && !hasText(node as Element) && isElementWithoutContent.call(this, node);
  };
  // Without style, hidden or aria-hidden attributes a node passes every test of the original.
  checks._isProbablyVisible = function (node) {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return isProbablyVisible.call(this, node);
  };
  // An element without attributes has none to remove: only its children are left to clean.
  checks._cleanStyles = function (element) {
    if (!element || element.hasAttributes() || element.tagName.toLowerCase() === 'svg') return cleanStyles.call(this, element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) this._cleanStyles(child);
  };
  // parse() reads the grabbed article's innerHTML once for a debug log ("Grabbed: …") before anything
  // else does: that first read gets an empty string, later ones the real serialisation.
  checks._grabArticle = function (page) {
    const article = grabArticle.call(this, page);
    if (article) skipFirstSerialisation(article);
    return article;
  };
  // Judging one block in _cleanConditionally reads its text up to six times (list share, ad words,
  // comma count, link density, two text densities) and changes nothing in the page until it is judged:
  // within one judgement a block's text is read once. Every removal comes between two judgements.
  let texts: Map<Node, string> | null = null;
  checks._cleanConditionally = function (element, tag) {
    texts = new Map();
    try {
      cleanConditionally.call(this, element, tag);
    } finally {
      texts = null;
    }
  };
  checks._removeNodes = function (nodes, filter) {
    const judged = texts;
    if (!judged || !filter) return removeNodes.call(this, nodes, filter);
    return removeNodes.call(this, nodes, function (node, index, list) {
      judged.clear();
      return filter.call(this, node, index, list);
    });
  };
  checks._getInnerText = function (element, normalizeSpaces) {
    if (!texts || normalizeSpaces === false) return getInnerText.call(this, element, normalizeSpaces);
    let text = texts.get(element);
    if (text === undefined) {
      text = getInnerText.call(this, element, normalizeSpaces);
      texts.set(element, text);
    }
    return text;
  };
  return reader;
}

/** Whether `element.textContent` has anything but whitespace, without building it. */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, TEXT_NODES);
  while (walker.nextNode()) if (NON_SPACE.test((walker.currentNode as CharacterData).data)) return true;
  return false;
}

function skipFirstSerialisation(element: Element): void {
  const inherited = inheritedDescriptor(element, 'innerHTML');
  if (!inherited?.get || !inherited.set) return;
  let read = false;
  defineOwn(element, 'innerHTML', {
    configurable: true,
    get() {
      if (read) return inherited.get!.call(element);
      read = true;
      return '';
    },
    set(html: string) {
      inherited.set!.call(element, html);
    },
  });
}

function inheritedDescriptor(target: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

/**
 * Defines an own property, or leaves the object as it is where the DOM refuses (a browser may not let
 * a content script shadow a DOM property): every shortcut is optional, Readability's path still works.
 */
export function defineOwn(target: object, name: string, descriptor: PropertyDescriptor): boolean {
  try {
    Object.defineProperty(target, name, descriptor);
    return true;
  } catch {
    return false;
  }
}
