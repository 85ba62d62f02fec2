import { useState } from 'react';
import { AnalysisView } from '@/components/AnalysisView';
import { HistoryList } from '@/components/HistoryList';
import { ReaderView } from '@/components/ReaderView';
import { SettingsForm } from '@/components/SettingsForm';
import { TranslatorContext } from '@/hooks/i18n-context';
import { useHistory } from '@/hooks/use-history';
import { useSettings } from '@/hooks/use-settings';
import { useTranslator } from '@/hooks/use-translator';
import { db } from '@/utils/db/db';
import { deleteRecord } from '@/utils/db/history';
import type { ArticleRecord } from '@/utils/db/types';

export default function App() {
  const [settings, saveSettings] = useSettings();
  const translator = useTranslator(settings.uiLanguage);
  const { t } = translator;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ArticleRecord | null>(null);
  const records = useHistory(query);
  return (
    <TranslatorContext.Provider value={translator}>
      <header className="top">
        <h1 className="brand">{t('libraryTitle')}</h1>
      </header>
      <main className="library">
        <section className="library-list" aria-label={t('tabHistory')}>
          <input
            type="search"
            dir="auto"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('historySearch')}
            aria-label={t('historySearch')}
            data-testid="history-search"
          />
          {records && <p className="muted" data-testid="history-count">{translator.plural('historyCount', records.length)}</p>}
          {records && (
            <HistoryList
              records={records}
              onOpenDetails={setSelected}
              onDelete={(record) => {
                if (record.id !== undefined) void deleteRecord(db, record.id);
                if (selected?.id === record.id) setSelected(null);
              }}
            />
          )}
        </section>
        <section className="library-detail">
          {selected && (
            <>
              <AnalysisView analysis={selected.analysis} />
              <ReaderView html={selected.contentHtml} dir={selected.direction} lang={selected.language} />
            </>
          )}
        </section>
        <section className="library-settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('tabSettings')}</h2>
          <SettingsForm settings={settings} onChange={saveSettings} />
        </section>
      </main>
    </TranslatorContext.Provider>
  );
}
