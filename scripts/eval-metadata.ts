/**
 * Metadata accuracy per corpus, Siyaq next to Readability alone in the same run.
 *
 *   npm run -s eval:metadata            table + one JSON summary line
 *   npm run -s eval:metadata -- --misses   also list every wrong field
 *   npm run -s eval:metadata -- --corpus arabic-news,rtl-other   only those corpora
 *
 * Comparison rules (the same for both systems):
 * - strings are NFKC-normalised, Arabic letter variants folded (أإآ→ا, ى→ي, Persian ی/ک), diacritics and
 *   tatweel dropped, quotes/dashes/punctuation removed, whitespace collapsed, case ignored;
 * - authors compare as sets of names; an expected raw byline (readability corpus) is split the way a
 *   reader would: a leading "By" (or "Par", "Por", "Von", "Door", "Di") removed, split at "," "&" " and ";
 * - dates: the calendar day as written must match; when the expected value also has a time, the time must
 *   match too (the same instant within 60 s when both state an offset, the same local HH:MM otherwise);
 *   published-date accuracy counts only pages whose date is known;
 * - publisher on the readability corpus is its expected siteName (it records no publisher), compared with
 *   siteName; dateline and wire agencies are only annotated on the news corpora and the seed;
 * - a field expected empty (null / []) is right only when the system also returns nothing.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ArticleMetadata } from '@/utils/analysis/types';
import { decodeHtml } from '@/utils/extract/decode-html';
import { extractMetadata } from '@/utils/extract/metadata/index';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { runReadability } from '@/utils/extract/readability';
import { foldKey } from '@/utils/extract/metadata/text';
import { parseIsoLike } from '@/utils/extract/dates/iso';
import { instantOf } from '@/utils/extract/dates/parsed-date';

export const FIELDS = ['title', 'authors', 'publisher', 'publishedDate', 'dateline', 'wireAgencies'] as const;
export type Field = (typeof FIELDS)[number];
export type Corpus = 'readability' | 'arabic-news' | 'rtl-other' | 'seed';

type Values = Record<Field, string | string[] | null>;

interface Page {
  corpus: Corpus;
  slug: string;
  html: string;
  url: string | null;
  expected: Partial<Values>;
  excerpt?: string | null;
  extra?: Record<string, string | null>;
}

export interface FieldScore {
  correct: number;
  total: number;
}

export interface CorpusResult {
  corpus: Corpus;
  pages: number;
  siyaq: Partial<Record<Field, FieldScore>>;
  readability: Partial<Record<Field, FieldScore>>;
  misses: { slug: string; field: Field; expected: unknown; siyaq: unknown }[];
  /** Metadata extraction alone (after Readability), and Readability alone, per page. */
  msPerPage: { median: number; max: number; readabilityMedian: number };
}

const SHARED = resolve(process.env.SIYAQ_SHARED ?? join(process.cwd(), '..', 'shared'));

const read = (path: string) => decodeHtml(new Uint8Array(readFileSync(path)));
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(?:by|par|por|von|door|di)\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  const readabilityDir = join(SHARED, 'data/pages/readability');
  for (const slug of readdirSync(readabilityDir).sort()) {
    const dir = join(readabilityDir, slug);
    if (!existsSync(join(dir, 'expected-metadata.json'))) continue;
    const m = json(join(dir, 'expected-metadata.json'));
    pages.push({
      corpus: 'readability',
      slug,
      html: read(join(dir, 'source.html')),
      url: 'http://fakehost/test/page.html',
      expected: {
        title: m.title ?? null,
        authors: splitByline(m.byline),
        publisher: m.siteName ?? null,
        publishedDate: m.publishedTime ?? null,
      },
    });
  }
  for (const corpus of ['arabic-news', 'rtl-other'] as const) {
    const root = join(SHARED, 'data/pages', corpus);
    for (const slug of readdirSync(root).sort()) {
      const dir = join(root, slug);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      const e = json(join(dir, 'expected.json'));
      pages.push({
        corpus,
        slug,
        html: read(join(dir, 'source.html')),
        url: e.url ?? null,
        expected: {
          title: e.title,
          authors: e.authors,
          publisher: e.publisher,
          publishedDate: e.publishedDate,
          dateline: e.dateline,
          wireAgencies: e.wireAgencies,
        },
      });
    }
  }
  const seed = json(join(SHARED, 'fixtures/seed-article.expected.json')).metadata;
  pages.push({
    corpus: 'seed',
    slug: 'seed-article',
    html: read(join(SHARED, 'fixtures/seed-article.html')),
    url: null,
    expected: {
      title: seed.title,
      authors: seed.authors ?? [],
      publisher: seed.publisher,
      publishedDate: seed.publishedDate,
      dateline: seed.dateline,
      wireAgencies: seed.wireAgencies ?? [],
    },
    excerpt: seed.excerpt,
    extra: { issue: seed.issue, page: seed.page, language: seed.language, direction: seed.direction },
  });
  return pages;
}

function sameDate(expected: string, actual: string | null): boolean {
  if (!actual) return false;
  const e = parseIsoLike(expected);
  const a = parseIsoLike(actual);
  if (!e || !a || e.date !== a.date) return false;
  if (!e.time) return true;
  if (!a.time) return false;
  const ei = instantOf(e);
  const ai = instantOf(a);
  if (ei !== null && ai !== null) return Math.abs(ei - ai) <= 60_000;
  return e.time.slice(0, 5) === a.time.slice(0, 5);
}

const nameSet = (list: string[]) => new Set(list.map(foldKey).filter(Boolean));

export function fieldCorrect(field: Field, expected: Values[Field], actual: Values[Field]): boolean {
  if (field === 'publishedDate') return typeof expected === 'string' && sameDate(expected, actual as string | null);
  if (Array.isArray(expected) || Array.isArray(actual)) {
    const e = nameSet((expected as string[] | null) ?? []);
    const a = nameSet((actual as string[] | null) ?? []);
    return e.size === a.size && [...e].every((x) => a.has(x));
  }
  const e = expected ? foldKey(expected) : '';
  const a = actual ? foldKey(actual as string) : '';
  return e === a;
}

function siyaqValues(m: ArticleMetadata, corpus: Corpus): Values {
  return {
    title: m.title,
    authors: m.authors,
    publisher: corpus === 'readability' ? m.siteName : m.publisher,
    publishedDate: m.publishedDate,
    dateline: m.dateline,
    wireAgencies: m.wireAgencies,
  };
}

function readabilityValues(r: ReturnType<typeof runReadability>): Values {
  return {
    title: r?.title ?? null,
    authors: splitByline(r?.byline),
    publisher: r?.siteName ?? null,
    publishedDate: r?.publishedTime ?? null,
    dateline: null,
    wireAgencies: [],
  };
}

function fieldsOf(page: Page): Field[] {
  return FIELDS.filter((f) => {
    if (!(f in page.expected) || page.expected[f] === undefined) return false;
    return f !== 'publishedDate' || page.expected[f] !== null;
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

export interface Evaluation {
  corpora: CorpusResult[];
  seedChecks: Record<string, { expected: unknown; actual: unknown; ok: boolean }>;
}

/** Runs both systems over every page of the four corpora. */
export function evaluateMetadata(only?: Corpus[]): Evaluation {
  const results = new Map<Corpus, CorpusResult>();
  const times = new Map<Corpus, number[]>();
  const readabilityTimes = new Map<Corpus, number[]>();
  const seedChecks: Evaluation['seedChecks'] = {};
  for (const page of loadPages().filter((p) => !only || only.includes(p.corpus))) {
    const doc = parseHtml(page.html, page.url ?? 'https://example.invalid/');
    const readabilityStarted = performance.now();
    const r = runReadability(doc);
    const readabilityElapsed = performance.now() - readabilityStarted;
    const started = performance.now();
    const m = extractMetadata(doc, { url: page.url, readability: r, text: r?.text ?? '' });
    const elapsed = performance.now() - started;
    const res = results.get(page.corpus) ?? {
      corpus: page.corpus,
      pages: 0,
      siyaq: {},
      readability: {},
      misses: [],
      msPerPage: { median: 0, max: 0, readabilityMedian: 0 },
    };
    results.set(page.corpus, res);
    times.set(page.corpus, [...(times.get(page.corpus) ?? []), elapsed]);
    readabilityTimes.set(page.corpus, [...(readabilityTimes.get(page.corpus) ?? []), readabilityElapsed]);
    res.pages += 1;
    const ours = siyaqValues(m, page.corpus);
    const theirs = readabilityValues(r);
    for (const f of fieldsOf(page)) {
      const expected = page.expected[f] as Values[Field];
      for (const [system, values] of [['siyaq', ours], ['readability', theirs]] as const) {
        const score = (res[system][f] ??= { correct: 0, total: 0 });
        score.total += 1;
        const ok = fieldCorrect(f, expected, values[f]);
        if (ok) score.correct += 1;
        else if (system === 'siyaq') res.misses.push({ slug: page.slug, field: f, expected, siyaq: values[f] });
      }
    }
    if (page.corpus === 'seed') {
      const check = (name: string, expected: unknown, actual: unknown, ok: boolean) => (seedChecks[name] = { expected, actual, ok });
      for (const [k, v] of Object.entries(page.extra ?? {})) {
        const actual = (m as unknown as Record<string, unknown>)[k];
        check(k, v, actual, v === actual);
      }
      check('excerpt', page.excerpt, m.excerpt, !!page.excerpt && !!m.excerpt && foldKey(m.excerpt).startsWith(foldKey(page.excerpt)));
    }
  }
  for (const [corpus, xs] of times) {
    const res = results.get(corpus)!;
    res.msPerPage = {
      median: Number(median(xs).toFixed(1)),
      max: Number(Math.max(...xs).toFixed(1)),
      readabilityMedian: Number(median(readabilityTimes.get(corpus) ?? []).toFixed(1)),
    };
  }
  return { corpora: [...results.values()], seedChecks };
}

const pct = (s: FieldScore | undefined) => (s && s.total ? `${((100 * s.correct) / s.total).toFixed(0)}% (${s.correct}/${s.total})` : '—');

function printTable(ev: Evaluation, showMisses: boolean): void {
  for (const c of ev.corpora) {
    const t = c.msPerPage;
    console.log(`\n## ${c.corpus} (${c.pages} pages; metadata ${t.median} ms median / ${t.max} ms max per page, Readability ${t.readabilityMedian} ms median)`);
    console.log(`| field | Siyaq | Readability alone |`);
    console.log(`|---|---|---|`);
    for (const f of FIELDS) if (c.siyaq[f]) console.log(`| ${f} | ${pct(c.siyaq[f])} | ${pct(c.readability[f])} |`);
    if (showMisses) for (const miss of c.misses) console.log(`  miss ${miss.slug} ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.siyaq)}`);
  }
  console.log('\n## seed: other fields');
  for (const [k, v] of Object.entries(ev.seedChecks)) console.log(`| ${k} | ${v.ok ? 'ok' : 'WRONG'} | ${JSON.stringify(v.actual)} |`);
}

function summary(ev: Evaluation) {
  const rate = (s?: FieldScore) => (s && s.total ? Number((s.correct / s.total).toFixed(3)) : null);
  const pool = (corpora: Corpus[], f: Field, system: 'siyaq' | 'readability') =>
    ev.corpora
      .filter((c) => corpora.includes(c.corpus))
      .reduce((acc, c) => ({ correct: acc.correct + (c[system][f]?.correct ?? 0), total: acc.total + (c[system][f]?.total ?? 0) }), { correct: 0, total: 0 });
  const rtl: Corpus[] = ['arabic-news', 'rtl-other'];
  const all: Corpus[] = ['readability', 'arabic-news', 'rtl-other', 'seed'];
  return {
    corpora: Object.fromEntries(
      ev.corpora.map((c) => [c.corpus, Object.fromEntries(FIELDS.filter((f) => c.siyaq[f]).map((f) => [f, { siyaq: rate(c.siyaq[f]), readability: rate(c.readability[f]) }]))]),
    ),
    publishedDateAll: { siyaq: rate(pool(all, 'publishedDate', 'siyaq')), readability: rate(pool(all, 'publishedDate', 'readability')) },
    rtlPages: Object.fromEntries(FIELDS.map((f) => [f, { siyaq: rate(pool(rtl, f, 'siyaq')), readability: rate(pool(rtl, f, 'readability')) }])),
    seedOk: Object.values(ev.seedChecks).every((c) => c.ok),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--corpus');
  const ev = evaluateMetadata(flag > 0 ? (process.argv[flag + 1].split(',') as Corpus[]) : undefined);
  printTable(ev, process.argv.includes('--misses'));
  const s = summary(ev);
  console.log('\n## pooled');
  console.log(`published date, every page with a known date: Siyaq ${s.publishedDateAll.siyaq} vs Readability ${s.publishedDateAll.readability}`);
  for (const f of FIELDS) console.log(`Arabic/RTL ${f}: Siyaq ${s.rtlPages[f].siyaq} vs Readability ${s.rtlPages[f].readability}`);
  console.log(JSON.stringify({ summary: s }));
}

export { summary as summarizeMetadata };
