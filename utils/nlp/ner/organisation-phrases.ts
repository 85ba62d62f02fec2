/**
 * A rule layer for Arabic organisation names built on a head noun ("مركز كويليام", "القيادة الأميركية
 * الوسطى"). ANERcorp, the tagger's training news, mostly leaves such heads outside its names, and a
 * name after مركز is often a person's or a place's ("كويليام" is tagged PER), so the tagger alone
 * misses these organisations. Arabic names an institution with its head noun followed either by a
 * proper name or by definite relational (nisba) adjectives; both patterns are written out here.
 */
import { normalizeArabic, procliticSplits, withoutArticle } from '@/utils/nlp/arabic';
import { LexiconBit, phraseHash, phraseMask, wordHash, wordMask, type Lexicon } from '@/utils/nlp/ner/lexicon';

/** Head nouns that, followed by a name or nisba adjectives, name an organisation (normalised, no article). */
const HEADS = new Set(
  'مركز قياده وزاره هيئه مجلس جامعه منظمه حركه جماعه وكاله معهد مؤسسه اتحاد'.split(' ').map(normalizeArabic),
);

/** Definite adjectives ending like a nisba that do not name anything ("المركز الثاني", "المجلس الحالي"). */
const NOT_NAMING = new Set(
  'الثاني الثانيه الاولي الاخري الماضي الماضيه الحالي الحاليه التالي التاليه النهائي النهائيه الرئيسي الرئيسيه'
    .split(' ')
    .map(normalizeArabic),
);

/**
 * A head with one relational adjective is as often a description as a name ("المؤسسة المالية",
 * "المجلس التنفيذي"); with two it is a specific institution ("القيادة الأميركية الوسطى").
 */
const MIN_ADJECTIVES = 2;
const MAX_ADJECTIVES = 3;

/** The word and its forms without each possible proclitic, normalised. */
function forms(word: string): string[] {
  const norm = normalizeArabic(word);
  const stems = procliticSplits(norm).map((k) => norm.slice(k));
  // "للقيادة" is ل + القيادة with the article's alif elided.
  return [norm, ...stems, ...(norm.startsWith('لل') ? ['ا' + norm.slice(1)] : [])];
}

/** 'definite' for "القيادة", 'bare' for "لمركز", null when the word is no organisation head. */
function headKind(word: string): 'definite' | 'bare' | null {
  for (const form of forms(word)) {
    if (form.startsWith('ال') && HEADS.has(withoutArticle(form))) return 'definite';
    if (HEADS.has(form)) return 'bare';
  }
  return null;
}

/** "الأميركية", "الوسطى", "الدولي": definite, ending in ي / ية (ى and ة are normalised to ي and ه). */
function isNisbaAdjective(word: string): boolean {
  const norm = normalizeArabic(word);
  return norm.startsWith('ال') && norm.length >= 5 && /(ي|يه)$/.test(norm) && !NOT_NAMING.has(norm);
}

function tagSpan(tags: string[], from: number, to: number, type: string): void {
  for (let k = from; k < to; k++) tags[k] = `${k === from ? 'B' : 'I'}-${type}`;
}

/** The end of the entity that starts at `i` (exclusive). */
function entityEnd(tags: string[], i: number): number {
  const type = tags[i].slice(2);
  let end = i + 1;
  while (end < tags.length && tags[end] === `I-${type}`) end++;
  return end;
}

/**
 * Retags one sentence: a head noun the tagger left out followed by a person, place or
 * other name becomes an organisation with it ("لمركز كويليام"); a definite head followed by definite
 * nisba adjectives the tagger left untagged becomes one ("القيادة الأميركية الوسطى").
 */
export function organisationPhrases(words: string[], tags: string[]): string[] {
  const out = [...tags];
  for (let i = 0; i + 1 < words.length; i++) {
    if (out[i] !== 'O') continue;
    const kind = headKind(words[i]);
    if (!kind) continue;
    const next = out[i + 1];
    if (next.startsWith('B-') && next !== 'B-ORG') {
      const end = entityEnd(out, i + 1);
      tagSpan(out, i, end, 'ORG');
      i = end - 1;
      continue;
    }
    if (kind !== 'definite') continue;
    let end = i + 1;
    while (end < words.length && end - i <= MAX_ADJECTIVES && out[end] === 'O' && isNisbaAdjective(words[end])) end++;
    if (end - i - 1 >= MIN_ADJECTIVES) {
      tagSpan(out, i, end, 'ORG');
      i = end - 1;
    }
  }
  return out;
}

/**
 * Lower-case words inside one English name ("Bank of England", "Procter & Gamble", "Library of the Netherlands").
 * Not "and", which joins two names as often, except in a name that a head and "of" opened.
 */
const NAME_CONNECTORS = new Set(['of', 'for', '&', 'the', 'on']);

/**
 * Words that close a newspaper's name ("Jerusalem Post", "New York Times"). Only here, not among the
 * tagger's trigger features: as features they cost web text more than they gave news (docs/ner.md).
 */
const NEWSPAPER_HEADS = new Set(['Post', 'Times', 'Herald', 'Gazette', 'Tribune', 'Bulletin', 'Journal', 'Chronicle']);

/** What the English rule reads of a word: its lexicon key's hash and bits, and its capital (WordInfo has them). */
export interface WordFacts {
  keyHash: number;
  mask: number;
  capitalised: boolean;
}

function wordFacts(words: string[], lexicon: Lexicon): WordFacts[] {
  return words.map((word) => {
    const keyHash = wordHash(word.toLowerCase());
    return { keyHash, mask: wordMask(lexicon, keyHash), capitalised: /^\p{Lu}/u.test(word) };
  });
}

const PLACE_BITS =
  (1 << LexiconBit.place) | (1 << LexiconBit.city) | (1 << LexiconBit.country) | (1 << LexiconBit.listPlace);

/**
 * English: a run of capitalised words that ends or begins with an organisation head ("Harrow
 * School", "University of Tokyo", "Bank of England"), part of which the tagger found, is one
 * organisation, however the tagger split or typed it. Heads are the lexicon's organisation triggers;
 * a run the gazetteer knows as a place ("West Bank") is left alone.
 */
export function englishOrganisationPhrases(words: string[], tags: string[], lexicon: Lexicon, facts = wordFacts(words, lexicon)): string[] {
  const out = [...tags];
  const isCapitalised = (i: number) => i < words.length && facts[i].capitalised;
  const isHead = (i: number) => (facts[i].mask & (1 << LexiconBit.organizationTrigger)) !== 0;
  const isPlace = (from: number, to: number) =>
    (phraseMask(lexicon, phraseHash(facts.map((f) => f.keyHash), from, to)) & PLACE_BITS) !== 0;
  const closesName = (i: number) => isHead(i) || NEWSPAPER_HEADS.has(words[i]);
  // "University of Tokyo", "National Library of the Netherlands"; company suffixes ("Inc.", "Ltd") only close a name.
  const headBeforeOf = (start: number, end: number) => {
    for (let k = start; k + 1 < end; k++) if (isHead(k) && words[k + 1] === 'of' && !words[k].endsWith('.')) return true;
    return false;
  };
  // How many words at `at` continue the name from `start`: a capitalised word, or connectors ("of the") before
  // one; "and" too once a head and "of" have opened the name ("Department of Housing and Urban Development").
  const connected = (start: number, at: number) => {
    if (isCapitalised(at)) return 1;
    let k = at;
    while (k - at < 2 && (NAME_CONNECTORS.has(words[k]) || (words[k] === 'and' && headBeforeOf(start, at)))) k++;
    return k > at && isCapitalised(k) ? k - at + 1 : 0;
  };
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    for (let step = connected(i, end); step > 0; step = connected(i, end)) end += step;
    const start = i === 0 && out[0] === 'O' && words[0] === 'The' ? 1 : i;
    const headed = closesName(end - 1) || headBeforeOf(start, end);
    const found = out.slice(start, end).some((t) => t !== 'O');
    if (end - start >= 2 && headed && found && !isPlace(start, end)) tagSpan(out, start, end, 'ORG');
    i = end;
  }
  return out;
}
