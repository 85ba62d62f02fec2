/**
 * The analysis contract (shared/ANALYSIS.md): one article analysis, the same object in the CLI,
 * the popup and stored history. Keys are always present; unknown values are null or [].
 */

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

/** Offsets are UTF-16 code units into `Analysis.text`: text.slice(start, end) === mention.text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  type: EntityType;
  /** Canonical display form: the fullest mention, clitics stripped. */
  name: string;
  mentions: Mention[];
  /** Other surface forms that refer to the same entity ("تنظيم داعش" for "داعش"). */
  aliases: string[];
  /** Descriptor from the text ("قائد القيادة الأميركية الوسطى", "Sudan's foreign minister"). */
  role: string | null;
}

export interface Quote {
  text: string;
  /** Canonical speaker entity name, or the descriptor of an unnamed source. */
  speaker: string | null;
  named: boolean;
  verb: string | null;
  /** Offsets of the statement in `Analysis.text`, for scrolling to it. */
  start: number;
  end: number;
}

export interface Work {
  title: string;
  by: string | null;
  kind: string | null;
}

export type Direction = 'rtl' | 'ltr';

export interface ArticleMetadata {
  title: string | null;
  authors: string[];
  publisher: string | null;
  siteName: string | null;
  /** ISO 8601; date-only YYYY-MM-DD when no time is known. */
  publishedDate: string | null;
  modifiedDate: string | null;
  /** BCP 47 of the article text as detected. */
  language: string | null;
  direction: Direction;
  dateline: string | null;
  wireAgencies: string[];
  issue: string | null;
  page: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  wordCount: number;
}

export interface Analysis {
  text: string;
  metadata: ArticleMetadata;
  entities: Entity[];
  quotes: Quote[];
  works: Work[];
}
