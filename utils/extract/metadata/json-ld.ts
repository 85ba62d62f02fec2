/**
 * Schema.org JSON-LD: the article node (NewsArticle, Article, ReportageNewsArticle, BlogPosting, SocialMediaPosting, …)
 * found through arrays and @graph, plus the WebSite/Organization names. Blocks wrapped in CDATA or
 * HTML comments are unwrapped; malformed JSON is skipped, never thrown.
 */
import { clean, decodeEntities } from '@/utils/extract/metadata/text';

export interface JsonLdPerson {
  name: string;
  /** "Person", "Organization", … or null when the node has no @type. */
  type: string | null;
}

export interface JsonLdData {
  headline: string | null;
  description: string | null;
  authors: JsonLdPerson[];
  publisher: string | null;
  websiteName: string | null;
  datePublished: string | null;
  dateModified: string | null;
  url: string | null;
}

type Node = Record<string, unknown>;

const MAX_SCRIPT_LENGTH = 2_000_000;
const ARTICLE_TYPE = /Article$|Posting$|^Report$/i;

function unwrap(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

function parseLoose(raw: string): unknown {
  const text = unwrap(raw);
  try {
    return JSON.parse(text);
  } catch {
    // Raw line breaks inside strings and trailing commas are the common CMS slips.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function collectNodes(value: unknown, out: Node[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as Node;
  out.push(node);
  if (node['@graph']) collectNodes(node['@graph'], out, depth + 1);
}

const typesOf = (node: Node): string[] => {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
};

function str(value: unknown): string | null {
  if (typeof value === 'string') return clean(decodeEntities(value));
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as Node)['@value'] ?? (value as Node).name);
  return null;
}

function people(value: unknown): JsonLdPerson[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item): JsonLdPerson[] => {
    if (typeof item === 'string') {
      const name = clean(decodeEntities(item));
      return name ? [{ name, type: null }] : [];
    }
    if (!item || typeof item !== 'object') return [];
    const node = item as Node;
    const names = Array.isArray(node.name) ? node.name : [node.name];
    const type = typesOf(node)[0] ?? null;
    return names
      .map((n) => (typeof n === 'string' ? clean(decodeEntities(n)) : null))
      .filter((n): n is string => !!n)
      .map((name) => ({ name, type }));
  });
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'string') return clean(decodeEntities(value));
  if (value && typeof value === 'object') return str((value as Node).name);
  return null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  return value && typeof value === 'object' ? str((value as Node)['@id']) : null;
}

/** `all`: elements of the page; its <script> elements are read (pageElements, withTag). */
export function readJsonLd(all: Element[]): JsonLdData {
  const nodes: Node[] = [];
  const scripts = all.filter(
    (s) => s.tagName === 'SCRIPT' && (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
  );
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_LENGTH) continue;
    collectNodes(parseLoose(raw), nodes);
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const website = nodes.find((n) => typesOf(n).includes('WebSite'));
  return {
    headline: article ? str(article.headline ?? article.headLine ?? article.name) : null,
    description: article ? str(article.description) : null,
    authors: article ? people(article.author) : [],
    publisher: article ? nameOf(article.publisher) : null,
    websiteName: website ? str(website.name) : null,
    datePublished: article ? str(article.datePublished ?? article.dateCreated) : null,
    dateModified: article ? str(article.dateModified) : null,
    url: article ? (str(article.url) ?? idOf(article.mainEntityOfPage)) : null,
  };
}
