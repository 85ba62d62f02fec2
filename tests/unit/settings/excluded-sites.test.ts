import { describe, expect, it } from 'vitest';
import { isAnalysableUrl, isExcluded, normalizeSite } from '@/utils/settings/excluded-sites';

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.alarab.co.uk/some/article?x=1', 'alarab.co.uk'],
    ['', null],
    ['not a site at all', null],
  ])('%j → %j', (input, expected) => expect(normalizeSite(input)).toBe(expected));
});

describe('isExcluded', () => {
  const excluded = ['example.com', 'bank.test'];
  it('matches the site and its subdomains', () => {
    expect(isExcluded('https://example.com/a', excluded)).toBe(true);
    expect(isExcluded('https://www.example.com/a', excluded)).toBe(true);
    expect(isExcluded('https://news.example.com/a', excluded)).toBe(true);
  });
  it('does not match look-alike hosts', () => {
    expect(isExcluded('https://notexample.com/a', excluded)).toBe(false);
    expect(isExcluded('https://example.com.evil.test/a', excluded)).toBe(false);
    expect(isExcluded('not a url', excluded)).toBe(false);
  });
});

describe('isAnalysableUrl', () => {
  it('allows web pages and local files only', () => {
    expect(isAnalysableUrl('https://a.test/')).toBe(true);
    expect(isAnalysableUrl('file:///home/me/page.html')).toBe(true);
    expect(isAnalysableUrl('chrome://settings')).toBe(false);
    expect(isAnalysableUrl('chrome-extension://id/popup.html')).toBe(false);
    expect(isAnalysableUrl('about:blank')).toBe(false);
  });
});
