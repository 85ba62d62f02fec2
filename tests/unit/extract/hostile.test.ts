/** Pages written to break the extractor: scripts in titles, spoofed or malformed JSON-LD, huge values. */
import { describe, expect, it } from 'vitest';
import { pageElements } from '@/utils/extract/metadata/dom';
import { readJsonLd as readJsonLdOf } from '@/utils/extract/metadata/json-ld';
import { MAX_FIELD_LENGTH } from '@/utils/extract/metadata/text';
import { parseHtml } from '@/utils/extract/parse-html.node';
import { metadataOfHtml } from './load-page';

const body = '<p>' + 'The council met on Monday to discuss the budget and the new school. '.repeat(20) + '</p>';
const page = (head: string, article = body) => `<!doctype html><html><head>${head}</head><body><article>${article}</article></body></html>`;
const readJsonLd = (doc: Document) => readJsonLdOf(pageElements(doc).all);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD in the wild', () => {
  it('unwraps CDATA and HTML comments', () => {
    const cdata = readJsonLd(parseHtml(page(ld('//<![CDATA[\n{"@type":"NewsArticle","headline":"In CDATA"}\n//]]>'))));
    expect(cdata.headline).toBe('In CDATA');
    const comment = readJsonLd(parseHtml(page(ld('<!--{"@type":"Article","headline":"In a comment"}-->'))));
    expect(comment.headline).toBe('In a comment');
  });
  it('walks @graph and arrays, and reads nested author and publisher objects', () => {
    const data = readJsonLd(
      parseHtml(
        page(
          ld(`[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["ReportageNewsArticle"],"headline":"Graph &quot;quoted&quot;","datePublished":"2020-01-02T03:04:05+02:00",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Desk"}],
             "publisher":{"@type":"Organization","name":"Paper"}}]}]`),
        ),
      ),
    );
    expect(data).toMatchObject({ headline: 'Graph "quoted"', publisher: 'Paper', websiteName: 'Site', datePublished: '2020-01-02T03:04:05+02:00' });
    expect(data.authors).toEqual([{ name: 'Jane Doe', type: 'Person' }, { name: 'Desk', type: 'Organization' }]);
  });
  it('survives malformed JSON and keeps the other sources', () => {
    const html = page(`${ld('{"@type":"NewsArticle", "headline": "broken",,, ')}<meta property="og:title" content="Council meets">`);
    const metadata = metadataOfHtml(html, null);
    expect(metadata.title).toBe('Council meets');
  });
  it('tolerates raw line breaks and trailing commas', () => {
    const data = readJsonLd(parseHtml(page(ld('{"@type":"NewsArticle","headline":"Two\nlines",}'))));
    expect(data.headline).toBe('Two lines');
  });
});

describe('hostile pages', () => {
  it('keeps markup in titles as text and never runs it', () => {
    const html = page('<title>&lt;script&gt;alert(1)&lt;/script&gt; Budget</title>', `<h1><img src=x onerror="globalThis.pwned=1">Budget</h1>${body}`);
    const metadata = metadataOfHtml(html, null);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(metadata.title ?? '').not.toContain('<img');
  });
  it('does not trust a JSON-LD author that is markup or a URL', () => {
    const html = page(ld('{"@type":"NewsArticle","author":[{"@type":"Person","name":"<script>x</script>"},{"@type":"Person","name":"https://evil.example/"}]}'));
    expect(metadataOfHtml(html, null).authors).toEqual([]);
  });
  it('caps huge meta values', () => {
    const huge = 'A'.repeat(2_000_000);
    const metadata = metadataOfHtml(page(`<meta property="og:site_name" content="${huge}"><meta name="description" content="${huge}">`), null);
    expect((metadata.siteName ?? '').length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect((metadata.excerpt ?? '').length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
  });
  it('ignores placeholder years and nonsense offsets', () => {
    expect(metadataOfHtml(page('<meta property="article:published_time" content="9999-12-31T00:00:00Z">'), null).publishedDate).toBeNull();
    const odd = metadataOfHtml(page('<meta property="article:published_time" content="2020-01-02T03:04:05+99:99">'), null);
    expect(odd.publishedDate).toBe('2020-01-02T03:04:05');
  });
  it('returns every key with empty values on an empty document', () => {
    const metadata = metadataOfHtml('', null);
    expect(metadata).toMatchObject({ title: null, authors: [], publisher: null, publishedDate: null, wireAgencies: [], wordCount: 0 });
  });
});
