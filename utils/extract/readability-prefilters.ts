/**
 * Cheap necessary conditions in front of three of Readability 0.6.0's checks, each of which
 * serialises a node's whole text (`textContent`) for every node it visits: on a wrapper near the top
 * of the page that is the text of the whole page, again and again down the tree. Each prefilter
 * answers at once only where the original's answer is already certain, and otherwise calls the
 * original, so Readability's result is exactly its own (tests/unit/extract/readability.test.ts).
 * Installed on one Readability instance, never on the class: other callers keep the library as shipped.
 */
import type { Readability } from '@mozilla/readability';

/** The private methods replaced; the test fails if an upgrade of Readability renames them. */
export const PREFILTERED_METHODS = ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible'] as const;

interface ReadabilityChecks {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
}

/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: what textContent collects. NodeFilter is no global in the Node CLI. */
const TEXT_NODES = 0x4 | 0x8;
/** `\S` is exactly what `String.prototype.trim` keeps: both are defined by WhiteSpace and LineTerminator. */
const NON_SPACE = /\S/;

export function installPrefilters(reader: Readability): Readability {
  const checks = reader as unknown as ReadabilityChecks;
  const isValidByline = checks._isValidByline;
  const isElementWithoutContent = checks._isElementWithoutContent;
  const isProbablyVisible = checks._isProbablyVisible;

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
  return reader;
}

/** Whether `element.textContent` has anything but whitespace, without building it. */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, TEXT_NODES);
  while (walker.nextNode()) if (NON_SPACE.test((walker.currentNode as CharacterData).data)) return true;
  return false;
}
