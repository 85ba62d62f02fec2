/**
 * Every <meta> (and content-bearing RDFa/microdata element) of the page by lower-cased key (name, property, itemprop or http-equiv), in document
 * order. Pages misuse the attributes ("og:description" under name=), so all are read alike.
 */
import { clean, decodeEntities } from '@/utils/extract/metadata/text';

export type MetaTags = Map<string, string[]>;

const KEY_ATTRIBUTES = ['name', 'property', 'itemprop', 'http-equiv'];

/** `elements`: the page's elements with a content attribute, in document order (pageElements). */
export function readMetaTags(elements: Element[]): MetaTags {
  const tags: MetaTags = new Map();
  // RDFa and microdata put the same keys on <span property content> (Drupal's dc:date).
  for (const el of elements) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    const value = clean(decodeEntities(content));
    if (!value) continue;
    for (const attr of KEY_ATTRIBUTES) {
      const k = el.getAttribute(attr);
      if (!k) continue;
      for (const word of k.toLowerCase().split(/\s+/)) {
        const key = word.replace(/^dc:/, 'dc.').replace(/^dcterms:/, 'dcterms.');
        const list = tags.get(key);
        if (list) list.push(value);
        else tags.set(key, [value]);
      }
    }
  }
  return tags;
}

/** Values under `keys`, in the order the keys are given (precedence), then document order. */
export function metaValues(tags: MetaTags, keys: string[]): string[] {
  return keys.flatMap((k) => tags.get(k) ?? []);
}

export const firstMeta = (tags: MetaTags, keys: string[]): string | null => metaValues(tags, keys)[0] ?? null;
