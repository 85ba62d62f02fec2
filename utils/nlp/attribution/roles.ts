/**
 * Entity roles from the words around a name: a title before it ("الجنرال الأميركي جوزيف فوتل",
 * "President Joe Biden", "Sudan's foreign minister, Ibrahim Ghandour") and an apposition after it
 * ("فوتل قائد القيادة الأميركية الوسطى", "Ghandour, Sudan's foreign minister,"). Only phrases headed
 * by a known title count, so ordinary neighbouring words never become a role.
 */
import type { Entity } from '@/utils/analysis/types';
import {
  isArabicFunctionWord,
  isArabicWord,
  isDefiniteNisba,
  normalizeArabic,
  singularize,
  stripArticle,
  stripConjunction,
} from '@/utils/nlp/attribution/arabic-text';
import { arabicSpeechVerb, ENGLISH_SPEECH_VERBS } from '@/utils/nlp/attribution/cue-verbs';
import type { EntityIndex, EntityMatch } from '@/utils/nlp/attribution/entity-index';
import { joinedByWaw } from '@/utils/nlp/attribution/speakers';
import {
  ARABIC_HONORIFICS,
  ENGLISH_HONORIFICS,
  isArabicOrgHead,
  isArabicTitle,
  isArabicTitleAsWritten,
  isEnglishTitle,
  isEnglishTitleModifier,
} from '@/utils/nlp/attribution/titles';
import { isCapitalized, isLatinWord, type Token } from '@/utils/nlp/attribution/tokens';

const MAX_TITLE_BEFORE = 6;
const MAX_APPOSITION = 8;
const MAX_ENGLISH_APPOSITION = 16;

interface Context {
  text: string;
  tokens: Token[];
  index: EntityIndex;
}

/** Role per entity, from the first mention that has one. Roles the entities already carry are kept. */
export function findRoles(text: string, tokens: Token[], index: EntityIndex): Map<Entity, string> {
  const ctx = { text, tokens, index };
  const roles = new Map<Entity, string>();
  for (const match of index.mentionMatches()) {
    const { entity } = match;
    if (entity.role || roles.has(entity) || (entity.type !== 'PERSON' && entity.type !== 'ORGANIZATION')) continue;
    const group = coordinatedGroup(ctx, match);
    const found = isArabicWord(tokens[match.first].text) ? arabicRole(ctx, match, group) : englishRole(ctx, match);
    if (!found) continue;
    // Pages keep source line breaks inside paragraphs; a role is one line.
    const role = found.replace(/\s+/g, ' ');
    for (const member of group.length > 1 ? group : [match]) {
      if (!member.entity.role && !roles.has(member.entity)) roles.set(member.entity, role);
    }
  }
  return roles;
}

/** Names joined by و share the descriptor before the first ("الباحثين الفرنسيين لوران بيندنر ورافايل غلوك"). */
function coordinatedGroup({ tokens, index }: Context, match: EntityMatch): EntityMatch[] {
  const group = [match];
  for (let m = match; joinedByWaw(tokens, m); ) {
    const before = index.endingAt(m.first - 1);
    if (!before || before.entity.type !== match.entity.type) break;
    group.unshift(before);
    m = before;
  }
  for (let m = match; ; ) {
    const after = index.startingAt(m.last + 1);
    if (!after || !joinedByWaw(tokens, after) || after.entity.type !== match.entity.type) break;
    group.push(after);
    m = after;
  }
  return group;
}

function arabicRole(ctx: Context, match: EntityMatch, group: EntityMatch[]): string | null {
  // A title before an organisation belongs to a person ("قائد القيادة …"), never to the organisation.
  const before = match.entity.type === 'PERSON' ? arabicTitleBefore(ctx, group[0].first) : null;
  const title = before && group.length > 1 ? before.split(' ').map(singularize).join(' ') : before;
  const after = group.length > 1 ? null : arabicApposition(ctx, match) ?? arabicOrgDescriptor(ctx, match);
  return [title, after].filter(Boolean).join('، ') || null;
}

/**
 * Backwards from the name to its title, through adjectives and a "في" phrase ("الخبير في الشؤون الإيرانية").
 * The word right before the name must be definite: "صديق بوشنل" is Bushnell's friend, not Bushnell.
 */
function arabicTitleBefore({ text, tokens }: Context, first: number): string | null {
  if (!/^(ال|وال|فال)/.test(normalizeArabic(tokens[first - 1]?.text ?? ''))) return null;
  for (let j = first - 1; j >= Math.max(0, first - MAX_TITLE_BEFORE); j--) {
    const word = tokens[j].text;
    if (normalizeArabic(word) === 'في' && j < first - 1) continue;
    if (!isArabicWord(word) || isArabicFunctionWord(word) || arabicSpeechVerb(word)) return null;
    if (ARABIC_HONORIFICS.has(normalizeArabic(word))) return null;
    if (isArabicTitle(word)) return text.slice(tokens[j].start + conjunctionLength(word), tokens[first - 1].end);
  }
  return null;
}

/** "، المتحدث الرسمي للوزارة،" / "قائد القيادة الأميركية الوسطى" / "، وهو هيئة معارضة مقرها لندن". */
function arabicApposition({ text, tokens }: Context, match: EntityMatch): string | null {
  let j = match.last + 1;
  const comma = tokens[j]?.text === '،' || tokens[j]?.text === ',';
  if (comma) j++;
  if (comma && /^(وهو|وهي)$/.test(normalizeArabic(tokens[j]?.text ?? ''))) j++;
  const head = tokens[j]?.text ?? '';
  // A title after "و" starts the next person's descriptor ("ماكرون ورئيس الوزراء …"), not an apposition.
  if (!isArabicWord(head) || !(isArabicTitleAsWritten(head) || (comma && isArabicOrgHead(head) && !/^[وف]/.test(head)))) return null;
  let k = j;
  while (k + 1 < tokens.length && k + 1 - j < MAX_APPOSITION && continuesArabicPhrase(tokens[k + 1].text)) k++;
  return text.slice(tokens[j].start, tokens[k].end);
}

// After "و" only a definite noun continues the phrase ("والأمن القومي"); "وطلب" starts a new clause.
const continuesArabicPhrase = (word: string) =>
  isArabicWord(word) && !isArabicFunctionWord(word) && !arabicSpeechVerb(word) && (!word.startsWith('و') || /^وال/.test(word) || isArabicTitleAsWritten(word));

/**
 * An organisation's own kind, read from the adjectives after its name:
 * "مركز كويليام البريطاني للأبحاث" → "مركز أبحاث بريطاني".
 */
function arabicOrgDescriptor({ tokens }: Context, match: EntityMatch): string | null {
  const head = stripConjunction(match.entity.name.split(/\s+/)[0]);
  if (match.entity.type !== 'ORGANIZATION' || !isArabicOrgHead(head)) return null;
  const adjectives: string[] = [];
  const complements: string[] = [];
  for (let k = match.last + 1; k < tokens.length && k <= match.last + 4; k++) {
    const word = tokens[k].text;
    if (word.startsWith('لل') && word.length > 4) complements.push(stripArticle(word));
    else if (isDefiniteNisba(word)) adjectives.push(stripArticle(word));
    else break;
  }
  if (adjectives.length + complements.length === 0) return null;
  return [stripArticle(head), ...complements, ...adjectives].join(' ');
}

// "ورئيس الوزراء": the role starts after the conjunction.
const conjunctionLength = (word: string) => (/^[وف]/.test(word) && isArabicTitle(word.slice(1)) ? 1 : 0);

function englishRole(ctx: Context, match: EntityMatch): string | null {
  // "fellow Ennahda members": a title word right before an organisation is not its role.
  const title = match.entity.type === 'PERSON' ? englishTitleBefore(ctx, match.first) : null;
  return title ?? englishAppositionBefore(ctx, match.first) ?? englishAppositionAfter(ctx, match.last);
}

const ENGLISH_STOP_CAPS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'When', 'After', 'Before', 'As', 'For', 'By', 'With', 'From', 'Last', 'This', 'That']);

const inTitlePhrase = (token: Token | undefined) =>
  !!token &&
  isLatinWord(token) &&
  !ENGLISH_HONORIFICS.has(token.text) &&
  !ENGLISH_STOP_CAPS.has(token.text) &&
  !ENGLISH_SPEECH_VERBS.has(token.text) &&
  (isCapitalized(token) || isEnglishTitle(token.text) || isEnglishTitleModifier(token.text));

/** Backwards over a title phrase ending at token `last`; "of" is allowed inside ("Secretary of State"). */
function titlePhraseStart(tokens: Token[], last: number): number {
  let j = last;
  while (j - 1 >= 0 && last - j < 7) {
    const prev = tokens[j - 1];
    if (inTitlePhrase(prev)) j--;
    else if (prev.text === 'of' && inTitlePhrase(tokens[j - 2])) j--;
    else break;
  }
  return j;
}

/** "President Joe Biden", "Tunisian Prime Minister Habib Essid", "White House press secretary Josh Earnest". */
function englishTitleBefore({ text, tokens }: Context, first: number): string | null {
  const last = first - 1;
  if (last < 0 || !isEnglishTitle(tokens[last].text) || ENGLISH_HONORIFICS.has(tokens[last].text)) return null;
  return text.slice(tokens[titlePhraseStart(tokens, last)].start, tokens[last].end);
}

/** "Sudan's foreign minister, Ibrahim Ghandour", "The leader of Ennahda, Rachid Ghannouchi". */
function englishAppositionBefore({ text, tokens }: Context, first: number): string | null {
  const last = first - 2;
  if (last < 0 || tokens[first - 1].text !== ',' || !inTitlePhrase(tokens[last])) return null;
  const start = titlePhraseStart(tokens, last);
  if (!tokens.slice(start, last + 1).some((t) => isEnglishTitle(t.text))) return null;
  return text.slice(tokens[start].start, tokens[last].end);
}

/** Up to the next punctuation or cue; the dot of an initial ("Dana F. Besecker Company") does not end it. */
function continuesApposition(tokens: Token[], k: number): boolean {
  const word = tokens[k].text;
  if (word === '.' && /^[A-Z]$/.test(tokens[k - 1].text) && isCapitalized(tokens[k + 1])) return true;
  return !/^[,.;:()—–"“”]$/.test(word) && !ENGLISH_SPEECH_VERBS.has(word);
}

/** "Ibrahim Ghandour, Sudan's foreign minister," / "Lotfi Azzouz, Tunisia country director for Amnesty International,". */
function englishAppositionAfter({ text, tokens }: Context, last: number): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  let j = last + 2;
  if (/^(a|an)$/i.test(tokens[j]?.text ?? '')) j++;
  const first = tokens[j];
  if (!first || !(isCapitalized(first) || isEnglishTitle(first.text) || isEnglishTitleModifier(first.text) || /^(the|one)$/i.test(first.text))) return null;
  let k = j;
  while (k + 1 < tokens.length && k + 1 - j < MAX_ENGLISH_APPOSITION && continuesApposition(tokens, k + 1)) k++;
  if (!tokens.slice(j, Math.min(k, j + 6) + 1).some((t) => isEnglishTitle(t.text))) return null;
  return text.slice(tokens[j].start, tokens[k].end);
}
