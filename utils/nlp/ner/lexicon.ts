/**
 * Name lists baked into the model: a mask of {@link LexiconBit}s per word and per multi-word phrase,
 * keyed by the hash of the normalised form so that the browser never needs the source lists.
 */
import { HashIndex } from '@/utils/nlp/ner/hash-index';
import { hashString, mixHash } from '@/utils/nlp/ner/hash';

export const LexiconBit = {
  personName: 0,
  firstName: 1,
  place: 2,
  organization: 3,
  listPerson: 4,
  listPlace: 5,
  listOrganization: 6,
  listMisc: 7,
  demonym: 8,
  country: 9,
  lowercaseWord: 10,
  capitalisedOnly: 11,
  personTrigger: 12,
  organizationTrigger: 13,
  placeTrigger: 14,
  city: 15,
  frequentPersonName: 16,
} as const;

export const LEXICON_BITS = 17;
export const MAX_PHRASE_TOKENS = 6;

export interface Lexicon {
  words: HashIndex;
  wordMasks: Uint32Array;
  phrases: HashIndex;
  phraseMasks: Uint32Array;
  /** A bit per hash of a phrase's first word ({@link PHRASE_START_BITS}), set if any phrase may start with it. */
  phraseStarts: Uint32Array;
}

/**
 * Size of the phrase-start filter: with some 15,000 distinct first words, 1 word in 17 that starts no
 * phrase passes it anyway, and the filter (32 KB) stays in cache where the phrase table would not.
 */
export const PHRASE_START_BITS = 1 << 18;

/** The filter for phrases whose first words hash to `firstWordHashes`. */
export function phraseStartFilter(firstWordHashes: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(PHRASE_START_BITS / 32);
  for (const hash of firstWordHashes) {
    const bit = hash & (PHRASE_START_BITS - 1);
    bits[bit >>> 5] |= 1 << (bit & 31);
  }
  return bits;
}

/** A filter that lets every word through: for models that predate the filter. */
export const openPhraseStartFilter = () => new Uint32Array(PHRASE_START_BITS / 32).fill(0xffffffff);

/** False when no lexicon phrase starts with the word of hash `hash`; true when one may. */
export function mayStartPhrase(lexicon: Lexicon, hash: number): boolean {
  const bit = hash & (PHRASE_START_BITS - 1);
  return (lexicon.phraseStarts[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

export const wordHash = (key: string) => hashString(key, 0x51a9);

export function phraseHash(wordHashes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x2545f491;
  for (let i = from; i < to; i++) h = mixHash(h, wordHashes[i]);
  return h;
}

export function wordMask(lexicon: Lexicon, hash: number): number {
  const row = lexicon.words.get(hash);
  return row < 0 ? 0 : lexicon.wordMasks[row];
}

export function phraseMask(lexicon: Lexicon, hash: number): number {
  const row = lexicon.phrases.get(hash);
  return row < 0 ? 0 : lexicon.phraseMasks[row];
}
