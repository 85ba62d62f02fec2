/**
 * Publisher and site name from the names a page gives itself: JSON-LD publisher and WebSite, og:site_name,
 * itemprop=publisher, application-name, the outer affixes of <title>/og:title, a source line. A name wins
 * by the weight of its source plus the other sources that agree with it; on a right-to-left article a
 * name in the article's script beats a Latin brand ("صحيفة اليوم" over "alyaum").
 */
import { clean, containment, foldKey, isUrlLike, scriptOf } from '@/utils/extract/metadata/text';

export interface NameCandidate {
  name: string;
  source: string;
  weight: number;
}

const GENERIC = /^(?:logo|الشعار|شعار|home|الرئيسية|website|site)$/i;

/** Splits "A | B | C" into its parts; keeps a plausible organisation name only. */
export function nameCandidates(raw: string | null | undefined, source: string, weight: number): NameCandidate[] {
  const value = clean(raw);
  if (!value || isUrlLike(value)) return [];
  return value
    .split(/\s+\|\s+|\s+[-–—]\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2 && p.length <= 60 && !GENERIC.test(p) && !isUrlLike(p) && !/^[\d\s\p{P}\p{S}]+$/u.test(p))
    .map((name) => ({ name, source, weight }));
}

const agrees = (a: string, b: string) => {
  if (!foldKey(a) || !foldKey(b)) return false;
  const squash = (s: string) => foldKey(s).replace(/\s+/g, '');
  return squash(a) === squash(b) || containment(a, b) >= 0.6 || containment(b, a) >= 0.6;
};

function fitsScript(name: string, articleScript: 'rtl' | 'latin' | null): boolean {
  if (articleScript !== 'rtl') return true;
  return scriptOf(name) === 'rtl' || /[\u0590-\u06FF]/.test(name);
}

/**
 * Groups agreeing names; a group scores the weights of its distinct sources. The group's name is its
 * shortest member from a real site-name source ("LBCI" over "LBCI Lebanon", "بوابة اخبار اليوم" over
 * "بوابة أخبار اليوم الإلكترونية"): the longer forms add slogans and regions.
 */
export function pickPublisher(candidates: NameCandidate[], articleScript: 'rtl' | 'latin' | null): string | null {
  const fitting = candidates.filter((c) => fitsScript(c.name, articleScript));
  for (const pool of [fitting, candidates]) {
    let best: { name: string; score: number } | null = null;
    for (const c of pool) {
      const group = pool.filter((o) => o === c || agrees(o.name, c.name));
      const bySource = new Map<string, number>();
      for (const g of group) bySource.set(g.source, Math.max(bySource.get(g.source) ?? 0, g.weight));
      const score = [...bySource.values()].reduce((a, b) => a + b, 0) + 2 * (bySource.size - 1);
      const named = group.filter((g) => g.weight >= 2).sort((a, b) => a.name.length - b.name.length)[0] ?? c;
      if (score >= 2 && (!best || score > best.score)) best = { name: named.name, score };
    }
    if (best) return best.name;
  }
  return null;
}

/**
 * Segments of a "Headline - Section - Site" title other than the headline: the outer ones are where
 * sites put their names (weight 2), inner ones are often breadcrumbs (weight 1). In a bilingual
 * suffix ("… | الصباح | Assabah") the last segment of each script counts as outer.
 */
export function titleAffixes(title: string | null, headline: string | null): { name: string; outer: boolean }[] {
  const value = clean(title);
  if (!value) return [];
  // Cut the headline out first: headlines carry their own colons and dashes ("لـ«الصباح»: …").
  const rest = headline && value.includes(headline) ? value.replace(headline, ' | ') : value;
  const parts = rest
    .split(/\s+[|\-–—:]\s+|\s*[|]\s*/)
    .map((p) => p.replace(/^[\s\-–—:·•]+|[\s\-–—:·•]+$/g, ''))
    .filter(Boolean);
  if (rest === value && parts.length < 2) return [];
  const lastOfScript = (i: number) => parts.slice(i + 1).every((p) => scriptOf(p) !== scriptOf(parts[i]));
  return parts
    .map((name, i) => ({ name, outer: i === 0 || lastOfScript(i) }))
    .filter((p) => !headline || containment(p.name, headline) < 0.5 || p.name.split(/\s+/).length < 3);
}
