/**
 * One stable URL per article: relative links resolved, fragment and tracking parameters dropped, so
 * the same story shared from a newsletter and from social media lands on one history entry.
 */

const TRACKING_PARAM =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ncid|srcref|ref_src|ref_url|at_medium|at_campaign|at_custom\d*|wt\.mc_id|spm|__twitter_impression)$/i;

/** Absolute http(s) URL without tracking parameters and fragment, or null when `url` is not one. */
export function canonicalizeUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of Array.from(parsed.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  if (parsed.searchParams.size === 0) parsed.search = '';
  return parsed.toString();
}

const isIpHost = (url: string) => /^https?:\/\/\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\//.test(url);

/**
 * <link rel=canonical>, then og:url, then the page URL. An og:url on a bare IP address is a CMS leak
 * (almadenahnews), not the article's address.
 */
export function pickCanonicalUrl(doc: Document, candidates: (string | null)[], pageUrl: string | null): string | null {
  const base = pageUrl ?? undefined;
  const linked = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  for (const raw of [linked, ...candidates, pageUrl]) {
    if (!raw) continue;
    const url = canonicalizeUrl(raw, base);
    if (url && !isIpHost(url)) return url;
  }
  return null;
}
