import { useT } from '@/hooks/i18n-context';
import type { ArticleRecord } from '@/utils/db/types';

export interface HistoryListProps {
  records: ArticleRecord[];
  onDelete?: (record: ArticleRecord) => void;
  onOpenDetails?: (record: ArticleRecord) => void;
}

/** What the reader has read, newest first; each title opens the original page. */
export function HistoryList({ records, onDelete, onOpenDetails }: HistoryListProps) {
  const t = useT();
  if (records.length === 0) return <p className="muted" data-testid="history-empty">{t.t('historyEmpty')}</p>;
  return (
    <ol className="history" data-testid="history">
      {records.map((record) => (
        <li key={record.id} className="history-item" data-testid="history-item">
          <a href={safeHref(record.visitedUrl)} target="_blank" rel="noreferrer noopener" dir={record.direction} data-testid="history-title">
            {record.title ?? record.url}
          </a>
          <div className="muted">
            {record.siteName && <bdi>{record.siteName}</bdi>}
            {record.publishedDate && <> · {t.date(record.publishedDate)}</>}
            {' · '}
            {t.t('historyVisited', t.date(new Date(record.lastVisitedAt).toISOString()))}
          </div>
          <div className="actions">
            {onOpenDetails && (
              <button type="button" className="link" onClick={() => onOpenDetails(record)}>
                {t.t('historyDetails')}
              </button>
            )}
            {onDelete && (
              <button type="button" className="link danger" onClick={() => onDelete(record)}>
                {t.t('historyDelete')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Stored URLs came from pages: only web and file addresses become links, never javascript: or data:. */
export function safeHref(url: string): string | undefined {
  return /^(https?|file):/i.test(url) ? url : undefined;
}
