import { describe, expect, it } from 'vitest';
import { loadModel } from '@/utils/nlp/ner/load-model.node.ts';
import { englishOrganisationPhrases, organisationPhrases } from '@/utils/nlp/ner/organisation-phrases';

const retag = (sentence: string, tags: string) => organisationPhrases(sentence.split(' '), tags.split(' '));

describe('organisation phrases built on a head noun', () => {
  it('joins a head noun and the name after it into an organisation', () => {
    expect(retag('تقريرا لمركز كويليام البريطاني', 'O O B-PER O')).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(retag('في جامعة جورج واشنطن', 'O O B-PER I-PER')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('takes a definite head with its nisba adjectives', () => {
    expect(retag('قائد القيادة الأميركية الوسطى (', 'O O O O O')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(retag('بيان للوكالة الدولية الذرية', 'O O O O')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
    expect(retag('المؤسسة المالية', 'O O')).toEqual(['O', 'O']);
  });

  it('leaves heads without a name, ordinals and tagged organisations alone', () => {
    expect(retag('احتل المركز الثاني', 'O O O')).toEqual(['O', 'O', 'O']);
    expect(retag('مركز تدريب جديد', 'O O O')).toEqual(['O', 'O', 'O']);
    expect(retag('حركة حماس', 'O B-ORG')).toEqual(['O', 'B-ORG']);
    expect(retag('وزارة الخارجية', 'B-ORG I-ORG')).toEqual(['B-ORG', 'I-ORG']);
  });
});

describe('English organisation phrases', () => {
  const lexicon = loadModel('en').lexicon;
  const retagEn = (sentence: string, tags: string) => englishOrganisationPhrases(sentence.split(' '), tags.split(' '), lexicon);

  it('makes a capitalised run closed or opened by an organisation head one organisation', () => {
    expect(retagEn('at Harrow School .', 'O B-LOC I-LOC O')).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(retagEn('the University of Tokyo said', 'O B-ORG O B-LOC O')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(retagEn('the National Library of the Netherlands said', 'O B-ORG O O O B-LOC O')).toEqual(
      ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'],
    );
  });

  it('closes a name with a newspaper word', () => {
    expect(retagEn('the Jerusalem Post reported', 'O B-PER I-PER O')).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(retagEn('the post office', 'O O O')).toEqual(['O', 'O', 'O']);
  });

  it('takes "and" into a name that a head and "of" opened', () => {
    expect(retagEn('the Department of Housing and Urban Development said', 'O B-ORG I-ORG I-ORG O B-PER I-PER O')).toEqual(
      ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'],
    );
  });

  it('needs the tagger to have found part of it, and leaves suffixes and "and" alone', () => {
    expect(retagEn('The School Board', 'O O O')).toEqual(['O', 'O', 'O']);
    expect(retagEn('Google , Inc. of Mountain View', 'B-ORG O I-ORG O B-LOC I-LOC')).toEqual(['B-ORG', 'O', 'I-ORG', 'O', 'B-LOC', 'I-LOC']);
    expect(retagEn('Oxford and Cambridge University', 'B-LOC O B-ORG I-ORG')).toEqual(['B-LOC', 'O', 'B-ORG', 'I-ORG']);
  });
});
