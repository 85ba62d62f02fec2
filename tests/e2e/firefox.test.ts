/**
 * The built Firefox add-on in Debian's Firefox ESR: the popup's card and Sources section on the seed,
 * a statement found in the page, an English article, and a page that is not an article. Extraction runs in Firefox's content-script
 * sandbox, where the page's DOM is seen through Xray wrappers; this is where that is exercised.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { serveFixtures } from '../../scripts/static-server';

let firefox: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/fixtures'));
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface PopupView {
  title: string | null;
  notArticle: string | null;
  direction: string | null;
  publisher: string | null;
  date: string | null;
  people: string[];
  speakers: string[];
  unnamed: number;
  count: string | null;
}

const READ_POPUP = `
  const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.innerText ?? null;
  const all = (selector) => [...document.querySelectorAll(selector)].map((e) => e.innerText);
  return {
    title: text('article-title'),
    notArticle: text('status-not-article'),
    direction: document.querySelector('[data-testid="article-direction"]')?.getAttribute('data-dir') ?? null,
    publisher: text('article-publisher'),
    date: document.querySelector('[data-testid="article-date"] time')?.getAttribute('datetime') ?? null,
    people: all('[data-entity-type="PERSON"] [data-testid="entity-name"]'),
    speakers: all('[data-testid="quote-speaker"]'),
    unnamed: document.querySelectorAll('[data-testid="quote"][data-named="false"]').length,
    count: text('statement-count'),
  };`;

/** The popup once it shows a card or says why it cannot. */
async function popupFor(path: string): Promise<PopupView> {
  await firefox.openPopupFor(server.url(path));
  await expect.poll(async () => {
    const view = await firefox.inPopup<PopupView>(READ_POPUP);
    return view.title ?? view.notArticle;
  }, { timeout: 30_000 }).toBeTruthy();
  return firefox.inPopup<PopupView>(READ_POPUP);
}

describe('the Firefox add-on', () => {
  it('shows the seed article’s card and its source context', async () => {
    const view = await popupFor('seed-article.html');
    expect(view.title).toBe('"خلافة افتراضية".. خطة داعش القادمة');
    expect(view.direction).toBe('rtl');
    expect(view.publisher).toBe('العرب');
    expect(view.date).toBe('2017-10-07');
    expect(view.people).toEqual(expect.arrayContaining(['جوزيف فوتل', 'تشارلي وينتر', 'أبوبكر البغدادي', 'لوران بيندنر', 'رافايل غلوك']));
    expect(view.speakers).toEqual(expect.arrayContaining(['جوزيف فوتل', 'تشارلي وينتر', 'خبراء ومسؤولون']));
    expect(view.unnamed).toBe(3);
    expect(view.count).toBe('8 statements: 5 named, 3 unnamed');
  });

  it('finds a clicked statement in the page, where the page itself sees the highlight', async () => {
    await firefox.inPopup('document.querySelector(\'[data-testid="quote"][data-named="true"] .quote-text\').click();');
    // Read in the page's own world, not the extension's view of it: the highlight must be the page's.
    const highlighted = () =>
      firefox.inPopup<number>(`
        const tabId = Number(new URLSearchParams(location.search).get('tab'));
        return browser.scripting
          .executeScript({ target: { tabId }, world: 'MAIN', func: () => CSS.highlights.get('siyaq')?.size ?? 0 })
          .then(([injection]) => injection.result);`);
    await expect.poll(highlighted, { timeout: 10_000 }).toBe(1);
  });

  it('shows an English article left to right with its speakers', async () => {
    const view = await popupFor('pages/attribution/nytimes-1.html');
    expect(view.title).toBe('United States to Lift Sudan Sanctions');
    expect(view.direction).toBe('ltr');
    expect(view.speakers).toContain('Eric Reeves');
  });

  it('says plainly that a search page is not an article', async () => {
    const view = await popupFor('e2e/search.html');
    expect(view.notArticle).toContain('not an article');
    expect(view.title).toBeNull();
  });
});
