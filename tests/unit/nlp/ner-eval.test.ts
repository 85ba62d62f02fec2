/**
 * The committed models on the held-out test splits, scored exactly like `npm run eval:ner`.
 * Needs ../shared beside the repository (as in CI); skipped with a message when it is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '@/utils/nlp/ner/load-model.node.ts';
import { readConll } from '../../../scripts/ner/conll';
import { evaluate } from '../../../scripts/ner/evaluate';

const NER_DATA = join(import.meta.dirname, '../../../../shared/data/ner');
const available = existsSync(NER_DATA);
if (!available) console.warn(`NER evaluation skipped: ${NER_DATA} is absent (it holds the test splits).`);

/**
 * Micro F1 the committed models reach (docs/ner.md), less under a point of slack: a floor that
 * catches regressions. The targets are 75 (Arabic), 72 (PUD) and 65 (Wikigold).
 */
const CASES = [
  { name: 'ANERcorp CAMeL test (Arabic)', lang: 'ar', file: 'anercorp/ANERCorp_CamelLab_test.txt', floor: 70 },
  { name: 'UNER English PUD test, PER/ORG/LOC', lang: 'en', file: 'uner_en_pud/test.conll', types: ['PER', 'ORG', 'LOC'], floor: 68 },
  { name: 'Wikigold (English), four types', lang: 'en', file: 'wikigold/wikigold.conll.txt', floor: 60.5 },
] as const;

describe.skipIf(!available)('NER on the test splits', () => {
  for (const c of CASES) {
    it(`${c.name}: F1 ≥ ${c.floor}`, () => {
      const model = loadModel(c.lang);
      const types = 'types' in c ? new Set<string>(c.types) : undefined;
      const { score } = evaluate(model, readConll(join(NER_DATA, c.file)), types);
      expect(score.f1).toBeGreaterThanOrEqual(c.floor);
    });
  }
});
