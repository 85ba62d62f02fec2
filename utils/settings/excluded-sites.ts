/** Turns what a reader typed ("https://www.Example.com/x", "example.com") into a bare host name. */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function isExcluded(url: string, excludedSites: string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return excludedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Only web pages and local files can hold an article; browser and extension pages cannot be scripted. */
export function isAnalysableUrl(url: string): boolean {
  return /^(https?|file):/i.test(url);
}
