import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
declare const chrome: any;

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens `url` in a new tab and returns it with the browser's id for that tab. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup page in a tab of its own, aimed at the tab with id `tabId`. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless, with background networking off. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  // Fixture pages were saved from the web and still point at it; there is no network here, so
  // their remote requests are refused at once instead of timing out.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Tab URLs of browser pages are hidden from the extension, so a new tab is found by its new id.
  const tabIds = (): Promise<number[]> => worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));

  return {
    context,
    worker,
    extensionId,
    async openTab(url) {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      await page.goto(url);
      const fresh = (await tabIds()).filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
      return { page, tabId: fresh[0] };
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads the history straight from the extension's IndexedDB, as the browser stored it. */
export function readHistory(worker: Worker): Promise<Array<Record<string, any>>> {
  return worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
