/** Where entities sit in the token stream: tagged mentions, and names written out again with or without proclitics. */
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '@/utils/analysis/types';
import { EntityIndex } from '@/utils/nlp/attribution/entity-index';
import { tokenize } from '@/utils/nlp/attribution/tokens';

function entity(type: EntityType, name: string, text: string, aliases: string[] = []): Entity {
  const start = text.indexOf(name);
  return { type, name, aliases, role: null, mentions: start >= 0 ? [{ text: name, start, end: start + name.length }] : [] };
}

function indexOf(text: string, entities: Entity[]) {
  const tokens = tokenize(text);
  const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.text === word);
  return { index: new EntityIndex(tokens, entities), at };
}

describe('EntityIndex', () => {
  const text = 'قال الجنرال جوزيف فوتل إن للقوات الجوية دورا، وأضاف وفوتل أن القوات الجوية باقية. وقال فوتل ذلك.';
  const fotel = entity('PERSON', 'جوزيف فوتل', text);
  const airForce = { ...entity('ORGANIZATION', 'القوات الجوية', text), mentions: [] };
  const { index, at } = indexOf(text, [fotel, airForce]);

  it('finds a tagged mention from its first and its last token', () => {
    expect(index.startingAt(at('جوزيف'))).toMatchObject({ entity: fotel, first: at('جوزيف'), last: at('فوتل') });
    expect(index.endingAt(at('فوتل'))).toMatchObject({ entity: fotel, first: at('جوزيف') });
  });

  it('reads a name written out again through an attached conjunction, preposition or ل before ال', () => {
    expect(index.startingAt(at('للقوات'))).toMatchObject({ entity: airForce, first: at('للقوات'), last: at('الجوية') });
    expect(index.startingAt(at('وفوتل'))).toMatchObject({ entity: fotel, first: at('وفوتل'), last: at('وفوتل') });
    expect(index.endingAt(at('وفوتل'))).toMatchObject({ entity: fotel, first: at('وفوتل') });
    const later = at('القوات', at('أن'));
    expect(index.endingAt(later + 1)).toMatchObject({ entity: airForce, first: later, last: later + 1 });
  });

  it('finds the bare surname of a person, and nothing at words that start or end no name', () => {
    const surname = at('فوتل', at('وقال'));
    expect(index.startingAt(surname)).toMatchObject({ entity: fotel, first: surname, last: surname });
    expect(index.startingAt(at('الجنرال'))).toBeUndefined();
    expect(index.endingAt(at('دورا'))).toBeUndefined();
    expect(index.startingAt(-1)).toBeUndefined();
    expect(index.endingAt(10_000)).toBeUndefined();
  });

  it('names neither of two people who share a surname by the surname alone', () => {
    const english = 'John Smith met Jane Smith. Smith said so.';
    const john = entity('PERSON', 'John Smith', english);
    const jane = entity('PERSON', 'Jane Smith', english);
    const { index: both, at: atEnglish } = indexOf(english, [john, jane]);
    expect(both.startingAt(atEnglish('John'))).toMatchObject({ entity: john });
    expect(both.startingAt(atEnglish('Smith', atEnglish('.')))).toBeUndefined();
    expect(both.byName('Jane Smith')).toBe(jane);
  });
});
