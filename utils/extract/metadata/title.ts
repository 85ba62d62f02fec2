/**
 * The headline as the reader sees it. Meta titles carry site suffixes and are sometimes reworded
 * (BBC Arabic) or lose quotation marks (LBCI), so the visible heading that best matches them wins;
 * the meta title, suffix removed, is the fallback.
 */
import { inChrome, textOf, type PageElements } from '@/utils/extract/metadata/dom';
import { clean, containment, foldKey, tokenContainment, tokens } from '@/utils/extract/metadata/text';

const MIN_MATCH = 0.75;
const SEPARATORS = /\s+[|\-–—:«»/\\·•]\s+|\s+[|–—·•]\s*|\s*[|–—·•]\s+/;

/** "Headline - Site" → "Headline": drop affixes that name the site. */
export function stripSiteAffix(title: string, siteNames: string[]): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const siteLike = (p: string) =>
    siteNames.some((s) => foldKey(s) && (containment(p, s) >= 0.6 || containment(s, p) >= 0.6));
  const kept = parts.filter((p) => !siteLike(p));
  if (kept.length === 0 || kept.length === parts.length) return title;
  const first = kept[0];
  const start = title.indexOf(first);
  const last = kept[kept.length - 1];
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

const HEADING_TAGS = new Set(['H2', 'H3']);
const NOT_HEADING_TAGS = new Set(['TITLE', 'META', 'A', 'SCRIPT', 'STYLE', 'HTML', 'BODY']);
const HEADING_NAME = /title|headline/i;

/**
 * h1 first, then h2/h3 and elements named as titles or headlines. Page chrome is not ruled out here:
 * pickTitle asks inChrome only of the few candidates that match, which spares the ancestor walk
 * for every h2 of a sidebar.
 */
export function headingCandidates(page: PageElements): Element[] {
  const { all, tags, names, attributed } = page;
  const h1: Element[] = [];
  const titled: Element[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const tag = tags[i];
    if (tag === 'H1') h1.push(all[i]);
    if (NOT_HEADING_TAGS.has(tag)) continue;
    // Only elements with an itemprop at all (attributed) can have itemprop=headline.
    if (HEADING_TAGS.has(tag) || (names[i] !== ' ' && HEADING_NAME.test(names[i])) || (attributed.has(all[i]) && all[i].getAttribute('itemprop') === 'headline')) {
      titled.push(all[i]);
    }
  }
  return [...h1, ...titled];
}

export interface PickedTitle {
  title: string | null;
  /** The visible heading the title was read from, where the byline and date searches start. */
  element: Element | null;
}

/** `page`: every element of the page (pageElements). */
export function pickTitle(page: PageElements, metaTitles: string[], siteNames: string[]): PickedTitle {
  const references = metaTitles.map((t) => stripSiteAffix(t, siteNames));
  const refTokens = references.map((r) => {
    const list = tokens(r);
    return { list, set: new Set(list) };
  });
  const headings = headingCandidates(page);
  let best: { title: string; element: Element; score: number } | null = null;
  for (const el of headings) {
    // A "title" wrapper around a whole block is no headline; skip it before reading its text.
    if (el.tagName !== 'H1' && el.childElementCount > 12) continue;
    const text = clean(textOf(el));
    if (!text || text.length < 4 || text.length > 400) continue;
    const list = tokens(text);
    const set = new Set(list);
    // Both directions: the heading must cover the reference and not be a whole block around it.
    const score = Math.max(0, ...refTokens.map((ref) => Math.min(tokenContainment(ref.list, set), tokenContainment(list, ref.set))));
    if (score >= MIN_MATCH && (!best || score > best.score) && !inChrome(el)) best = { title: text, element: el, score };
    if (best?.score === 1) break;
  }
  if (best) return { title: best.title, element: best.element };
  if (references.length > 0) return { title: clean(references[0]), element: null };
  const h1 = headings.find((el) => el.tagName === 'H1' && !inChrome(el)) ?? null;
  return { title: h1 ? clean(textOf(h1)) : null, element: h1 };
}
