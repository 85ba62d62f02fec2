/** Test helper: a fixture page's article text, as the analysis sees it (Readability on the parsed HTML). */
import { readFileSync } from 'node:fs';
import { parseHtml } from '@/utils/extract/parse-html.node';
import { runReadability } from '@/utils/extract/readability';

export function pageText(fixture: string): string {
  const html = readFileSync(new URL(`../../fixtures/${fixture}`, import.meta.url), 'utf8');
  const result = runReadability(parseHtml(html));
  if (!result) throw new Error(`Readability found no article in ${fixture}`);
  return result.text;
}
