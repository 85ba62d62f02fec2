/**
 * Feature extraction for the tagger, the same for training (scripts/ner) and tagging. A token's
 * features are those of its word alone, computed once per distinct word ({@link wordInfo}; the tagger
 * caches them), and those of its context ({@link pushContextFeatures}). Features of the previous tags
 * are added while decoding (see tagger.ts).
 */
import { normalizeArabic, proclitic, withoutArticle } from '@/utils/nlp/arabic';
import { hashContinue, hashString, mixHash } from '@/utils/nlp/ner/hash';
import {
  LEXICON_BITS,
  LexiconBit,
  MAX_PHRASE_TOKENS,
  mayStartPhrase,
  phraseHash,
  phraseMask,
  wordHash,
  wordMask,
  type Lexicon,
} from '@/utils/nlp/ner/lexicon';

export type NerLanguage = 'ar' | 'en';

/** Key under which a word is looked up in the lexicon. */
export function lexiconKey(word: string, lang: NerLanguage): string {
  return lang === 'ar' ? normalizeArabic(word) : word.toLowerCase();
}

function shapeClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return 'x';
  if (c >= 0x41 && c <= 0x5a) return 'X';
  if (c >= 0x30 && c <= 0x39) return 'd';
  if (c >= 0x0621 && c <= 0x064a) return 'a';
  if (c < 0x80) return ch;
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return /\p{L}/u.test(ch) ? 'a' : ch;
}

/** Character classes with repeats collapsed: "McCain" → "XxXx", "2017" → "d", "داعش" → "a". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c !== last) shape += c;
    last = c;
    if (shape.length >= 6) break;
  }
  return shape;
}

const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, StemPrev, StemNext, Prefix,
  Suffix, Shape, ShapeWindow, BigramPrev, BigramNext, Lex, LexPrev, LexNext, Phrase, Raw,
  Clitic, Length, Casing, StemBare, LexPrev2, LexNext2, PhraseStart, NamePairPrev, NamePairNext,
}

/** Positions in each token's feature list that decoding conjoins with tags (tagger.ts). */
export const WORD_FEATURE = 1;
export const SHAPE_FEATURE = 2;

/** Holds a feature's place without being one: the trainer never indexes it. */
export const NO_FEATURE = 0;

const feature = (template: T, value: string) => hashString(value, template);
const featureBits = (template: T, value: number) => mixHash(template * 7919, value);

/** A feature per set bit, lowest bit first. */
function pushMaskBits(out: number[], template: T, mask: number): void {
  for (let rest = mask & ((1 << LEXICON_BITS) - 1); rest !== 0; rest &= rest - 1) out.push(featureBits(template, 31 - Math.clz32(rest & -rest)));
}

/** FNV start states of the templates hashed piecewise below (what hashString would start from). */
const PREFIX_SEED = hashString('', T.Prefix);
const SUFFIX_SEED = hashString('', T.Suffix);

const DIGIT = /\d/;
const withoutDigits = (text: string) => (DIGIT.test(text) ? text.replace(/\d/g, '0') : text);

const CAPITALISED = /^\p{Lu}/u;

function casingFeature(word: string, capitalised: boolean, first: boolean, mask: number): string {
  if (!capitalised) return 'lower';
  const known = mask & (1 << LexiconBit.lowercaseWord) ? 'L' : '-';
  const capOnly = mask & (1 << LexiconBit.capitalisedOnly) ? 'C' : '-';
  const upper = word.length > 1 && word === word.toUpperCase() ? 'U' : '-';
  return `${first ? 'first' : 'inner'}${known}${capOnly}${upper}`;
}

// Bits 0-7: the name lists, person, place and organisation.
const NAME_BITS = 0xff;

const TRIGGER_BITS =
  (1 << LexiconBit.personTrigger) | (1 << LexiconBit.organizationTrigger) | (1 << LexiconBit.placeTrigger);

/** Everything the features need of one word, whatever its context. */
export interface WordInfo {
  /** The lexicon key ({@link lexiconKey}), its hash, and whether the word as written starts with a capital. */
  key: string;
  keyHash: number;
  capitalised: boolean;
  /** Normalised word (Arabic spelling-normalised, English lower-cased), digits as 0. */
  norm: string;
  /** Arabic: norm without proclitics; English: norm. */
  stem: string;
  shape: string;
  /** Lexicon bits of the word and of its stem. */
  mask: number;
  normHash: number;
  stemHash: number;
  /** Features of the word itself: Bias at 0, WORD_FEATURE, SHAPE_FEATURE, then the rest. */
  own: number[];
  /** Features it gives the token after it, the token before it, and two tokens away each way. */
  asPrev: number[];
  asNext: number[];
  asPrev2: number[];
  asNext2: number[];
  /** English casing feature as the sentence's first word and elsewhere. */
  casingFirst: number;
  casingInner: number;
  phraseStart: number;
  /** FNV state of "shape|" for the shape window feature, and the string "shape|". */
  shapeWindowHead: number;
  shapeBar: string;
  /** FNV states of "norm|" for the word bigram features. */
  bigramAsPrev: number;
  bigramHead: number;
}

/**
 * `hide` drops the features that name the word itself, as an unseen word would: training uses it so
 * that names are also learnt from context, affixes and lexicons.
 */
export function wordInfo(word: string, lang: NerLanguage, lexicon: Lexicon, hide = false): WordInfo {
  const key = lexiconKey(word, lang);
  const keyHash = wordHash(key);
  const capitalised = CAPITALISED.test(word);
  const split = lang === 'ar' ? proclitic(key) : { prefix: '', stem: key };
  let mask = wordMask(lexicon, keyHash);
  if (split.stem !== key) mask |= wordMask(lexicon, wordHash(split.stem));
  const norm = withoutDigits(key);
  const stem = withoutDigits(split.stem);
  const normHash = norm === key ? keyHash : wordHash(norm);
  const shape = wordShape(word);

  const own = [featureBits(T.Bias, 0), hide ? NO_FEATURE : feature(T.Word, norm), feature(T.Shape, shape)];
  own.push(featureBits(T.Length, Math.min(norm.length, 12)));
  // The prefixes' hashes are one running hash; neither prefixes nor suffixes are cut out as strings.
  let prefix = PREFIX_SEED;
  for (let k = 1; k <= 4 && k < stem.length; k++) {
    prefix = hashContinue(prefix, stem, k - 1, k);
    own.push(prefix, hashContinue(SUFFIX_SEED, stem, stem.length - k));
  }
  if (lang === 'ar') {
    own.push(feature(T.Clitic, split.prefix));
    if (!hide) own.push(feature(T.Stem, stem), feature(T.StemBare, withoutArticle(stem)));
  } else if (!hide) own.push(feature(T.Raw, word));
  pushMaskBits(own, T.Lex, mask);

  const asPrev = [feature(T.WordPrev, norm)];
  const asNext = [feature(T.WordNext, norm)];
  if (lang === 'ar') asPrev.push(feature(T.StemPrev, stem)), asNext.push(feature(T.StemNext, stem));
  pushMaskBits(asPrev, T.LexPrev, mask);
  pushMaskBits(asNext, T.LexNext, mask);
  const asPrev2 = [feature(T.WordPrev2, norm)];
  const asNext2 = [feature(T.WordNext2, norm)];
  pushMaskBits(asPrev2, T.LexPrev2, mask & TRIGGER_BITS);
  pushMaskBits(asNext2, T.LexNext2, mask & TRIGGER_BITS);

  return {
    key,
    keyHash,
    capitalised,
    norm,
    stem,
    shape,
    mask,
    normHash,
    stemHash: stem === norm ? normHash : wordHash(stem),
    own,
    asPrev,
    asNext,
    asPrev2,
    asNext2,
    casingFirst: lang === 'en' ? feature(T.Casing, casingFeature(word, capitalised, true, mask)) : NO_FEATURE,
    casingInner: lang === 'en' ? feature(T.Casing, casingFeature(word, capitalised, false, mask)) : NO_FEATURE,
    phraseStart: hide ? NO_FEATURE : feature(T.PhraseStart, norm),
    shapeWindowHead: hashContinue(hashString(shape, T.ShapeWindow), '|'),
    shapeBar: `${shape}|`,
    bigramAsPrev: hashContinue(hashString(norm, T.BigramPrev), '|'),
    bigramHead: hashContinue(hashString(norm, T.BigramNext), '|'),
  };
}

/**
 * Beyond the sentence: what the neighbour features see there. Lexicon bits of a missing neighbour are
 * no features at all, its word and stem are the markers <s> and </s>.
 */
const OUTSIDE = {
  prev: [feature(T.WordPrev, '<s>')],
  prevAr: [feature(T.WordPrev, '<s>'), feature(T.StemPrev, '<s>')],
  next: [feature(T.WordNext, '</s>')],
  nextAr: [feature(T.WordNext, '</s>'), feature(T.StemNext, '</s>')],
  prev2: [feature(T.WordPrev2, '<s>')],
  next2: [feature(T.WordNext2, '</s>')],
  bigramAsPrev: hashString('<s>|', T.BigramPrev),
  shapeWindowHead: hashString('<s>|', T.ShapeWindow),
};

/**
 * For each token, the mask of the longest lexicon phrase covering it with the token's position in it.
 * Arabic phrases are also tried with the first word's proclitics removed ("وتنظيم داعش").
 */
export function phraseMatches(words: WordInfo[], lang: NerLanguage, lexicon: Lexicon): Uint32Array {
  const n = words.length;
  const result = new Uint32Array(n);
  const hashes = words.map((w) => w.normHash);
  let i = 0;
  while (i < n) {
    const longest = Math.min(MAX_PHRASE_TOKENS, n - i);
    const { normHash, stemHash } = words[i];
    const stem = lang === 'ar' && stemHash !== normHash ? stemHash : null;
    // Most words start no phrase: the filter says so without hashing and probing each length.
    const mayStart = mayStartPhrase(lexicon, normHash) || (stem !== null && mayStartPhrase(lexicon, stem));
    const found = mayStart ? longestPhrase(lexicon, hashes, i, longest, stem) : null;
    if (!found) {
      i += 1;
      continue;
    }
    const { length, mask } = found;
    for (let k = 0; k < length; k++) {
      const position = k === 0 ? 0 : k === length - 1 ? 2 : 1;
      result[i + k] = (mask << 2) | position;
    }
    i += length;
  }
  return result;
}

// Scratch space of longestPhrase: this runs at every token, and allocating there costs more than the lookups.
const wordPrefixes = new Uint32Array(MAX_PHRASE_TOKENS);
const stemPrefixes = new Uint32Array(MAX_PHRASE_TOKENS);

/** phraseHash of the 1..`longest` words at `start`, the first word hashed as `first`, into `into`. */
function phrasePrefixHashes(into: Uint32Array, hashes: number[], start: number, longest: number, first: number): void {
  // phraseHash folds word by word, so the hashes of all lengths are prefixes of one fold.
  into[0] = phraseHash([first], 0, 1);
  for (let len = 2; len <= longest; len++) into[len - 1] = mixHash(into[len - 2], hashes[start + len - 1]);
}

/**
 * The longest lexicon phrase of 2 to `longest` words at `start`, trying at each length the first word
 * as written, then as `stem`; null if there is none.
 */
function longestPhrase(
  lexicon: Lexicon,
  hashes: number[],
  start: number,
  longest: number,
  stem: number | null,
): { length: number; mask: number } | null {
  phrasePrefixHashes(wordPrefixes, hashes, start, longest, hashes[start]);
  if (stem !== null) phrasePrefixHashes(stemPrefixes, hashes, start, longest, stem);
  for (let length = longest; length >= 2; length--) {
    let mask = phraseMask(lexicon, wordPrefixes[length - 1]);
    if (!mask && stem !== null) mask = phraseMask(lexicon, stemPrefixes[length - 1]);
    if (mask) return { length, mask };
  }
  return null;
}

/** Phrase features by lexicon bit and position in the phrase (B, I, L; U is never produced). */
const PHRASE_FEATURES = Array.from({ length: LEXICON_BITS }, (_, bit) =>
  ['B', 'I', 'L', 'U'].map((position) => feature(T.Phrase, `${bit}${position}`)),
);

/**
 * A growing list of feature hashes in one typed array. The tagger keeps one for a whole document
 * and empties it for each sentence: a JS array rebuilt per sentence cost more than the hashing.
 */
export class FeatureList {
  data = new Uint32Array(4096);
  length = 0;

  push(feature: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = feature;
  }
}

/** Adds to `out` the features of token i that depend on its neighbours. */
export function pushContextFeatures(
  out: FeatureList,
  words: WordInfo[],
  phrases: Uint32Array,
  i: number,
  lang: NerLanguage,
  hide = false,
): void {
  const n = words.length;
  const roles = outsideRoles(lang);
  pushAll(out, i > 0 ? words[i - 1].asPrev : roles.prev);
  pushAll(out, i + 1 < n ? words[i + 1].asNext : roles.next);
  pushAll(out, i > 1 ? words[i - 2].asPrev2 : roles.prev2);
  pushAll(out, i + 2 < n ? words[i + 2].asNext2 : roles.next2);
  pushPairFeatures(out, words, phrases, i, hide);
  if (lang !== 'ar') out.push(i === 0 ? words[i].casingFirst : words[i].casingInner);
}

/**
 * What a neighbour beyond the sentence gives a token in each role: the markers <s> and </s> as its
 * word and stem, and no lexicon bits.
 */
export function outsideRoles(lang: NerLanguage): { prev: number[]; next: number[]; prev2: number[]; next2: number[] } {
  return lang === 'ar' ? OUTSIDE_AR : OUTSIDE_EN;
}

const OUTSIDE_EN = { prev: OUTSIDE.prev, next: OUTSIDE.next, prev2: OUTSIDE.prev2, next2: OUTSIDE.next2 };
const OUTSIDE_AR = { prev: OUTSIDE.prevAr, next: OUTSIDE.nextAr, prev2: OUTSIDE.prev2, next2: OUTSIDE.next2 };

/**
 * The context features that depend on the token and a neighbour together (shapes, bigrams, name-list
 * pairs, lexicon phrases): the rest of pushContextFeatures is a neighbour's own, which the tagger
 * scores once per word.
 */
export function pushPairFeatures(
  out: FeatureList,
  words: WordInfo[],
  phrases: Uint32Array,
  i: number,
  hide = false,
): void {
  const w = words[i];
  const prev = i > 0 ? words[i - 1] : null;
  const next = i + 1 < words.length ? words[i + 1] : null;
  const shapeWindow = hashContinue(prev ? prev.shapeWindowHead : OUTSIDE.shapeWindowHead, w.shapeBar);
  out.push(hashContinue(shapeWindow, next ? next.shape : '</s>'));
  if (!hide) {
    out.push(hashContinue(prev ? prev.bigramAsPrev : OUTSIDE.bigramAsPrev, w.norm));
    out.push(hashContinue(w.bigramHead, next ? next.norm : '</s>'));
  }
  // Two name-list words in a row are a full name far more often than either is alone.
  if (prev) out.push(featureBits(T.NamePairPrev, ((prev.mask & NAME_BITS) << 8) | (w.mask & NAME_BITS)));
  if (next) out.push(featureBits(T.NamePairNext, ((w.mask & NAME_BITS) << 8) | (next.mask & NAME_BITS)));
  const phrase = phrases[i];
  if (phrase) {
    const position = phrase & 3;
    for (let bit = 0; bit < LEXICON_BITS; bit++) {
      if ((phrase >>> 2) & (1 << bit)) out.push(PHRASE_FEATURES[bit][position]);
    }
    if (position === 0 && !hide) out.push(w.phraseStart);
  }
}

function pushAll(out: FeatureList, features: number[]): void {
  for (let k = 0; k < features.length; k++) out.push(features[k]);
}

/**
 * Hashed features for every token: a flat array with `offsets[i]..offsets[i+1]` for token i, the
 * word's own features first. `hidden` tokens lose the features that name the word (see wordInfo).
 */
export function extractFeatures(
  words: string[],
  lang: NerLanguage,
  lexicon: Lexicon,
  hidden?: boolean[],
): { features: Uint32Array; offsets: Uint32Array } {
  const infos = words.map((word, i) => wordInfo(word, lang, lexicon, hidden?.[i] === true));
  const phrases = phraseMatches(infos, lang, lexicon);
  const out = new FeatureList();
  const offsets = new Uint32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    offsets[i] = out.length;
    pushAll(out, infos[i].own);
    pushContextFeatures(out, infos, phrases, i, lang, hidden?.[i] === true);
  }
  offsets[words.length] = out.length;
  return { features: out.data.slice(0, out.length), offsets };
}
