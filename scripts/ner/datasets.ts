/**
 * The training and tuning data per language, all openly licensed (see docs/ner.md). The test sets
 * (ANERcorp CAMeL test, UNER PUD, Wikigold) and NewsFANE are never read here.
 */
import { join } from 'node:path';
import type { NerLanguage } from '@/utils/nlp/ner/features';
import { readConll, type LabelledSentence } from './conll';
import { SHARED_DATA } from './lexicon-sources';

const NER = join(SHARED_DATA, 'ner');

export interface Corpus {
  name: string;
  sentences: LabelledSentence[];
}

export interface DataSplit {
  train: Corpus[];
  dev: Corpus[];
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ني']);
const ARABIC_WORD = /^[\u0621-\u064A]/;

/**
 * WikiFANE is clitic-segmented ("و الغاز", "كل ه") while news text and ANERcorp write words whole
 * ("والغاز", "كله"): glue the clitics back so both corpora look like the text the tagger will see.
 * A proclitic takes the tag of the word it joins ("و" + "سوريا" B-LOC → "وسوريا" B-LOC, as in ANERcorp).
 */
export function attachClitics(sentence: LabelledSentence): LabelledSentence {
  const words: string[] = [];
  const tags: string[] = [];
  for (let i = 0; i < sentence.words.length; i++) {
    let word = sentence.words[i];
    let tag = sentence.tags[i];
    while (PROCLITICS.has(word) && i + 1 < sentence.words.length && ARABIC_WORD.test(sentence.words[i + 1])) {
      i += 1;
      word += sentence.words[i];
      tag = sentence.tags[i];
    }
    if (ENCLITICS.has(word) && words.length > 0 && ARABIC_WORD.test(words[words.length - 1])) {
      words[words.length - 1] += word;
      continue;
    }
    words.push(word);
    tags.push(tag);
  }
  return { words, tags, doc: sentence.doc };
}

/**
 * Web text with names in lower case ("tampa bay", "air asia") teaches the tagger to ignore
 * capitalisation, the strongest cue in edited news; such sentences are left out of English training.
 */
function isEdited(sentence: LabelledSentence): boolean {
  const lowercaseName = sentence.words.some((w, i) => sentence.tags[i] !== 'O' && /^\p{Ll}/u.test(w));
  const shouting = sentence.words.filter((w) => /^\p{Lu}{3,}$/u.test(w)).length > 2;
  return !lowercaseName && !shouting && /^\P{Ll}/u.test(sentence.words[0]);
}

/** The last tenth of ANERcorp's training split: the corpus is sequential news, so the tail is unseen articles. */
function anercorpSplit(): { train: LabelledSentence[]; dev: LabelledSentence[] } {
  const all = readConll(join(NER, 'anercorp/ANERCorp_CamelLab_train.txt'));
  const cut = Math.floor(all.length * 0.9);
  return { train: all.slice(0, cut), dev: all.slice(cut) };
}

/**
 * With `holdOut`, the dev parts are kept apart for tuning; without it (the shipped model) they join
 * the training data.
 */
export function loadData(lang: NerLanguage, holdOut: boolean, extra: Set<string>): DataSplit {
  if (lang === 'ar') {
    const anercorp = anercorpSplit();
    const train: Corpus[] = [
      { name: 'anercorp-train', sentences: holdOut ? anercorp.train : [...anercorp.train, ...anercorp.dev] },
      { name: 'wikifane', sentences: readConll(join(NER, 'wikifane/wikifane-gold.conll')).map(attachClitics) },
    ];
    if (extra.has('aqmar')) {
      train.push({ name: 'aqmar', sentences: [...readConll(join(NER, 'aqmar/train.txt')), ...readConll(join(NER, 'aqmar/dev.txt'))] });
    }
    return { train, dev: holdOut ? [{ name: 'anercorp-dev', sentences: anercorp.dev }] : [] };
  }
  const ewtDev = readConll(join(NER, 'uner_en_ewt/dev.conll'));
  const gumDev = readConll(join(NER, 'gum_ner_open/dev.conll'));
  // GUM first: Wikinews and Wikipedia are the target domain (news pages), EWT is web forums and reviews.
  const train: Corpus[] = [
    { name: 'gum-train', sentences: readConll(join(NER, 'gum_ner_open/train.conll')) },
    { name: 'uner-ewt-train', sentences: readConll(join(NER, 'uner_en_ewt/train.conll')).filter(isEdited) },
  ];
  if (!holdOut) train.push({ name: 'uner-ewt-dev+gum-dev', sentences: [...ewtDev, ...gumDev] });
  return {
    train,
    dev: holdOut
      ? [
          { name: 'uner-ewt-dev', sentences: ewtDev },
          { name: 'gum-dev', sentences: gumDev },
        ]
      : [],
  };
}
