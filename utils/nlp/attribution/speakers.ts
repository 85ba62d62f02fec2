/**
 * Who a reporting cue points to: an entity (or several joined by و / "and"), an unnamed source
 * described as written, or the previous speaker for pronouns, bare follow-up verbs ("وأضاف") and
 * definite descriptors ("the general said", "وقال القادة").
 */
import type { Entity } from '@/utils/analysis/types';
import {
  isArabicFunctionWord,
  isArabicWord,
  normalizeArabic,
  normalizedSet,
  readings,
  stripArticle,
  stripConjunction,
} from '@/utils/nlp/attribution/arabic-text';
import type { EntityIndex, EntityMatch } from '@/utils/nlp/attribution/entity-index';
import type { Token } from '@/utils/nlp/attribution/tokens';
import { isLatinWord } from '@/utils/nlp/attribution/tokens';
import { isArabicUnnamedHead, isEnglishUnnamedHead } from '@/utils/nlp/attribution/unnamed-sources';
import { ENGLISH_SPEECH_VERBS } from '@/utils/nlp/attribution/cue-verbs';
import { isArabicOrgHead, isArabicTitle, isEnglishTitle } from '@/utils/nlp/attribution/titles';
import { producerOf, workKind } from '@/utils/nlp/attribution/work-kinds';

export interface Speaker {
  /** Entity names joined by "; ", or the unnamed source's descriptor as written. */
  name: string;
  named: boolean;
}

/** Marker for "the cue has no subject of its own": resolve to the previous speaker. */
export const FOLLOW_UP = 'follow-up' as const;
export type SubjectReading = Speaker | typeof FOLLOW_UP | null;

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  index: EntityIndex;
  roles: Map<Entity, string>;
}

const MAX_SUBJECT_OFFSET = 6;
const MAX_DESCRIBED_SUBJECT = 12;
const MAX_DESCRIPTOR_WORDS = 6;

export const speakerOf = (matches: EntityMatch[]): Speaker => ({
  name: [...new Set(matches.map((m) => m.entity.name))].join('; '),
  named: true,
});

const roleOf = (ctx: SpeakerContext, entity: Entity) => entity.role ?? ctx.roles.get(entity) ?? '';

/** The entity whose role contains the descriptor's head ("الجنرال" → فوتل, "the general" → Votel). */
function entityByRole(ctx: SpeakerContext, head: string): Entity | undefined {
  const key = normalizeArabic(head).toLowerCase().replace(/^(ال|the )/, '');
  if (key.length < 3) return undefined;
  const found = ctx.index.entities.filter((e) => normalizeArabic(roleOf(ctx, e)).toLowerCase().includes(key));
  return found.length === 1 ? found[0] : undefined;
}

/** The name is written with the conjunction و attached ("وبريطانيا"), not a name that starts with و. */
export const joinedByWaw = (tokens: Token[], match: EntityMatch) =>
  tokens[match.first].text.startsWith('و') && !match.entity.name.startsWith('و');

/** Names joined by و after the first ("فرنسا وبريطانيا وألمانيا"). */
function arabicGroupFrom(ctx: SpeakerContext, first: EntityMatch): EntityMatch[] {
  const group = [first];
  for (let next = ctx.index.startingAt(first.last + 1); next && joinedByWaw(ctx.tokens, next); ) {
    group.push(next);
    next = ctx.index.startingAt(next.last + 1);
  }
  return group;
}

/** Names joined by و before and including the last ("لوران بيندنر ورافايل غلوك"). */
function arabicGroupTo(ctx: SpeakerContext, last: EntityMatch): EntityMatch[] {
  const group = [last];
  for (let m = last; joinedByWaw(ctx.tokens, m); ) {
    const before = ctx.index.endingAt(m.first - 1);
    if (!before) break;
    group.unshift(before);
    m = before;
  }
  return group;
}

/** Subject written after an Arabic speech verb, in the tokens up to its complementiser or quote. */
export function arabicSubjectAfter(ctx: SpeakerContext, window: number[]): SubjectReading {
  if (window.length === 0) return FOLLOW_UP;
  const { tokens } = ctx;
  const match = arabicSubjectMention(ctx, window);
  if (match) return speakerOf(arabicGroupFrom(ctx, match));
  const head = tokens[window[0]].text;
  if (isArabicUnnamedHead(head)) return { name: arabicDescriptor(ctx, window), named: false };
  if (/^ال/.test(stripWaw(head))) return arabicDefiniteSubject(ctx, window);
  return /^(أيضا|أيضًا|كذلك)$/.test(head) ? FOLLOW_UP : null;
}

/**
 * A definite subject the NER did not tag. A title refers back ("وقال القادة", "الجنرال"); an
 * organisation head names the one organisation with that head ("الوزارة" → وزارة الصحة …) or, when
 * longer, is itself a name the NER missed ("المرصد السوري لحقوق الإنسان").
 */
function arabicDefiniteSubject(ctx: SpeakerContext, window: number[]): SubjectReading {
  const head = ctx.tokens[window[0]].text;
  if (isArabicTitle(head)) {
    const entity = entityByRole(ctx, head);
    return entity ? { name: entity.name, named: true } : FOLLOW_UP;
  }
  if (!isArabicOrgHead(head)) return null;
  const key = stripArticle(stripConjunction(normalizeArabic(head)));
  const found = ctx.index.entities.filter((e) => e.type === 'ORGANIZATION' && stripArticle(normalizeArabic(e.name.split(/\s+/)[0])) === key);
  if (found.length === 1) return { name: found[0].name, named: true };
  const phrase = arabicDescriptor(ctx, window);
  return phrase.includes(' ') ? { name: phrase, named: true } : null;
}

/**
 * The subject's entity: one near the start of the window, or a person after a descriptor that has
 * its own prepositional phrase or comma ("الخبير في الشؤون الإيرانية هاني سليمان",
 * "وزير الاستخبارات الإسرائيلي، إيلي كوهين"). An organisation inside such a phrase is where an
 * unnamed source works ("مسؤول في وزارة الخارجية"), not the speaker.
 */
function arabicSubjectMention(ctx: SpeakerContext, window: number[]): EntityMatch | undefined {
  const { tokens } = ctx;
  const unnamed = isArabicUnnamedHead(tokens[window[0]].text);
  const described = unnamed || isArabicTitle(tokens[window[0]].text);
  let direct = true;
  let commas = 0;
  for (let p = 0; p < Math.min(window.length, MAX_DESCRIBED_SUBJECT); p++) {
    const word = tokens[window[p]].text;
    if (word === '،' || word === ',') {
      if (!described || p === 0 || ++commas > 1) return undefined;
      direct = false;
      continue;
    }
    if (!isArabicWord(word)) continue;
    // Names first: normalised "علي" (Ali) is also the preposition "على".
    const match = ctx.index.startingAt(window[p]);
    if (match) {
      // After "جهات" or "مسؤولون" only a person is the speaker; "سورية", "أمريكيون" describe the source.
      const person = match.entity.type === 'PERSON';
      if (person || (direct && p < MAX_SUBJECT_OFFSET && !unnamed)) return match;
      while (p + 1 < window.length && window[p + 1] <= match.last) p++;
      continue;
    }
    if (isArabicFunctionWord(word)) {
      // "الخبير في الشؤون الإيرانية هاني سليمان" yes; "متطوعة مع بوشنل" names the companion, not the speaker.
      if (!described || !DESCRIPTOR_PREPOSITIONS.has(normalizeArabic(word))) return undefined;
      direct = false;
    }
  }
  return undefined;
}

const stripWaw = (word: string) => word.replace(/^[وف](?=ال)/, '');

/** "خبراء ومسؤولون", "جهات سورية معارضة", "مسؤول في وزارة الخارجية": up to a comma, "لـ" or the cue's end. */
function arabicDescriptor({ text, tokens }: SpeakerContext, window: number[]): string {
  let last = window[0];
  for (let p = 1; p < Math.min(window.length, MAX_DESCRIPTOR_WORDS); p++) {
    const word = tokens[window[p]].text;
    if (window[p] !== last + 1 || !isArabicWord(word) || /^لـ?$/.test(word)) break;
    if (isArabicFunctionWord(word) && !DESCRIPTOR_PREPOSITIONS.has(normalizeArabic(word))) break;
    last = window[p];
  }
  while (last > window[0] && DESCRIPTOR_PREPOSITIONS.has(normalizeArabic(tokens[last].text))) last--;
  return text.slice(tokens[window[0]].start, tokens[last].end).replace(/\s+/g, ' ');
}

const DESCRIPTOR_PREPOSITIONS = normalizedSet(['في', 'من']);

/**
 * Subject written before the verb ("ومضى فوتل يقول", "… غلوك اعتبرا", "مسؤولون يقولون"), or an
 * unnamed source opening the sentence ("مصدر مطَّلع على مجريات القضية قال إن …").
 */
export function arabicSubjectBefore(ctx: SpeakerContext, verb: number, sentenceStart: number): Speaker | null {
  const { tokens, text } = ctx;
  const match = ctx.index.endingAt(verb - 1);
  if (match) return speakerOf(arabicGroupTo(ctx, match));
  const word = tokens[verb - 1]?.text ?? '';
  if (isArabicWord(word) && isArabicUnnamedHead(word)) return { name: word, named: false };
  const opening = tokens.slice(sentenceStart, verb);
  if (opening.length > 0 && opening.length <= MAX_DESCRIPTOR_WORDS && opening.every((t) => isArabicWord(t.text)) && isArabicUnnamedHead(opening[0].text)) {
    return { name: text.slice(opening[0].start, opening[opening.length - 1].end), named: false };
  }
  return null;
}

/** The source named right after "بحسب" / "وفقا لـ" / "according to", and the last token it covers. */
export function sourceAt(ctx: SpeakerContext, first: number, maxWords = 8): { speaker: Speaker; last: number } | null {
  const { tokens } = ctx;
  const start = /^the$/i.test(tokens[first]?.text ?? '') ? first + 1 : first;
  const match = ctx.index.startingAt(start);
  if (match) return { speaker: { name: match.entity.name, named: true }, last: match.last };
  // "بحسب تقرير صادر عن مركز كويليام", "according to a report by Human Rights Watch": the producer speaks.
  let noun = first;
  while (noun < first + 2 && /^(a|an|the|new|recent|latest)$/i.test(tokens[noun]?.text ?? '')) noun++;
  const producer = tokens[noun] && workKind(tokens[noun].text) ? producerOf(ctx, noun) : null;
  if (producer) return { speaker: { name: producer.name, named: true }, last: producer.last };
  let last = first - 1;
  let unnamed = false;
  for (let k = first; k < tokens.length && k < first + maxWords; k++) {
    const word = tokens[k].text;
    const arabic = isArabicWord(word);
    if (!(arabic || isLatinWord(tokens[k])) || (arabic && isArabicFunctionWord(word)) || /^(by|from|that|who|which)$/.test(word)) break;
    if (arabic && /^(فإن|فقد|فان|فهو|فهي)$/.test(word)) break;
    if (arabic ? readings(word.replace(/^ل/, '')).some((r) => isArabicUnnamedHead(r)) : isEnglishUnnamedHead(word)) unnamed = true;
    last = k;
  }
  if (!unnamed) return null;
  const begin = tokens[first].start + (/^ل/.test(tokens[first].text) && isArabicWord(tokens[first].text) ? 1 : 0);
  return { speaker: { name: ctx.text.slice(begin, tokens[last].end).replace(/\s+/g, ' '), named: false }, last };
}

// "I" and "we" outside quotes are the writer ("when I asked him"), not a source.
const ENGLISH_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const FIRST_PERSON = new Set(['i', 'we']);
const ENGLISH_SKIPPABLE = new Set(
  'has have had also would will could may might later previously repeatedly again then once already still just further had'.split(' '),
);
const ENGLISH_CLAUSE_BREAKS = new Set(
  'that which who whom whose and but or while because when as if where than since so said says'.split(' '),
);
const MAX_APPOSITION_TOKENS = 18;

/** Subject before an English cue verb, not looking further back than `floor`. */
export function englishSubjectBefore(ctx: SpeakerContext, verb: number, floor: number): SubjectReading {
  const { tokens, index } = ctx;
  let j = verb - 1;
  while (j >= floor && ENGLISH_SKIPPABLE.has(tokens[j].text.toLowerCase())) j--;
  if (j < floor) return null;
  const word = tokens[j].text;
  if (ENGLISH_PRONOUNS.has(word.toLowerCase())) return FOLLOW_UP;
  if (FIRST_PERSON.has(word.toLowerCase())) return null;
  if (word === ',') return englishAppositiveSubject(ctx, j, floor);
  const match = index.endingAt(j);
  if (match) {
    const other = tokens[match.first - 1]?.text === 'and' ? index.endingAt(match.first - 2) : undefined;
    return speakerOf(other && other.first >= floor ? [other, match] : [match]);
  }
  return englishDescriptor(ctx, j, floor);
}

/**
 * "Ajmi Lourimi, a member of Ennahda’s general secretariat, said" (the name before the apposition
 * wins, even when the apposition ends in a name: "…, one of the voices on Sudan, said"), else
 * "Sudan's foreign minister, Ibrahim Ghandour, said".
 */
function englishAppositiveSubject(ctx: SpeakerContext, comma: number, floor: number): SubjectReading {
  for (let p = comma - 1; p >= Math.max(floor, comma - MAX_APPOSITION_TOKENS); p--) {
    if (ctx.tokens[p].text !== ',') continue;
    const before = ctx.index.endingAt(p - 1);
    if (before && before.first >= floor) return speakerOf([before]);
    break;
  }
  const named = ctx.index.endingAt(comma - 1);
  return named && named.first >= floor ? speakerOf([named]) : null;
}

/** "American officials", "a senior official", "sources close to the president", "the general". */
function englishDescriptor(ctx: SpeakerContext, last: number, floor: number): SubjectReading {
  const { tokens, text } = ctx;
  let first = last + 1;
  while (first - 1 >= floor && last - first < 7) {
    const token = tokens[first - 1];
    if (!isLatinWord(token) || ENGLISH_CLAUSE_BREAKS.has(token.text.toLowerCase())) break;
    first--;
  }
  if (first > last) return null;
  while (first < last && /^(But|And|Yet|So|Still|However)$/.test(tokens[first].text)) first++;
  const words = tokens.slice(first, last + 1);
  const phrase = text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
  if (words.some((t) => isEnglishUnnamedHead(t.text))) return { name: phrase, named: false };
  const head = words[words.length - 1].text;
  if (!/^the$/i.test(words[0].text) || !isEnglishTitle(head)) return null;
  const entity = entityByRole(ctx, head);
  return entity ? { name: entity.name, named: true } : FOLLOW_UP;
}

/** Subject after an inverted cue: "“…,” said Mr. Reeves, a senior fellow". */
export function englishSubjectAfter(ctx: SpeakerContext, verb: number): SubjectReading {
  const { tokens, index } = ctx;
  let k = verb + 1;
  if (/^(Mr|Mrs|Ms|Dr)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.') k += 2;
  const word = tokens[k]?.text ?? '';
  if (ENGLISH_PRONOUNS.has(word.toLowerCase())) return FOLLOW_UP;
  const match = index.startingAt(k);
  if (match) return speakerOf([match]);
  let last = k - 1;
  while (last + 1 < tokens.length && last + 1 - k < 6 && isLatinWord(tokens[last + 1]) && !ENGLISH_SPEECH_VERBS.has(tokens[last + 1].text)) last++;
  if (last < k) return null;
  return englishDescriptor(ctx, last, k);
}
