/**
 * runReadability skips the copy of the body Readability makes before its first pass and takes
 * shortcuts around some of its work (readability-shortcuts.ts); what it returns must still be exactly
 * Readability's own parse, on real pages, on a page that needs the restore and a second pass, and on a
 * page built to walk every branch of the shortcuts. The live document must not change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node';
import { normalizeWhitespace, PREPARATION_METHODS, runReadability } from '@/utils/extract/readability';
import { SHORTCUT_METHODS, TextLengths } from '@/utils/extract/readability-shortcuts';
import { FIXTURES, pageBytes } from './load-page';

const seed = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
const sentence = 'The committee heard evidence from residents about the flooding of the lower town last winter. ';
// The whole story sits in a "comment" block: the first pass strips it as an unlikely candidate, finds
// too little text, and Readability restores the page to try again without that rule.
const inComments = `<!doctype html><html><head><title>Flood inquiry</title></head><body>
  <div class="comments"><p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p></div>
  <div class="footer">About us</div></body></html>`;
// Each block tempts one shortcut: bylines marked by class, rel and itemprop (and one too long to
// count), blocks whose only text is whitespace, a no-break space, a comment or line breaks, nodes
// hidden by style, attribute or aria-hidden (one of them a Wikipedia fallback image), presentational
// attributes deep in the story, on a table and on an SVG, which keeps them.
const story = `<p>${sentence.repeat(3)}</p>`;
const checksPage = (byline: string) => `<!doctype html><html lang="en"><head><title>Flood inquiry</title></head><body>
  <div><div><div class="story">
    ${byline}
    <div>   </div><div>\u00a0\n</div><section><!-- a comment is no text --></section><div><br> <hr></div>
    <h2> <span> </span> </h2><header><img src="map.png" alt=""></header>
    ${story}<div style="display: none">${story}</div><div style="visibility:hidden">${story}</div>
    <div hidden>${story}</div><div aria-hidden="true">${story}</div><div style="color: red">${story}</div>
    <span aria-hidden="true" class="mwe-math-fallback-image-inline">x²</span><div aria-hidden="false">${story}</div>
    <div><p align="center"><span><b style="color: blue">${sentence}</b> ${sentence}</span></p></div>
    <table width="100%" bgcolor="#eee"><tr><td width="50" valign="top">${sentence.repeat(2)}</td></tr></table>
    <p>${sentence}<svg width="10" height="10" style="fill: red"><rect width="5" height="5"/></svg>
      <svg><rect style="fill: blue" width="5" height="5"/></svg></p>
    ${story}
  </div></div></div></body></html>`;
// A scored block whose long button text hides its links' share until the cleaning removes the
// button: judged afterwards, the block must be measured without it (and is then removed).
const staleBlock = `<!doctype html><html><head><title>Flood inquiry</title></head><body><div class="story">
  ${story}${story}
  <div><p>Residents said the lower town flooded twice last winter and once in spring.</p>
    <a href="/a">Read the council minutes</a> <a href="/b">See the flood map</a>
    <button>${'Subscribe to our newsletter for more local reporting every morning. '.repeat(4)}</button></div>
  ${story}</div></body></html>`;
// Too little text for any pass: Readability restores the body after each of its three passes and
// returns the longest of the four attempts. The restored body must be prepared as the first was: its
// placeholder image replaced by the one in <noscript>, scripts and styles gone.
const tooShort = `<!doctype html><html><head><title>Notice</title><style>p { color: red }</style></head><body>
  <div class="comment"><p>The library is closed on Monday.</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="sign.png" alt="Closed"></noscript></div>
  <div class="sidebar">Opening hours<br><br>Tuesday to Saturday</div><script>track()</script></body></html>`;
const bylines = [
  '<p class="byline">By Jane Doe</p>',
  '<a rel="author" href="/jane">Jane Doe</a>',
  '<span itemprop="author"><span itemprop="name">Jane Doe</span>, staff</span>',
  `<p class="author">${'Jane Doe and colleagues '.repeat(5)}</p>`,
  '<p class="intro">No byline here</p>',
];

const fixturePages = ['arabic-news', 'rtl-other'].flatMap((corpus) =>
  readdirSync(join(FIXTURES, 'pages', corpus)).map((slug) => [`${corpus}/${slug}`, decodeHtml(pageBytes(corpus, slug))]),
);
const attributionPages = readdirSync(join(FIXTURES, 'pages/attribution'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => [`attribution/${file}`, readFileSync(join(FIXTURES, 'pages/attribution', file), 'utf8')]);

function plainReadability(html: string) {
  const doc = parseHtml(html);
  return new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
}

describe('runReadability', () => {
  it.each([
    ['the seed (one pass)', seed],
    ['a story Readability finds only on its second pass', inComments],
    ['a block judged after its button is removed', staleBlock],
    ['a page too short for any pass', tooShort],
    ...bylines.map((byline, i) => [`the checks page, byline ${i + 1}`, checksPage(byline)]),
    ...fixturePages,
    ...attributionPages,
  ])('returns Readability’s own parse for %s', (_, html) => {
    const expected = plainReadability(html);
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    const result = runReadability(doc);
    expect(expected?.content).toBeTruthy();
    expect(result?.contentHtml).toBe(expected?.content);
    expect(result?.text).toBe(normalizeWhitespace(expected?.textContent ?? ''));
    expect(result?.title).toBe(expected?.title?.trim() || null);
    expect(result?.byline).toBe(expected?.byline?.trim() || null);
    expect(result?.excerpt).toBe(expected?.excerpt?.trim() || null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('normalises whitespace to single spaces and single line breaks', () => {
    expect(normalizeWhitespace('  Flood\u00a0 inquiry \t\n\n \u200b\n  Day\u200b two\r\n\r\nEnd \n')).toBe('Flood inquiry\nDay two\nEnd');
    expect(normalizeWhitespace('a\n\u2028\nb\u3000 c')).toBe('a\nb\u3000 c');
  });

  it('reads the story out of the stripped block on the second pass', () => {
    expect(runReadability(parseHtml(inComments))?.text).toContain('flooding of the lower town');
  });

  it('finds the bylines the checks page offers, and refuses the one too long to be a byline', () => {
    const bylineOf = (html: string) => runReadability(parseHtml(html))?.byline;
    expect(bylines.map((byline) => bylineOf(checksPage(byline)))).toEqual([
      'By Jane Doe',
      'Jane Doe',
      'Jane Doe',
      null,
      null,
    ]);
  });

  it('still returns Readability’s own parse where the DOM refuses to let innerHTML be shadowed', () => {
    const define = Object.defineProperty;
    const spy = vi.spyOn(Object, 'defineProperty').mockImplementation((target, name, descriptor) => {
      if (name === 'innerHTML') throw new TypeError('not allowed here');
      return define(target, name, descriptor);
    });
    try {
      for (const html of [seed, inComments]) expect(runReadability(parseHtml(html))?.contentHtml).toBe(plainReadability(html)?.content);
      expect(spy.mock.calls.filter(([, name]) => name === 'innerHTML').length).toBeGreaterThanOrEqual(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('composes every element’s text length as Readability measures it', () => {
    const reader = new Readability(parseHtml(seed)) as unknown as { _getInnerText(node: Node): string; REGEXPS: { normalize: RegExp } };
    // Spaces that meet across elements, a no-break space, blank and empty children, a comment.
    const joins = `<body><div> <b>a</b>  <i>b </i><span>\u00a0</span>c<!-- x --><p></p>d<u> e</u>
      <div>h<span> <b>i</b></span><span>\t</span><span></span>j</div><em><s></s> </em>k </div></body>`;
    // Only XML pages (XHTML) keep CDATA sections as such; textContent reads them.
    const xhtml = new (parseHtml('').defaultView!.DOMParser)().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><div>a<p><![CDATA[ b  c ]]></p><p>d</p></div></body></html>',
      'application/xhtml+xml',
    );
    const bodies = [seed, joins, checksPage(bylines[0]), ...fixturePages.slice(0, 4).map(([, page]) => page)].map((html) => parseHtml(html).body);
    // Candidates are composed from their children, other elements read whole: none, every other one, all.
    const markings = [() => false, (i: number) => i % 2 === 0, () => true];
    for (const body of [...bodies, xhtml.documentElement]) {
      for (const isCandidate of markings) {
        const elements = [...(body.cloneNode(true) as Element).getElementsByTagName('*')];
        elements.forEach((el, i) => isCandidate(i) && Object.assign(el, { readability: { contentScore: 0 } }));
        const lengths = new TextLengths(reader.REGEXPS.normalize);
        for (const el of [...elements].reverse()) expect(lengths.of(el)).toBe(reader._getInnerText(el).length);
      }
    }
  });

  it('takes shortcuts around methods Readability still has', () => {
    for (const method of [...SHORTCUT_METHODS, ...PREPARATION_METHODS]) {
      expect(typeof (Readability.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
    }
  });
});
