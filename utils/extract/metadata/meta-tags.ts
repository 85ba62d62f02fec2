/**
 * Every <meta> (and content-bearing RDFa/microdata element) of the page by lower-cased key (name, property, itemprop or http-equiv), in document
 * order. Pages misuse the attributes ("og:description" under name=), so all are read alike.
 */
import { clean, decodeEntities } from '@/utils/extract/metadata/text';

export type MetaTags = Map<string, string[]>;

/** `all`: every element of the page (allElements). */
export function readMetaTags(all: Element[]): MetaTags {
  const tags: MetaTags = new Map();
  // RDFa and microdata put the same keys on <span property content> (Drupal's dc:date).
  for (const el of all.filter((e) => e.hasAttribute('content'))) {
    const value = clean(decodeEntities(el.getAttribute('content') ?? ''));
    if (!value) continue;
    const keys = ['name', 'property', 'itemprop', 'http-equiv']
      .map((attr) => el.getAttribute(attr))
      .filter((k): k is string => !!k)
      .flatMap((k) => k.toLowerCase().split(/\s+/))
      .map((k) => k.replace(/^dc:/, 'dc.').replace(/^dcterms:/, 'dcterms.'));
    for (const key of keys) {
      const list = tags.get(key) ?? [];
      list.push(value);
      tags.set(key, list);
    }
  }
  return tags;
}

/** Values under `keys`, in the order the keys are given (precedence), then document order. */
export function metaValues(tags: MetaTags, keys: string[]): string[] {
  return keys.flatMap((k) => tags.get(k) ?? []);
}

export const firstMeta = (tags: MetaTags, keys: string[]): string | null => metaValues(tags, keys)[0] ?? null;
