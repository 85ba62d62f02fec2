/** Nouns that name a cited work, the kind each names, and the words that link a work to its producer. */
import { isArabicWord, normalizeArabic, readings } from '@/utils/nlp/attribution/arabic-text';
import type { EntityIndex } from '@/utils/nlp/attribution/entity-index';
import { isCapitalized, isLatinWord, type Token } from '@/utils/nlp/attribution/tokens';

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

const kindMemo = new Map<string, string | null>();

/** Each English kind's length and first letter, lower-cased: "report" → 6 × 128 + "r". */
const lengthAndInitial = (word: string, first: number) => word.length * 128 + (first | 0x20);
const ENGLISH_SHAPES = new Set([...ENGLISH_KINDS].map((kind) => lengthAndInitial(kind, kind.charCodeAt(0))));

/**
 * Whether a word that does not start in the Arabic block can be an English kind. This runs at every
 * token, and most are ruled out by their length and first letter without lower-casing or a lookup. No
 * Arabic reading can match such a word: readings only drop Arabic letters from its start.
 */
function mayBeEnglishKind(word: string, first: number): boolean {
  return first < 0x80 && ENGLISH_SHAPES.has(lengthAndInitial(word, first));
}

/** "تقريرا" → report: the noun's kind, reading through ال, و and the accusative alif. */
export function workKind(word: string): string | null {
  const first = word.charCodeAt(0);
  if (first < 0x600) return mayBeEnglishKind(word, first) ? kindOf(word) : null;
  let kind = kindMemo.get(word);
  if (kind === undefined) {
    if (kindMemo.size >= 20_000) kindMemo.clear();
    kind = kindOf(word);
    kindMemo.set(word, kind);
  }
  return kind;
}

function kindOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (ENGLISH_KINDS.has(lower)) return lower;
  if (!isArabicWord(word)) return null;
  for (const reading of readings(word)) {
    const kind = ARABIC_KIND_BY_FORM.get(reading) ?? ARABIC_KIND_BY_FORM.get(reading.replace(/ا$/, ''));
    if (kind) return kind;
  }
  return null;
}

/**
 * Who produced the work named at token `noun`: "تقرير صادر عن مركز كويليام", "تقريرا لمركز كويليام",
 * "a report by Human Rights Watch", "a study published in Nature".
 */
export function producerOf(
  scan: { text: string; tokens: Token[]; index: EntityIndex },
  noun: number,
): { name: string; last: number } | null {
  const { tokens } = scan;
  const arabic = isArabicWord(tokens[noun].text);
  for (let n = 2; n >= 1; n--) {
    const link = tokens.slice(noun + 1, noun + 1 + n);
    if (link.length < n) continue;
    const phrase = link.map((t) => t.text).join(' ');
    if (arabic ? ARABIC_PRODUCER_LINKS.has(normalizeArabic(phrase)) : ENGLISH_PRODUCER_LINKS.test(phrase)) {
      return producerAt(scan, noun + 1 + n);
    }
  }
  const attached = arabic && /^ل/.test(tokens[noun + 1]?.text ?? '') ? scan.index.startingAt(noun + 1) : undefined;
  return attached ? { name: attached.entity.name, last: attached.last } : null;
}

function producerAt(scan: { text: string; tokens: Token[]; index: EntityIndex }, k: number): { name: string; last: number } | null {
  const { tokens, text, index } = scan;
  const start = /^the$/i.test(tokens[k]?.text ?? '') ? k + 1 : k;
  const match = index.startingAt(start);
  if (match) return { name: match.entity.name, last: match.last };
  let last = start - 1;
  while (last + 1 < tokens.length && last + 1 - start < 6 && isLatinWord(tokens[last + 1]) && isCapitalized(tokens[last + 1])) last++;
  return last >= start ? { name: text.slice(tokens[start].start, tokens[last].end), last } : null;
}
