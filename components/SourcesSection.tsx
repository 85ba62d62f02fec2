import { useT } from '@/hooks/i18n-context';
import type { Analysis, Quote } from '@/utils/analysis/types';

export interface SourcesSectionProps {
  analysis: Analysis;
  onSelectQuote?: (quote: Quote) => void;
}

/** Who published the article, from where, and which statements rest on which sources. */
export function SourcesSection({ analysis, onSelectQuote }: SourcesSectionProps) {
  const t = useT();
  const { metadata, quotes, works } = analysis;
  const named = quotes.filter((q) => q.named).length;
  const roles = analysis.entities.filter((e) => e.role);
  return (
    <section className="sources" aria-labelledby="sources-heading" data-testid="sources">
      <h2 id="sources-heading">{t.t('sources')}</h2>
      <dl className="facts">
        {metadata.dateline && <Row label={t.t('dateline')} value={metadata.dateline} testId="source-dateline" />}
        {metadata.wireAgencies.length > 0 && <Row label={t.t('wires')} value={metadata.wireAgencies.join('، ')} testId="source-wires" />}
        {(metadata.issue || metadata.page) && (
          <Row label={t.t('issuePage')} value={t.t('issuePageValue', metadata.issue ?? '–', metadata.page ?? '–')} testId="source-issue" />
        )}
      </dl>
      <p className="statement-count" data-testid="statement-count">
        {quotes.length > 0 ? t.t('statements', quotes.length, named, quotes.length - named) : t.t('noStatements')}
      </p>
      {quotes.length > 0 && (
        <ol className="quotes">
          {quotes.map((quote, i) => (
            <li key={i} className="quote" data-testid="quote" data-named={quote.named}>
              <span className={quote.named ? 'badge named' : 'badge unnamed'}>{t.t(quote.named ? 'named' : 'unnamed')}</span>{' '}
              <bdi className="speaker" data-testid="quote-speaker">{quote.speaker ?? '?'}</bdi>
              {quote.verb && <span className="muted"> ({quote.verb})</span>}
              <button type="button" className="quote-text link" dir="auto" onClick={() => onSelectQuote?.(quote)} disabled={!onSelectQuote}>
                {quote.text}
              </button>
            </li>
          ))}
        </ol>
      )}
      {works.length > 0 && (
        <>
          <h3>{t.t('works')}</h3>
          <ul className="works" data-testid="works">
            {works.map((work, i) => (
              <li key={i}>
                <bdi>{work.title}</bdi>
                {work.kind && <span className="muted"> · {t.lookup(`workKind_${work.kind}`) ?? work.kind}</span>}
                {work.by && <span> · {t.t('workBy', '')}<bdi>{work.by}</bdi></span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {roles.length > 0 && (
        <>
          <h3>{t.t('role')}</h3>
          <ul className="roles" data-testid="roles">
            {roles.map((entity, i) => (
              <li key={i}>
                <bdi>{entity.name}</bdi>: <bdi>{entity.role}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <bdi>{value}</bdi>
      </dd>
    </div>
  );
}
