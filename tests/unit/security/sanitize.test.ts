// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize';

describe('sanitizeArticleHtml', () => {
  it('removes scripts, handlers and javascript: links', () => {
    const html = sanitizeArticleHtml('<p onclick="steal()">hi<script>steal()</script><a href="javascript:steal()">x</a></p>');
    expect(html).not.toMatch(/script|onclick|javascript:/i);
    expect(html).toContain('hi');
  });

  it('drops everything that would make a network request when shown', () => {
    const html = sanitizeArticleHtml('<p>a<img src="https://tracker.test/p.gif"><iframe src="https://x.test"></iframe><video src="v.mp4"></video><span style="background:url(https://x.test/b)">b</span></p>');
    expect(html).not.toMatch(/img|iframe|video|url\(/i);
    expect(html).toContain('b');
  });

  it('keeps article links and opens them outside the extension page', () => {
    const html = sanitizeArticleHtml('<a href="https://news.test/x">تقرير</a>');
    expect(html).toContain('href="https://news.test/x"');
    expect(html).toContain('rel="noreferrer noopener"');
  });
});
