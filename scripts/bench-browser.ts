/** Runs scripts/bench/in-page.ts in headless Debian Chromium and returns per-page median timings. */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchPage, Timing } from './bench';
import { median } from './bench/stats';
import { serveFixtures } from './static-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WARM_UP_PAGES = 10;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'bench/in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    alias: { '@': resolve(import.meta.dirname, '..') },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

export interface ArticleStages {
  /** Each stage of Siyaq's analysis of the page, timed once. */
  times: Record<string, number>;
  /** Readability alone on the same page: the median of the timed runs. */
  readabilityAlone: number;
}

export async function runInChromium(pages: BenchPage[], repeats: number): Promise<{ rows: Timing[]; stages: ArticleStages[] }> {
  const server = await serveFixtures(resolve(import.meta.dirname, '../public'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('models/'));
    await page.evaluate(await bundle());
    await page.evaluate(
      (urls) => (globalThis as any).siyaqBench.init(urls),
      { ar: server.url('models/ner-ar.json'), en: server.url('models/ner-en.json') },
    );
    // Untimed warm-up: without it the first pages are timed before the JIT has compiled either system.
    for (const { html } of pages.slice(0, WARM_UP_PAGES)) await page.evaluate((h) => (globalThis as any).siyaqBench.run(h, 1), html);
    const rows: Timing[] = [];
    const stages: ArticleStages[] = [];
    for (const { name, html } of pages) {
      const t = await page.evaluate(([h, n]) => (globalThis as any).siyaqBench.run(h, n), [html, repeats] as const);
      rows.push({ name, readability: median(t.readability), siyaq: median(t.siyaq) });
      const times = await page.evaluate((h) => (globalThis as any).siyaqBench.stages(h), html);
      if (times) stages.push({ times, readabilityAlone: median(t.readability) });
    }
    return { rows, stages };
  } finally {
    await browser.close();
    await server.close();
  }
}
