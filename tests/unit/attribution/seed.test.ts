import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/pages/attribution/seed-article.expected.json';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import { entitiesFromReference, type ReferenceEntity } from './entities-from-reference';
import { pageText } from './page-text';

const text = pageText('seed-article.html');
const entities = entitiesFromReference(text, reference.entities as ReferenceEntity[]);
const result = analyzeAttribution(text, entities, 'ar');
const named = result.quotes.filter((q) => q.named);
const unnamed = result.quotes.filter((q) => !q.named);
const roleOf = (name: string) => result.entities.find((e) => e.name === name)?.role;

describe('attribution on the seed article', () => {
  it('finds the five named quotes with the reference speakers, in order', () => {
    expect(named).toHaveLength(reference.quotes.length);
    reference.quotes.forEach((expected, i) => {
      expect(named[i].speaker).toBe(expected.speaker);
      expect(named[i].text.startsWith(expected.startsWith)).toBe(true);
    });
  });

  it('keeps each cue verb as written; the first is حذّر where the reference records the medium (كتب)', () => {
    expect(named.map((q) => q.verb)).toEqual(['حذّر', 'كتب', 'يقول', 'يتابع', 'اعتبرا']);
    expect(reference.quotes.slice(1).map((q) => q.verb)).toEqual(['كتب', 'يقول', 'يتابع', 'اعتبرا']);
  });

  it('lists the three unnamed sources with their descriptors and verbs', () => {
    expect(unnamed.map((q) => [q.speaker, q.verb])).toEqual([
      ['خبراء ومسؤولون', 'حذّر'],
      ['الخبراء', 'ينبّه'],
      ['خبراء', 'يقول'],
    ]);
    expect(unnamed[0].text.startsWith('تنظيم داعش الذي يواجه هزيمة ميدانية')).toBe(true);
    expect(unnamed[1].text.startsWith('اجتثاث التنظيم الجهادي')).toBe(true);
    expect(unnamed[2].text.startsWith('اندحار التنظيم')).toBe(true);
  });

  it('gives offsets that point at each statement in the text', () => {
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not take scare quotes or titles for statements', () => {
    const texts = result.quotes.map((q) => q.text);
    expect(texts).not.toContain('خلافة افتراضية');
    expect(texts).not.toContain('الخلافة الافتراضية');
    expect(texts).not.toContain('أعماق');
    expect(result.quotes).toHaveLength(8);
  });

  it('reads roles from titles and appositions', () => {
    expect(roleOf('جوزيف فوتل')).toBe('الجنرال الأميركي، قائد القيادة الأميركية الوسطى');
    expect(roleOf('لوران بيندنر')).toBe('باحث فرنسي');
    expect(roleOf('رافايل غلوك')).toBe('باحث فرنسي');
    expect(roleOf('مركز كويليام')).toBe('مركز أبحاث بريطاني');
    // A title before an organisation ("قائد القيادة …") is a person's, not the organisation's.
    expect(roleOf('القيادة الأميركية الوسطى')).toBeNull();
  });

  it('lists the two cited works with kind and author', () => {
    expect(result.works).toEqual([
      { title: 'الخلافة الافتراضية', by: 'جوزيف فوتل', kind: 'text' },
      { title: 'الخلافة الافتراضية', by: 'تشارلي وينتر', kind: 'report' },
    ]);
  });

  it('finds the speaker from the name alone when the NER tagged only the full name', () => {
    const fullNamesOnly = entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.text === e.name) }));
    const speakers = analyzeAttribution(text, fullNamesOnly, 'ar').quotes.filter((q) => q.named).map((q) => q.speaker);
    expect(speakers).toEqual(reference.quotes.map((q) => q.speaker));
  });

  it('costs a few milliseconds per article', () => {
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) analyzeAttribution(text, entities, 'ar');
    expect((performance.now() - start) / runs).toBeLessThan(20);
  });
});
