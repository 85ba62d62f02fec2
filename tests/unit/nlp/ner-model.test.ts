import { describe, expect, it } from 'vitest';
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import { loadModel } from '@/utils/nlp/ner/load-model.node.ts';
import { parseModel, serializeModel } from '@/utils/nlp/ner/model';
import { allowedAfter, tagWords } from '@/utils/nlp/ner/tagger';

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
            },
            documentConsistency: model.documentConsistency,
            meta: model.meta,
          }),
        ),
      ),
    );
    const words = 'Prime Minister Theresa May met Angela Merkel in Berlin .'.split(' ');
    expect(tagWords(copy, words)).toEqual(tagWords(model, words));
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
