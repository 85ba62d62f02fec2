/** Node-only: reads the committed models from public/models for scripts and tests. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { parseModel, type NerModel } from '@/utils/nlp/ner/model';
import { createRecognizer, type Recognizer } from '@/utils/nlp/ner/recognizer';

export const MODELS_DIR = join(import.meta.dirname, '../../../public/models');

export const modelPath = (lang: NerLanguage) => join(MODELS_DIR, `ner-${lang}.json`);

export const modelBytes = (lang: NerLanguage, file = modelPath(lang)) => statSync(file).size;

export function loadModel(lang: NerLanguage, file = modelPath(lang)): NerModel {
  return parseModel(JSON.parse(readFileSync(file, 'utf8')));
}

export function loadRecognizer(): Recognizer {
  return createRecognizer({ ar: loadModel('ar'), en: loadModel('en') });
}
