import { AnalysisView } from '@/components/AnalysisView';
import { StatusMessage } from '@/components/StatusMessage';
import { useT } from '@/hooks/i18n-context';
import { useTabAnalysis } from '@/hooks/use-tab-analysis';
import type { Entity, Quote } from '@/utils/analysis/types';
import { sendMessage } from '@/utils/messaging';
import type { RecordingOutcome } from '@/utils/messaging/protocol';

/** A quote's opening words find it in the page even when the rest crosses markup. */
const QUOTE_PROBE_CHARS = 40;

export function ArticlePanel() {
  const t = useT();
  const state = useTabAnalysis();

  switch (state.status) {
    case 'loading':
      return <StatusMessage title={t.t('loading')} testId="status-loading" />;
    case 'no-tab':
      return <StatusMessage title={t.t('noTab')} testId="status-no-tab" />;
    case 'error':
      return <StatusMessage title={t.t('failedTitle')} body={state.error} testId="status-error" />;
    case 'unavailable':
      return state.reason === 'failed' ? (
        <StatusMessage title={t.t('failedTitle')} body={state.detail} testId="status-error" />
      ) : (
        <StatusMessage title={t.t('restrictedTitle')} body={t.t('restrictedBody')} testId="status-restricted" />
      );
    case 'not-article':
      return <StatusMessage title={t.t('notArticleTitle')} body={t.t('notArticleBody')} testId="status-not-article" />;
  }

  const { tabId, analysis, history, recording, truncated } = state;
  const highlight = (texts: string[]) => void sendMessage('highlightInTab', { tabId, texts }).catch(() => undefined);
  const onSelectEntity = (entity: Entity) =>
    highlight([...new Set([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)])]);
  const onSelectQuote = (quote: Quote) => highlight([quote.text.slice(0, QUOTE_PROBE_CHARS)]);

  return (
    <>
      {truncated && <p className="warning" role="status">{t.t('truncated')}</p>}
      <AnalysisView
        analysis={analysis}
        seenElsewhere={new Map(history.map((h) => [h.key, h.articles]))}
        onSelectEntity={onSelectEntity}
        onSelectQuote={onSelectQuote}
      />
      <p className="recording muted" data-testid="recording" data-status={recording.status}>
        {recordingText(recording, t.t)}
      </p>
    </>
  );
}

function recordingText(outcome: RecordingOutcome, t: ReturnType<typeof useT>['t']): string {
  switch (outcome.status) {
    case 'saved':
      return outcome.visits > 1 ? t('recordedRevisit', outcome.visits) : t('recorded');
    case 'off':
      return t('notRecorded');
    case 'excluded':
      return t('notRecordedExcluded');
    case 'full':
      return t('historyFull');
    case 'failed':
      return t('historyFailed', outcome.error);
  }
}
