/**
 * Authors by precedence: JSON-LD Person authors, the visible byline under the headline, author meta
 * tags, then bylines written into the text (a first line "حوار: آسيا العتروس", a closing "(גלעד מורג)").
 * Each source is parsed and filtered (see byline.ts); the first that yields a person wins. Agencies met
 * in these slots are returned as wire credits.
 */
import { parseByline, type BylineParts, type NameContext } from '@/utils/extract/metadata/byline';
import type { JsonLdPerson } from '@/utils/extract/metadata/json-ld';
import { isUrlLike } from '@/utils/extract/metadata/text';

export const AUTHOR_META = [
  'author', 'article:author', 'og:article:author', 'parsely-author', 'citation_author', 'dc.creator',
  'dcterms.creator', 'sailthru.author', 'byl', 'twitter:creator:name', 'vr:author',
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
  const people = s.jsonLd.filter((p) => p.type === null || /person/i.test(p.type)).map((p) => p.name);
  const ordered: [string, string[]][] = [
    ['json-ld', people],
    ['byline', s.visible.slice(0, 3)],
    ['meta', s.meta.filter((m) => !isUrlLike(m))],
    ['text', textBylines(s.paragraphs, s.following)],
  ];
  for (const [source, raws] of ordered) {
    const authors: string[] = [];
    for (const raw of raws) {
      const parts = parseByline(raw, ctx);
      agencies.push(...parts.agencies);
      dateline ??= parts.dateline;
      if (source === 'byline' && authors.length > 0) break;
      authors.push(...parts.authors.filter((a) => !authors.includes(a)));
    }
    if (authors.length > 0) return { authors, dateline, agencies: [...new Set(agencies)], source };
  }
  return { authors: [], dateline, agencies: [...new Set(agencies)], source: null };
}
