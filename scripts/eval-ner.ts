/**
 * Scores the committed model on a CoNLL-style file with its own tokenisation and prints one JSON line.
 *   npm run -s eval:ner -- --lang ar|en --data FILE [--types PER,ORG,LOC] [--model FILE] [--unseen]
 * --unseen adds recall on entities never seen in the training data (needs ../shared).
 */
import { parseArgs } from 'node:util';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { loadModel, modelBytes, modelPath } from '@/utils/nlp/ner/load-model.node.ts';
import { readConll } from './ner/conll';
import { evaluate } from './ner/evaluate';
import { trainingEntitySurfaces, surfaceKey } from './ner/seen-entities';
import { unseenRecall } from './ner/scoring';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    data: { type: 'string' },
    types: { type: 'string' },
    model: { type: 'string' },
    unseen: { type: 'boolean', default: false },
  },
});
const lang = values.lang as NerLanguage;
if ((lang !== 'ar' && lang !== 'en') || !values.data) {
  throw new Error('usage: eval-ner --lang ar|en --data FILE [--types PER,ORG,LOC]');
}
const types = values.types ? new Set(values.types.split(',').map((t) => (t === 'PERS' ? 'PER' : t === 'MIS' ? 'MISC' : t))) : undefined;
const file = values.model ?? modelPath(lang);
const model = loadModel(lang, file);
const sentences = readConll(values.data);
const result = evaluate(model, sentences, types);
const output: Record<string, unknown> = {
  lang,
  sentences: sentences.length,
  tokens: result.tokens,
  precision: result.score.p,
  recall: result.score.r,
  f1: result.score.f1,
  perType: result.score.perType,
  tokensPerSecond: result.tokensPerSecond,
  modelBytes: modelBytes(lang, file),
};
if (values.unseen) {
  const keep = (tags: string[]) => tags.map((t) => (types && t !== 'O' && !types.has(t.slice(2)) ? 'O' : t));
  output.unseen = unseenRecall(
    sentences.map((s) => keep(s.tags)),
    result.predicted.map(keep),
    sentences.map((s) => s.words),
    trainingEntitySurfaces(lang),
    (word) => surfaceKey(word, lang),
  );
}
console.log(JSON.stringify(output));
