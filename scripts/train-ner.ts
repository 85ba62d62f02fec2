/**
 * Trains the NER tagger for one language and writes public/models/ner-<lang>.json.
 *   npm run train:ner -- --lang ar|en [--dev] [--out FILE] [--epochs N --guide CORPUS --hide P --o-bias B
 *                                      --consistency true|false --with aqmar --without CORPUS --min-count N]
 * The shipped settings per language are the defaults below; --dev holds the dev data out, prints its
 * scores (with a sweep of the O bias and document consistency) and writes nothing unless --out is given.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { extractFeatures, type NerLanguage } from '@/utils/nlp/ner/features';
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import type { Lexicon } from '@/utils/nlp/ner/lexicon';
import { lexiconFromArrays, parseModel, serializeModel, type QuantizedWeights, type WeightTable } from '@/utils/nlp/ner/model';
import { allowedAfter, decodeFeatures, withGuideFeatures } from '@/utils/nlp/ner/tagger';
import type { LabelledSentence } from './ner/conll';
import { loadData, type Corpus } from './ner/datasets';
import { evaluate } from './ner/evaluate';
import { frequentWords } from './ner/frequent-words';
import { buildLexicon, WIKIFANE_LIST_BITS } from './ner/lexicon-sources';
import { mulberry32, quantize, trainPerceptron, type TrainingSentence } from './ner/perceptron';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
/** Words the tagger scores once per model rather than once per article (frequentWordScores in tagger.ts). */
const FREQUENT_WORDS = 2000;

/** Shipped settings, chosen on the dev data (docs/ner.md). */
const DEFAULTS: Record<NerLanguage, { guide: string; hide: string; consistency: boolean; oBias: string; epochs: string }> = {
  ar: { guide: 'wikifane', hide: '0', consistency: true, oBias: '0', epochs: '15' },
  en: { guide: '', hide: '0', consistency: true, oBias: '0', epochs: '10' },
};

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    epochs: { type: 'string' },
    'min-count': { type: 'string', default: '2' },
    dev: { type: 'boolean', default: false },
    out: { type: 'string' },
    with: { type: 'string', multiple: true, default: [] },
    without: { type: 'string', multiple: true, default: [] },
    guide: { type: 'string' },
    hide: { type: 'string' },
    'o-bias': { type: 'string' },
    consistency: { type: 'string' },
  },
});

const lang = values.lang as NerLanguage;
if (lang !== 'ar' && lang !== 'en') throw new Error('--lang ar|en');
const settings = {
  guide: values.guide ?? DEFAULTS[lang].guide,
  hide: Number(values.hide ?? DEFAULTS[lang].hide),
  consistency: values.consistency ? values.consistency === 'true' : DEFAULTS[lang].consistency,
  oBias: Number(values['o-bias'] ?? DEFAULTS[lang].oBias),
  epochs: Number(values.epochs ?? DEFAULTS[lang].epochs),
  minCount: Number(values['min-count']),
};
const log = (message: string) => console.error(`[train-ner ${lang}] ${message}`);
const allowed = allowedAfter(TAGS);
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

/** A copy of the lexicon without some bits: how WikiFANE sentences see their own entity list half the time. */
function withoutBits(lexicon: Lexicon, bits: number): Lexicon {
  return {
    ...lexicon,
    wordMasks: lexicon.wordMasks.map((m) => m & ~bits),
    phraseMasks: lexicon.phraseMasks.map((m) => m & ~bits),
  };
}

const started = Date.now();
const lexiconArrays = buildLexicon(lang);
const lexicon = lexiconFromArrays(lexiconArrays);
const lexiconWithoutList = withoutBits(lexicon, WIKIFANE_LIST_BITS);
log(`lexicon: ${lexiconArrays.words.length} words, ${lexiconArrays.phrases.length} phrases`);

const data = loadData(lang, values.dev, new Set(values.with));
const skipped = new Set(values.without);
const guideNames = new Set(settings.guide.split(',').filter(Boolean));
const guideCorpora = data.train.filter((c) => guideNames.has(c.name));
const mainCorpora = data.train.filter((c) => !guideNames.has(c.name) && !skipped.has(c.name));
const random = mulberry32(11);

function sentenceLexicon(corpus: Corpus, i: number): Lexicon {
  return corpus.name === 'wikifane' && i % 2 === 0 ? lexiconWithoutList : lexicon;
}

/** Weight units per perceptron update of the last trained table, for expressing the O bias. */
let scale = 1;

function train(sentences: TrainingSentence[], what: string): QuantizedWeights {
  const trained = trainPerceptron(sentences, TAGS.length, {
    epochs: settings.epochs,
    minCount: settings.minCount,
    seed: 7,
    allowed,
    log: (m) => log(`${what} ${m}`),
  });
  const quantized = quantize(trained, TAGS.length, 1);
  scale = quantized.scale;
  const { featureHashes, weights } = quantized;
  return { featureHashes, weights, outsideBias: Math.round(settings.oBias * scale) };
}

const table = (w: QuantizedWeights): WeightTable => ({ ...w, features: HashIndex.from(w.featureHashes) });

let guide: QuantizedWeights | null = null;
if (guideCorpora.length > 0) {
  const sentences = guideCorpora.flatMap((corpus) =>
    corpus.sentences.map((sentence, i) => ({
      ...extractFeatures(sentence.words, lang, sentenceLexicon(corpus, i)),
      gold: Uint8Array.from(sentence.tags, (t) => tagIndex.get(t) ?? 0),
    })),
  );
  guide = train(sentences, `guide (${[...guideNames].join(', ')})`);
}
const guideTable = guide ? table(guide) : null;

/**
 * Features of one training sentence as the tagger will compute them; `hidden` tokens lose their
 * word identity (extractFeatures), so that names are also learnt from what surrounds them.
 */
function trainingSentence(sentence: LabelledSentence, lex: Lexicon, hidden?: boolean[]): TrainingSentence {
  const extracted = extractFeatures(sentence.words, lang, lex, hidden);
  const gold = Uint8Array.from(sentence.tags, (t) => tagIndex.get(t) ?? 0);
  if (!guideTable) return { ...extracted, gold };
  const guided = decodeFeatures(guideTable, extracted.features, extracted.offsets, allowed);
  return { ...withGuideFeatures(extracted.features, extracted.offsets, guided), gold };
}

const training: TrainingSentence[] = [];
for (const corpus of mainCorpora) {
  corpus.sentences.forEach((sentence, i) => {
    const lex = sentenceLexicon(corpus, i);
    training.push(trainingSentence(sentence, lex));
    if (settings.hide > 0 && sentence.tags.some((t) => t !== 'O')) {
      training.push(trainingSentence(sentence, lex, sentence.tags.map((t) => t !== 'O' && random() < settings.hide)));
    }
  });
  log(`${corpus.name}: ${corpus.sentences.length} sentences`);
}
const main = train(training, 'main');
const seconds = Math.round((Date.now() - started) / 1000);
const json = serializeModel({
  lang,
  tags: TAGS,
  main,
  guide,
  lexicon: lexiconArrays,
  documentConsistency: settings.consistency,
  frequentWords: frequentWords(data.train, FREQUENT_WORDS),
  meta: {
    trainedOn: mainCorpora.map((c) => `${c.name} (${c.sentences.length} sentences)`),
    guideTrainedOn: guideCorpora.map((c) => `${c.name} (${c.sentences.length} sentences)`),
    settings,
    trainingSeconds: seconds,
  },
});
const text = JSON.stringify(json);
log(`${main.featureHashes.length} features${guide ? ` + ${guide.featureHashes.length} guide features` : ''}; ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text).length / 1e6).toFixed(2)} MB gzip; ${seconds} s`);

const model = parseModel(json);
for (const corpus of data.dev) {
  console.log(JSON.stringify({ dev: corpus.name, ...evaluate(model, corpus.sentences).score }));
  const sweep: string[] = [];
  for (const consistency of [false, true]) {
    for (const bias of [0, -1, -2, -4, -8]) {
      const variant = { ...model, outsideBias: Math.round(bias * scale), documentConsistency: consistency };
      sweep.push(`${consistency ? 'doc' : 'sent'} ${bias}: ${evaluate(variant, corpus.sentences).score.f1}`);
    }
  }
  console.log(`${corpus.name} sweep: ${sweep.join(', ')}`);
}

const out = values.out ?? (values.dev ? null : join(import.meta.dirname, `../public/models/ner-${lang}.json`));
if (out) {
  writeFileSync(out, text);
  log(`wrote ${out}`);
}
