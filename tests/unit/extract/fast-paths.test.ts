/**
 * The metadata fast paths must give exactly what the plain versions they replace give: block texts
 * without a DOM, word counts without splitting, the start of an element's text without reading it all.
 */
import { describe, expect, it } from 'vitest';
import { textOf, textStart } from '@/utils/extract/metadata/dom';
import { articleParagraphs } from '@/utils/extract/metadata/paragraphs';
import { collapse, countWords, decodeEntities } from '@/utils/extract/metadata/text';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';

const CAPTIONS = /<(figure|figcaption)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_BOUNDARY = /<\/?(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|td|tr|table|br|hr)\b[^>]*>/gi;

/** The block-by-block version articleParagraphs replaced. */
function reference(html: string): string[] {
  const out: string[] = [];
  for (const block of html.replace(CAPTIONS, ' ').split(BLOCK_BOUNDARY)) {
    const own = collapse(decodeEntities(block.replace(/<[^>]*>/g, '')));
    if (own && !out.includes(own)) out.push(own);
  }
  return out;
}

describe('articleParagraphs', () => {
  const cases = [
    '<p>One <b>two</b></p>\n<p>Three&amp;amp;nbsp;four</p><div>One two</div>',
    // A block tag inside an attribute value leaves an unclosed "<" in the block before it.
    '<p>Before <span title="<p>">after</span></p><p>x &lt;p&gt; y</p>',
    '<div>a &#10; &nbsp; b</div><br><li>&amp</li><li>;c</li><hr/><p>\u200B \u00A0 </p>',
    '<figure><img alt="x"><figcaption>(رويترز)</figcaption></figure><p>Text — Reuters</p>',
    'Text with a NUL \u0000 <p>and a <i>tag</i></p>',
  ];
  it.each(cases)('splits %j as block by block', (html) => {
    expect(articleParagraphs(html, 'fallback')).toEqual(reference(html));
  });
});

describe('countWords', () => {
  it('counts as split(/\\s+/) does', () => {
    for (const text of ['', ' ', 'a', ' a  b\u00A0c\u2028d\uFEFFe\u3000f ', 'x\u200By', '\t\n\v\f\rword\u1680\u205f']) {
      expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    }
  });
});

describe('textStart', () => {
  it('is the start of textOf', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}${i % 7 === 0 ? '\n\n   ' : ' '}`).join('');
    const doc = parseHtml(`<div id="d"> <p>  ${words}</p><p>${words}</p> </div><div id="e"> a \n b </div>`);
    for (const id of ['d', 'e']) {
      const el = doc.getElementById(id)!;
      for (const n of [1, 5, 121, 200, 1000, 100000]) expect(textStart(el, n)).toBe(textOf(el).slice(0, n));
    }
  });
});
