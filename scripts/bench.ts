/**
 * `npm run bench`: speed and memory of Siyaq's analysis against Readability alone, in one run, over
 * Mozilla's Readability test pages plus the seed article (and the Arabic/RTL news pages).
 * Figures are printed, never asserted: the README records them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeExtraction } from '@/utils/analysis/analyze';
import { extractArticle } from '@/utils/extract/article';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';
import { benchNer } from './bench-ner';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const REPEATS = 3;

interface Page {
  name: string;
  html: string;
}

function loadPages(): Page[] {
  const pages: Page[] = [{ name: 'seed', html: readFileSync(join(SHARED, 'fixtures/seed-article.html'), 'utf8') }];
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

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function main() {
  const pages = loadPages();
  const recognizer = await loadRecognizer();
  const rows: { name: string; readability: number; siyaq: number }[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = 0;
  for (const page of pages) {
    const doc = parseHtml(page.html, 'https://example.invalid/');
    const readability: number[] = [];
    const siyaq: number[] = [];
    // Alternate the two so that warm-up and GC pauses fall on both alike.
    for (let i = 0; i < REPEATS; i++) {
      readability.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
      siyaq.push(
        time(() => {
          const extraction = extractArticle(doc, 'https://example.invalid/');
          if (extraction.kind === 'article') analyzeExtraction(extraction, recognizer);
        }),
      );
    }
    rows.push({ name: page.name, readability: median(readability), siyaq: median(siyaq) });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const r = rows.map((row) => row.readability);
  const s = rows.map((row) => row.siyaq);
  const worst = rows.reduce((a, b) => (b.siyaq > a.siyaq ? b : a));
  const perPageRatio = rows.map((row) => row.siyaq / row.readability);
  console.log(`pages: ${rows.length} (seed + readability + arabic-news + rtl-other), ${REPEATS} runs each, median per page`);
  console.log('                     median ms   p95 ms   max ms');
  console.log(`Readability alone   ${fmt(median(r))}  ${fmt(quantile(r, 0.95))}  ${fmt(Math.max(...r))}`);
  console.log(`Siyaq full analysis ${fmt(median(s))}  ${fmt(quantile(s, 0.95))}  ${fmt(Math.max(...s))}`);
  console.log(`ratio (median of totals) ${(median(s) / median(r)).toFixed(2)}x; median per-page ratio ${median(perPageRatio).toFixed(2)}x`);
  console.log(`slowest page: ${worst.name} ${worst.siyaq.toFixed(1)} ms (Readability ${worst.readability.toFixed(1)} ms)`);
  console.log(`memory: heap grew ${mb(process.memoryUsage().heapUsed - heapBefore)} MB over the run, peak RSS ${mb(peakRss)} MB`);
  for (const row of await benchNer()) {
    console.log(`NER ${row.lang}: ${Math.round(row.tokensPerSecond).toLocaleString('en')} tokens/s, model ${kb(row.modelBytes)} KB (${kb(row.gzipBytes)} KB gzip)`);
  }
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => Math.round(bytes / 1024).toLocaleString('en');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
