/**
 * Bylines to person names: labels ("By", "بقلم", "كتب:", "كتبت", "حوار:") and dates stripped, several
 * authors split, job titles and "- Place" suffixes cut off; and the false bylines pages are full of
 * (desks, "staff", the site name again, "Tweet", "Developed By", agencies) rejected.
 */
import { agencyOf } from '@/utils/extract/metadata/wires';
import { clean, containment, foldKey, isUrlLike, scriptOf } from '@/utils/extract/metadata/text';

const LABEL =
  /^(?:(?:written|story|words|posted|reported|text)\s+by|by|par|von|por|di|door|av|بقلم|كتبت?ه?|كتب|حوار|تقرير|إعداد|اعداد|تحرير|متابعة|بواسطة|إشراف|مراسلة?|نوشته|گزارش|מאת|כתב|כתבה|נכתב על ידי)\s*[:：\-–—]?\s+/iu;

const NOT_A_PERSON =
  /\b(?:updated|published|posted|last|staff|admin(?:istrator)?|editor(?:ial)?s?|desk|team|newsroom|news|agency|agencies|wire|contributors?|tweet|share|follow|developed|powered|copyright|webmaster|guest|anonymous|unknown|press|media|online|digital|magazine|daily|times|post)\b|المحرر|محرر|فريق|قسم|أسرة|هيئة|مكتب|إدارة|ادارة|الموقع|وكالة|وكالات|تحرير|بوابة|صحيفة|جريدة|قناة|شبكة|خدمة|خبرگزاری|تحریریه|گروه|חדשות|מערכת|כתבי|דסק|פורסם|עודכן|نشر|تاريخ|منتشر/iu;

const JOB_TITLE =
  /^(?:ma|ms|md|phd|mba|jr|sr|staff writer|senior (?:writer|editor|reporter)|reporter|correspondent|columnist|contributor|editor|writer|مراسل|مراسلة|محرر|محررة|صحفي|صحفية|كاتب|كاتبة)$/i;

/** What a byline string turned out to hold. */
export interface BylineParts {
  authors: string[];
  /** Place after "Name - Place" or inside "(Place - Paper)". */
  dateline: string | null;
  /** Agencies found where a person was expected ("رويترز" in the author slot). */
  agencies: string[];
}

export interface NameContext {
  /** Names of the site/publisher: an author equal to one of them is not a person. */
  siteNames: string[];
  /** "rtl" on an Arabic/Hebrew/Persian article: a Latin-script account name there is not its byline. */
  articleScript: 'rtl' | 'latin' | null;
}

// Day and month names that trail a byline before its date ("Joe Wee Monday, February 9").
const TRAILING_DATE_WORDS =
  /(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|updated|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)\.?[\s,،]*)+$/iu;

function stripDecorations(raw: string): string {
  let text = raw.split(/\n|\s[|•·]\s/)[0];
  // Asides in parentheses ("Martin Untersinger (avec Damien Leloup et Morgane Tual)") are not names;
  // a byline that is wholly parenthesised ("(גלעד מורג)") is unwrapped later.
  if (!text.trim().startsWith('(')) text = text.replace(/\s*\([^()]*\)/g, ' ');
  for (let i = 0; i < 2; i += 1) text = text.replace(LABEL, '');
  // Dates and counts glued to names ("Lucas Nolan22 Dec 2016651"): a name never holds digits.
  text = text.replace(/[\d\u0660-\u0669\u06F0-\u06F9].*$/u, '').replace(/[\s,،]+$/, '');
  text = text.replace(TRAILING_DATE_WORDS, '');
  return text.replace(/^[\s:：\-–—,،]+|[\s:：\-–—,،]+$/g, '');
}

/** Plausible person name: a few words, letters only, not a URL, desk, site or agency. */
export function isPersonName(name: string, ctx: NameContext): boolean {
  const words = name.split(/\s+/);
  // Bylines name people by at least two words (single words are desks, sections and handles),
  // except in scripts written without spaces.
  const spaced = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name);
  if (name.length < (spaced ? 3 : 2) || name.length > 50 || words.length > 6) return false;
  if (spaced && words.length < 2) return false;
  if (isUrlLike(name) || /[@<>{}[\]()=/\\]/.test(name) || /\d/.test(name)) return false;
  if (NOT_A_PERSON.test(name) || agencyOf(name)) return false;
  if (ctx.articleScript === 'rtl' && scriptOf(name) === 'latin') return false;
  const key = foldKey(name);
  return !ctx.siteNames.some((site) => {
    const siteKey = foldKey(site);
    return siteKey && (key === siteKey || containment(name, site) >= 0.75 || containment(site, name) >= 0.75);
  });
}

/**
 * Splits "A and B", "A, B & C", "كايلا إبستين وأنجليكا كاساس". The glued Arabic "و" splits only when
 * both sides are full names (two words or more), so "محمد وليد" stays one name.
 */
export function splitAuthors(text: string): string[] {
  const parts = text.split(/\s*(?:[,،;&]|\s(?:and|und|et|y|e|with)\s)\s*/i);
  return parts.flatMap((part) => {
    const m = /^(\S+(?:\s+\S+)+?)\s+و(\S+(?:\s+\S+)+)$/u.exec(part.trim());
    return m ? [m[1], m[2]] : [part];
  });
}

/** "(أبوظبي - البيان)": a place and a paper, the credit Polopoly pages put in the author field. */
const PLACE_CREDIT = /^\(\s*([^()\-–—]{2,30}?)\s*[-–—]\s*([^()]{2,30}?)\s*\)$/u;
const NAME_PLACE = /^(.{3,40}?)\s+[-–—]\s+([^\-–—]{2,25})$/u;

export function parseByline(raw: string, ctx: NameContext): BylineParts {
  const result: BylineParts = { authors: [], dateline: null, agencies: [] };
  const text = clean(raw);
  if (!text) return result;
  const credit = PLACE_CREDIT.exec(text);
  if (credit) {
    result.dateline = credit[1].trim();
    return result;
  }
  const whole = agencyOf(text);
  if (whole) {
    result.agencies.push(whole);
    return result;
  }
  for (const piece of splitAuthors(stripDecorations(text))) {
    let name = piece.trim().replace(/^\((.*)\)$/, '$1').trim();
    const placed = NAME_PLACE.exec(name);
    if (placed && placed[2].split(/\s+/).length <= 2) {
      name = placed[1];
      result.dateline ??= placed[2].trim();
    }
    name = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (JOB_TITLE.test(name)) continue;
    const agency = agencyOf(name);
    if (agency) result.agencies.push(agency);
    else if (isPersonName(name, ctx)) result.authors.push(name);
  }
  if (result.authors.length === 0) result.dateline = null;
  return result;
}
