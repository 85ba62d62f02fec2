/**
 * Feature extraction for the tagger: one list of hashed features per token, the same for training
 * (scripts/ner) and tagging. Everything here depends on the words only; features of the previous
 * tags are added while decoding (see tagger.ts).
 */
import { normalizeArabic, proclitic, withoutArticle } from '@/utils/nlp/arabic';
import { hashString, mixHash } from '@/utils/nlp/ner/hash';
import {
  LEXICON_BITS,
  LexiconBit,
  MAX_PHRASE_TOKENS,
  phraseHash,
  phraseMask,
  wordHash,
  wordMask,
  type Lexicon,
} from '@/utils/nlp/ner/lexicon';

export type NerLanguage = 'ar' | 'en';

/** Per-token views of a sentence that features and lexicon matching share. */
export interface WordForms {
  /** Normalised word: Arabic spelling-normalised, English lower-cased. */
  norm: string[];
  /** Arabic: the word without proclitics; English: same as norm. */
  stem: string[];
  prefix: string[];
  shape: string[];
  masks: number[];
}

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

export function wordForms(words: string[], lang: NerLanguage, lexicon: Lexicon): WordForms {
  const norm: string[] = [];
  const stem: string[] = [];
  const prefix: string[] = [];
  const shape: string[] = [];
  const masks: number[] = [];
  for (const word of words) {
    const n = lexiconKey(word, lang);
    const split = lang === 'ar' ? proclitic(n) : { prefix: '', stem: n };
    let mask = wordMask(lexicon, wordHash(n));
    if (split.stem !== n) mask |= wordMask(lexicon, wordHash(split.stem));
    norm.push(n.replace(/\d/g, '0'));
    stem.push(split.stem.replace(/\d/g, '0'));
    prefix.push(split.prefix);
    shape.push(wordShape(word));
    masks.push(mask);
  }
  return { norm, stem, prefix, shape, masks };
}

const POSITIONS = ['B', 'I', 'L', 'U'] as const;

/**
 * For each token, the mask of the longest lexicon phrase covering it with the token's position in it.
 * Arabic phrases are also tried with the first word's proclitics removed ("وتنظيم داعش").
 */
export function phraseMatches(forms: WordForms, lang: NerLanguage, lexicon: Lexicon): number[] {
  const n = forms.norm.length;
  const result = new Array<number>(n).fill(0);
  const hashes = forms.norm.map(wordHash);
  const stemHashes = forms.stem.map(wordHash);
  let i = 0;
  while (i < n) {
    let best = 0;
    let bestMask = 0;
    for (let len = Math.min(MAX_PHRASE_TOKENS, n - i); len >= 2 && best === 0; len--) {
      let mask = phraseMask(lexicon, phraseHash(hashes, i, i + len));
      if (!mask && lang === 'ar' && stemHashes[i] !== hashes[i]) {
        const saved = hashes[i];
        hashes[i] = stemHashes[i];
        mask = phraseMask(lexicon, phraseHash(hashes, i, i + len));
        hashes[i] = saved;
      }
      if (mask) {
        best = len;
        bestMask = mask;
      }
    }
    if (best === 0) {
      i += 1;
      continue;
    }
    for (let k = 0; k < best; k++) {
      const position = k === 0 ? 0 : k === best - 1 ? 2 : 1;
      result[i + k] = (bestMask << 2) | position;
    }
    i += best;
  }
  return result;
}

const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, StemPrev, StemNext, Prefix,
  Suffix, Shape, ShapeWindow, BigramPrev, BigramNext, Lex, LexPrev, LexNext, Phrase, Raw,
  Clitic, Length, Casing, StemBare, LexPrev2, LexNext2, PhraseStart, NamePairPrev, NamePairNext,
}

/** Positions in each token's feature list that decoding conjoins with tags (tagger.ts). */
export const WORD_FEATURE = 1;
export const SHAPE_FEATURE = 6;

/** Holds a feature's place without being one: the trainer never indexes it. */
export const NO_FEATURE = 0;

const feature = (template: T, value: string) => hashString(value, template);
const featureBits = (template: T, value: number) => mixHash(template * 7919, value);

function pushMaskBits(out: number[], template: T, mask: number): void {
  for (let bit = 0; bit < LEXICON_BITS; bit++) {
    if (mask & (1 << bit)) out.push(featureBits(template, bit));
  }
}

function casingFeature(word: string, index: number, mask: number): string {
  const capitalised = /^\p{Lu}/u.test(word);
  if (!capitalised) return 'lower';
  const known = mask & (1 << LexiconBit.lowercaseWord) ? 'L' : '-';
  const capOnly = mask & (1 << LexiconBit.capitalisedOnly) ? 'C' : '-';
  const upper = word.length > 1 && word === word.toUpperCase() ? 'U' : '-';
  return `${index === 0 ? 'first' : 'inner'}${known}${capOnly}${upper}`;
}

/**
 * Hashed features for every token: a flat array with `offsets[i]..offsets[i+1]` for token i.
 * `hidden` tokens lose the features that name the word itself, as an unseen word would: training
 * uses it so that names are also learnt from context, affixes and lexicons.
 */
export function extractFeatures(
  words: string[],
  lang: NerLanguage,
  lexicon: Lexicon,
  hidden?: boolean[],
): { features: Uint32Array; offsets: Uint32Array } {
  const forms = wordForms(words, lang, lexicon);
  const phrases = phraseMatches(forms, lang, lexicon);
  const { norm, stem, shape, masks } = forms;
  const n = words.length;
  const at = (list: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : list[i]);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = norm[i];
    const hide = hidden?.[i] === true;
    // Fixed positions: WORD_FEATURE and SHAPE_FEATURE.
    out.push(featureBits(T.Bias, 0), hide ? NO_FEATURE : feature(T.Word, w));
    out.push(
      feature(T.WordPrev, at(norm, i - 1)),
      feature(T.WordNext, at(norm, i + 1)),
      feature(T.WordPrev2, at(norm, i - 2)),
      feature(T.WordNext2, at(norm, i + 2)),
      feature(T.Shape, shape[i]),
      feature(T.ShapeWindow, `${at(shape, i - 1)}|${shape[i]}|${at(shape, i + 1)}`),
      featureBits(T.Length, Math.min(w.length, 12)),
    );
    if (!hide) out.push(feature(T.BigramPrev, `${at(norm, i - 1)}|${w}`), feature(T.BigramNext, `${w}|${at(norm, i + 1)}`));
    const s = stem[i];
    for (let k = 1; k <= 4 && k < s.length; k++) {
      out.push(feature(T.Prefix, s.slice(0, k)), feature(T.Suffix, s.slice(-k)));
    }
    if (lang === 'ar') {
      out.push(feature(T.StemPrev, at(stem, i - 1)), feature(T.StemNext, at(stem, i + 1)), feature(T.Clitic, forms.prefix[i]));
      if (!hide) out.push(feature(T.Stem, s), feature(T.StemBare, withoutArticle(s)));
    } else {
      out.push(feature(T.Casing, casingFeature(words[i], i, masks[i])));
      if (!hide) out.push(feature(T.Raw, words[i]));
    }
    pushMaskBits(out, T.Lex, masks[i]);
    if (i > 0) pushMaskBits(out, T.LexPrev, masks[i - 1]);
    if (i + 1 < n) pushMaskBits(out, T.LexNext, masks[i + 1]);
    // Two name-list words in a row are a full name far more often than either is alone.
    if (i > 0) out.push(featureBits(T.NamePairPrev, ((masks[i - 1] & NAME_BITS) << 8) | (masks[i] & NAME_BITS)));
    if (i + 1 < n) out.push(featureBits(T.NamePairNext, ((masks[i] & NAME_BITS) << 8) | (masks[i + 1] & NAME_BITS)));
    if (i > 1) pushMaskBits(out, T.LexPrev2, masks[i - 2] & TRIGGER_BITS);
    if (i + 2 < n) pushMaskBits(out, T.LexNext2, masks[i + 2] & TRIGGER_BITS);
    const phrase = phrases[i];
    if (phrase) {
      const position = POSITIONS[phrase & 3];
      for (let bit = 0; bit < LEXICON_BITS; bit++) {
        if ((phrase >>> 2) & (1 << bit)) out.push(feature(T.Phrase, `${bit}${position}`));
      }
      if (position === 'B' && !hide) out.push(feature(T.PhraseStart, w));
    }
  }
  offsets[n] = out.length;
  return { features: Uint32Array.from(out), offsets };
}

// Bits 0-7: the name lists, person, place and organisation.
const NAME_BITS = 0xff;

const TRIGGER_BITS =
  (1 << LexiconBit.personTrigger) | (1 << LexiconBit.organizationTrigger) | (1 << LexiconBit.placeTrigger);
