import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '@/utils/extract/metadata/canonical-url';
import { metadataOfHtml } from './load-page';

describe('canonicalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the others', () => {
    expect(canonicalizeUrl('https://ex.com/a?utm_source=x&id=3&fbclid=y#top')).toBe('https://ex.com/a?id=3');
    expect(canonicalizeUrl('https://ex.com/a?utm_medium=email')).toBe('https://ex.com/a');
  });
  it('resolves relative URLs against the page', () => {
    expect(canonicalizeUrl('/news/1', 'https://ex.com/x/y')).toBe('https://ex.com/news/1');
  });
  it('refuses non-web schemes', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('data:text/html,hi')).toBeNull();
  });
  it('prefers <link rel=canonical> and skips an og:url on a bare IP', () => {
    const html = `<html><head><meta property="og:url" content="https://52.16.95.170/article/1">
      <link rel="canonical" href="/article/1?utm_campaign=z"></head><body><p>x</p></body></html>`;
    expect(metadataOfHtml(html, 'https://www.ex.com/article/1').canonicalUrl).toBe('https://www.ex.com/article/1');
  });
});
