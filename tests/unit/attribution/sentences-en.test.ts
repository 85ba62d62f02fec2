import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import { entitiesFromReference, type ReferenceEntity } from './entities-from-reference';

const person = (name: string, ...mentions: string[]): ReferenceEntity => ({ type: 'PERSON', name, mentions });
const org = (name: string, ...mentions: string[]): ReferenceEntity => ({ type: 'ORGANIZATION', name, mentions });

function analyze(text: string, reference: ReferenceEntity[] = []) {
  return analyzeAttribution(text, entitiesFromReference(text, reference), 'en');
}

const summary = (text: string, reference: ReferenceEntity[] = []) =>
  analyze(text, reference).quotes.map((q) => ({ text: q.text, speaker: q.speaker, named: q.named, verb: q.verb }));

describe('English quotes and reported speech', () => {
  const ghandour = person('Ibrahim Ghandour', 'Ghandour');

  it('reads "X, apposition, said that …" and the role before the name', () => {
    const text = "Sudan's foreign minister, Ibrahim Ghandour, said on Tuesday that the talks would resume.";
    const result = analyze(text, [ghandour]);
    expect(result.quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([['Ibrahim Ghandour', 'said', 'the talks would resume']]);
    expect(result.entities[0].role).toBe("Sudan's foreign minister");
  });

  it('reads the apposition after the name and skips the listener of "told"', () => {
    const text = "Ibrahim Ghandour, Sudan's foreign minister, told reporters that the talks had failed.";
    const result = analyze(text, [ghandour]);
    expect(result.quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([['Ibrahim Ghandour', 'told', 'the talks had failed']]);
    expect(result.entities[0].role).toBe("Sudan's foreign minister");
  });

  it('resolves "he added" to the previous speaker and reads a title before the name', () => {
    const text = 'President Joe Biden said the deal was done. "We will keep our word," he added.';
    const result = analyze(text, [person('Joe Biden', 'Biden')]);
    expect(result.entities[0].role).toBe('President');
    expect(result.quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([
      ['Joe Biden', 'said', 'the deal was done'],
      ['Joe Biden', 'added', 'We will keep our word,'],
    ]);
  });

  it('resolves "the general said" through the role', () => {
    const text = 'Gen. Joseph Votel warned that the group would adapt. “They will move online,” the general said.';
    const quotes = summary(text, [person('Joseph Votel', 'Votel')]);
    expect(quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['Joseph Votel', 'warned'],
      ['Joseph Votel', 'said'],
    ]);
  });

  it('marks unnamed sources as such, with the descriptor as written', () => {
    const text =
      'A senior official said the plan had been shelved. Sources close to the president said he would not resign. ' +
      'The strike killed 12 people, officials said.';
    expect(summary(text)).toEqual([
      { text: 'the plan had been shelved', speaker: 'A senior official', named: false, verb: 'said' },
      { text: 'he would not resign', speaker: 'Sources close to the president', named: false, verb: 'said' },
      { text: 'The strike killed 12 people', speaker: 'officials', named: false, verb: 'said' },
    ]);
  });

  it('attributes "according to a report by X" to X and lists the report', () => {
    const text = 'According to a report by Human Rights Watch, the detainees were tortured in custody.';
    const result = analyze(text, [org('Human Rights Watch')]);
    expect(result.quotes.map((q) => [q.speaker, q.named, q.verb, q.text])).toEqual([
      ['Human Rights Watch', true, 'According to', 'the detainees were tortured in custody'],
    ]);
    expect(result.works).toEqual([{ title: 'report by Human Rights Watch', by: 'Human Rights Watch', kind: 'report' }]);
  });

  it('lists studies, titled works and named laws without taking titles for quotes', () => {
    const text =
      'A study published in Nature found that the ice was melting. In a report entitled “Dark Times”, the group ' +
      'documented abuses under the Patriot Act.';
    const result = analyze(text);
    expect(result.quotes).toEqual([]);
    expect(result.works).toEqual([
      { title: 'Dark Times', by: null, kind: 'report' },
      { title: 'study published in Nature', by: 'Nature', kind: 'study' },
      { title: 'Patriot Act', by: null, kind: 'law' },
    ]);
  });

  it('gives a term quoted inside a reported sentence to nobody, and the sentence to its source', () => {
    const text = 'The generals seized power against "criminals" in his entourage, a senior political source told Reuters.';
    expect(summary(text)).toEqual([
      {
        text: 'The generals seized power against "criminals" in his entourage',
        speaker: 'a senior political source',
        named: false,
        verb: 'told',
      },
    ]);
  });

  it('reads "adding" as speech only when a statement follows', () => {
    expect(summary('Temperature swings are adding to the challenges of winter, officials warned.').map((q) => q.verb)).toEqual(['warned']);
  });

  it('ends a reported statement where someone else’s clause begins, not at "but that"', () => {
    const text =
      'He vowed to keep trying, but the editor Jon Sopel said the president did not sound confident. ' +
      'Officials said that they had briefed the team, but that they did not know the outcome.';
    expect(summary(text, [person('Jon Sopel', 'Sopel')]).map((q) => [q.speaker, q.text])).toEqual([
      ['Jon Sopel', 'the president did not sound confident'],
      ['Officials', 'they had briefed the team, but that they did not know the outcome'],
    ]);
  });

  it('does not take the writer ("when I asked him") for a source', () => {
    expect(summary('The only swerve came when I asked him how many minds he had changed.')).toEqual([]);
  });

  it('does not take "declared martial law" or a reporting credit for a statement', () => {
    const text = 'President Yoon declared martial law on Tuesday. Stella Kim reported from Seoul.';
    expect(summary(text, [person('Yoon Suk Yeol', 'Yoon'), person('Stella Kim')])).toEqual([]);
  });

  it('gives a cue between two parts of a sentence the longer part', () => {
    const text = 'A Gallup poll showed his approval rating at 13 percent, The Korea Times reported, down from 19.';
    expect(summary(text, [org('The Korea Times')]).map((q) => [q.speaker, q.text])).toEqual([
      ['The Korea Times', 'A Gallup poll showed his approval rating at 13 percent'],
    ]);
  });

  it('resolves "he said" to a speaker that agrees in number, else to the last person named', () => {
    const text =
      'President Yoon Suk Yeol apologized on Saturday. Opposition lawmakers said they would vote again on Wednesday. ' +
      '“I deeply regret this,” he said.';
    expect(summary(text, [person('Yoon Suk Yeol', 'Yoon')]).map((q) => [q.speaker, q.named])).toEqual([
      ['Opposition lawmakers', false],
      ['Yoon Suk Yeol', true],
    ]);
  });

  it('reads ", saying" as attribution but not "by saying", whose subject is out of sight', () => {
    const text =
      'The Obama administration warned about rhetoric from the Likud party, which tried to rally support by saying ' +
      'that Arab voters were “coming out in droves.”';
    expect(summary(text, [person('Barack Obama', 'Obama'), org('Likud')])).toEqual([]);
  });

  it('ignores scare quotes that have no cue', () => {
    expect(summary('The so-called “virtual caliphate” is growing, and its “soldiers” are online.')).toEqual([]);
  });
});
