/**
 * Body-extraction F1 on the Article Extraction Benchmark (../shared/data/pages/scrapinghub-aeb), scored
 * exactly as the benchmark's evaluate.py: tokens are runs of word characters, 4-token shingles are
 * counted per page, TP/FP/FN normalised per page, precision and recall averaged over pages, F1 the
 * harmonic mean of the two averages.
 *
 *   npx tsx scripts/eval-body.ts [--limit N]
 *
 * Prints Siyaq's body (runReadability: Readability on a clone, charThreshold 200, whitespace-normalised)
 * and Readability.js alone (default options, textContent, as the benchmark's readability_js runner).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { runReadability } from '@/utils/extract/readability';

const AEB = resolve(process.env.SIYAQ_SHARED ?? join(process.cwd(), '..', 'shared'), 'data/pages/scrapinghub-aeb');

type Counts = [tp: number, fp: number, fn: number];

const tokenize = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i += 1) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py string_shingle_matching: TP/FP/FN over 4-shingles, normalised to sum 1. */
export function shingleCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  medianMs: number;
  /** Pages where extraction threw (scored as empty). */
  errors: number;
}

/** evaluate.py metrics_from_tp_fp_fns plus exact-token accuracy. */
export function scoreBodies(pairs: { truth: string; predicted: string }[], times: number[], errors = 0): BodyScore {
  const counts = pairs.map((p) => shingleCounts(p.truth, p.predicted));
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const accuracy = mean(pairs.map((p) => Number(tokenize(p.truth).join(' ') === tokenize(p.predicted).join(' '))));
  const sorted = [...times].sort((a, b) => a - b);
  return {
    f1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    accuracy,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    errors,
  };
}

/** A page the extractor throws on (jsdom's CSS parser does on some inline styles) scores as empty. */
function guarded(extract: () => string, errors: { count: number }): string {
  try {
    return extract();
  } catch {
    errors.count += 1;
    return '';
  }
}

const readabilityAlone = (html: string) =>
  new Readability(parseHtml(html, 'https://fake-url.com')).parse()?.textContent ?? '';

const siyaqBody = (html: string, url: string) => runReadability(parseHtml(html, url))?.text ?? '';

export interface BodyEvaluation {
  pages: number;
  siyaq: BodyScore;
  readability: BodyScore;
  /** The same scores over the pages neither extractor threw on (jsdom cannot parse every page in Node). */
  parsed: { pages: number; siyaq: BodyScore; readability: BodyScore };
}

export function evaluateBody(limit?: number): BodyEvaluation {
  const truth: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth).slice(0, limit);
  const ours: { truth: string; predicted: string }[] = [];
  const theirs: { truth: string; predicted: string }[] = [];
  const ourTimes: number[] = [];
  const theirTimes: number[] = [];
  const ourErrors = { count: 0 };
  const theirErrors = { count: 0 };
  const failed = new Set<number>();
  for (const id of ids) {
    const html = decodeHtml(new Uint8Array(gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`)))));
    const expected = truth[id].articleBody ?? '';
    const errorsBefore = ourErrors.count + theirErrors.count;
    let started = performance.now();
    theirs.push({ truth: expected, predicted: guarded(() => readabilityAlone(html), theirErrors) });
    theirTimes.push(performance.now() - started);
    started = performance.now();
    ours.push({ truth: expected, predicted: guarded(() => siyaqBody(html, truth[id].url), ourErrors) });
    ourTimes.push(performance.now() - started);
    if (ourErrors.count + theirErrors.count > errorsBefore) failed.add(ours.length - 1);
  }
  const ok = ids.map((_, i) => !failed.has(i));
  const keep = <T>(xs: T[]) => xs.filter((_, i) => ok[i]);
  return {
    pages: ids.length,
    siyaq: scoreBodies(ours, ourTimes, ourErrors.count),
    readability: scoreBodies(theirs, theirTimes, theirErrors.count),
    parsed: {
      pages: keep(ids).length,
      siyaq: scoreBodies(keep(ours), keep(ourTimes)),
      readability: scoreBodies(keep(theirs), keep(theirTimes)),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--limit');
  const result = evaluateBody(flag > 0 ? Number(process.argv[flag + 1]) : undefined);
  const row = (name: string, s: BodyScore) =>
    `| ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.accuracy.toFixed(3)} | ${s.medianMs.toFixed(0)} ms | ${s.errors} |`;
  console.log(`Article Extraction Benchmark, ${result.pages} pages`);
  console.log('| system | F1 | precision | recall | accuracy | median time (parse + extract) | pages that threw |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('Siyaq (runReadability)', result.siyaq));
  console.log(row('Readability.js alone', result.readability));
  console.log(`\nThe ${result.parsed.pages} pages jsdom parses (the others throw in jsdom's CSS parser, for both):`);
  console.log(row('Siyaq (runReadability)', result.parsed.siyaq));
  console.log(row('Readability.js alone', result.parsed.readability));
  console.log(
    JSON.stringify({
      bodyF1: { siyaq: result.siyaq.f1, readability: result.readability.f1 },
      bodyF1Parsed: { siyaq: result.parsed.siyaq.f1, readability: result.parsed.readability.f1 },
    }),
  );
}
