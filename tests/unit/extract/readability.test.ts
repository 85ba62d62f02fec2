/**
 * runReadability skips the copy of the body Readability makes before its first pass; what it returns
 * must still be exactly Readability's own parse, on a page parsed in one pass and on one that needs
 * the restore and a second pass, and the live document must not change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, runReadability } from '@/utils/extract/readability';
import { parseHtml } from '@/utils/extract/parse-html.node';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');
const sentence = 'The committee heard evidence from residents about the flooding of the lower town last winter. ';
// The whole story sits in a "comment" block: the first pass strips it as an unlikely candidate, finds
// too little text, and Readability restores the page to try again without that rule.
const inComments = `<!doctype html><html><head><title>Flood inquiry</title></head><body>
  <div class="comments"><p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p></div>
  <div class="footer">About us</div></body></html>`;

function plainReadability(html: string) {
  const doc = parseHtml(html);
  return new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
}

describe('runReadability', () => {
  it.each([
    ['the seed (one pass)', seed],
    ['a story Readability finds only on its second pass', inComments],
  ])('returns Readability’s own parse for %s', (_, html) => {
    const expected = plainReadability(html);
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    const result = runReadability(doc);
    expect(expected?.content).toBeTruthy();
    expect(result?.contentHtml).toBe(expected?.content);
    expect(result?.text).toBe(normalizeWhitespace(expected?.textContent ?? ''));
    expect(result?.title).toBe(expected?.title?.trim() || null);
    expect(result?.excerpt).toBe(expected?.excerpt?.trim() || null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads the story out of the stripped block on the second pass', () => {
    expect(runReadability(parseHtml(inComments))?.text).toContain('flooding of the lower town');
  });
});
