import { useT } from '@/hooks/i18n-context';
import type { ArticleMetadata } from '@/utils/analysis/types';
import { readingMinutes } from '@/utils/analysis/reading-time';

/** Page-derived strings sit in <bdi> so Arabic and Latin mixed in one line keep their order. */
export function ArticleCard({ metadata }: { metadata: ArticleMetadata }) {
  const t = useT();
  const languageName = metadata.language ? displayLanguage(metadata.language, t.locale) : null;
  const publisher = metadata.publisher ?? metadata.siteName;
  return (
    <article className="card" aria-labelledby="article-title">
      <h1 id="article-title" dir={metadata.direction} lang={metadata.language ?? undefined} data-testid="article-title">
        {metadata.title}
      </h1>
      {metadata.authors.length > 0 && (
        <p className="byline" data-testid="article-authors">
          {t.t('byline', '')}
          <bdi>{metadata.authors.join(', ')}</bdi>
        </p>
      )}
      <dl className="facts">
        {publisher && (
          <Fact label={t.t('publisher')} testId="article-publisher">
            <bdi>{publisher}</bdi>
          </Fact>
        )}
        {metadata.publishedDate && (
          <Fact label={t.t('published')} testId="article-date">
            <time dateTime={metadata.publishedDate}>{t.date(metadata.publishedDate)}</time>
          </Fact>
        )}
        {languageName && (
          <Fact label={t.t('language')} testId="article-language">
            {languageName} · <span data-testid="article-direction" data-dir={metadata.direction}>
              {t.t(metadata.direction === 'rtl' ? 'directionRtl' : 'directionLtr')}
            </span>
          </Fact>
        )}
        <Fact label={t.t('readingTime')} testId="article-reading-time">
          {t.plural('minutes', readingMinutes(metadata.wordCount))}
        </Fact>
      </dl>
      {metadata.excerpt && (
        <p className="excerpt" dir="auto" lang={metadata.language ?? undefined} data-testid="article-excerpt">
          {metadata.excerpt}
        </p>
      )}
    </article>
  );
}

function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function displayLanguage(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
