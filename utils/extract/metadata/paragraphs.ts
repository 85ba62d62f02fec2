/**
 * The article's paragraphs without photo captions and credits, for the dateline, byline and wire
 * patterns: a "(رويترز)" under a photo is a picture credit, not the story's source.
 */
import { collapse } from '@/utils/extract/metadata/text';

const CAPTION = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="photo" i], [class*="image" i], figure';
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td, div, section';

/**
 * Parses Readability's HTML in an inert document (no scripts, no loads) and returns its block texts;
 * falls back to the lines of `text`.
 */
export function articleParagraphs(doc: Document, contentHtml: string | null, text: string): string[] {
  if (!contentHtml) return text.split('\n').map(collapse).filter(Boolean);
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = contentHtml;
  for (const el of Array.from(inert.body.querySelectorAll(CAPTION))) el.remove();
  const blocks = Array.from(inert.body.querySelectorAll(BLOCKS)).filter(
    (el) => !el.querySelector(BLOCKS) || Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()),
  );
  const seen = new Set<string>();
  const out: string[] = [];
  for (const el of blocks) {
    const own = collapse(
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3 || !(n as Element).matches?.(BLOCKS))
        .map((n) => n.textContent ?? '')
        .join(' '),
    );
    if (own && !seen.has(own)) {
      seen.add(own);
      out.push(own);
    }
  }
  return out.length > 0 ? out : text.split('\n').map(collapse).filter(Boolean);
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
