/**
 * Tagging speed and model size per language, on the committed models, over the held-in evaluation
 * text available in ../shared (or the seed article alone). Standalone: `npx tsx scripts/bench-ner.ts`;
 * scripts/bench.ts imports benchNer().
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { loadModel, modelPath } from '@/utils/nlp/ner/load-model.node.ts';
import { tagDocument } from '@/utils/nlp/ner/document';
import { frequentWordScores } from '@/utils/nlp/ner/tagger';
import { parseConll } from './ner/conll';
import { cpuSeconds } from './ner/evaluate';

const NER_DATA = join(import.meta.dirname, '../../shared/data/ner');
const BENCH_TEXT: Record<NerLanguage, string> = {
  ar: join(NER_DATA, 'anercorp/ANERCorp_CamelLab_test.txt'),
  en: join(NER_DATA, 'uner_en_pud/test.conll'),
};
const ROUNDS = 3;

export interface NerBenchResult {
  lang: NerLanguage;
  /** Per second of CPU on one core (see cpuSeconds); wall-clock speed is also given. */
  tokensPerSecond: number;
  wallTokensPerSecond: number;
  modelBytes: number;
  gzipBytes: number;
  /** How many frequent words the model scores before its first article, and how long that takes (cold). */
  frequentWords: number;
  frequentMs: number;
}

function sentencesFor(lang: NerLanguage): string[][] {
  if (existsSync(BENCH_TEXT[lang])) return parseConll(readFileSync(BENCH_TEXT[lang], 'utf8')).map((s) => s.words);
  const seed = readFileSync(join(import.meta.dirname, '../tests/fixtures/seed-article.html'), 'utf8');
  return [seed.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean)];
}

/** Best of a few rounds after a warm-up; the tagger is single-threaded. */
export async function benchNer(): Promise<NerBenchResult[]> {
  const results: NerBenchResult[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const file = readFileSync(modelPath(lang));
    const model = loadModel(lang);
    const sentences = sentencesFor(lang);
    const tokens = sentences.reduce((n, s) => n + s.length, 0);
    const scoring = performance.now();
    frequentWordScores(model);
    const frequentMs = performance.now() - scoring;
    tagDocument(model, sentences.slice(0, 200));
    let best = 0;
    let bestWall = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const cpu = cpuSeconds(() => {
        for (let i = 0; i < sentences.length; i += 20) tagDocument(model, sentences.slice(i, i + 20));
      });
      best = Math.max(best, tokens / cpu);
      bestWall = Math.max(bestWall, tokens / ((performance.now() - started) / 1000));
    }
    results.push({
      lang,
      tokensPerSecond: Math.round(best),
      wallTokensPerSecond: Math.round(bestWall),
      modelBytes: file.length,
      gzipBytes: gzipSync(file).length,
      frequentWords: model.frequentWords.length,
      frequentMs,
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await benchNer()) console.log(JSON.stringify(result));
}
