import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { runReadability } from '@/utils/extract/readability';
import { extractFeatures, type NerLanguage } from '@/utils/nlp/ner/features';
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import { mayStartPhrase, phraseStartFilter, wordHash, type Lexicon } from '@/utils/nlp/ner/lexicon';
import { loadModel } from '@/utils/nlp/ner/load-model.node.ts';
import { parseModel, serializeModel, type NerModel } from '@/utils/nlp/ner/model';
import { allowedAfter, decodeFeatures, frequentWordScores, tagWords, withGuideFeatures, WordCache } from '@/utils/nlp/ner/tagger';
import { splitSentences, tokenize } from '@/utils/nlp/tokenize';

describe('the model file', () => {
  it('refuses JSON that is not a model', () => {
    expect(() => parseModel({ format: 'something-else' })).toThrow();
  });

  it('tags the same after a serialise/parse round trip', () => {
    const model = loadModel('en');
    const copy = parseModel(
      JSON.parse(
        JSON.stringify(
          serializeModel({
            lang: model.lang,
            tags: model.tags,
            main: { featureHashes: model.features.keysByRow(), weights: model.weights, outsideBias: model.outsideBias },
            guide: null,
            lexicon: {
              words: model.lexicon.words.keysByRow(),
              wordMasks: model.lexicon.wordMasks,
              phrases: model.lexicon.phrases.keysByRow(),
              phraseMasks: model.lexicon.phraseMasks,
              phraseStarts: model.lexicon.phraseStarts,
            },
            documentConsistency: model.documentConsistency,
            frequentWords: model.frequentWords,
            meta: model.meta,
          }),
        ),
      ),
    );
    const words = 'Prime Minister Theresa May met Angela Merkel in Berlin .'.split(' ');
    expect(tagWords(copy, words)).toEqual(tagWords(model, words));
    expect(copy.frequentWords).toEqual(model.frequentWords);
  });

  it('refuses a frequent-word list that is not a list of words', () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/models/ner-en.json'), 'utf8'));
    expect(() => parseModel({ ...json, frequentWords: 'the' })).toThrow(/frequentWords/);
    expect(() => parseModel({ ...json, frequentWords: ['the', 7] })).toThrow(/frequentWords/);
    expect(() => parseModel({ ...json, frequentWords: Array.from({ length: 50_000 }, (_, i) => `w${i}`) })).toThrow(/frequentWords/);
    expect(parseModel({ ...json, frequentWords: undefined }).frequentWords).toEqual([]);
  });
});

describe('the phrase-start filter', () => {
  it('lets through every first word it was built from and few others', () => {
    const firsts = Array.from({ length: 15_000 }, (_, i) => wordHash(`first${i}`));
    const lexicon = { phraseStarts: phraseStartFilter(firsts) } as Lexicon;
    expect(firsts.every((hash) => mayStartPhrase(lexicon, hash))).toBe(true);
    const others = Array.from({ length: 10_000 }, (_, i) => wordHash(`other${i}`));
    expect(others.filter((hash) => mayStartPhrase(lexicon, hash)).length / others.length).toBeLessThan(0.1);
  });

  it('is open in a model that predates it, and refused at the wrong size', () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/models/ner-en.json'), 'utf8'));
    const older = parseModel({ ...json, lexicon: { ...json.lexicon, phraseStarts: undefined } });
    const words = 'The New York Times reported from Buenos Aires and the Gaza Strip .'.split(' ');
    expect(tagWords(older, words)).toEqual(tagWords(parseModel(json), words));
    expect(() => parseModel({ ...json, lexicon: { ...json.lexicon, phraseStarts: 'AAAAAA==' } })).toThrow(/phraseStarts/);
  });
});

describe('HashIndex', () => {
  it('maps keys to rows and refuses duplicate rows', () => {
    const index = HashIndex.from(Uint32Array.of(7, 4_000_000_000, 12));
    expect([index.get(7), index.get(4_000_000_000), index.get(12), index.get(8)]).toEqual([0, 1, 2, -1]);
    expect(() => HashIndex.from(Uint32Array.of(5, 5))).toThrow();
  });
});

describe('allowed tag sequences', () => {
  it('only lets a name continue with its own type', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
    const allowed = allowedAfter(tags);
    expect(allowed[1][2]).toBe(true);
    expect(allowed[1][4]).toBe(false);
    expect(allowed[0][2]).toBe(false);
  });
});

/** Tags as training computes them: every feature of every token hashed and scored afresh. */
function tagAsTraining(model: NerModel, words: string[]): string[] {
  const allowed = allowedAfter(model.tags);
  let { features, offsets } = extractFeatures(words, model.lang, model.lexicon);
  if (model.guide) ({ features, offsets } = withGuideFeatures(features, offsets, decodeFeatures(model.guide, features, offsets, allowed)));
  return Array.from(decodeFeatures(model, features, offsets, allowed), (t) => model.tags[t]);
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const articleSentences = (file: string) => {
  const text = runReadability(parseHtml(readFileSync(join(FIXTURES, file), 'utf8')))!.text;
  return splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text));
};

describe('tagging with cached word scores', () => {
  const cases: [NerLanguage, string][] = [
    ['ar', 'seed-article.html'],
    ['en', 'pages/attribution/nytimes-1.html'],
  ];
  for (const [lang, file] of cases) {
    it(`tags ${file} exactly as the training path scores it`, () => {
      const model = loadModel(lang);
      const sentences = articleSentences(file);
      const cache = new WordCache();
      const fast = sentences.map((words) => tagWords(model, words, allowedAfter(model.tags), cache));
      expect(cache.words.size).toBeLessThan(sentences.flat().length);
      expect(fast.flat().filter((t) => t !== 'O').length).toBeGreaterThan(20);
      expect(fast).toEqual(sentences.map((words) => tagAsTraining(model, words)));
    });

    it(`tags ${file} the same with the model's frequent words scored beforehand`, () => {
      const model = loadModel(lang);
      const sentences = articleSentences(file);
      const frequent = frequentWordScores(model);
      const cache = new WordCache(frequent);
      const tagged = sentences.map((words) => tagWords(model, words, allowedAfter(model.tags), cache));
      const served = sentences.flat().filter((word) => frequent.has(word)).length;
      expect(served / sentences.flat().length).toBeGreaterThan(0.4);
      expect(tagged).toEqual(sentences.map((words) => tagAsTraining(model, words)));
    });
  }
});
