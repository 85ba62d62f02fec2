/**
 * From an extracted article to the full analysis contract: entities, then who said what.
 * Runs in extension contexts and the CLI, never in the page.
 */
import type { Analysis } from '@/utils/analysis/types';
import type { ArticleExtraction } from '@/utils/extract/article';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import type { Recognizer } from '@/utils/nlp/ner';

/** Languages the shipped NER models cover; other languages get metadata and quotes only. */
const NER_LANGUAGES = new Set(['ar', 'en']);

export function analyzeExtraction(extraction: ArticleExtraction, recognizer: Recognizer): Analysis {
  const { text, metadata } = extraction;
  const language = metadata.language?.split('-')[0] ?? null;
  const found = language && NER_LANGUAGES.has(language) ? recognizer.recognize(text, language as 'ar' | 'en') : [];
  const { entities, quotes, works } = analyzeAttribution(text, found, language);
  return { text, metadata, entities, quotes, works };
}
