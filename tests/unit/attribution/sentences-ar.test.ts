import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import { entitiesFromReference, type ReferenceEntity } from './entities-from-reference';

function analyze(text: string, reference: ReferenceEntity[] = []) {
  return analyzeAttribution(text, entitiesFromReference(text, reference), 'ar');
}

const rows = (text: string, reference: ReferenceEntity[] = []) =>
  analyze(text, reference).quotes.map((q) => [q.speaker, q.named, q.verb, q.text]);

describe('Arabic quotes and reported speech', () => {
  it('follows "وأضاف" back to the speaker and reads the title before the name', () => {
    const text = 'وأكد وزير الخارجية المصري سامح شكري أن المفاوضات مستمرة. وأضاف أن “الحل السياسي هو الطريق الوحيد”.';
    const result = analyze(text, [{ type: 'PERSON', name: 'سامح شكري' }]);
    expect(result.quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([
      ['سامح شكري', 'أكد', 'المفاوضات مستمرة'],
      ['سامح شكري', 'أضاف', 'الحل السياسي هو الطريق الوحيد'],
    ]);
    expect(result.entities[0].role).toBe('وزير الخارجية المصري');
  });

  it('finds an organisation after "وفقاً لـ" attached to its article ("للقوات")', () => {
    const text = 'ودخل الخدمة في 5 مايو 2020، وفقاً للقوات الجوية.';
    expect(rows(text, [{ type: 'ORGANIZATION', name: 'القوات الجوية' }])).toEqual([
      ['القوات الجوية', true, 'وفقاً', 'ودخل الخدمة في 5 مايو 2020'],
    ]);
  });

  it('lists friends and relatives as unnamed sources, with the possessive as written', () => {
    const text = 'وقال أصدقاؤه إنه كان نشطاً في عدد من المجتمعات. ونشأ في مجتمع ديني منعزل، وفقاً لأصدقائه.';
    expect(rows(text)).toEqual([
      ['أصدقاؤه', false, 'قال', 'كان نشطاً في عدد من المجتمعات'],
      ['أصدقائه', false, 'وفقاً', 'ونشأ في مجتمع ديني منعزل'],
    ]);
  });

  it('reads an unnamed source that opens the sentence before its verb', () => {
    expect(rows('مصدر مطلع على القضية قال إن اللصوص دخلوا الشقة دون استخدام القوة.')).toEqual([
      ['مصدر مطلع على القضية', false, 'قال', 'اللصوص دخلوا الشقة دون استخدام القوة'],
    ]);
  });

  it('lists unnamed sources after قال and بحسب', () => {
    const text = 'وقال مصدر مطلع إن المحادثات توقفت. وبحسب مصادر مطلعة، فإن الاتفاق سيوقع غدا.';
    expect(rows(text)).toEqual([
      ['مصدر مطلع', false, 'قال', 'المحادثات توقفت'],
      ['مصادر مطلعة', false, 'بحسب', 'فإن الاتفاق سيوقع غدا'],
    ]);
  });

  it('attributes "بحسب تقرير صادر عن" to the producer and lists the report', () => {
    const text = 'وبحسب تقرير صادر عن مركز كويليام، فإن التنظيم فقد معظم قدراته الدعائية.';
    const result = analyze(text, [{ type: 'ORGANIZATION', name: 'مركز كويليام' }]);
    expect(result.quotes.map((q) => [q.speaker, q.named, q.verb])).toEqual([['مركز كويليام', true, 'بحسب']]);
    expect(result.works).toEqual([{ title: 'تقرير صادر عن مركز كويليام', by: 'مركز كويليام', kind: 'report' }]);
  });

  it('reads a statement after "وفقا لـ" and a quote with a colon', () => {
    const text = 'قتل عشرون شخصا، وفقا لـ منظمة العفو الدولية. وقالت المنظمة: «يجب فتح تحقيق مستقل».';
    const reference: ReferenceEntity[] = [{ type: 'ORGANIZATION', name: 'منظمة العفو الدولية', mentions: ['المنظمة'] }];
    expect(rows(text, reference)).toEqual([
      ['منظمة العفو الدولية', true, 'وفقا لـ', 'قتل عشرون شخصا'],
      ['منظمة العفو الدولية', true, 'قالت', 'يجب فتح تحقيق مستقل'],
    ]);
  });

  it('names an organisation the NER missed from its definite name, and "الوزارة" from the one ministry', () => {
    const text = 'وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة، إن الاشتباكات تجددت. وقالت الوزارة إن الوضع مستقر.';
    expect(rows(text, [{ type: 'ORGANIZATION', name: 'وزارة الصحة' }]).map((r) => r.slice(0, 3))).toEqual([
      ['المرصد السوري لحقوق الإنسان', true, 'قال'],
      ['وزارة الصحة', true, 'قالت'],
    ]);
  });

  it('keeps a nationality after an unnamed head in the descriptor, even when the NER tags it as a place', () => {
    const text = 'أكدت جهات سورية معارضة أن الفصائل سيطرت على المستودعات.';
    expect(rows(text, [{ type: 'LOCATION', name: 'سورية' }])).toEqual([
      ['جهات سورية معارضة', false, 'أكدت', 'الفصائل سيطرت على المستودعات'],
    ]);
  });

  it('does not give a plural participle to the one person named in its sentence', () => {
    const text = 'وسخر كثيرون من ظهور دونالد ترامب بشعر وردي، معتبرين أن اللون لا ينسجم مع صورته.';
    expect(rows(text, [{ type: 'PERSON', name: 'دونالد ترامب' }])).toEqual([]);
  });

  it('does not read a noun spelled like a cue verb as a statement', () => {
    expect(rows('اشترى الطالب كتب التاريخ من المكتبة، وقرأ أن الحرب انتهت.')).toEqual([]);
  });
});

describe('Arabic roles', () => {
  it('reads an organisation’s kind from its adjectives, never from a relative clause', () => {
    const text = 'أعد الباحث تقريرا لمركز كويليام البريطاني للأبحاث. وقال إن تنظيم داعش الذي يواجه هزيمة سيبقى.';
    const result = analyzeAttribution(
      text,
      entitiesFromReference(text, [
        { type: 'ORGANIZATION', name: 'مركز كويليام' },
        { type: 'ORGANIZATION', name: 'تنظيم داعش' },
      ]),
      'ar',
    );
    expect(result.entities.map((e) => e.role)).toEqual(['مركز أبحاث بريطاني', null]);
  });
});
