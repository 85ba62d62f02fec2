/**
 * Publication and modification dates, by precedence:
 *   1. JSON-LD datePublished   2. publication meta tags (article:published_time, citation_*, Dublin Core,
 *   parsely, itemprop, …)   3. a print source line in the text   4. a /YYYY/MM/DD/ URL path (a
 *   creation date; visible stamps are often "last updated", CNN Arabic)   5. the visible date next to the
 *   headline (<time datetime> first)   6. a relative date, only when `now` is given.
 * A UTC timestamp whose calendar day differs by one from the page's own visible (non-UTC) day is the same
 * instant seen from Greenwich: the visible local day is reported instead (date only).
 */
import { parseIsoLike } from '@/utils/extract/dates/iso';
import { instantOf, isValidYmd, ymd, type ParsedDate } from '@/utils/extract/dates/parsed-date';
import { findTextDates } from '@/utils/extract/dates/text-dates';

export const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published',
  'datepublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'publication_date', 'citation_publication_date', 'citation_online_date', 'citation_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
  'parsely-pub-date', 'sailthru.date', 'article.published', 'vr:published_time', 'publishdt',
  'nastooh:publishdate', 'date', 'dc.date.published',
];

export const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'lastmod', 'dc.date.modified',
  'dcterms.modified', 'article.updated', 'last-modified',
];

/** A machine value: ISO-like first, else a written date (Arabic prose, Jalali, "17:01 , 22.05.20"). */
export function parseMachineDate(value: string | null): ParsedDate | null {
  if (!value) return null;
  const iso = parseIsoLike(value);
  // Placeholder years ("0001-01-01", "9999-12-31") are CMS defaults, not publication dates.
  if (iso) return /^(?:19|20)\d\d-/.test(iso.date) ? iso : null;
  const written = findTextDates(value)[0];
  return written ? { date: written.date, time: null, offset: null } : null;
}

export function urlDate(url: string | null): ParsedDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})\/[^/]+\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? { date: ymd(y, mo, d), time: null, offset: null } : null;
}

const DAY = 86_400_000;
const isUtc = (p: ParsedDate) => p.offset === 'Z' || p.offset === '+00:00';
const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** Prefer a candidate stating the same instant in a local offset over its UTC twin. */
function localTwin(chosen: ParsedDate, all: ParsedDate[]): ParsedDate {
  const instant = instantOf(chosen);
  if (instant === null || !isUtc(chosen)) return chosen;
  return all.find((p) => !isUtc(p) && instantOf(p) === instant) ?? chosen;
}

export interface DateSources {
  machine: ParsedDate[];
  sourceLine: ParsedDate | null;
  visible: ParsedDate | null;
  url: ParsedDate | null;
  relative: ParsedDate | null;
}

export function choosePublished(s: DateSources): ParsedDate | null {
  const machine = s.machine[0] ? localTwin(s.machine[0], s.machine) : null;
  const seen = s.sourceLine ?? s.visible;
  if (machine && seen && !isUtc(seen) && isUtc(machine) && machine.time && machine.date !== seen.date && dayDistance(machine.date, seen.date) === 1) {
    return seen;
  }
  return machine ?? s.sourceLine ?? s.url ?? s.visible ?? s.relative;
}

/** A modification date only when it is not before publication (CMS cache dates often are). */
export function chooseModified(candidates: ParsedDate[], published: ParsedDate | null): ParsedDate | null {
  const first = candidates[0] ?? null;
  if (!first || !published) return first;
  const a = instantOf(first) ?? Date.parse(first.date);
  const b = instantOf(published) ?? Date.parse(published.date);
  return a >= b ? first : null;
}
