/**
 * Cited works: a title after "بعنوان" / "entitled", a report or study with its producer
 * ("تقرير صادر عن مركز كويليام", "a report by Human Rights Watch"), and named laws.
 */
import type { Work } from '@/utils/analysis/types';
import { isArabicFunctionWord, isArabicWord, normalizeArabic, readings } from '@/utils/nlp/attribution/arabic-text';
import type { EntityMatch } from '@/utils/nlp/attribution/entity-index';
import { isTitleSpan, type QuoteScan } from '@/utils/nlp/attribution/quotes';
import { isCapitalized, isLatinWord } from '@/utils/nlp/attribution/tokens';

const ARABIC_KINDS: Record<string, string> = {
  نص: 'text', تقرير: 'report', دراسة: 'study', بيان: 'statement', كتاب: 'book', مقال: 'article', مقالة: 'article',
  قانون: 'law', رسالة: 'letter', وثيقة: 'document', فيلم: 'film', بحث: 'paper', ورقة: 'paper', خطاب: 'speech',
  تغريدة: 'post', مذكرة: 'memo', استطلاع: 'survey', كتيب: 'booklet', رواية: 'novel', قصيدة: 'poem',
};
const ARABIC_KIND_BY_FORM = new Map(Object.entries(ARABIC_KINDS).map(([word, kind]) => [normalizeArabic(word), kind]));

const ENGLISH_KINDS = new Set(
  'report study survey book paper article statement essay memo letter documentary film analysis poll investigation review speech novel'.split(' '),
);

/** Words between a work noun and its producer ("تقرير صادر عن", "report published by"). */
const ARABIC_PRODUCER_LINKS = new Set(['صادر عن', 'الصادر عن', 'أعده', 'أعدته', 'نشره', 'نشرته', 'أصدره', 'أصدرته'].map(normalizeArabic));
const ENGLISH_PRODUCER_LINKS = /^(?:by|from|published by|released by|commissioned by|published in|issued by|conducted by)$/;

const MAX_KIND_DISTANCE = 8;
const MAX_BY_DISTANCE = 8;
const LAW = /\b(?:[A-Z][\w’'-]*\s+){1,6}(?:Act|Law|Treaty|Convention|Accord|Charter)\b/g;

/** "تقريرا" → report: the noun's kind, reading through ال, و and the accusative alif. */
export function workKind(word: string): string | null {
  if (ENGLISH_KINDS.has(word.toLowerCase())) return word.toLowerCase();
  for (const reading of readings(word)) {
    const kind = ARABIC_KIND_BY_FORM.get(reading) ?? ARABIC_KIND_BY_FORM.get(reading.replace(/ا$/, ''));
    if (kind) return kind;
  }
  return null;
}

export function findWorks(scan: QuoteScan): Work[] {
  const works: Work[] = [];
  const usedNouns = new Set<number>();
  for (const span of scan.spans.spans) {
    if (isTitleSpan(scan, span)) works.push(titledWork(scan, span, usedNouns));
  }
  for (let i = 0; i < scan.tokens.length; i++) {
    if (usedNouns.has(i) || !workKind(scan.tokens[i].text)) continue;
    const work = producedWork(scan, i);
    if (work) works.push(work);
  }
  for (const m of scan.text.matchAll(LAW)) works.push({ title: m[0].replace(/^The\s+/, ''), by: null, kind: 'law' });
  return dedupe(works);
}

function tokenAt(scan: QuoteScan, offset: number): number {
  return scan.tokens.findIndex((t) => t.end > offset);
}

/** “الخلافة الافتراضية” after "أعد تشارلي وينتر تقريرا … بعنوان": kind from the noun, author from the clause. */
function titledWork(scan: QuoteScan, span: { open: number; start: number; end: number }, usedNouns: Set<number>): Work {
  const { tokens, sentences } = scan;
  const open = tokenAt(scan, span.open);
  const first = sentences.first[open];
  let noun = -1;
  for (let j = open - 1; j >= Math.max(first, open - MAX_KIND_DISTANCE); j--) {
    if (workKind(tokens[j].text)) {
      noun = j;
      break;
    }
  }
  if (noun >= 0) usedNouns.add(noun);
  const before = noun >= 0 ? firstAuthor(scan, first, noun) : undefined;
  let close = open;
  while (close + 1 < tokens.length && tokens[close].start < span.end) close++;
  const after = before ?? firstAuthor(scan, close + 1, Math.min(sentences.last[close], close + MAX_BY_DISTANCE));
  return {
    title: scan.text.slice(span.start, span.end).trim(),
    by: after?.entity.name ?? null,
    kind: noun >= 0 ? workKind(tokens[noun].text) : null,
  };
}

/** The first person (else organisation) named in tokens from..to. */
function firstAuthor(scan: QuoteScan, from: number, to: number): EntityMatch | undefined {
  let organisation: EntityMatch | undefined;
  for (let j = from; j < to; j++) {
    const match = scan.index.startingAt(j);
    if (!match || match.last >= to) continue;
    if (match.entity.type === 'PERSON') return match;
    if (match.entity.type === 'ORGANIZATION') organisation ??= match;
    j = match.last;
  }
  return organisation;
}

/** "تقرير صادر عن مركز كويليام", "a report by Human Rights Watch", "a study published in Nature". */
function producedWork(scan: QuoteScan, noun: number): Work | null {
  const { tokens, text, index } = scan;
  const kind = workKind(tokens[noun].text);
  for (let n = 2; n >= 1; n--) {
    const link = tokens.slice(noun + 1, noun + 1 + n);
    if (link.length < n) continue;
    const phrase = link.map((t) => t.text).join(' ');
    const arabic = isArabicWord(tokens[noun].text);
    if (arabic ? !ARABIC_PRODUCER_LINKS.has(normalizeArabic(phrase)) : !ENGLISH_PRODUCER_LINKS.test(phrase)) continue;
    const producer = producerAt(scan, noun + 1 + n);
    if (!producer) return null;
    return { title: text.slice(tokens[noun].start, tokens[producer.last].end), by: producer.name, kind };
  }
  // "تقريرا لمركز كويليام": the producer attached with ل.
  const attached = tokens[noun + 1] && /^ل/.test(tokens[noun + 1].text) ? index.startingAt(noun + 1) : undefined;
  if (attached && isArabicWord(tokens[noun].text)) {
    return { title: text.slice(tokens[noun].start, tokens[attached.last].end), by: attached.entity.name, kind };
  }
  if (kind === 'law' && isArabicWord(tokens[noun].text)) return arabicLaw(scan, noun);
  return null;
}

function producerAt(scan: QuoteScan, k: number): { name: string; last: number } | null {
  const { tokens, text, index } = scan;
  const start = /^the$/i.test(tokens[k]?.text ?? '') ? k + 1 : k;
  const match = index.startingAt(start);
  if (match) return { name: match.entity.name, last: match.last };
  let last = start - 1;
  while (last + 1 < tokens.length && last + 1 - start < 6 && isLatinWord(tokens[last + 1]) && isCapitalized(tokens[last + 1])) last++;
  return last >= start ? { name: text.slice(tokens[start].start, tokens[last].end), last } : null;
}

/** "قانون مكافحة الإرهاب": the law's name is the construct after قانون. */
function arabicLaw(scan: QuoteScan, noun: number): Work | null {
  const { tokens, text } = scan;
  let last = noun;
  while (last + 1 < tokens.length && last - noun < 4 && isArabicWord(tokens[last + 1].text) && !isArabicFunctionWord(tokens[last + 1].text)) last++;
  if (last === noun) return null;
  const start = tokens[noun].start + (/^[وفبلك]/.test(tokens[noun].text) && !/^قانون/.test(tokens[noun].text) ? 1 : 0);
  return { title: text.slice(start, tokens[last].end), by: null, kind: 'law' };
}

function dedupe(works: Work[]): Work[] {
  const seen = new Set<string>();
  return works.filter((w) => {
    const key = `${w.title}\u0000${w.by}\u0000${w.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
