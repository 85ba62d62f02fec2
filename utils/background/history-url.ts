import { canonicalizeUrl } from '@/utils/extract/metadata/canonical-url';

const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');

/**
 * The URL an article is kept under. A page's declared canonical URL is used only when it stays on
 * the page's own site: a hostile page must not be able to overwrite another site's history record.
 */
export function historyUrl(pageUrl: string, declaredCanonical: string | null): string {
  const page = canonicalizeUrl(pageUrl) ?? pageUrl;
  if (!declaredCanonical) return page;
  try {
    const canonical = new URL(declaredCanonical, pageUrl);
    if (!/^https?:$/.test(canonical.protocol) || bareHost(canonical) !== bareHost(new URL(pageUrl))) return page;
    return canonicalizeUrl(canonical.href) ?? page;
  } catch {
    return page;
  }
}
