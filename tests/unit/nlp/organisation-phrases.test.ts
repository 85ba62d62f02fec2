import { describe, expect, it } from 'vitest';
import { organisationPhrases } from '@/utils/nlp/ner/organisation-phrases';

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
