/**
 * The publication date a reader sees next to the headline. Reading forward from the headline skips the
 * masthead's "today" widget; dates labelled as updates ("آخر تحديث", "Updated") are not publication
 * dates; related-story lists and sidebars are skipped.
 */
import { parseIsoLike } from '@/utils/extract/dates/iso';
import type { ParsedDate } from '@/utils/extract/dates/parsed-date';
import { findFoldedDates, foldDateText } from '@/utils/extract/dates/text-dates';
import { inChrome, precedes } from '@/utils/extract/metadata/dom';

const WINDOW = 1500;
const UPDATE_WORD = '(?:اخر\\s+تحديث|تحديث|محدثه|محدثة|updated?|modified|עודכן|بروزرساني)';
const UPDATE_BEFORE = new RegExp(`${UPDATE_WORD}\\s*(?:في|on|at)?\\s*[:：]?\\s*$`, 'iu');
// "28 آب 2013، آخر تحديث 14:00": the update label can follow the date it applies to.
const UPDATE_AFTER = new RegExp(`^\\s*[,،-]?\\s*${UPDATE_WORD}`, 'iu');

export interface VisibleDates {
  published: ParsedDate | null;
  updated: ParsedDate | null;
}

/**
 * <time datetime> elements outside page chrome, the article's own first (itemprop/class published).
 * `timeElements`: the page's <time> elements when already at hand (what `time` selects).
 */
function timeElementDate(doc: Document, headline: Element | null, timeElements?: Element[]): ParsedDate | null {
  const withDatetime = timeElements ? timeElements.filter((t) => t.hasAttribute('datetime')) : Array.from(doc.querySelectorAll('time[datetime]'));
  const times = withDatetime.filter((t) => !inChrome(t));
  const marked = times.find((t) => /publish|pubdate|datepublished/i.test(`${t.className} ${t.getAttribute('itemprop') ?? ''} ${t.hasAttribute('pubdate') ? 'pubdate' : ''}`));
  const after = headline ? times.find((t) => precedes(headline, t)) : times[0];
  for (const t of [marked, after]) {
    const parsed = t ? parseIsoLike(t.getAttribute('datetime') ?? '') : null;
    if (parsed) return parsed;
  }
  return null;
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** Text of the page from `start` on (or back from it), chrome skipped, up to `limit` characters. */
function textNear(doc: Document, start: Element | null, forward: boolean, limit: number): string {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  if (start) walker.currentNode = start;
  else if (!forward) return '';
  const chunks: string[] = [];
  let size = 0;
  for (let node = forward ? walker.nextNode() : walker.previousNode(); node && size <= limit; node = forward ? walker.nextNode() : walker.previousNode()) {
    const text = (node.textContent ?? '').trim();
    // Most text nodes between tags are blank: skip them before asking about their ancestors.
    if (!text) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    if (inChrome(parent)) {
      // Chrome holds every descendant of a chrome element: step over the outermost one at once.
      let outer = parent;
      while (outer.parentElement && inChrome(outer.parentElement)) outer = outer.parentElement;
      walker.currentNode = forward ? lastDescendant(outer) : outer;
      continue;
    }
    chunks.push(text);
    size += text.length + 1;
  }
  return (forward ? chunks : chunks.reverse()).join(' ');
}

function datesIn(text: string): VisibleDates {
  const folded = foldDateText(text);
  let published: ParsedDate | null = null;
  let updated: ParsedDate | null = null;
  for (const d of findFoldedDates(folded)) {
    const before = folded.slice(Math.max(0, d.index - 30), d.index);
    const following = folded.slice(d.index + d.length, d.index + d.length + 30);
    const isUpdate = UPDATE_BEFORE.test(before) || UPDATE_AFTER.test(following);
    const parsed = { date: d.date, time: null, offset: null };
    if (isUpdate) updated ??= parsed;
    else published ??= parsed;
  }
  return { published, updated };
}

export function findVisibleDates(doc: Document, headline: Element | null, timeElements?: Element[]): VisibleDates {
  const time = timeElementDate(doc, headline, timeElements);
  const after = datesIn(textNear(doc, headline, true, WINDOW));
  if (time) return { published: time, updated: after.updated };
  if (after.published || !headline) return after;
  const before = datesIn(textNear(doc, headline, false, WINDOW / 3));
  return { published: before.published, updated: after.updated ?? before.updated };
}
