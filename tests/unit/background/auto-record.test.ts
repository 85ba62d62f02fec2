import { describe, expect, it } from 'vitest';
import { shouldAutoRecord } from '@/utils/background/auto-record';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

describe('shouldAutoRecord', () => {
  const on = { ...DEFAULT_SETTINGS, autoRecord: true };

  it('is off in a default install', () => {
    expect(shouldAutoRecord('https://news.test/a', DEFAULT_SETTINGS)).toBe(false);
  });

  it('records web articles once the reader turned it on', () => {
    expect(shouldAutoRecord('https://news.test/a', on)).toBe(true);
  });

  it('never records excluded sites, local files, browser pages, or with recording off', () => {
    expect(shouldAutoRecord('https://bank.test/a', { ...on, excludedSites: ['bank.test'] })).toBe(false);
    expect(shouldAutoRecord('file:///home/me/a.html', on)).toBe(false);
    expect(shouldAutoRecord('chrome://settings', on)).toBe(false);
    expect(shouldAutoRecord('https://news.test/a', { ...on, recording: false })).toBe(false);
  });
});
