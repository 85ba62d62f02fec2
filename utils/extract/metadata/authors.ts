/**
 * Authors by precedence: JSON-LD Person authors, author meta tags, the visible byline under the
 * headline, then bylines written into the text (a first line "حوار: آسيا العتروس", a closing "(גלעד מורג)").
 * Each source is parsed and filtered (see byline.ts); the first that yields a person wins. Agencies met
 * in these slots are returned as wire credits.
 */
import { parseByline, type BylineParts, type NameContext } from '@/utils/extract/metadata/byline';
import type { JsonLdPerson } from '@/utils/extract/metadata/json-ld';
import { isUrlLike } from '@/utils/extract/metadata/text';

/** In Readability's order where it has one, so both agree on pages with several author tags. */
export const AUTHOR_META = [
  'dc.creator', 'dcterms.creator', 'author', 'parsely-author', 'article:author', 'article:author_name', 'og:article:author',
  'citation_author', 'sailthru.author', 'byl', 'twitter:creator:name', 'vr:author',
];

export interface AuthorSources {
  jsonLd: JsonLdPerson[];
  visible: string[];
  meta: string[];
  paragraphs: string[];
  /** Short lines after the body (see followingLines). */
  following: string[];
}

const TEXT_BYLINE = /^(?:كتبت?|بقلم|حوار|تقرير|إعداد|اعداد|by|מאת)\s*[:：]?\s+\S/iu;
const CLOSING_CREDIT = /\(([^()\d]{3,40})\)\s*$/u;

function textBylines(paragraphs: string[], following: string[]): string[] {
  const opening = paragraphs.slice(0, 3).filter((p) => p.length <= 60 && TEXT_BYLINE.test(p));
  const closing = [paragraphs[paragraphs.length - 1] ?? '', following[0] ?? '']
    .map((line) => CLOSING_CREDIT.exec(line)?.[1])
    .filter((name): name is string => !!name);
  return [...opening, ...closing];
}

export interface AuthorResult extends BylineParts {
  source: string | null;
}

export function chooseAuthors(s: AuthorSources, ctx: NameContext): AuthorResult {
  const agencies: string[] = [];
  let dateline: string | null = null;
  // A JSON-LD node typed Person is a person even when it also names the site (personal blogs).
  const typed = { ...ctx, siteNames: [] };
  const people = s.jsonLd
    .filter((p) => p.type === null || /person/i.test(p.type))
    .map((p) => ({ raw: p.name, ctx: p.type ? typed : ctx }));
  const plain = (raws: string[]) => raws.map((raw) => ({ raw, ctx }));
  // Meta before the visible byline: a visible "author" block is as often a column name or a
  // neighbouring story's byline, and false meta authors (site names, desks) are filtered anyway.
  const ordered: [string, { raw: string; ctx: NameContext }[]][] = [
    ['json-ld', people],
    ['meta', plain(s.meta.filter((m) => !isUrlLike(m)))],
    ['byline', plain(s.visible.slice(0, 3))],
    ['text', plain(textBylines(s.paragraphs, s.following))],
  ];
  for (const [source, raws] of ordered) {
    const authors: string[] = [];
    for (const { raw, ctx: nameCtx } of raws) {
      const parts = parseByline(raw, nameCtx);
      agencies.push(...parts.agencies);
      dateline ??= parts.dateline;
      // One tag or block is the byline; later ones repeat it or belong to something else.
      if (source !== 'json-ld' && authors.length > 0) break;
      authors.push(...parts.authors.filter((a) => !authors.includes(a)));
    }
    if (authors.length > 0) return { authors, dateline, agencies: [...new Set(agencies)], source };
  }
  return { authors: [], dateline, agencies: [...new Set(agencies)], source: null };
}
