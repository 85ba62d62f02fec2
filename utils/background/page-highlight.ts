/**
 * Functions injected into the page with scripting.executeScript({ func }). They are serialised,
 * so each must be self-contained: no imports, no outer variables.
 *
 * The CSS Custom Highlight API paints ranges without touching the page's DOM, so highlighting
 * never breaks the page's own scripts and clears without a trace.
 */
export function highlightTextsInPage(texts: string[]): number {
  const NAME = 'siyaq';
  const needles = texts.map((t) => t.trim()).filter((t) => t.length > 0);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (const needle of needles) {
      for (let at = value.indexOf(needle); at !== -1; at = value.indexOf(needle, at + needle.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        ranges.push(range);
      }
    }
  }
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightClass) {
    registry.set(NAME, new HighlightClass(...ranges));
    if (!document.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { siyaq?: boolean }).siyaq)) {
      const sheet = new CSSStyleSheet() as CSSStyleSheet & { siyaq?: boolean };
      sheet.replaceSync(`::highlight(${NAME}) { background-color: #ffd43b; color: #000; }`);
      sheet.siyaq = true;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
  }
  ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return ranges.length;
}

export function clearHighlightsInPage(): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  return registry?.delete('siyaq') ?? false;
}
