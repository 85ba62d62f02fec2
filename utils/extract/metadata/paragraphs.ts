/**
 * The article's paragraphs without photo captions and credits, for the dateline, byline and wire
 * patterns: a "(رويترز)" under a photo is a picture credit, not the story's source.
 */
import { collapse } from '@/utils/extract/metadata/text';

const CAPTION = 'figcaption, figure';
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DIV', 'SECTION', 'BODY']);

function nearestBlock(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK_TAGS.has(el.tagName)) return el;
  return null;
}

/**
 * Parses Readability's HTML in an inert document (no scripts, no loads) and returns the text of each
 * block (its own text and inline children's, not nested blocks'); falls back to the lines of `text`.
 */
export function articleParagraphs(doc: Document, contentHtml: string | null, text: string): string[] {
  const fallback = () => text.split('\n').map(collapse).filter(Boolean);
  if (!contentHtml) return fallback();
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = contentHtml;
  for (const el of Array.from(inert.body.querySelectorAll(CAPTION))) el.remove();
  const blocks = new Map<Element, string[]>();
  const walker = inert.createTreeWalker(inert.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = nearestBlock(node);
    if (!block) continue;
    const parts = blocks.get(block) ?? [];
    parts.push(node.textContent ?? '');
    blocks.set(block, parts);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const parts of blocks.values()) {
    const own = collapse(parts.join(''));
    if (own && !seen.has(own)) {
      seen.add(own);
      out.push(own);
    }
  }
  return out.length > 0 ? out : fallback();
}

const FOLLOWING_LIMIT = 3;
const FOLLOWING_MAX_LENGTH = 80;

/**
 * The short lines right after the article's last paragraph in the page: where credits live that
 * Readability drops as too short ("(גלעד מורג)", "المصدر : وكالات").
 */
export function followingLines(doc: Document, paragraphs: string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || !doc.body) return [];
  const tail = last.slice(-20).trim();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  while (node && !collapse(node.textContent ?? '').includes(tail)) node = walker.nextNode();
  const out: string[] = [];
  for (node = node && walker.nextNode(); node && out.length < FOLLOWING_LIMIT; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
    const text = collapse(node.textContent ?? '');
    if (!text) continue;
    if (text.length > FOLLOWING_MAX_LENGTH) break;
    out.push(text);
  }
  return out;
}
