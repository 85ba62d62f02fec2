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
  /** Opens the popup page in a tab of its own, aimed at the tab showing `page`. */
  openPopup(page: Page, locale?: 'en' | 'ar'): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = (page: Page) =>
    worker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t: { url?: string }) => t.url === url);
      if (!tab?.id) throw new Error(`no tab for ${url}`);
      return tab.id;
    }, page.url());

  return {
    context,
    worker,
    extensionId,
    tabIdOf,
    async openPopup(page) {
      const tabId = await tabIdOf(page);
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
