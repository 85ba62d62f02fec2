import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readHistory, type ExtensionBrowser } from './browser';
import { serveFixtures } from '../../scripts/static-server';

const OUTPUT = resolve('tests/e2e/output');
mkdirSync(OUTPUT, { recursive: true });

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
const popupErrors: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/fixtures'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and the popup aimed at it; collects every error the popup logs. */
async function openArticle(path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await browser.openTab(server.url(path));
  const popup = await browser.openPopup(tabId);
  popup.on('pageerror', (error) => popupErrors.push(`${path}: ${error.message}`));
  popup.on('console', (message) => message.type() === 'error' && popupErrors.push(`${path}: ${message.text()}`));
  popup.on('dialog', (dialog) => {
    popupErrors.push(`${path}: dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  await popup.waitForSelector('[data-testid="article-title"], [role="status"]:not([data-testid="status-loading"])');
  return { page, popup, tabId };
}

const texts = (popup: Page, testId: string) => popup.locator(`[data-testid="${testId}"]`).allInnerTexts();

describe('the popup on the seed article (Arabic, no JSON-LD)', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ page, popup, tabId } = await openArticle('seed-article.html'));
  });

  it('shows the card a reader expects, right to left', async () => {
    expect(await popup.getByTestId('article-title').innerText()).toBe('"خلافة افتراضية".. خطة داعش القادمة');
    expect(await popup.getByTestId('article-title').getAttribute('dir')).toBe('rtl');
    expect(await popup.getByTestId('article-publisher').innerText()).toBe('العرب');
    expect(await popup.getByTestId('article-date').locator('time').getAttribute('datetime')).toBe('2017-10-07');
    expect(await popup.getByTestId('article-date').innerText()).toBe('October 7, 2017');
    expect(await popup.getByTestId('article-direction').getAttribute('data-dir')).toBe('rtl');
  });

  it('lists the people, organisations and places of the article', async () => {
    const people = await popup.locator('[data-entity-type="PERSON"] [data-testid="entity-name"]').allInnerTexts();
    const orgs = await popup.locator('[data-entity-type="ORGANIZATION"] [data-testid="entity-name"]').allInnerTexts();
    const places = await popup.locator('[data-entity-type="LOCATION"] [data-testid="entity-name"]').allInnerTexts();
    expect(people).toEqual(expect.arrayContaining(['جوزيف فوتل', 'تشارلي وينتر']));
    expect(orgs).toEqual(expect.arrayContaining(['داعش']));
    expect(places).toEqual(expect.arrayContaining(['العراق', 'سوريا']));
  });

  it('shows the source context: dateline, statements with their speakers', async () => {
    expect(await popup.getByTestId('source-dateline').innerText()).toBe('واشنطن');
    expect(await popup.getByTestId('source-issue').innerText()).toContain('10774');
    const speakers = await texts(popup, 'quote-speaker');
    expect(speakers).toEqual(expect.arrayContaining(['جوزيف فوتل', 'تشارلي وينتر']));
    expect(await popup.locator('[data-testid="quote"][data-named="false"]').count()).toBeGreaterThan(0);
    expect(await popup.getByTestId('statement-count').innerText()).toMatch(/^\d+ statements: \d+ named, \d+ unnamed$/);
  });

  it('records the article once in the history in IndexedDB', async () => {
    // Recording finishes after the card is shown: wait for its status rather than read it once.
    await expect.poll(() => popup.getByTestId('recording').getAttribute('data-status')).toBe('saved');
    const records = (await readHistory(browser.worker)).filter((r) => r.url === server.url('seed-article.html'));
    expect(records).toHaveLength(1);
    expect(records[0].title).toBe('"خلافة افتراضية".. خطة داعش القادمة');
    expect(records[0].visits).toHaveLength(1);
    expect(records[0].analysis.metadata.publisher).toBe('العرب');
    expect(records[0].entityKeys).toContain('PERSON:جوزيف فوتل');

    const again = await browser.openPopup(tabId);
    await expect.poll(() => again.getByTestId('recording').getAttribute('data-status')).toBe('saved');
    expect((await readHistory(browser.worker)).filter((r) => r.url === server.url('seed-article.html'))).toHaveLength(1);
    await again.close();
  });

  it('highlights an entity in the page when it is clicked', async () => {
    await popup.locator('[data-entity-type="LOCATION"] button', { hasText: 'العراق' }).click();
    // العراق occurs five times in the article text, and once more in the page's summary line.
    await expect.poll(() => page.evaluate(() => (CSS as any).highlights?.get('siyaq')?.size ?? 0)).toBeGreaterThanOrEqual(5);
  });

  it('finds a statement in the page when it is clicked', async () => {
    await popup.locator('[data-testid="quote"][data-named="true"] .quote-text').first().click();
    await expect.poll(() => page.evaluate(() => (CSS as any).highlights?.get('siyaq')?.size ?? 0)).toBe(1);
  });

  it('switches the whole UI to Arabic and mirrors it', async () => {
    await popup.screenshot({ path: `${OUTPUT}/popup-seed-en.png`, fullPage: true });
    await popup.getByTestId('tab-settings').click();
    await popup.getByTestId('ui-language').selectOption('ar');
    await popup.getByTestId('tab-article').click();
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await popup.getByTestId('tab-history').innerText()).toBe('السجل');
    expect(await popup.getByTestId('article-publisher').innerText()).toBe('العرب');
    await popup.screenshot({ path: `${OUTPUT}/popup-seed-ar.png`, fullPage: true });
    await popup.getByTestId('tab-settings').click();
    await popup.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });
});

describe('the popup on an English news article', () => {
  it('shows the card left to right with the names in it', async () => {
    const { popup } = await openArticle('pages/attribution/nytimes-1.html');
    expect(await popup.getByTestId('article-title').innerText()).toBe('United States to Lift Sudan Sanctions');
    expect(await popup.getByTestId('article-direction').getAttribute('data-dir')).toBe('ltr');
    const names = await texts(popup, 'entity-name');
    expect(names).toEqual(expect.arrayContaining(['Sudan']));
    await popup.screenshot({ path: `${OUTPUT}/popup-english.png`, fullPage: true });
  });
});

describe('pages that are not articles', () => {
  it('says plainly that a search page is not an article', async () => {
    const { popup } = await openArticle('e2e/search.html');
    expect(await popup.getByTestId('status-not-article').innerText()).toContain('not an article');
    expect(await popup.getByTestId('article-title').count()).toBe(0);
  });

  it('says it cannot read a browser page', async () => {
    const { tabId } = await browser.openTab('chrome://version');
    const popup = await browser.openPopup(tabId);
    await popup.waitForSelector('[data-testid="status-restricted"]');
    expect(await popup.getByTestId('status-restricted').innerText()).toContain('cannot read');
  });

  it('shows a hostile page as inert text and never runs its code', async () => {
    const { popup } = await openArticle('e2e/hostile.html');
    const title = await popup.getByTestId('article-title').innerText();
    expect(title).toContain('<script>');
    expect(await popup.locator('main img, main script').count()).toBe(0);
    const records = await readHistory(browser.worker);
    expect(records.map((r) => r.url)).not.toContain('https://bank.test/statement');
  });
});

describe('the history view', () => {
  it('lists what was read, newest first, in the popup and the library', async () => {
    const { tabId } = await browser.openTab(server.url('e2e/search.html'));
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('tab-history').click();
    // The list comes from a live IndexedDB query: wait for it to render before reading its order.
    await expect
      .poll(() => texts(popup, 'history-title'))
      .toEqual(expect.arrayContaining(['"خلافة افتراضية".. خطة داعش القادمة', 'United States to Lift Sudan Sanctions']));
    const titles = await texts(popup, 'history-title');
    expect(titles[0]).toContain('Hostile');
    expect(await popup.getByTestId('history-title').first().getAttribute('href')).toBe(server.url('e2e/hostile.html'));

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByTestId('history-search').fill('فوتل');
    await expect.poll(() => texts(library, 'history-title')).toEqual(['"خلافة افتراضية".. خطة داعش القادمة']);
    expect(await library.getByTestId('history-count').innerText()).toBe('1 article');
    await library.getByRole('button', { name: 'Details' }).click();
    expect(await library.getByTestId('article-title').innerText()).toBe('"خلافة افتراضية".. خطة داعش القادمة');
    expect(await library.locator('.reader').innerText()).toContain('جوزيف فوتل');
    await library.screenshot({ path: `${OUTPUT}/library.png`, fullPage: true });
  });
});

describe('console hygiene', () => {
  it('logged no error in any popup', () => {
    expect(popupErrors).toEqual([]);
  });
});
