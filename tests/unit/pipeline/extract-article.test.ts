import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_TEXT_CHARS } from '@/utils/extract/article';
import { parseHtml } from '@/utils/extract/parse-html.node';

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

describe('extractArticle', () => {
  it('extracts the seed article without touching the live document', () => {
    const doc = parseHtml(fixture('seed-article.html'), 'https://alarab.test/a');
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://alarab.test/a');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.text).toContain('حذّر الجنرال الأميركي جوزيف فوتل');
    expect(result.text).not.toMatch(/[ \t]{2,}/);
    expect(result.metadata.language).toBe('ar');
    expect(result.metadata.direction).toBe('rtl');
    expect(result.truncated).toBe(false);
  });

  it('extracts an English news article', () => {
    const result = extractArticle(parseHtml(fixture('pages/attribution/nytimes-1.html')), 'https://nytimes.test/sudan');
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.metadata.title).toBe('United States to Lift Sudan Sanctions');
    expect(result.metadata.language).toBe('en');
    expect(result.metadata.direction).toBe('ltr');
    expect(result.text).toContain('Khartoum');
  });

  it.each([
    ['a search page', fixture('e2e/search.html')],
    ['an empty page', '<html><head><title>x</title></head><body></body></html>'],
    ['a page of navigation only', `<html><body><nav>${'<a href="/x">Link</a> '.repeat(50)}</nav></body></html>`],
  ])('says %s is not an article', (_, html) => {
    expect(extractArticle(parseHtml(html), 'https://x.test/').kind).toBe('not-article');
  });

  it('cuts a huge page to a bounded text and says so', () => {
    const paragraph = `<p>${'The council met again today and the minister said the talks would go on. '.repeat(40)}</p>`;
    const html = `<html><body><article><h1>Long</h1>${paragraph.repeat(200)}</article></body></html>`;
    const result = extractArticle(parseHtml(html), 'https://x.test/long');
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBe(MAX_TEXT_CHARS);
  });
});
