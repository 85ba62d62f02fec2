/**
 * Real news pages: the entities are written by hand (what a perfect NER would tag), the expected
 * quotes were checked by reading each article.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/utils/analysis/types';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import { entitiesFromReference, type ReferenceEntity } from './entities-from-reference';
import { pageText } from './page-text';

const person = (name: string, ...mentions: string[]): ReferenceEntity => ({ type: 'PERSON', name, mentions });
const org = (name: string, ...mentions: string[]): ReferenceEntity => ({ type: 'ORGANIZATION', name, mentions });
const place = (name: string): ReferenceEntity => ({ type: 'LOCATION', name });

function analyzePage(fixture: string, reference: ReferenceEntity[], lang: string) {
  const text = pageText(`pages/attribution/${fixture}`);
  const result = analyzeAttribution(text, entitiesFromReference(text, reference), lang);
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return result;
}

const row = (q: Quote) => [q.speaker, q.named, q.verb, q.text.replace(/\s+/g, ' ').slice(0, 40)];
const roleOf = (entities: { name: string; role: string | null }[], name: string) => entities.find((e) => e.name === name)?.role;

describe('attribution on the Washington Post page (wapo-1)', () => {
  const result = analyzePage(
    'wapo-1.html',
    [
      person('Habib Essid', 'Essid'), person('Josh Earnest'), person('Lotfi Azzouz', 'Azzouz'),
      person('Rachid Ghannouchi'), person('Ajmi Lourimi', 'Lourimi'), org('Amnesty International'),
      org('World Travel and Tourism Council'), org('Ennahda'), org('White House'), place('Tunisia'),
    ],
    'en',
  );
  const rows = result.quotes.map(row);

  it('attributes direct quotes with the cue after them, and their continuations', () => {
    expect(rows).toContainEqual(['Habib Essid', true, 'declared', 'Our nation is in danger,']);
    expect(rows).toContainEqual(['Lotfi Azzouz', true, 'said', 'This attack today is meant to threaten a']);
    expect(rows).toContainEqual(['Lotfi Azzouz', true, null, 'And it could have political repercussion']);
    expect(rows).toContainEqual(['Ajmi Lourimi', true, 'said', 'We have nothing to fear,']);
    expect(rows).toContainEqual(['Ajmi Lourimi', true, null, 'We believe the Interior Ministry should ']);
  });

  it('follows "He vowed" and "He said" back to the last speaker', () => {
    expect(rows).toContainEqual(['Habib Essid', true, 'vowed', 'the country would be “merciless” in defe']);
    expect(rows).toContainEqual(['Ajmi Lourimi', true, 'said', 'he did not expect a wider government cam']);
  });

  it('keeps unnamed sources and "according to" apart from named ones', () => {
    expect(rows).toContainEqual(['officials', false, 'said', 'Two gunmen died, and three others may ha']);
    expect(rows).toContainEqual(['local news reports', false, 'according to', 'About 50 other people were wounded']);
    expect(rows).toContainEqual(['World Travel and Tourism Council', true, 'according to', 'Tourism is critical to Tunisia’s economy']);
  });

  it('gives the participle "saying" and a coordinated "and said" the sentence’s subject', () => {
    expect(rows).toContainEqual(['Rachid Ghannouchi', true, 'saying', 'it “will not break our people’s will and']);
    expect(rows).toContainEqual(['Josh Earnest', true, 'said', 'the U.S. government was willing to assis']);
  });

  it('finds every statement a reader finds, and no other', () => {
    expect(rows).toHaveLength(20);
  });

  it('reads roles from titles and appositions', () => {
    expect(roleOf(result.entities, 'Habib Essid')).toBe('Tunisian Prime Minister');
    expect(roleOf(result.entities, 'Josh Earnest')).toBe('White House press secretary');
    expect(roleOf(result.entities, 'Lotfi Azzouz')).toBe('Tunisia country director for Amnesty International');
    expect(roleOf(result.entities, 'Rachid Ghannouchi')).toBe('leader of Ennahda');
    expect(roleOf(result.entities, 'Ajmi Lourimi')).toBe('member of Ennahda’s general secretariat');
    expect(roleOf(result.entities, 'Ennahda')).toBeNull();
  });
});

describe('attribution on the New York Times page (nytimes-1)', () => {
  const result = analyzePage(
    'nytimes-1.html',
    [
      person('Eric Reeves', 'Reeves'), person('Bill Clinton', 'Clinton'), person('Omar Hassan al-Bashir', 'Bashir'),
      person('Donald J. Trump', 'Trump'), org('Harvard University'), place('Sudan'), place('Khartoum'),
    ],
    'en',
  );
  const rows = result.quotes.map(row);

  it('reads the speaker before an apposition that itself ends in a name', () => {
    expect(rows).toContainEqual(['Eric Reeves', true, 'said', 'he was “appalled” that the American gove']);
    expect(rows).toContainEqual(['Eric Reeves', true, 'said', 'Sudan’s military-dominated government co']);
  });

  it('attributes the inverted "said Mr. Reeves" and the quote after it', () => {
    expect(rows).toContainEqual(['Eric Reeves', true, 'said', 'There is no reason to believe the guys i']);
    expect(rows).toContainEqual(['Eric Reeves', true, null, 'These guys are the worst of the worst.']);
  });

  it('counts the statements that rest on unnamed officials and analysts', () => {
    const unnamed = result.quotes.filter((q) => !q.named).map((q) => q.speaker);
    expect(unnamed).toEqual([
      'Obama administration officials', 'American officials', 'Analysts', 'American officials', 'American officials',
      'Obama administration officials', 'Obama administration officials',
    ]);
    // The dateline is not part of the statement.
    expect(result.quotes.find((q) => q.speaker === 'Obama administration officials')?.text).toMatch(/^After nearly 20 years/);
  });

  it('reads appositions and titles', () => {
    expect(roleOf(result.entities, 'Eric Reeves')).toMatch(/^senior fellow at the François-Xavier Bagnoud Center/);
    expect(roleOf(result.entities, 'Omar Hassan al-Bashir')).toBe('Sudan’s president');
    expect(roleOf(result.entities, 'Bill Clinton')).toBe('President');
  });
});

describe('attribution on Arabic news pages', () => {
  it('Al Jazeera: three governments as one speaker, and their follow-ups', () => {
    const result = analyzePage(
      'aljazeera-aramco.html',
      [
        place('فرنسا'), place('بريطانيا'), place('ألمانيا'), place('إيران'), place('نيويورك'),
        person('إيمانويل ماكرون'), person('بوريس جونسون'), person('أنجيلا ميركل'), org('أرامكو'),
      ],
      'ar',
    );
    expect(result.quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['فرنسا; بريطانيا; ألمانيا', 'قالت'],
      ['فرنسا; بريطانيا; ألمانيا', 'قال'],
      ['فرنسا; بريطانيا; ألمانيا', 'أضافوا'],
      ['فرنسا; بريطانيا; ألمانيا', 'مشيرا'],
    ]);
    expect(result.quotes[1].text).toBe('من الواضح بالنسبة إلينا أن إيران تتحمّل مسؤولية هذه الهجمات.. ليس هناك تفسير آخر');
    expect(roleOf(result.entities, 'إيمانويل ماكرون')).toBe('الرئيس الفرنسي');
    expect(roleOf(result.entities, 'بوريس جونسون')).toBe('رئيس الوزراء البريطاني');
    expect(roleOf(result.entities, 'أنجيلا ميركل')).toBe('المستشارة الألمانية');
  });

  it('CNN Arabic: an unnamed opposition source, the Observatory by its short name, no false quote from a name in quotes', () => {
    const result = analyzePage(
      'cnn-arabic-syria.html',
      [
        person('بشار الأسد'), org('الائتلاف الوطني السوري المعارض'), org('المرصد السوري لحقوق الإنسان'),
        org('جبهة النصرة'), place('دمشق'), place('سوريا'), place('لندن'),
      ],
      'ar',
    );
    expect(result.quotes.map((q) => [q.speaker, q.named, q.verb])).toEqual([
      ['جهات سورية معارضة', false, 'أكدت'],
      ['المرصد السوري لحقوق الإنسان', true, 'قال'],
      ['المرصد السوري لحقوق الإنسان', true, 'بحسب'],
      ['الائتلاف الوطني السوري المعارض', true, 'شدد'],
    ]);
    expect(result.quotes[3].text).toMatch(/^ضرورة الابتعاد عن الأعمال الاستفزازية/);
    expect(roleOf(result.entities, 'المرصد السوري لحقوق الإنسان')).toBe('هيئة معارضة مقرها لندن');
  });

  it('Sputnik Arabic: the spokesman, his role, statements after أشار إلى / كشف عن, participles of the sentence’s subject', () => {
    const result = analyzePage(
      'sputnik-arabic-corona.html',
      [person('خالد مجاهد', 'مجاهد'), org('منظمة الصحة العالمية'), place('مصر'), place('الصين')],
      'ar',
    );
    expect(result.quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['خالد مجاهد', 'أوضح'],
      ['خالد مجاهد', 'أشار'],
      ['خالد مجاهد', 'قال'],
      ['خالد مجاهد', 'كشف'],
      ['منظمة الصحة العالمية', 'مؤكدة'],
      ['منظمة الصحة العالمية', 'معربة'],
    ]);
    // "وأشار مجاهد إلى تسجيل …": the statement is the noun phrase after the verb's preposition.
    expect(result.quotes[1].text).toMatch(/^تسجيل حالتي وفاة جديدتين/);
    expect(roleOf(result.entities, 'خالد مجاهد')).toBe('المتحدث الرسمي للوزارة');
  });
});
