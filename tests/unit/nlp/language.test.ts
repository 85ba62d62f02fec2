/**
 * The article's language decides which NER model runs, if any: it is read from the article's letters
 * and words, and the page's lang attribute only names a language they cannot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '@/utils/analysis/analyze';
import { extractArticle, type ArticleExtraction } from '@/utils/extract/article';
import { decodeHtml } from '@/utils/extract/decode-html';
import { parseHtml } from '@/utils/extract/parse-html.node';
import { detectLanguage, evidentLatinLanguage, FUNCTION_WORDS, latinEvidence } from '@/utils/nlp/language';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';
import { FIXTURES, pageBytes } from '../extract/load-page';

function article(html: string): ArticleExtraction {
  const extraction = extractArticle(parseHtml(html), 'https://example.test/article');
  if (extraction.kind !== 'article') throw new Error('not an article');
  return extraction;
}
const gzipped = (name: string) => decodeHtml(new Uint8Array(gunzipSync(readFileSync(join(FIXTURES, 'pages/language', name)))));

const spanish = article(gzipped('la-nacion.html.gz'));
const chinese = article(gzipped('gmw.html.gz'));
const lorem = article(gzipped('hidden-nodes.html.gz'));
const english = article(readFileSync(join(FIXTURES, 'pages/attribution/nytimes-1.html'), 'utf8'));
const arabic = article(readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8'));
const hebrew = article(decodeHtml(pageBytes('rtl-other', 'ynet-il-5735210')));

describe('the language of an article', () => {
  it('is read from the words of a Spanish article that declares none', () => {
    expect(spanish.metadata.language).toBe('es');
    expect(spanish.metadata.direction).toBe('ltr');
  });

  it('is unknown for a Chinese article that declares none, not English', () => {
    expect(chinese.metadata.language).toBeNull();
  });

  it('is English for English news, and unknown for lorem ipsum even on a page declared English', () => {
    expect(english.metadata.language).toBe('en');
    expect(lorem.metadata.language).toBeNull();
    expect(evidentLatinLanguage(lorem.text)).toBeNull();
    expect(latinEvidence(lorem.text)).toMatchObject({ enoughWords: true });
    expect(latinEvidence(lorem.text).englishShare).toBeLessThan(0.05);
    expect(latinEvidence(english.text).englishShare).toBeGreaterThan(0.15);
  });

  it('is read from the letters of Arabic and Hebrew articles', () => {
    expect(arabic.metadata.language).toBe('ar');
    expect(hebrew.metadata.language).toBe('he');
  });

  it('follows the words where the page declares the wrong language, and the page where the words cannot tell', () => {
    expect(detectLanguage(english.text, 'fr')).toBe('en');
    expect(detectLanguage(spanish.text, 'en')).toBe('es');
    // Catalan or Galician look Spanish to the word lists: a non-English declaration is more precise.
    expect(detectLanguage(spanish.text, 'ca')).toBe('ca');
    expect(detectLanguage(chinese.text, 'zh-CN')).toBe('zh-CN');
    expect(detectLanguage(chinese.text, 'en')).toBeNull();
    expect(detectLanguage(arabic.text, 'en')).toBe('ar');
    expect(detectLanguage('Too few words to tell.', 'de')).toBe('de');
    expect(detectLanguage('Too few words to tell.')).toBe('en');
    expect(detectLanguage(lorem.text, 'en-US')).toBeNull();
    expect(detectLanguage(lorem.text, 'la')).toBe('la');
  });

  it('counts each frequent word for one language only', () => {
    const words = Object.values(FUNCTION_WORDS).flatMap((list) => list.split(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it('runs English NER on English text only', () => {
    const recognizer = loadRecognizer();
    expect(analyzeExtraction(english, recognizer).entities.map((e) => e.name)).toContain('Khartoum');
    expect(analyzeExtraction(spanish, recognizer).entities).toEqual([]);
    expect(analyzeExtraction(chinese, recognizer).entities).toEqual([]);
    // The English model took "Lorem" for a person.
    expect(analyzeExtraction(lorem, recognizer).entities).toEqual([]);
  });
});
