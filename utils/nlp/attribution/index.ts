/**
 * Source context of an article: who is quoted or reported (named or not), each entity's role from
 * its title or apposition, and the works the article cites. Arabic and English, linear-time scans
 * over one tokenisation; entities come from the caller (the NER), this module never guesses names.
 */
import type { Entity, Quote, Work } from '@/utils/analysis/types';
import { EntityIndex } from '@/utils/nlp/attribution/entity-index';
import { findQuotedSpans, QuoteIndex } from '@/utils/nlp/attribution/quote-marks';
import { findQuotes, type QuoteScan } from '@/utils/nlp/attribution/quotes';
import { findRoles } from '@/utils/nlp/attribution/roles';
import { sentenceMap } from '@/utils/nlp/attribution/sentences';
import { sentenceEnds, tokenize } from '@/utils/nlp/attribution/tokens';
import { findWorks } from '@/utils/nlp/attribution/works';

export interface Attribution {
  quotes: Quote[];
  /** The same entities, with `role` filled where the text gives one and none was set. */
  entities: Entity[];
  works: Work[];
}

export function analyzeAttribution(text: string, entities: Entity[], lang: string | null): Attribution {
  const tokens = tokenize(text);
  const spans = new QuoteIndex(findQuotedSpans(text));
  const sentences = sentenceMap(sentenceEnds(text, tokens, (offset) => !!spans.containing(offset)));
  const index = new EntityIndex(tokens, entities);
  const roles = findRoles(text, tokens, index);
  const scan: QuoteScan = { text, tokens, index, roles, spans, sentences, ...languages(lang) };
  return {
    quotes: findQuotes(scan),
    entities: entities.map((e) => (roles.has(e) ? { ...e, role: roles.get(e) ?? null } : e)),
    works: findWorks(scan),
  };
}

/** Which cue lexicons to run: the detected language's, or both when it is unknown or another. */
function languages(lang: string | null): { arabic: boolean; english: boolean } {
  const primary = lang?.toLowerCase().split('-')[0];
  if (primary === 'ar') return { arabic: true, english: false };
  if (primary === 'en') return { arabic: false, english: true };
  return { arabic: true, english: true };
}
