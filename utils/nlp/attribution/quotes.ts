/**
 * Statements and their sources: direct quotes in “ ” « » " " and reported speech ("قال إن …",
 * "officials said …", "according to …"), one left-to-right pass over the tokens so that follow-ups
 * ("وأضاف", "he added") resolve to the speaker just before them.
 */
import type { Quote } from '@/utils/analysis/types';
import { isArabicFunctionWord, isArabicWord, normalizeArabic, normalizedSet, stripConjunction } from '@/utils/nlp/attribution/arabic-text';
import {
  arabicAccordingCue,
  arabicSpeechVerb,
  ENGLISH_PARTICIPLES,
  ENGLISH_SPEECH_VERBS,
  ENGLISH_VERBS_NEEDING_COMPLEMENT,
  ENGLISH_VERBS_WITH_LISTENER,
  isArabicParticiple,
  statementPreposition,
} from '@/utils/nlp/attribution/cue-verbs';
import type { EntityMatch } from '@/utils/nlp/attribution/entity-index';
import type { QuotedSpan, QuoteIndex } from '@/utils/nlp/attribution/quote-marks';
import type { Sentences } from '@/utils/nlp/attribution/sentences';
import {
  arabicSubjectAfter,
  arabicSubjectBefore,
  englishSubjectAfter,
  englishSubjectBefore,
  FOLLOW_UP,
  sourceAt,
  speakerOf,
  type Speaker,
  type SpeakerContext,
  type SubjectReading,
} from '@/utils/nlp/attribution/speakers';
import { isLatinWord, tokenIndexAt } from '@/utils/nlp/attribution/tokens';

export interface QuoteScan extends SpeakerContext {
  spans: QuoteIndex;
  sentences: Sentences;
  arabic: boolean;
  english: boolean;
}

interface Range {
  start: number;
  end: number;
}

const COMPLEMENTIZERS = normalizedSet(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'إنهما', 'بأن', 'بأنه', 'بأنها', 'بأنهم']);
const LINKING_PREPOSITIONS = normalizedSet(['من', 'إلى', 'على', 'عن']);
/** Words that introduce a title, so the quoted span after them names a work. */
const TITLE_INTRODUCERS = new Set([...normalizedSet(['بعنوان', 'عنوان', 'عنوانه', 'عنوانها', 'المعنون', 'المعنونة']), 'entitled', 'titled']);
/** After a comma these start someone else's clause: "He vowed to keep trying, but Sopel said …". */
const CLAUSE_JOINERS = normalizedSet(['فيما', 'بينما', 'وفيما', 'وبينما']);
const ENGLISH_CLAUSE_JOINERS = new Set(['but', 'while', 'whereas', 'although', 'though']);
const MAX_SUBJECT_WINDOW = 30;
const MAX_FOLLOW_UP_DISTANCE = 2000;
const MAX_AFTER_QUOTE_TOKENS = 12;
const MAX_CUE_AFTER_INNER_QUOTE = 4;
const MIN_CONTINUATION_WORDS = 3;
const MAX_SUBJECT_BEFORE_QUOTE = 6;
const MAX_QUOTED_NAME_WORDS = 3;
const MAX_QUOTED_PHRASE_WORDS = 4;
const MAX_LISTENER_WORDS = 6;
const MAX_ADVERBIAL_WORDS = 8;

export const isTitleSpan = (scan: { text: string }, span: QuotedSpan) => {
  const before = scan.text.slice(Math.max(0, span.open - 20), span.open).trim().split(/\s+/).pop() ?? '';
  return TITLE_INTRODUCERS.has(normalizeArabic(before).toLowerCase());
};

/** Words of the time and place phrases that may follow a trailing cue ("officials said late Thursday."). */
const ADVERBIAL_WORDS = new Set(
  (
    'on in at during late early last this next yesterday today tonight earlier later recently again also then ' +
    'publicly privately separately morning afternoon evening night week weekend month year a an the interview ' +
    'statement briefing conference phone telephone monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ago months years ' +
    'days weeks hours minutes before after aboard for'
  ).split(' '),
);

/** A word after a closing quote that carries the same clause on; "و…" and "and" start a new one. */
const continuesClause = (word: string) => /^[\p{L}\p{N}]/u.test(word) && !/^و/.test(word) && !/^(and|while|as)$/.test(word);

function isDirectQuoteAfter(scan: QuoteScan, window: number[]): boolean {
  return window.length <= MAX_SUBJECT_BEFORE_QUOTE && !window.some((j) => isArabicFunctionWord(scan.tokens[j].text));
}

type GrammaticalNumber = 'one' | 'many';

function pronounNumber(word: string | undefined): GrammaticalNumber | undefined {
  if (/^(he|she)$/i.test(word ?? '')) return 'one';
  return /^they$/i.test(word ?? '') ? 'many' : undefined;
}

export function findQuotes(scan: QuoteScan): Quote[] {
  return new QuoteFinder(scan).run();
}

class QuoteFinder {
  private readonly quotes: Quote[] = [];
  private readonly claimed = new Set<QuotedSpan>();
  private readonly consumedCues = new Set<number>();
  private claimedUntil = 0;
  private last: { speaker: Speaker; end: number; sentence: number; direct: boolean } | null = null;
  /** Speakers since the last break in the chain, for follow-ups that must agree in number. */
  private readonly recent: { speaker: Speaker; end: number }[] = [];

  constructor(private readonly scan: QuoteScan) {}

  run(): Quote[] {
    const { tokens, spans, arabic, english } = this.scan;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.start < this.claimedUntil) continue;
      const span = spans.openingAt(token.start);
      if (span) {
        if (!this.claimed.has(span) && !isTitleSpan(this.scan, span)) this.attributeQuote(i, span);
        while (i + 1 < tokens.length && tokens[i + 1].start < span.end) i++;
        continue;
      }
      if (this.consumedCues.has(i)) continue;
      if (arabic && isArabicWord(token.text)) {
        const verb = arabicSpeechVerb(token.text);
        if (verb) this.arabicVerb(i, verb);
        else if (isArabicParticiple(token.text)) this.arabicVerb(i, token.text, true);
        else if (arabicAccordingCue(token.text)) this.according(i);
      } else if (english && (ENGLISH_SPEECH_VERBS.has(token.text) || this.isAttributingParticiple(i))) {
        this.englishVerb(i);
      } else if (english && token.text.length === 9 && token.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to') {
        this.according(i);
      }
    }
    return this.quotes;
  }

  /**
   * A follow-up's speaker: the previous one, or for "he"/"she"/"they" the latest that agrees in
   * number ("“I deeply regret this,” he said" after "Opposition lawmakers said …" is not theirs), else
   * the last person named before it.
   */
  private resolve(reading: SubjectReading, at: number, pronoun?: GrammaticalNumber): Speaker | null {
    if (reading !== FOLLOW_UP) return reading;
    const recent = this.recent.filter((r) => at - r.end < MAX_FOLLOW_UP_DISTANCE);
    if (!pronoun) return recent.at(-1)?.speaker ?? null;
    const agreeing = recent.findLast((r) => this.agrees(r.speaker, pronoun));
    if (agreeing) return agreeing.speaker;
    const person = pronoun === 'one' ? this.scan.index.personBefore(tokenIndexAt(this.scan.tokens, at)) : undefined;
    return person && at - this.scan.tokens[person.last].end < MAX_FOLLOW_UP_DISTANCE ? speakerOf([person]) : null;
  }

  private agrees(speaker: Speaker, pronoun: GrammaticalNumber): boolean {
    if (speaker.name.includes(';')) return pronoun === 'many';
    if (speaker.named) {
      const type = this.scan.index.entities.find((e) => e.name === speaker.name)?.type;
      // "they" may stand for an organisation; "he" and "she" only for a person.
      return pronoun === 'one' ? type === 'PERSON' : type !== 'PERSON';
    }
    return (pronoun === 'many') === /[^s]s$/i.test(speaker.name);
  }

  /** A statement whose source we cannot name: later follow-ups must not skip back over it. */
  private breakChain() {
    this.last = null;
    this.recent.length = 0;
  }

  private add(range: Range, speaker: Speaker, verb: string | null, span?: QuotedSpan) {
    const { text, tokens, sentences } = this.scan;
    this.quotes.push({ text: text.slice(range.start, range.end), speaker: speaker.name, named: speaker.named, verb, ...range });
    if (span) this.claimed.add(span);
    this.claimedUntil = Math.max(this.claimedUntil, range.end);
    const endToken = Math.min(tokenIndexAt(tokens, range.end - 1), tokens.length - 1);
    this.last = { speaker, end: range.end, sentence: sentences.id[endToken], direct: !!span };
    this.recent.push({ speaker, end: range.end });
  }

  /**
   * The statement starting at token k: a quoted span opening there, or the rest of the sentence.
   * A short quote that the clause goes on after ("إن "العمل المروع" أثار نقاشاً") is only part of it;
   * a long one followed by words is complete and the words are an adjunct ("… في بيان").
   */
  private statementAt(k: number, last: number): { range: Range; span?: QuotedSpan } | null {
    const { tokens, spans } = this.scan;
    while (k <= last && /^[:،,]$/.test(tokens[k].text)) k++;
    if (k > last) return null;
    const span = spans.openingAt(tokens[k].start);
    if (span && !this.claimed.has(span)) {
      const after = this.tokenAfter(span);
      const short = this.scan.text.slice(span.start, span.end).trim().split(/\s+/).length <= MAX_QUOTED_PHRASE_WORDS;
      if (after > last || !short || !continuesClause(tokens[after].text)) return { range: { start: span.start, end: span.end }, span };
    }
    const range = this.clauseRange(k, last, span?.end);
    return range ? { range } : null;
  }

  /** Index of the first token after a span's closing mark. */
  private tokenAfter(span: QuotedSpan): number {
    return tokenIndexAt(this.scan.tokens, span.end + 1);
  }

  /** "…, “so they cannot form a combustible amount,” Mr. McHugh said": the quote has a source of its own. */
  private hasCueAfter(span: QuotedSpan): boolean {
    const { tokens } = this.scan;
    const after = this.tokenAfter(span);
    for (let v = after; v < tokens.length && v - after < MAX_CUE_AFTER_INNER_QUOTE; v++) {
      if (ENGLISH_SPEECH_VERBS.has(tokens[v].text)) return true;
    }
    return false;
  }

  /** "لـ «اليوم» إن", "لتلفزيون «برس»: «…»": a short quote followed by more of the clause is a name in quotes. */
  private isQuotedName(span: QuotedSpan): boolean {
    const words = this.scan.text.slice(span.start, span.end).trim().split(/\s+/).length;
    const after = this.scan.tokens[this.tokenAfter(span)];
    return words <= MAX_QUOTED_NAME_WORDS && !!after && /^[\p{L}\p{N}،,:]/u.test(after.text);
  }

  /**
   * Tokens k..last without the closing punctuation, cut before a following ", قال …", ", مشيرا …" or
   * ", according to", and at the first comma after `quoteEnd` when the statement begins with a quote.
   */
  private clauseRange(k: number, last: number, quoteEnd?: number): Range | null {
    const { tokens, spans } = this.scan;
    for (let p = k; p < last; p++) {
      const span = p > k ? spans.openingAt(tokens[p].start) : undefined;
      if (span && this.hasCueAfter(span)) {
        last = p - 1;
        break;
      }
      if (!/^[،,]$/.test(tokens[p].text)) continue;
      const next = tokens[p + 1].text;
      const cue = arabicSpeechVerb(next) || isArabicParticiple(next) || ENGLISH_PARTICIPLES.has(next) || next === 'according';
      // "…, but that they did not know …" is still the same reported speech.
      const joiner = CLAUSE_JOINERS.has(normalizeArabic(next)) || (ENGLISH_CLAUSE_JOINERS.has(next) && tokens[p + 2]?.text !== 'that');
      if (cue || joiner || (quoteEnd !== undefined && tokens[p].start > quoteEnd)) {
        last = p - 1;
        break;
      }
    }
    while (last >= k && /^[.!?؟…:،,;]$/.test(tokens[last].text)) last--;
    k = this.afterDateline(k, last);
    return last >= k ? { start: tokens[k].start, end: tokens[last].end } : null;
  }

  /** "LONDON — After nearly …": a dateline is where the story was filed, not part of the statement. */
  private afterDateline(k: number, last: number): number {
    const { tokens } = this.scan;
    let p = k;
    while (p <= last && p - k < 4 && /^[A-Z][A-Z.'-]+$/.test(tokens[p].text)) p++;
    return p > k && p < last && /^[—–-]$/.test(tokens[p].text) ? p + 1 : k;
  }

  /** "حذّر X من أن …", "وكتب فوتل “…”", "ومضى فوتل يقول إن …", "وأضاف أن …". */
  private arabicVerb(i: number, verb: string, participle = false) {
    const { tokens, sentences } = this.scan;
    const cue = this.arabicSubjectWindow(i, verb);
    if (!cue || (participle && cue.window.length > 0)) return;
    const statement = this.statementAt(cue.next, sentences.last[i]);
    if (!statement) return;
    const reading = participle ? this.participleReading(i) : this.arabicReading(i, verb, cue.window);
    if (reading === null) {
      if (!participle) this.breakChain();
      return;
    }
    const speaker = this.resolve(reading, tokens[i].start);
    if (speaker) this.add(statement.range, speaker, verb, statement.span);
  }

  /**
   * The tokens between an Arabic cue and what introduces its statement (a complementiser, a colon, a
   * quote, or the verb's own preposition), and where the statement starts. Null when nothing does
   * before the sentence ends, or when another cue comes first.
   */
  private arabicSubjectWindow(i: number, verb: string): { window: number[]; next: number } | null {
    const { tokens, spans, sentences } = this.scan;
    const last = sentences.last[i];
    const window: number[] = [];
    for (let j = i + 1; j <= last && window.length <= MAX_SUBJECT_WINDOW; j++) {
      const word = tokens[j].text;
      const plain = normalizeArabic(word);
      const span = spans.openingAt(tokens[j].start);
      // Parentheticals, titles and names in quotes ("تلفزيون «برس» الإيراني") are part of the subject.
      if (word === '(') {
        j = this.closingParenthesis(j, last);
        continue;
      }
      if (span && (isTitleSpan(this.scan, span) || this.isQuotedName(span))) {
        j = this.tokenAfter(span) - 1;
        continue;
      }
      // A quote straight after the subject ("وكتب فوتل “…”"); further on, it belongs to something else.
      if (span) return isDirectQuoteAfter(this.scan, window) ? { window, next: j } : null;
      if (word === ':' || COMPLEMENTIZERS.has(plain)) return { window, next: j + 1 };
      const after = tokens[j + 1];
      if (after && LINKING_PREPOSITIONS.has(plain)) {
        if (spans.openingAt(after.start)) return { window, next: j + 1 };
        if (COMPLEMENTIZERS.has(normalizeArabic(after.text))) return { window, next: j + 2 };
      }
      if (after && plain === statementPreposition(verb) && isArabicWord(after.text)) return { window, next: j + 1 };
      if (arabicSpeechVerb(word)) return null;
      window.push(j);
    }
    return null;
  }

  private closingParenthesis(j: number, last: number): number {
    while (j < last && this.scan.tokens[j].text !== ')') j++;
    return j;
  }

  /** Subject after the verb, else before it, else the sentence's, else the previous speaker's. */
  private arabicReading(i: number, verb: string, window: number[]): SubjectReading {
    const { sentences } = this.scan;
    let reading = arabicSubjectAfter(this.scan, window);
    if (reading === FOLLOW_UP && window.length === 0) reading = arabicSubjectBefore(this.scan, i, sentences.first[i]) ?? this.bareFollowUp(i, verb);
    // "كما التقى مون … وقال إن …": mid-sentence, a verb without a subject shares the sentence's.
    if (reading === FOLLOW_UP && i > sentences.first[i]) reading = this.sentenceSubject(this.floor(i), i);
    return reading;
  }

  /**
   * A participle continues a statement of its own sentence; it never reaches back further. A plural
   * one ("معتبرين") needs a plural source: one named person in the sentence is then not its subject.
   */
  private participleReading(i: number): SubjectReading {
    const subject = this.sentenceSubject(this.floor(i), i);
    const plural = /ين$/.test(normalizeArabic(this.scan.tokens[i].text));
    const reading = plural && subject !== FOLLOW_UP && subject?.named && !subject.name.includes(';') ? FOLLOW_UP : subject;
    return reading === FOLLOW_UP && this.last?.sentence !== this.scan.sentences.id[i] ? null : reading;
  }

  /**
   * "وأضاف أن …" opens a clause and refers back; a bare verb right after a noun ("تقرير … صدر مؤخرا
   * قال «…»") is a relative clause whose subject is that noun, which names no one.
   */
  private bareFollowUp(i: number, verb: string): SubjectReading {
    const { tokens, sentences } = this.scan;
    const opensClause = verb !== tokens[i].text || i === sentences.first[i] || !isArabicWord(tokens[i - 1].text);
    return opensClause ? FOLLOW_UP : null;
  }

  /** "X said (that) …", "…, officials said.", "X told Reuters …", "…, The Korea Times reported, …". */
  private englishVerb(i: number) {
    const { tokens, sentences } = this.scan;
    const floor = this.floor(i);
    const verb = tokens[i].text;
    const reading = ENGLISH_PARTICIPLES.has(verb) ? this.sentenceSubject(floor, i) : this.englishReading(i, floor);
    if (!reading) return;
    const last = sentences.last[i];
    const k = ENGLISH_VERBS_WITH_LISTENER.has(verb) ? this.afterListener(i + 1, last) : i + 1;
    const that = this.thatWithin(k, last);
    let statement: { range: Range; span?: QuotedSpan } | null;
    if (this.endsSentence(k, last)) {
      statement = this.trailingStatement(floor, i);
    } else if (that < 0 && tokens[k]?.text === ',' && tokens[this.subjectStart(i, floor) - 1]?.text === ',') {
      statement = this.parentheticalStatement(floor, i, k, last);
    } else if (that < 0 && ENGLISH_VERBS_NEEDING_COMPLEMENT.has(verb) && !/^[:,“"]$/.test(tokens[k]?.text ?? '')) {
      return;
    } else {
      statement = this.statementAt(that >= 0 ? that + 1 : k, last);
    }
    const speaker = this.resolve(reading, tokens[i].start, pronounNumber(tokens[i - 1]?.text));
    if (statement && speaker) this.add(statement.range, speaker, verb, statement.span);
  }

  /** "told the U.N. General Assembly 18 months ago that …", "told reporters aboard Air Force One". */
  private afterListener(k: number, last: number): number {
    const { tokens, index } = this.scan;
    const listener = index.startingAt(k);
    if (listener) return listener.last + 1;
    let p = k;
    while (p <= last && p - k < MAX_LISTENER_WORDS && isLatinWord(tokens[p]) && tokens[p].text !== 'that' && !ADVERBIAL_WORDS.has(tokens[p].text.toLowerCase())) p++;
    return p;
  }

  /** The first token of the subject phrase before the verb: back over words and an apposition. */
  private subjectStart(verb: number, floor: number): number {
    const { tokens } = this.scan;
    let p = verb;
    while (p - 1 >= floor && isLatinWord(tokens[p - 1]) && verb - p < MAX_LISTENER_WORDS) p--;
    return p;
  }

  /**
   * "A Gallup poll showed 13%, The Korea Times reported, down from 19%" / "For days after a storm, Con
   * Edison officials say, they often deal with …": the cue sits between two parts of the sentence,
   * and the statement is the longer one.
   */
  private parentheticalStatement(floor: number, verb: number, comma: number, last: number): { range: Range; span?: QuotedSpan } | null {
    const before = this.clauseRange(floor, this.subjectStart(verb, floor) - 2);
    const after = this.statementAt(comma + 1, last);
    if (!before) return after;
    if (!after) return { range: before };
    return before.end - before.start >= after.range.end - after.range.start ? { range: before } : after;
  }

  /** ", saying that …" attributes; "tried to rally support by saying that …" has a subject we cannot see. */
  private isAttributingParticiple(i: number): boolean {
    const { tokens } = this.scan;
    return tokens[i - 1]?.text === ',' && ENGLISH_PARTICIPLES.has(tokens[i].text);
  }

  /** Subject before the verb; "Earnest condemned the attack and said …" shares the clause's subject. */
  private englishReading(i: number, floor: number): SubjectReading {
    const reading = englishSubjectBefore(this.scan, i, floor);
    if (reading || this.scan.tokens[i - 1]?.text !== 'and') return reading;
    const subject = this.sentenceSubject(floor, i);
    return subject === FOLLOW_UP ? null : subject;
  }

  /** "Rachid Ghannouchi condemned the attack, saying …": the participle's speaker is the clause's first person or organisation. */
  private sentenceSubject(floor: number, participle: number): SubjectReading {
    let organisation: EntityMatch | undefined;
    for (let j = floor; j < participle; j++) {
      const match = this.scan.index.startingAt(j);
      if (!match) continue;
      if (match.entity.type === 'PERSON') return speakerOf([match]);
      if (match.entity.type === 'ORGANIZATION') organisation ??= match;
      j = match.last;
    }
    return organisation ? speakerOf([organisation]) : FOLLOW_UP;
  }

  /** First token a backward subject search may use: the sentence start, after anything already claimed. */
  private floor(i: number): number {
    const { tokens, sentences } = this.scan;
    let floor = sentences.first[i];
    while (floor < i && tokens[floor].start < this.claimedUntil) floor++;
    return floor;
  }

  /** Only a short adverbial ("late Thursday", "on Tuesday") between k and the sentence's end. */
  private endsSentence(k: number, last: number): boolean {
    const { tokens } = this.scan;
    let p = k;
    while (p <= last && p - k < 5 && ADVERBIAL_WORDS.has(tokens[p].text.toLowerCase())) p++;
    return p > last || (p === last && /^[.!?]$/.test(tokens[p].text));
  }

  /** "said on Tuesday that", "said in a statement that": only an adverbial may come before "that". */
  private thatWithin(k: number, last: number): number {
    const { tokens } = this.scan;
    for (let p = k; p <= last && p - k < MAX_ADVERBIAL_WORDS; p++) {
      const word = tokens[p].text;
      if (word === 'that') return p;
      if (!ADVERBIAL_WORDS.has(word.toLowerCase()) && !/^\d/.test(word)) return -1;
    }
    return -1;
  }

  /** "Two gunmen died, and three others may have escaped, officials said." */
  private trailingStatement(floor: number, cue: number): { range: Range } | null {
    const { tokens } = this.scan;
    for (let p = cue - 1; p > floor; p--) {
      if (tokens[p].text !== ',') continue;
      const range = this.clauseRange(floor, p - 1);
      return range ? { range } : null;
    }
    return null;
  }

  /** "بحسب المرصد فقد …", "…، وفقا لمصادر مطلعة", "according to X, …", "…, according to local reports." */
  private according(i: number) {
    const { text, tokens, sentences } = this.scan;
    const cue = tokens[i];
    const arabic = isArabicWord(cue.text);
    let k = i + 1;
    if (!arabic || /^(لـ|ل|عن)$/.test(tokens[k]?.text.replace(/\u0640/g, '') ?? '')) k++;
    const source = sourceAt(this.scan, k);
    if (!source) return;
    const conjunction = arabic && stripConjunction(cue.text) !== cue.text && arabicAccordingCue(cue.text.slice(1)) ? 1 : 0;
    const verb = text.slice(cue.start + conjunction, tokens[k - 1].end).replace(/\s+/g, ' ');
    const floor = this.floor(i);
    const last = sentences.last[i];
    const trailing = i > floor && /^[،,]$/.test(tokens[i - 1].text) && conjunction === 0;
    let statement: { range: Range; span?: QuotedSpan } | null;
    if (trailing) {
      const range = this.clauseRange(floor, i - 2);
      statement = range ? { range } : null;
    } else {
      let start = source.last + 1;
      while (start <= last && /^(فقد|فإن|فان)$/.test(tokens[start].text)) start++;
      statement = this.statementAt(start, last);
    }
    if (statement) this.add(statement.range, source.speaker, verb, statement.span);
  }

  /** A quote with its cue after it ("“…,” said X", "“…,” he added"), or the next sentence of the same speaker. */
  private attributeQuote(open: number, span: QuotedSpan) {
    const { tokens, sentences, spans, english } = this.scan;
    let close = open;
    while (close + 1 < tokens.length && tokens[close].start < span.end) close++;
    const last = sentences.last[close];
    let k = close + 1;
    if (tokens[k]?.text === ',') k++;
    // Words between the quote and its cue ("” in that law, Azzouz said") are fine when the quote opens
    // the sentence; a quote inside someone else's sentence ("against “criminals” in his entourage, a
    // source told") is a term, and the cue belongs to the whole sentence.
    const reach = sentences.first[open] === open ? MAX_AFTER_QUOTE_TOKENS : MAX_CUE_AFTER_INNER_QUOTE;
    for (let v = k; english && v <= last && v - k < reach; v++) {
      if (spans.openingAt(tokens[v].start)) break;
      if (!ENGLISH_SPEECH_VERBS.has(tokens[v].text)) continue;
      const reading = v === k ? englishSubjectAfter(this.scan, v) : englishSubjectBefore(this.scan, v, k);
      const speaker = this.resolve(reading, span.start, pronounNumber(tokens[v - 1]?.text));
      if (!speaker) {
        this.breakChain();
        return;
      }
      this.consumedCues.add(v);
      this.add(span, speaker, tokens[v].text, span);
      return;
    }
    this.continuation(open, span);
  }

  /** “Q1,” said X. “Q2.” — a quote opening the sentence right after X's quote is X's too. */
  private continuation(open: number, span: QuotedSpan) {
    const { sentences, text } = this.scan;
    const last = this.last;
    if (!last || !last.direct || sentences.first[open] !== open) return;
    if (sentences.id[open] !== last.sentence + 1) return;
    if (text.slice(span.start, span.end).trim().split(/\s+/).length < MIN_CONTINUATION_WORDS) return;
    this.add(span, last.speaker, null, span);
  }
}
