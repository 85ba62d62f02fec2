/** Which words a model scores once for all documents (see frequentWordScores in utils/nlp/ner/tagger.ts). */
import type { Corpus } from './datasets';

/** The `limit` most frequent words of the corpora as written, most frequent first (ties: first seen first). */
export function frequentWords(corpora: Corpus[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const corpus of corpora) {
    for (const sentence of corpus.sentences) for (const word of sentence.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Array.prototype.sort is stable: equal counts keep the order the words were first seen in.
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([word]) => word);
}
