import { describe, expect, it } from 'vitest';
import { historyUrl } from '@/utils/background/history-url';

describe('historyUrl', () => {
  it('drops tracking parameters and the fragment', () => {
    expect(historyUrl('https://news.test/a?id=7&utm_source=x&utm_medium=y&fbclid=z#top', null)).toBe('https://news.test/a?id=7');
  });

  it('uses the declared canonical URL of the same site', () => {
    expect(historyUrl('https://m.news.test/a?utm_source=tw', 'https://www.news.test/a')).toBe('https://www.news.test/a');
    expect(historyUrl('https://news.test/a', '/story/a')).toBe('https://news.test/story/a');
  });

  it('ignores a canonical URL that points at another site or scheme', () => {
    expect(historyUrl('https://evil.test/a', 'https://bank.test/statement')).toBe('https://evil.test/a');
    expect(historyUrl('https://news.test/a', 'javascript:alert(1)')).toBe('https://news.test/a');
  });
});
