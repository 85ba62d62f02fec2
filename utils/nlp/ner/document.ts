/**
 * Tags the sentences of one document. News repeats names: a name the tagger recognises in one
 * sentence is the same name where it recurs untagged ("البدري" after "حسام البدري"), so a second pass
 * tags those recurrences, and a person's last name alone counts as the person.
 */
import { procliticSplits } from '@/utils/nlp/arabic';
import type { WordInfo } from '@/utils/nlp/ner/features';
import { LexiconBit, wordHash, wordMask, type Lexicon } from '@/utils/nlp/ner/lexicon';
import type { NerModel } from '@/utils/nlp/ner/model';
import { englishOrganisationPhrases, organisationPhrases } from '@/utils/nlp/ner/organisation-phrases';
import { allowedAfter, frequentWordScores, tagSentence, WordCache } from '@/utils/nlp/ner/tagger';

const MAX_NAME_WORDS = 4;

/** The forms a name's first word may take: itself and, in Arabic, without each possible proclitic. */
function firstWordForms(norm: string, lang: string): string[] {
  return lang === 'ar' ? [norm, ...procliticSplits(norm).map((k) => norm.slice(k))] : [norm];
}

/** Names tagged in the document, by key, with the type most often given to them. */
function documentNames(sentences: WordInfo[][], tags: string[][], lang: string): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, type: string, weight: number) => {
    const byType = votes.get(key) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + weight);
    votes.set(key, byType);
  };
  sentences.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      if (!tags[s][i].startsWith('B-')) continue;
      const type = tags[s][i].slice(2);
      let end = i + 1;
      while (end < words.length && tags[s][end] === `I-${type}`) end++;
      const rest = words.slice(i + 1, end).map((w) => w.key);
      for (const first of firstWordForms(words[i].key, lang)) vote([first, ...rest].join(' '), type, 2);
      const last = rest[rest.length - 1];
      if (type === 'PER' && last && last.length > 2) vote(last, type, 1);
    }
  });
  const names = new Map<string, string>();
  for (const [key, byType] of votes) {
    names.set(key, [...byType].sort((a, b) => b[1] - a[1])[0][0]);
  }
  return names;
}

function propagate(words: WordInfo[], tags: string[], names: Map<string, string>, firstWords: Set<string>, lang: string): string[] {
  const out = [...tags];
  for (let i = 0; i < words.length; i++) {
    if (out[i] !== 'O' || (lang !== 'ar' && !words[i].capitalised)) continue;
    const firsts = firstWordForms(words[i].key, lang).filter((first) => firstWords.has(first));
    if (firsts.length === 0) continue;
    // The longest untagged run from i that the document's names know, if any.
    let best = 0;
    let bestType: string | undefined;
    let tail = '';
    for (let len = 1; len <= Math.min(MAX_NAME_WORDS, words.length - i); len++) {
      if (len > 1) {
        if (out[i + len - 1] !== 'O') break;
        tail += ` ${words[i + len - 1].key}`;
      }
      if (out[i + len]?.startsWith('I-')) continue;
      const type = firsts.map((first) => names.get(first + tail)).find(Boolean);
      if (type) {
        best = len;
        bestType = type;
      }
    }
    if (!bestType) continue;
    for (let k = 0; k < best; k++) out[i + k] = `${k === 0 ? 'B' : 'I'}-${bestType}`;
    i += best - 1;
  }
  return out;
}

/**
 * English nationality words ("French", "Iraqi") are MISC in CoNLL-style annotation, but the web
 * corpus the English model learns from leaves them untagged; the demonym list decides instead.
 */
function demonymsAsMisc(words: WordInfo[], tags: string[]): string[] {
  return tags.map((tag, i) => {
    const single = tag === 'O' || (tag === 'B-LOC' && tags[i + 1] !== 'I-LOC');
    return single && words[i].capitalised && words[i].mask & (1 << LexiconBit.demonym) ? 'B-MISC' : tag;
  });
}

const PLACE_BITS =
  (1 << LexiconBit.place) | (1 << LexiconBit.city) | (1 << LexiconBit.country) | (1 << LexiconBit.listPlace);

/**
 * Places joined by و are both places: in "أزقة الموصل والرقة" the tagger may know الرقة but doubt
 * الموصل (also a common noun), and the gazetteer settles it.
 */
function coordinatedPlaces(words: WordInfo[], tags: string[], lexicon: Lexicon): string[] {
  const out = [...tags];
  const isPlace = (i: number) => {
    const norm = words[i].key;
    const forms = [norm, ...procliticSplits(norm).map((k) => norm.slice(k))];
    return forms.some((f) => (wordMask(lexicon, wordHash(f)) & PLACE_BITS) !== 0);
  };
  const single = (i: number) => out[i] === 'B-LOC' && out[i + 1] !== 'I-LOC';
  for (let i = 0; i + 1 < words.length; i++) {
    if (!words[i + 1].key.startsWith('و')) continue;
    if (out[i] === 'O' && single(i + 1) && isPlace(i)) out[i] = 'B-LOC';
    else if (single(i) && out[i + 1] === 'O' && out[i + 2] !== 'I-LOC' && isPlace(i + 1)) out[i + 1] = 'B-LOC';
  }
  return out;
}

export function tagDocument(model: NerModel, sentences: string[][]): string[][] {
  const allowed = allowedAfter(model.tags);
  const cache = new WordCache(frequentWordScores(model));
  const tagged = sentences.map((words) => tagSentence(model, words, allowed, cache));
  const infos = tagged.map((sentence) => sentence.infos);
  let tags = tagged.map((sentence) => sentence.tags);
  if (model.lang === 'en') {
    tags = tags.map((t, s) => englishOrganisationPhrases(sentences[s], demonymsAsMisc(infos[s], t), model.lexicon, infos[s]));
  }
  if (model.lang === 'ar') {
    tags = tags.map((t, s) => organisationPhrases(sentences[s], coordinatedPlaces(infos[s], t, model.lexicon)));
  }
  if (!model.documentConsistency) return tags;
  const names = documentNames(infos, tags, model.lang);
  // Most words start no name: one set lookup rules them out.
  const firstWords = new Set([...names.keys()].map((name) => name.split(' ')[0]));
  return infos.map((words, s) => propagate(words, tags[s], names, firstWords, model.lang));
}
