/**
 * Cited works: a title after "بعنوان" / "entitled", a report or study with its producer
 * ("تقرير صادر عن مركز كويليام", "a report by Human Rights Watch"), and named laws.
 */
import type { Work } from '@/utils/analysis/types';
import { isArabicFunctionWord, isArabicWord } from '@/utils/nlp/attribution/arabic-text';
import { producerOf, workKind } from '@/utils/nlp/attribution/work-kinds';
import type { EntityMatch } from '@/utils/nlp/attribution/entity-index';
import { isTitleSpan, type QuoteScan } from '@/utils/nlp/attribution/quotes';
import { tokenIndexAt } from '@/utils/nlp/attribution/tokens';

const MAX_KIND_DISTANCE = 8;
const MAX_BY_DISTANCE = 8;
const LAW_NOUNS = ['Act', 'Law', 'Treaty', 'Convention', 'Accord', 'Charter'];
const LAW = new RegExp(`\\b(?:[A-Z][\\w’'-]*\\s+){1,6}(?:${LAW_NOUNS.join('|')})\\b`, 'g');
/** Searching for the nouns first skips the regex, costly over a whole text, on most articles, which name no law. */
const namesLaw = (text: string) => LAW_NOUNS.some((noun) => text.includes(noun));

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
  if (namesLaw(scan.text)) for (const m of scan.text.matchAll(LAW)) works.push({ title: m[0].replace(/^The\s+/, ''), by: null, kind: 'law' });
  return dedupe(works);
}

/** “الخلافة الافتراضية” after "أعد تشارلي وينتر تقريرا … بعنوان": kind from the noun, author from the clause. */
function titledWork(scan: QuoteScan, span: { open: number; start: number; end: number }, usedNouns: Set<number>): Work {
  const { tokens, sentences } = scan;
  const open = tokenIndexAt(tokens, span.open);
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
  const { tokens, text } = scan;
  const kind = workKind(tokens[noun].text);
  const producer = producerOf(scan, noun);
  if (producer) return { title: text.slice(tokens[noun].start, tokens[producer.last].end).replace(/\s+/g, ' '), by: producer.name, kind };
  if (kind === 'law' && isArabicWord(tokens[noun].text)) return arabicLaw(scan, noun);
  return null;
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
