/**
 * Article metadata from a parsed page, as pure functions of the Document: no network, no page scripts,
 * the same in a content script, in Vitest and in Node (jsdom).
 *
 * Precedence per field (first source with a valid value wins; details in each module):
 *   title        visible headline matching a meta title > og:title/JSON-LD headline/<title> minus site affix
 *   authors      JSON-LD Person > author meta > visible byline after the headline > byline lines in the text
 *   publisher    print source line > agreeing site names (JSON-LD publisher, og:site_name, title affixes…)
 *   siteName     as declared: JSON-LD publisher > og:site_name > JSON-LD WebSite (never guessed)
 *   dates        see published-date.ts
 *   dateline     "Place –" opening the first paragraphs > the place in an author field
 *   language     the article's letters and words; the page's lang only where they cannot tell (language.ts)
 */
import type { ArticleMetadata } from '@/utils/analysis/types';
import type { ParsedDate } from '@/utils/extract/dates/parsed-date';
import { toIso } from '@/utils/extract/dates/parsed-date';
import { resolveRelativeDate } from '@/utils/extract/dates/relative';
import type { ReadabilityResult } from '@/utils/extract/readability';
import { detectLanguage, directionOf } from '@/utils/nlp/language';
import { AUTHOR_META, chooseAuthors } from '@/utils/extract/metadata/authors';
import { findBylineTexts } from '@/utils/extract/metadata/byline-dom';
import { pickCanonicalUrl } from '@/utils/extract/metadata/canonical-url';
import { findDateline } from '@/utils/extract/metadata/dateline';
import { pageElements, textStart, withTag } from '@/utils/extract/metadata/dom';
import { readJsonLd, type JsonLdData } from '@/utils/extract/metadata/json-ld';
import { firstMeta, metaValues, readMetaTags, type MetaTags } from '@/utils/extract/metadata/meta-tags';
import { articleParagraphs, followingLines } from '@/utils/extract/metadata/paragraphs';
import {
  MODIFIED_META,
  PUBLISHED_META,
  chooseModified,
  choosePublished,
  parseMachineDate,
  urlDate,
} from '@/utils/extract/metadata/published-date';
import { nameCandidates, pickPublisher, titleAffixes, type NameCandidate } from '@/utils/extract/metadata/publisher';
import { findSourceLine } from '@/utils/extract/metadata/source-line';
import { clean, containment, countWords, scriptOf } from '@/utils/extract/metadata/text';
import { pickTitle } from '@/utils/extract/metadata/title';
import { findVisibleDates } from '@/utils/extract/metadata/visible-date';
import { findWireAgencies } from '@/utils/extract/metadata/wires';

export { canonicalizeUrl } from '@/utils/extract/metadata/canonical-url';

export interface MetadataInput {
  url: string | null;
  readability: ReadabilityResult | null;
  /** The article plain text (Readability's, whitespace-normalised). */
  text: string;
  /** Reference time for relative dates ("قبل 3 ساعات"); without it they stay unresolved. */
  now?: Date;
}

const compact = <T>(list: (T | null | undefined)[]) => list.filter((x): x is T => x !== null && x !== undefined);

/** Alt texts of logo images (in an h1 or a "logo" element): a site's name as it draws it. `imgs`: the page's <img> elements. */
function logoNames(images: Element[]): string[] {
  const isLogo = (el: Element | null) => !!el && (el.tagName === 'H1' || /logo/i.test(el.getAttribute('class') ?? ''));
  const imgs: Element[] = [];
  for (const el of images) {
    if (imgs.length === 3) break;
    if (el.tagName === 'IMG' && el.hasAttribute('alt') && (isLogo(el) || isLogo(el.parentElement) || isLogo(el.parentElement?.parentElement ?? null))) imgs.push(el);
  }
  return compact(imgs.map((img) => clean(img.getAttribute('alt'))));
}

function htmlLanguage(doc: Document): string | null {
  return clean(doc.documentElement?.getAttribute('lang'))?.split(/[-_]/)[0].toLowerCase() ?? null;
}

export function extractMetadata(doc: Document, input: MetadataInput): ArticleMetadata {
  const { readability, text } = input;
  const page = pageElements(doc);
  const meta = readMetaTags(page.withContent);
  const ld = readJsonLd(withTag(page, 'SCRIPT'));
  const paragraphs = articleParagraphs(readability?.contentHtml ?? null, text);
  const lines = paragraphs.length > 0 ? paragraphs : text.split('\n');
  const following = followingLines(doc, lines);

  const declared = htmlLanguage(doc);
  const sample = text || (doc.body?.textContent ?? '');
  const language = detectLanguage(sample, declared);
  const direction = language ? directionOf(language) : readability?.dir === 'rtl' ? 'rtl' : 'ltr';
  const articleScript = language ? (direction === 'rtl' ? 'rtl' : 'latin') : scriptOf(sample);

  const sourceLine = findSourceLine(lines);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const ogTitle = firstMeta(meta, ['og:title', 'twitter:title']);
  const siteNameMeta = metaValues(meta, ['og:site_name']).filter((v) => !/^https?:/i.test(v));

  const looseNames = [...siteNameMeta, ...compact([ld.publisher, ld.websiteName, firstMeta(meta, ['application-name'])])];
  // Fallback order when no visible heading matches follows Readability's: JSON-LD, Dublin Core, OG.
  const metaTitles = compact([
    ld.headline,
    firstMeta(meta, ['dc.title', 'dcterms.title', 'citation_title']),
    ogTitle,
    readability?.title,
    docTitle,
  ]);
  const { title, element: headline } = pickTitle(page, metaTitles, looseNames);

  const publisher = pickPublisher(publisherCandidates(meta, ld, withTag(page, 'IMG'), sourceLine?.publisher ?? null, docTitle, ogTitle, title), articleScript);
  // siteName is what the site declares about itself; publisher is the judged name above.
  const siteName = clean(ld.publisher) ?? siteNameMeta[0] ?? clean(ld.websiteName) ?? null;
  // Declared and judged site names only: a title segment can be the author's own name (columns, blogs).
  const siteNames = compact([publisher, siteName, ...siteNameMeta, ld.websiteName]);

  const byline = chooseAuthors(
    { jsonLd: ld.authors, visible: findBylineTexts(page, headline), meta: metaValues(meta, AUTHOR_META), paragraphs: lines, following },
    { siteNames, articleScript },
  );

  const canonicalUrl = pickCanonicalUrl(doc, [firstMeta(meta, ['og:url']), ld.url], input.url);
  // What the selector `time` matches: HTML <time> (TIME) and any other element whose local name is time.
  const timeElements = page.all.filter((_, i) => page.tags[i] === 'TIME' || page.tags[i] === 'time');
  const { published, modified } = chooseDates(doc, timeElements, meta, ld, headline, {
    sourceLine: sourceLine?.date ?? null,
    url: urlDate(input.url) ?? urlDate(canonicalUrl),
    now: input.now,
  });

  const dateline = findDateline(lines, siteNames) ?? byline.dateline;
  const wireAgencies = findWireAgencies(lines, following, byline.agencies);

  return {
    title,
    authors: byline.authors,
    publisher,
    siteName,
    publishedDate: published ? toIso(published) : null,
    modifiedDate: modified ? toIso(modified) : null,
    language,
    direction,
    dateline,
    wireAgencies,
    issue: sourceLine?.issue ?? null,
    page: sourceLine?.page ?? null,
    excerpt: pickExcerpt(meta, ld.description, readability?.excerpt ?? null, lines, title, siteNames),
    canonicalUrl,
    wordCount: countWords(text),
  };
}

/** Every name the page gives itself, weighted by how much its source is worth (see publisher.ts). */
function publisherCandidates(
  meta: MetaTags,
  ld: JsonLdData,
  images: Element[],
  sourceLinePublisher: string | null,
  docTitle: string | null,
  ogTitle: string | null,
  title: string | null,
): NameCandidate[] {
  return [
    ...nameCandidates(sourceLinePublisher, 'source-line', 10),
    ...nameCandidates(ld.publisher, 'json-ld', 4),
    ...metaValues(meta, ['og:site_name']).flatMap((v) => nameCandidates(v, 'og:site_name', 4)),
    ...nameCandidates(ld.websiteName, 'website', 3),
    ...metaValues(meta, ['publisher', 'dc.publisher', 'citation_publisher']).flatMap((v) => nameCandidates(v, 'publisher-meta', 2)),
    ...nameCandidates(firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']), 'application-name', 2),
    ...titleAffixes(docTitle, title).flatMap((a) => nameCandidates(a.name, 'title', a.outer ? 2 : 1)),
    ...titleAffixes(ogTitle, title).flatMap((a) => nameCandidates(a.name, 'og:title', 1)),
    ...metaValues(meta, ['author']).flatMap((v) => nameCandidates(v, 'author-meta', 0)),
    ...logoNames(images).flatMap((v) => nameCandidates(v, 'logo', 0)),
  ];
}

const dayOnly = (date: string | null): ParsedDate | null => (date ? { date, time: null, offset: null } : null);

/** Published and modified dates from every source, merged as published-date.ts describes. */
function chooseDates(
  doc: Document,
  timeElements: Element[],
  meta: MetaTags,
  ld: JsonLdData,
  headline: Element | null,
  extra: { sourceLine: string | null; url: ParsedDate | null; now?: Date },
): { published: ParsedDate | null; modified: ParsedDate | null } {
  const visible = findVisibleDates(doc, headline, timeElements);
  const published = choosePublished({
    machine: compact([parseMachineDate(ld.datePublished), ...metaValues(meta, PUBLISHED_META).map(parseMachineDate)]),
    sourceLine: dayOnly(extra.sourceLine),
    visible: visible.published,
    url: extra.url,
    relative: extra.now && headline ? relativeDate(headline, extra.now) : null,
  });
  const modifiedCandidates = compact([
    parseMachineDate(ld.dateModified),
    ...metaValues(meta, MODIFIED_META).map(parseMachineDate),
    visible.updated,
  ]);
  return { published, modified: chooseModified(modifiedCandidates, published) };
}

/** A relative date printed right after the headline, resolved against `now`. */
function relativeDate(headline: Element, now: Date): ParsedDate | null {
  let el: Element | null = headline.nextElementSibling;
  for (let i = 0; el && i < 4; i += 1, el = el.nextElementSibling) {
    const date = resolveRelativeDate(textStart(el, 200), now);
    if (date) return dayOnly(date);
  }
  return null;
}

function pickExcerpt(
  meta: MetaTags,
  ldDescription: string | null,
  readabilityExcerpt: string | null,
  lines: string[],
  title: string | null,
  siteNames: string[],
): string | null {
  const described = compact([...metaValues(meta, ['og:description', 'description', 'twitter:description']), ldDescription]);
  // Generic descriptions (the site slogan, the title again, "| Lebanon News") say nothing about the article.
  const specific = described.find(
    (d) =>
      d.length >= 25 &&
      !(title && containment(d, title) > 0.9) &&
      !siteNames.some((s) => containment(d, s) > 0.6),
  );
  return clean(specific ?? readabilityExcerpt ?? lines[0] ?? null);
}
