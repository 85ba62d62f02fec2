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
  for (const block of blockTexts(contentHtml.replace(CAPTIONS, ' '))) {
    if (block && !seen.has(block)) {
      seen.add(block);
      out.push(block);
    }
  }
  return out.length > 0 ? out : fallback();
}

// Never in parsed markup (the HTML parser drops or replaces NUL), so it can stand for a block boundary.
const BOUNDARY = '\0';
const TAG_WITHIN_BLOCK = /<[^>\0]*>/g;
const SPACES = /[\s\u00A0\u200B\u200E\u200F\uFEFF]+/g;

/**
 * The text of each block, as collapse(decodeEntities(block.replace(TAG, ''))) for every piece of
 * html.split(BLOCK_BOUNDARY), but with each step run once over the whole: a boundary marker stops
 * tags, entities and whitespace runs from reaching across blocks, so every piece comes out the same.
 */
function blockTexts(html: string): string[] {
  if (html.includes(BOUNDARY)) return html.split(BLOCK_BOUNDARY).map((block) => collapse(decodeEntities(block.replace(TAG, ''))));
  const joined = decodeEntities(html.replace(BLOCK_BOUNDARY, BOUNDARY).replace(TAG_WITHIN_BLOCK, '')).replace(SPACES, ' ');
  return joined.split(BOUNDARY).map((block) => block.trim());
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
