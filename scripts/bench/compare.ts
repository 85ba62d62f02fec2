/**
 * One page, both systems: Readability alone and Siyaq's whole analysis on the same Document, run
 * alternately so that warm-up and GC pauses fall on both alike. Shared by the Node and Chromium runs.
 */
import { Readability } from '@mozilla/readability';
import { analyzeExtraction } from '@/utils/analysis/analyze';
import { extractArticle } from '@/utils/extract/article';
import type { Recognizer } from '@/utils/nlp/ner';

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function compareOnDocument(doc: Document, repeats: number, recognizer: Recognizer): { readability: number[]; siyaq: number[] } {
  const readability: number[] = [];
  const siyaq: number[] = [];
  for (let i = 0; i < repeats; i++) {
    readability.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    siyaq.push(
      time(() => {
        const extraction = extractArticle(doc, 'https://example.invalid/');
        if (extraction.kind === 'article') analyzeExtraction(extraction, recognizer);
      }),
    );
  }
  return { readability, siyaq };
}
