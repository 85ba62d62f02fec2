/**
 * Optional automatic recording: an article the reader stays on for `dwellSeconds` is recorded
 * without opening the popup. Off by default; it needs host access, asked for when turned on.
 */
import { browser } from 'wxt/browser';
import { getRecognizer } from '@/utils/background/recognizer';
import { analyzeAndRecord } from '@/utils/background/record';
import { runExtraction } from '@/utils/background/run-extraction';
import type { SiyaqDB } from '@/utils/db/schema';
import { isAnalysableUrl, isExcluded } from '@/utils/settings/excluded-sites';
import { getSettings, type Settings } from '@/utils/settings/settings';
import { AUTO_RECORD_ORIGINS } from '@/utils/settings/site-access';

export function shouldAutoRecord(url: string, settings: Settings): boolean {
  return (
    settings.recording &&
    settings.autoRecord &&
    isAnalysableUrl(url) &&
    !url.startsWith('file:') &&
    !isExcluded(url, settings.excludedSites)
  );
}

const timers = new Map<number, ReturnType<typeof setTimeout>>();

function cancel(tabId: number) {
  clearTimeout(timers.get(tabId));
  timers.delete(tabId);
}

export function registerAutoRecord(db: SiyaqDB): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void onPageLoaded(db, tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener(cancel);
}

async function onPageLoaded(db: SiyaqDB, tabId: number, url: string) {
  cancel(tabId);
  const settings = await getSettings();
  if (!shouldAutoRecord(url, settings)) return;
  if (!(await browser.permissions.contains({ origins: AUTO_RECORD_ORIGINS }))) return;
  timers.set(tabId, setTimeout(() => void recordIfStillOpen(db, tabId, url), settings.dwellSeconds * 1000));
}

async function recordIfStillOpen(db: SiyaqDB, tabId: number, url: string) {
  timers.delete(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const settings = await getSettings();
  if (!tab?.active || tab.url !== url || !shouldAutoRecord(url, settings)) return;
  const extraction = await runExtraction(tabId).catch(() => null);
  if (extraction?.kind !== 'article') return;
  await analyzeAndRecord(db, settings, extraction, await getRecognizer(extraction.metadata.language), Date.now());
}
