import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '@/utils/analysis/types';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';

const recognizer = loadRecognizer();

const find = (entities: Entity[], type: EntityType, name: string) =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

function expectOffsets(text: string, entities: Entity[]) {
  for (const entity of entities) {
    for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
}

describe('recognize, Arabic', () => {
  const text =
    'قال الرئيس الأميركي باراك أوباما في واشنطن إن الولايات المتحدة ستواصل دعم العراق. وأضاف أوباما أن وزير الخارجية جون كيري سيزور بغداد الأسبوع المقبل.';
  const entities = recognizer.recognize(text, 'ar');

  it('finds people and places with offsets into the text', () => {
    expect(find(entities, 'PERSON', 'باراك أوباما')).toBeDefined();
    expect(find(entities, 'PERSON', 'جون كيري')).toBeDefined();
    for (const place of ['واشنطن', 'العراق', 'بغداد']) expect(find(entities, 'LOCATION', place)).toBeDefined();
    expectOffsets(text, entities);
  });

  it('names an organisation without its descriptor and keeps the longer form as an alias', () => {
    const sample = 'أعلن تنظيم داعش مسؤوليته عن الهجوم، وقالت وكالة أعماق التابعة لتنظيم داعش إن مقاتليه نفذوه.';
    const daesh = recognizer.recognize(sample, 'ar').find((e) => e.name === 'داعش');
    expect(daesh?.type).toBe('ORGANIZATION');
    expect(daesh?.aliases).toContain('تنظيم داعش');
  });

  it('merges a repeated surname into the full name', () => {
    const obama = find(entities, 'PERSON', 'باراك أوباما')!;
    expect(obama.name).toBe('باراك أوباما');
    expect(obama.mentions.map((m) => m.text)).toEqual(['باراك أوباما', 'أوباما']);
  });

  it('leaves the proclitic و out of the mention', () => {
    const sample = 'وصل الجنرال جوزيف فوتل إلى بغداد. واجتمع رئيس الوزراء العراقي وفوتل في مكتبه أمس.';
    const votel = find(recognizer.recognize(sample, 'ar'), 'PERSON', 'جوزيف فوتل');
    expect(votel?.mentions.map((m) => m.text)).toEqual(['جوزيف فوتل', 'فوتل']);
    expect(sample.slice(votel!.mentions[1].start - 1, votel!.mentions[1].end)).toBe('وفوتل');
  });
});

describe('recognize, English', () => {
  const text =
    'President Barack Obama met German Chancellor Angela Merkel in Berlin on Monday. Obama said the United Nations must act, and Merkel agreed.';
  const entities = recognizer.recognize(text, 'en');

  it('finds and merges people, places and organisations', () => {
    const obama = find(entities, 'PERSON', 'Barack Obama');
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'Obama']);
    expect(find(entities, 'PERSON', 'Angela Merkel')?.mentions).toHaveLength(2);
    expect(find(entities, 'LOCATION', 'Berlin')).toBeDefined();
    expect(find(entities, 'ORGANIZATION', 'United Nations')).toBeDefined();
    expectOffsets(text, entities);
  });

  it('detects the language when none is given', () => {
    expect(recognizer.recognize('Angela Merkel visited Paris.')[0]?.name).toBe('Angela Merkel');
  });
});
