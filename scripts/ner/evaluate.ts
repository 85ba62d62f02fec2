/** Tags gold-tokenised sentences document by document and scores them. */
import { tagDocument } from '@/utils/nlp/ner/document';
import type { NerModel } from '@/utils/nlp/ner/model';
import type { LabelledSentence } from './conll';
import { scoreEntities, type Score } from './scoring';

/** Files without -DOCSTART- (ANERcorp) are read as runs of this many sentences, about one news article. */
const SENTENCES_PER_PSEUDO_DOCUMENT = 20;

export function documents(sentences: LabelledSentence[]): LabelledSentence[][] {
  const groups: LabelledSentence[][] = [];
  const hasDocs = sentences.some((s) => s.doc > 0);
  for (const sentence of sentences) {
    const last = groups[groups.length - 1];
    const sameDoc = hasDocs
      ? last && last[0].doc === sentence.doc
      : last && last.length < SENTENCES_PER_PSEUDO_DOCUMENT;
    if (sameDoc) last.push(sentence);
    else groups.push([sentence]);
  }
  return groups;
}

export interface Evaluation {
  score: Score;
  predicted: string[][];
  tokens: number;
  tokensPerSecond: number;
}

/**
 * Seconds of CPU this process spent in `run`: tagging is single-threaded, so this is its speed on one
 * core, unaffected by other work sharing the machine (wall-clock time is not, on a busy 2-core box).
 */
export function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export function evaluate(model: NerModel, sentences: LabelledSentence[], types?: Set<string>): Evaluation {
  // Warm the JIT on a few sentences so the speed reflects steady tagging, not compilation.
  tagDocument(model, sentences.slice(0, 50).map((s) => s.words));
  let predicted: string[][] = [];
  const elapsed = cpuSeconds(() => {
    predicted = documents(sentences).flatMap((doc) => tagDocument(model, doc.map((s) => s.words)));
  });
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  return {
    score: scoreEntities(sentences.map((s) => s.tags), predicted, types),
    predicted,
    tokens,
    tokensPerSecond: Math.round(tokens / elapsed),
  };
}
