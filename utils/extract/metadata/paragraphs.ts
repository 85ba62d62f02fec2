/**
 * The article's paragraphs without photo captions and credits, for the dateline, byline and wire
 * patterns: a "(رويترز)" under a photo is a picture credit, not the story's source.
 */
import { collapse, decodeEntities } from '@/utils/extract/metadata/text';

const CAPTIONS = /<(figure|figcaption)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_BOUNDARY = /<\/?(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|td|tr|table|br|hr)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

/**
 * Splits Readability's HTML into block texts without building a DOM (it is serializer output, so
 * tags are regular): cheaper than a second parse, and untrusted markup never meets a parser here.
 * Falls back to the lines of `text`.
 */
export function articleParagraphs(contentHtml: string | null, text: string): string[] {
  const fallback = () => text.split('\n').map(collapse).filter(Boolean);
  if (!contentHtml) return fallback();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const block of contentHtml.replace(CAPTIONS, ' ').split(BLOCK_BOUNDARY)) {
    // Most blocks are the line breaks between two boundaries: nothing to strip or decode there.
    if (!block.trim()) continue;
    const own = collapse(decodeEntities(block.includes('<') ? block.replace(TAG, '') : block));
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
  // Collapsing leaves runs of non-space letters as they are, so a node whose collapsed text holds the
  // tail holds the tail's longest word as written: testing that first spares collapsing every node.
  const word = tail.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  const holdsTail = (text: string) => text.includes(word) && collapse(text).includes(tail);
  while (node && !holdsTail(node.textContent ?? '')) node = walker.nextNode();
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
