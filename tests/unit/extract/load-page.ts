/** Loads a fixture page the way the CLI does: bytes → decodeHtml → jsdom → Readability → metadata. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ArticleMetadata } from '@/utils/analysis/types';
import { decodeHtml } from '@/utils/extract/decode-html';
import { extractMetadata } from '@/utils/extract/metadata';
import { parseHtml } from '@/utils/extract/parse-html.node';
import { runReadability } from '@/utils/extract/readability';

export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface Expected {
  url: string;
  title: string;
  authors: string[];
  publisher: string;
  publishedDate: string;
  language: string;
  direction: string;
  dateline: string | null;
  wireAgencies: string[];
  notes: string;
}

export function pageBytes(corpus: string, slug: string): Uint8Array {
  return new Uint8Array(gunzipSync(readFileSync(join(FIXTURES, 'pages', corpus, slug, 'source.html.gz'))));
}

export function expectedOf(corpus: string, slug: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'pages', corpus, slug, 'expected.json'), 'utf8'));
}

export function metadataOfHtml(html: string, url: string | null, now?: Date): ArticleMetadata {
  const doc = parseHtml(html, url ?? 'https://example.invalid/');
  const readability = runReadability(doc);
  return extractMetadata(doc, { url, readability, text: readability?.text ?? '', now });
}

export function loadPage(corpus: string, slug: string, now?: Date) {
  const expected = expectedOf(corpus, slug);
  const metadata = metadataOfHtml(decodeHtml(pageBytes(corpus, slug)), expected.url, now);
  return { expected, metadata };
}

/** Calendar day of an ISO value as written (the local day for values with an offset). */
export const dayOf = (iso: string | null) => iso?.slice(0, 10) ?? null;
