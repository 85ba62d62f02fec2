/**
 * `npm run -s analyze -- page.html [--url URL]`: one analysis (shared/ANALYSIS.md) as JSON on stdout.
 * Bad input gets one line on stderr and a non-zero exit; nothing partial is printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyzeExtraction } from '@/utils/analysis/analyze';
import { extractArticle } from '@/utils/extract/article';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';

const MAX_BYTES = 50 * 1024 * 1024;

class InputError extends Error {}

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i] ?? null;
    else if (!file) file = argv[i];
    else throw new InputError(`unexpected argument: ${argv[i]}`);
  }
  if (!file) throw new InputError('usage: analyze <page.html> [--url <url>]');
  if (url !== null && !URL.canParse(url)) throw new InputError(`not a URL: ${url}`);
  return { file, url };
}

function readHtml(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`cannot read ${file}: no such file`);
  }
  if (size === 0) throw new InputError(`${file} is empty`);
  if (size > MAX_BYTES) throw new InputError(`${file} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new InputError(`${file} is not HTML (binary content)`);
  const html = decodeHtml(bytes);
  if (!/<\s*(html|head|body|p|div|article|title|meta|h1)\b/i.test(html)) throw new InputError(`${file} is not HTML`);
  return html;
}

/** NUL bytes never occur in HTML text but do in images, PDFs and archives. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !isUtf16 && head.includes(0);
}

async function main() {
  const { file, url } = parseArgs(process.argv.slice(2));
  const html = readHtml(file);
  const extraction = extractArticle(parseHtml(html, url ?? undefined), url);
  if (extraction.kind === 'not-article') throw new InputError(`${file} holds no article (${extraction.reason})`);
  const analysis = analyzeExtraction(extraction, await loadRecognizer());
  process.stdout.write(`${JSON.stringify(analysis)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
  process.exit(error instanceof InputError ? 2 : 1);
});
