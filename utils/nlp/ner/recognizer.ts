/**
 * Named-entity recognition over a whole text: tokenise, split sentences, tag them as one document,
 * turn tags into mentions with offsets and merge the mentions into entities.
 */
import type { Entity } from '@/utils/analysis/types';
import { detectLanguage } from '@/utils/nlp/language';
import { tagDocument } from '@/utils/nlp/ner/document';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { mentionsFromTags } from '@/utils/nlp/ner/mentions';
import { mergeMentions } from '@/utils/nlp/ner/merge-entities';
import type { NerModel } from '@/utils/nlp/ner/model';
import { splitSentences, tokenize } from '@/utils/nlp/tokenize';

export interface Recognizer {
  /** Entities in `text`; `lang` is a BCP 47 code, detected from the text when absent. */
  recognize(text: string, lang?: string | null): Entity[];
  languages: NerLanguage[];
}

/** Which model serves a language: Arabic-script Arabic, everything Latin-script falls back to English. */
export function modelLanguage(lang: string): NerLanguage | null {
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'ar') return 'ar';
  if (base === 'en') return 'en';
  return null;
}

export function recognizeWith(model: NerModel, text: string): Entity[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const tags: string[] = [];
  // Not .flat(): on a long page it cost more than merging the mentions.
  for (const sentence of tagDocument(model, sentences.map((s) => s.map((t) => t.text)))) for (const tag of sentence) tags.push(tag);
  return mergeMentions(mentionsFromTags(text, tokens, tags, model.lang, model.lexicon));
}

export function createRecognizer(models: Partial<Record<NerLanguage, NerModel>>): Recognizer {
  return {
    languages: Object.keys(models) as NerLanguage[],
    recognize(text, lang) {
      const detected = lang ?? detectLanguage(text);
      const which = detected ? modelLanguage(detected) : null;
      const model = which ? models[which] : undefined;
      return model ? recognizeWith(model, text) : [];
    },
  };
}
