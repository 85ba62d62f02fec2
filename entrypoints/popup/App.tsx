import { useState } from 'react';
import { browser } from 'wxt/browser';
import { HistoryList } from '@/components/HistoryList';
import { SettingsForm } from '@/components/SettingsForm';
import { Tabs } from '@/components/Tabs';
import { TranslatorContext, useT } from '@/hooks/i18n-context';
import { useHistory } from '@/hooks/use-history';
import { useSettings } from '@/hooks/use-settings';
import { useTranslator } from '@/hooks/use-translator';
import { ArticlePanel } from './ArticlePanel';

type Panel = 'article' | 'history' | 'settings';
const RECENT = 20;

export default function App() {
  const [settings, saveSettings] = useSettings();
  const translator = useTranslator(settings.uiLanguage);
  const [panel, setPanel] = useState<Panel>('article');
  const t = translator.t;
  return (
    <TranslatorContext.Provider value={translator}>
      <header className="top">
        <span className="brand">{t('extName')}</span>
        <Tabs
          tabs={[
            { key: 'article', label: t('tabArticle') },
            { key: 'history', label: t('tabHistory') },
            { key: 'settings', label: t('tabSettings') },
          ]}
          selected={panel}
          onSelect={setPanel}
        />
      </header>
      <main>
        <div role="tabpanel" id="panel-article" aria-labelledby="tab-article" hidden={panel !== 'article'}>
          <ArticlePanel />
        </div>
        <div role="tabpanel" id="panel-history" aria-labelledby="tab-history" hidden={panel !== 'history'}>
          {panel === 'history' && <RecentHistory />}
        </div>
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={panel !== 'settings'}>
          {panel === 'settings' && <SettingsForm settings={settings} onChange={saveSettings} />}
        </div>
      </main>
    </TranslatorContext.Provider>
  );
}

function RecentHistory() {
  const { t } = useT();
  const records = useHistory('', RECENT);
  return (
    <>
      <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
        {t('historyOpenLibrary')}
      </button>
      {records && <HistoryList records={records} />}
    </>
  );
}
