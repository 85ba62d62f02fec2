/**
 * Shortcuts around work Readability 0.6.0 does for nothing. Three of its checks serialise a node's
 * whole text (`textContent`) for every node they visit: on a wrapper near the top of the page that is
 * the text of the whole page, again and again down the tree. A cheap necessary condition in front of
 * each answers at once only where the original's answer is already certain, and otherwise calls the
 * original. Judging a block for removal reads the block's text up to six times over. Its style
 * cleaning tries to remove ten attributes from every element, most of which have none; it serialises
 * the whole article once only to log it, which it does only when debugging; and weighing each
 * candidate by its link density reads the text of every candidate, up to five nested wrappers of
 * each paragraph, so most of the page's text is read five times over.
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
  '_getNodeAncestors',
  '_getLinkDensity',
  '_prepArticle',
] as const;

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp; normalize: RegExp; hashUrl: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
  _cleanStyles(element: Element | null): void;
  _grabArticle(page?: HTMLElement): HTMLElement | null;
  _cleanConditionally(element: Element, tag: string): void;
  _removeNodes(nodes: ArrayLike<Node>, filter?: (this: unknown, node: Node, index: number, nodes: ArrayLike<Node>) => boolean): void;
  _getInnerText(element: Node, normalizeSpaces?: boolean): string;
  _getNodeAncestors(node: Node, maxDepth?: number): Node[];
  _getLinkDensity(element: Element): number;
  _prepArticle(articleContent: Element): void;
  _forEachNode<T extends Node>(nodes: ArrayLike<T>, fn: (this: ReadabilityInternals, node: T) => void): void;
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
  const { _getNodeAncestors: getNodeAncestors, _getLinkDensity: getLinkDensity, _prepArticle: prepArticle } = checks;

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
  // From the first paragraph scored (the first ancestors asked for) until the chosen article is
  // cleaned, _grabArticle changes the page only by moving the top candidate's siblings, whose own
  // subtrees stay as they are: there a candidate's text length is composed from its children's, and
  // each text is read once. Links are summed in document order, as in Readability's own loop, so
  // the density is the same float.
  let lengths: TextLengths | null = null;
  checks._getNodeAncestors = function (node, maxDepth) {
    lengths ??= new TextLengths(this.REGEXPS.normalize);
    return getNodeAncestors.call(this, node, maxDepth);
  };
  checks._prepArticle = function (articleContent) {
    lengths = null;
    prepArticle.call(this, articleContent);
  };
  checks._getLinkDensity = function (element) {
    const known = lengths;
    if (!known) return getLinkDensity.call(this, element);
    const textLength = known.of(element);
    if (textLength === 0) return 0;
    let linkLength = 0;
    this._forEachNode(element.getElementsByTagName('a'), function (link) {
      const href = link.getAttribute('href');
      const coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
      linkLength += known.of(link) * coefficient;
    });
    return linkLength / textLength;
  };
  return reader;
}

/**
 * What the length of `_getInnerText(node)` (its text trimmed, runs of two or more spaces made one)
 * depends on, for joining texts: that length, whether there is any non-space, and whether the text
 * starts or ends with space, which makes one space where it meets the next.
 */
interface TextShape {
  length: number;
  any: boolean;
  lead: boolean;
  trail: boolean;
}

const EMPTY: TextShape = { length: 0, any: false, lead: false, trail: false };
const BLANK: TextShape = { length: 0, any: false, lead: true, trail: true };
const LEADING_SPACE = /^\s/;
const TRAILING_SPACE = /\s$/;

function join(a: TextShape, b: TextShape): TextShape {
  if (!a.any) return { length: b.length, any: b.any, lead: a.lead || b.lead, trail: b.any ? b.trail : a.trail || b.trail };
  if (!b.any) return { length: a.length, any: true, lead: a.lead, trail: a.trail || b.lead };
  return { length: a.length + b.length + (a.trail || b.lead ? 1 : 0), any: true, lead: a.lead, trail: b.trail };
}

/** Text lengths as _getInnerText measures them, for a page that does not change while this is kept. */
export class TextLengths {
  private readonly shapes = new Map<Node, TextShape>();

  constructor(private readonly normalize: RegExp) {}

  of(element: Element): number {
    return this.shapeOf(element).length;
  }

  /** A candidate (it carries Readability's score) from its children, any other element from its own text. */
  private shapeOf(element: Element): TextShape {
    let shape = this.shapes.get(element);
    if (!shape) {
      shape = 'readability' in element ? this.children(element) : this.text(element.textContent ?? '');
      this.shapes.set(element, shape);
    }
    return shape;
  }

  /** What textContent joins: element children, text and CDATA sections; not comments. */
  private children(element: Element): TextShape {
    let shape = EMPTY;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) shape = join(shape, this.shapeOf(child as Element));
      else if (child.nodeType === 3 || child.nodeType === 4) shape = join(shape, this.text((child as CharacterData).data));
    }
    return shape;
  }

  private text(text: string): TextShape {
    const trimmed = text.trim();
    if (!trimmed) return text ? BLANK : EMPTY;
    return {
      length: trimmed.replace(this.normalize, ' ').length,
      any: true,
      lead: LEADING_SPACE.test(text),
      trail: TRAILING_SPACE.test(text),
    };
  }
}

/** Whether `element.textContent` has anything but whitespace, without building it. */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, TEXT_NODES);
  while (walker.nextNode()) if (NON_SPACE.test((walker.currentNode as CharacterData).data)) return true;
  return false;
}

function skipFirstSerialisation(element: Element): void {
  let read = false;
  overrideInnerHtml(element, {
    read(inherited) {
      if (read) return inherited();
      read = true;
      return '';
    },
    write: (html, inherited) => inherited(html),
  });
}

/** What an element's innerHTML does instead, given the DOM's own getter or setter. */
interface InnerHtmlOverride {
  read(inherited: () => string): string;
  write(html: string, inherited: (html: string) => void): void;
}

/** Overrides `element.innerHTML`; false, leaving it as it is, where the DOM does not allow it. */
export function overrideInnerHtml(element: Element, override: InnerHtmlOverride): boolean {
  const inherited = inheritedDescriptor(element, 'innerHTML');
  if (!inherited?.get || !inherited.set) return false;
  const read = () => inherited.get!.call(element);
  const write = (html: string) => inherited.set!.call(element, html);
  return defineOwn(element, 'innerHTML', {
    configurable: true,
    get: () => override.read(read),
    set: (html: string) => override.write(html, write),
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
function defineOwn(target: object, name: string, descriptor: PropertyDescriptor): boolean {
  try {
    Object.defineProperty(target, name, descriptor);
    return true;
  } catch {
    return false;
  }
}
