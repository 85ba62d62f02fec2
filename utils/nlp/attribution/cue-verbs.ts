/**
 * Reporting cues: the verbs and phrases that attach a statement to a source. Arabic forms are listed
 * per person and number because the form tells how many speakers there are ("اعتبرا" is dual).
 */
import { normalizedSet, normalizeArabic, stripConjunction } from '@/utils/nlp/attribution/arabic-text';

const ARABIC_SPEECH_VERBS = normalizedSet([
  ...conjugate('قال', 'يقول', 'تقول'),
  ...conjugate('أضاف', 'يضيف', 'تضيف'),
  ...conjugate('أكد', 'يؤكد', 'تؤكد'),
  ...conjugate('أوضح', 'يوضح', 'توضح'),
  ...conjugate('حذر', 'يحذر', 'تحذر'),
  ...conjugate('كتب', 'يكتب', 'تكتب'),
  ...conjugate('تابع', 'يتابع', 'تتابع'),
  ...conjugate('اعتبر', 'يعتبر', 'تعتبر'),
  ...conjugate('نبه', 'ينبه', 'تنبه'),
  ...conjugate('أشار', 'يشير', 'تشير'),
  ...conjugate('لفت', 'يلفت', 'تلفت'),
  ...conjugate('صرح', 'يصرح', 'تصرح'),
  ...conjugate('أفاد', 'يفيد', 'تفيد'),
  ...conjugate('شدد', 'يشدد', 'تشدد'),
  ...conjugate('رأى', 'يرى', 'ترى'),
  ...conjugate('اعتقد', 'يعتقد', 'تعتقد'),
  ...conjugate('زعم', 'يزعم', 'تزعم'),
  ...conjugate('نفى', 'ينفي', 'تنفي'),
  ...conjugate('أعلن', 'يعلن', 'تعلن'),
  ...conjugate('ذكر', 'يذكر', 'تذكر'),
  ...conjugate('أردف', 'يردف', 'تردف'),
  ...conjugate('استطرد', 'يستطرد', 'تستطرد'),
  ...conjugate('تساءل', 'يتساءل', 'تتساءل'),
  ...conjugate('اعترف', 'يعترف', 'تعترف'),
  ...conjugate('أقر', 'يقر', 'تقر'),
  ...conjugate('أعرب', 'يعرب', 'تعرب'),
  ...conjugate('ختم', 'يختم', 'تختم'),
  ...conjugate('أجاب', 'يجيب', 'تجيب'),
  ...conjugate('كشف', 'يكشف', 'تكشف'),
]);

/**
 * Verbs whose statement may be a noun phrase after a fixed preposition instead of a complementiser:
 * "وأشار مجاهد إلى تسجيل حالتي وفاة", "وكشف مجاهد عن إجمالي …", "معربة عن قلقها".
 */
const PREPOSITION_OF: [string[], string][] = [
  [[...conjugate('أشار', 'يشير', 'تشير'), ...conjugate('لفت', 'يلفت', 'تلفت'), 'مشيرا', 'مشيرة', 'مشيرين', 'لافتا', 'لافتة'], 'إلى'],
  [[...conjugate('كشف', 'يكشف', 'تكشف'), ...conjugate('أعرب', 'يعرب', 'تعرب'), 'معربا', 'معربة', 'معربين', 'كاشفا', 'كاشفة'], 'عن'],
];
const STATEMENT_PREPOSITION = new Map(
  PREPOSITION_OF.flatMap(([forms, preposition]) => forms.map((form) => [normalizeArabic(form), normalizeArabic(preposition)] as const)),
);

/** The preposition that introduces this verb's statement ("إلى" for أشار), if it has one. */
export function statementPreposition(verb: string): string | undefined {
  return STATEMENT_PREPOSITION.get(normalizeArabic(verb));
}

// "يذكر أن" / "يشار إلى أن" open impersonal background ("it is noted that"): no speaker to find.
const IMPERSONAL = normalizedSet(['يذكر', 'يشار', 'يُذكر', 'يقال']);

/** Perfect 3rd person (m, f, dual m/f, plural) and imperfect 3rd person singular, dual and plural. */
function conjugate(perfect: string, imperfectM: string, imperfectF: string): string[] {
  const stem = perfect.replace(/[ىي]$/, '');
  const perfects = perfect.endsWith('ى')
    ? [perfect, `${stem}ت`, `${stem}يا`, `${stem}تا`, `${stem}وا`]
    : [perfect, `${perfect}ت`, `${perfect}ا`, `${perfect}تا`, `${perfect}وا`];
  return [...perfects, imperfectM, imperfectF, `${imperfectM}ان`, `${imperfectF}ان`, `${imperfectM}ون`];
}

export interface ArabicCue {
  /** The verb as written, without the conjunction that may be attached to it. */
  verb: string;
  start: number;
}

/** The reporting verb a running-text word carries, if any ("وكتب" → "كتب"). */
export function arabicSpeechVerb(word: string): string | null {
  const plain = normalizeArabic(word);
  if (IMPERSONAL.has(plain) || IMPERSONAL.has(stripConjunction(plain))) return null;
  if (ARABIC_SPEECH_VERBS.has(plain)) return word;
  const bare = stripConjunction(plain);
  if (bare !== plain && ARABIC_SPEECH_VERBS.has(bare)) return word.slice(1);
  return null;
}

/** "بحسب", "حسب", "وفقا لـ", "طبقا لـ", "نقلا عن": the source follows the cue. */
const ACCORDING_CUES = normalizedSet(['بحسب', 'حسب', 'وفقا', 'وفق', 'طبقا', 'نقلا']);

export function arabicAccordingCue(word: string): boolean {
  const plain = normalizeArabic(word);
  return ACCORDING_CUES.has(plain) || ACCORDING_CUES.has(stripConjunction(plain));
}

/**
 * Circumstantial participles continue the current speaker's statement ("مشيرا إلى أن …",
 * "saying that …"): they never carry a subject of their own.
 */
const ARABIC_PARTICIPLES = normalizedSet(
  ['مشير', 'مضيف', 'مؤكد', 'موضح', 'محذر', 'لافت', 'معتبر', 'قائل', 'منوه', 'مشدد', 'متابع', 'مبين', 'معرب', 'كاشف'].flatMap((stem) => [
    `${stem}ا`,
    `${stem}ة`,
    `${stem}ين`,
    `${stem}تين`,
  ]),
);

export const isArabicParticiple = (word: string) => ARABIC_PARTICIPLES.has(normalizeArabic(word));

export const ENGLISH_PARTICIPLES = new Set(['saying', 'adding', 'noting', 'warning', 'stressing', 'insisting', 'arguing', 'explaining']);

export const ENGLISH_SPEECH_VERBS = new Set(
  (
    'said says say told tells added adds warned warns wrote writes stated states explained explains noted notes ' +
    'argued argues insisted insists claimed claims declared declares announced announces acknowledged acknowledges ' +
    'admitted admits cautioned cautions recalled recalls suggested suggests stressed stresses emphasized emphasised ' +
    'confirmed confirms denied denies testified tweeted posted replied replies vowed vows asserted asserts ' +
    'maintained maintains predicted predicts concluded concludes reported reports continued continues asked asks ' +
    'conceded concedes contended contends observed observes remarked remarks agreed agrees disclosed revealed'
  ).split(' '),
);

/** Verbs whose object is the listener, not the statement: "told Reuters that …". */
export const ENGLISH_VERBS_WITH_LISTENER = new Set(['told', 'tells', 'asked', 'asks']);

/**
 * Verbs that just as often take an ordinary object ("declared martial law", "Stella Kim reported from
 * Seoul", "announced a new strategy"): they report speech only before "that", a quote, a colon or a
 * comma, or after the statement ("“…,” Essid declared").
 */
export const ENGLISH_VERBS_NEEDING_COMPLEMENT = new Set(
  (
    'declared declares announced announces reported reports posted tweeted continued continues asked asks ' +
    'wrote writes noted notes admitted admits vowed vows revealed disclosed confirmed confirms denied denies ' +
    'saying adding noting warning stressing insisting arguing explaining'
  ).split(' '),
);
