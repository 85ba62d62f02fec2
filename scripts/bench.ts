/**
 * `npm run bench`: what Siyaq's analysis costs against Readability alone, in one run, over the seed
 * article, Mozilla's Readability test pages and the Arabic/RTL news pages. Timed twice: in Chromium
 * on the browser's own DOM (what the extension does) and in Node on jsdom (what the CLI does).
 * Figures are printed, never asserted: the README records them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';
import { compareOnDocument } from './bench/compare';
import { median, quantile } from './bench/stats';
import { runInChromium, WARM_UP_PAGES } from './bench-browser';
import { benchNer } from './bench-ner';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
export const REPEATS = 3;

export interface BenchPage {
  name: string;
  html: string;
}

export interface Timing {
  name: string;
  readability: number;
  siyaq: number;
}

function loadPages(): BenchPage[] {
  const pages: BenchPage[] = [{ name: 'seed', html: readFileSync(join(SHARED, 'fixtures/seed-article.html'), 'utf8') }];
  for (const corpus of ['readability', 'arabic-news', 'rtl-other']) {
    const dir = join(SHARED, 'data/pages', corpus);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'source.html');
      if (existsSync(file)) pages.push({ name: `${corpus}/${slug}`, html: decodeHtml(readFileSync(file)) });
    }
  }
  return pages;
}

async function runInNode(pages: BenchPage[]): Promise<Timing[]> {
  const recognizer = loadRecognizer();
  const compare = (page: BenchPage, repeats: number) => {
    const doc = parseHtml(page.html, 'https://example.invalid/');
    const { readability, siyaq } = compareOnDocument(doc, repeats, recognizer);
    doc.defaultView?.close();
    return { name: page.name, readability: median(readability), siyaq: median(siyaq) };
  };
  pages.slice(0, WARM_UP_PAGES).forEach((page) => compare(page, 1));
  return pages.map((page) => compare(page, REPEATS));
}

function report(title: string, rows: Timing[]) {
  const r = rows.map((row) => row.readability);
  const s = rows.map((row) => row.siyaq);
  const worst = rows.reduce((a, b) => (b.siyaq > a.siyaq ? b : a));
  const over200 = rows.filter((row) => row.siyaq > 200).length;
  console.log(`\n${title}: ${rows.length} pages, median of ${REPEATS} runs per page`);
  console.log('                      median ms    p95 ms    max ms');
  console.log(`Readability alone     ${fmt(median(r))} ${fmt(quantile(r, 0.95))} ${fmt(Math.max(...r))}`);
  console.log(`Siyaq full analysis   ${fmt(median(s))} ${fmt(quantile(s, 0.95))} ${fmt(Math.max(...s))}`);
  console.log(`ratio Siyaq/Readability: ${(median(s) / median(r)).toFixed(2)}x of medians; per page, median ${median(rows.map((x) => x.siyaq / x.readability)).toFixed(2)}x`);
  console.log(`pages over 200 ms: ${over200}; slowest: ${worst.name} ${worst.siyaq.toFixed(1)} ms (Readability ${worst.readability.toFixed(1)} ms)`);
}

async function main() {
  // Tagging speed first, on a fresh heap: after the jsdom run the heap holds gigabytes and GC pauses, not the tagger, set the figure.
  const ner = await benchNer();
  const pages = loadPages();
  const rssBefore = process.memoryUsage().rss;
  const chromium = await runInChromium(pages, REPEATS);
  report('Chromium (the extension: browser DOM)', chromium.rows);
  const stageNames = Object.keys(chromium.stages[0]?.times ?? {});
  console.log(`where the time goes (median ms per article page): ${stageNames.map((k) => `${k} ${median(chromium.stages.map((s) => s.times[k])).toFixed(1)}`).join(', ')}`);
  console.log(`  p95: ${stageNames.map((k) => `${k} ${quantile(chromium.stages.map((s) => s.times[k]), 0.95).toFixed(1)}`).join(', ')}`);
  // The extension splits the work: the page runs only extraction; NER and attribution run in the service worker.
  const inPage = chromium.stages.map((s) => (s.times.readability + s.times.metadata) / s.readabilityAlone);
  const inWorker = chromium.stages.map((s) => s.times.ner + s.times.attribution);
  console.log(`on the page's main thread (content script): ${median(inPage).toFixed(2)}x Readability alone per page (median); in the service worker: ${median(inWorker).toFixed(1)} ms median, ${quantile(inWorker, 0.95).toFixed(1)} ms p95`);
  report('Node + jsdom (the CLI)', await runInNode(pages));
  console.log(`\nNode memory: peak RSS ${mb(process.memoryUsage().rss)} MB (${mb(rssBefore)} MB before the runs)`);
  for (const row of ner) {
    console.log(`NER ${row.lang}: ${Math.round(row.tokensPerSecond).toLocaleString('en')} tokens/s on one core, model ${kb(row.modelBytes)} KB (${kb(row.gzipBytes)} KB gzip); scoring its ${row.frequentWords} frequent words before the first article: ${row.frequentMs.toFixed(0)} ms`);
  }
}

const fmt = (ms: number) => ms.toFixed(1).padStart(9);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const kb = (bytes: number) => Math.round(bytes / 1024).toLocaleString('en');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
