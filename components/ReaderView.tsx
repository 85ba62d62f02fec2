import { useMemo } from 'react';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize';
import type { Direction } from '@/utils/analysis/types';

/** The saved article body, sanitised on every render because stored HTML came from the page. */
export function ReaderView({ html, dir, lang }: { html: string; dir: Direction; lang: string | null }) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  return <div className="reader" dir={dir} lang={lang ?? undefined} dangerouslySetInnerHTML={{ __html: clean }} />;
}
