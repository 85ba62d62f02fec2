import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '@/utils/nlp/tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'قال الجنرال جوزيف فوتل، قائد القيادة الوسطى: "داعش" سيبقى.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits Arabic punctuation off words and keeps harakat inside them', () => {
    const words = tokenize('حذّر فوتل، وقال: لا؟').map((t) => t.text);
    expect(words).toEqual(['حذّر', 'فوتل', '،', 'وقال', ':', 'لا', '؟']);
  });

  it('splits English possessives and negations the way UD tokenises them', () => {
    const words = tokenize("Obama's aides don't agree, Mr. Smith said.").map((t) => t.text);
    expect(words).toEqual(['Obama', "'s", 'aides', 'do', "n't", 'agree', ',', 'Mr.', 'Smith', 'said', '.']);
  });

  it('keeps U.S. and Gen. as one token', () => {
    const words = tokenize('Gen. Votel left the U.S. Army.').map((t) => t.text);
    expect(words).toEqual(['Gen.', 'Votel', 'left', 'the', 'U.S.', 'Army', '.']);
  });

  it('splits sentences after terminal punctuation and at line breaks', () => {
    const text = 'واشنطن – حذّر خبراء. وكتب فوتل\nالعنوان الثاني';
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sentences).toEqual(['واشنطن – حذّر خبراء .', 'وكتب فوتل', 'العنوان الثاني']);
  });
});
