/**
 * Trains the NER tagger for one language and writes public/models/ner-<lang>.json.
 *   npm run train:ner -- --lang ar|en [--epochs N] [--dev] [--out FILE] [--with aqmar]
 * --dev holds the dev data out, prints its scores and writes nothing unless --out is given.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { extractFeatures } from '@/utils/nlp/ner/features';
import { lexiconFromArrays, serializeModel } from '@/utils/nlp/ner/model';
import { parseModel } from '@/utils/nlp/ner/model';
import { allowedAfter, domainFeature } from '@/utils/nlp/ner/tagger';
import { NO_FEATURE } from '@/utils/nlp/ner/features';
import { hashString } from '@/utils/nlp/ner/hash';
import { loadData } from './ner/datasets';
import { buildLexicon, WIKIFANE_LIST_BITS } from './ner/lexicon-sources';
import { mulberry32, quantize, trainPerceptron, type TrainingSentence } from './ner/perceptron';
import { evaluate } from './ner/evaluate';
import type { Lexicon } from '@/utils/nlp/ner/lexicon';

const TARGET_DOMAIN = 0x6e657773;

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    keep: { type: 'string', default: '1' },
    dev: { type: 'boolean', default: false },
    out: { type: 'string' },
    with: { type: 'string', multiple: true, default: [] },
    without: { type: 'string', multiple: true, default: [] },
    repeat: { type: 'string', default: '1' },
    adapt: { type: 'boolean', default: false },
    hide: { type: 'string', default: '0' },
    'o-bias': { type: 'string', default: '0' },
    consistency: { type: 'boolean', default: false },
  },
});

const lang = values.lang as NerLanguage;
if (lang !== 'ar' && lang !== 'en') throw new Error('--lang ar|en');
const log = (message: string) => console.error(`[train-ner ${lang}] ${message}`);

/** A copy of the lexicon without some bits: how WikiFANE sentences see their own entity list half the time. */
function withoutBits(lexicon: Lexicon, bits: number): Lexicon {
  return {
    ...lexicon,
    wordMasks: lexicon.wordMasks.map((m) => m & ~bits),
    phraseMasks: lexicon.phraseMasks.map((m) => m & ~bits),
  };
}

/** Each token's features followed by their copies for the sentence's domain. */
function withDomain(extracted: { features: Uint32Array; offsets: Uint32Array }, domain: number | null) {
  if (domain === null) return extracted;
  const { features, offsets } = extracted;
  const out = new Uint32Array(features.length * 2);
  const outOffsets = new Uint32Array(offsets.length);
  let n = 0;
  for (let t = 0; t + 1 < offsets.length; t++) {
    outOffsets[t] = n;
    for (let f = offsets[t]; f < offsets[t + 1]; f++) out[n++] = features[f];
    for (let f = offsets[t]; f < offsets[t + 1]; f++) out[n++] = features[f] === NO_FEATURE ? NO_FEATURE : domainFeature(features[f], domain);
  }
  outOffsets[offsets.length - 1] = n;
  return { features: out, offsets: outOffsets };
}

const started = Date.now();
const lexiconArrays = buildLexicon(lang);
const lexicon = lexiconFromArrays(lexiconArrays);
const lexiconWithoutList = withoutBits(lexicon, WIKIFANE_LIST_BITS);
log(`lexicon: ${lexiconArrays.words.length} words, ${lexiconArrays.phrases.length} phrases`);

const data = loadData(lang, values.dev, new Set(values.with));
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
const training: TrainingSentence[] = [];
const skipped = new Set(values.without);
// The first corpus is the in-domain one (news for Arabic, UNER for English): repeating it weighs it up.
const corpora = data.train.filter((c) => !skipped.has(c.name));
const hideRate = Number(values.hide);
const random = mulberry32(11);
for (const [c, corpus] of corpora.entries()) {
  const domain = !values.adapt ? null : c === 0 ? TARGET_DOMAIN : hashString(corpus.name);
  const copies = c === 0 ? Number(values.repeat) : 1;
  corpus.sentences.forEach((sentence, i) => {
    const gold = Uint8Array.from(sentence.tags, (t) => tagIndex.get(t) ?? 0);
    const lex = corpus.name === 'wikifane' && i % 2 === 0 ? lexiconWithoutList : lexicon;
    for (let k = 0; k < copies; k++) training.push({ ...withDomain(extractFeatures(sentence.words, lang, lex), domain), gold });
    if (hideRate > 0 && sentence.tags.some((t) => t !== 'O')) {
      const hidden = sentence.tags.map((t) => t !== 'O' && random() < hideRate);
      training.push({ ...withDomain(extractFeatures(sentence.words, lang, lex, hidden), domain), gold });
    }
  });
  log(`${corpus.name}: ${corpus.sentences.length} sentences`);
}
log(`features extracted in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const trained = trainPerceptron(training, TAGS.length, {
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  seed: 7,
  allowed: allowedAfter(TAGS),
  log,
});
const { featureHashes, weights, scale } = quantize(trained, TAGS.length, Number(values.keep));
const seconds = Math.round((Date.now() - started) / 1000);
const json = serializeModel({
  lang,
  tags: TAGS,
  featureHashes,
  weights,
  lexicon: lexiconArrays,
  domain: values.adapt ? TARGET_DOMAIN : null,
  outsideBias: Math.round(Number(values['o-bias']) * scale),
  documentConsistency: values.consistency,
  meta: {
    trainedOn: data.train.map((c) => `${c.name} (${c.sentences.length} sentences)`),
    epochs: Number(values.epochs),
    minCount: Number(values['min-count']),
    trainingSeconds: seconds,
  },
});
const text = JSON.stringify(json);
log(`${featureHashes.length} features kept; ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text).length / 1e6).toFixed(2)} MB gzip; ${seconds} s`);

const model = parseModel(json);
for (const corpus of data.dev) {
  const result = evaluate(model, corpus.sentences);
  console.log(JSON.stringify({ dev: corpus.name, ...result.score }));
}
// With --dev, how the O bias and document consistency would move the dev score.
for (const corpus of values.dev ? data.dev : []) {
  const sweep: string[] = [];
  for (const consistency of [false, true]) {
    for (const bias of [0, -2, -4, -6, -8, -12]) {
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
