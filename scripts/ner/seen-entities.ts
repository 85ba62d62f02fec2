/**
 * Surface forms of the entities in the data the shipped model learnt from (for Arabic, ANERcorp and
 * WikiFANE through the guide), to split test recall into names seen in training and unseen ones.
 */
import { normalizeArabic, proclitic } from '@/utils/nlp/arabic';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { spans } from './conll';
import { loadData } from './datasets';

export const surfaceKey = (word: string, lang: NerLanguage) =>
  lang === 'ar' ? proclitic(normalizeArabic(word)).stem : word.toLowerCase();

export function trainingEntitySurfaces(lang: NerLanguage): Set<string> {
  const seen = new Set<string>();
  for (const corpus of loadData(lang, false, new Set()).train) {
    for (const sentence of corpus.sentences) {
      for (const e of spans(sentence.tags)) {
        seen.add(sentence.words.slice(e.start, e.end).map((w) => surfaceKey(w, lang)).join(' '));
      }
    }
  }
  return seen;
}
