import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/hooks/i18n-context';
import { normalizeSite } from '@/utils/settings/excluded-sites';
import type { Settings, UiLanguage } from '@/utils/settings/settings';
import { AUTO_RECORD_ORIGINS } from '@/utils/settings/site-access';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (next: Settings) => Promise<void>;
}

export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const t = useT();
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const toggleAutoRecord = async (on: boolean) => {
    setMessage(null);
    // Must be called straight from the click: permissions.request needs the user's gesture.
    const granted = on ? await browser.permissions.request({ origins: AUTO_RECORD_ORIGINS }) : true;
    if (!granted) setMessage(t.t('settingsPermissionDenied'));
    await onChange({ ...settings, autoRecord: on && granted });
    if (!on) await browser.permissions.remove({ origins: AUTO_RECORD_ORIGINS });
  };

  const addSite = async (event: React.FormEvent) => {
    event.preventDefault();
    const normalized = normalizeSite(site);
    if (!normalized) return setMessage(t.t('settingsInvalidSite', site));
    setMessage(null);
    setSite('');
    if (!settings.excludedSites.includes(normalized)) {
      await onChange({ ...settings, excludedSites: [...settings.excludedSites, normalized].sort() });
    }
  };

  return (
    <form className="settings" onSubmit={addSite} data-testid="settings">
      <label className="check">
        <input type="checkbox" checked={settings.recording} onChange={(e) => void onChange({ ...settings, recording: e.target.checked })} />
        {t.t('settingsRecording')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.autoRecord}
          disabled={!settings.recording}
          onChange={(e) => void toggleAutoRecord(e.target.checked)}
        />
        {t.t('settingsAutoRecord', settings.dwellSeconds)}
      </label>
      <fieldset>
        <legend>{t.t('settingsExcluded')}</legend>
        <p className="muted">{t.t('settingsExcludedHint')}</p>
        <ul className="sites">
          {settings.excludedSites.map((s) => (
            <li key={s}>
              <bdi>{s}</bdi>{' '}
              <button
                type="button"
                className="link danger"
                aria-label={t.t('settingsRemove', s)}
                onClick={() => void onChange({ ...settings, excludedSites: settings.excludedSites.filter((x) => x !== s) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <input
            type="text"
            dir="ltr"
            value={site}
            onChange={(e) => setSite(e.target.value)}
            placeholder="example.com"
            aria-label={t.t('settingsExcluded')}
          />
          <button type="submit">{t.t('settingsAdd')}</button>
        </div>
      </fieldset>
      <label>
        {t.t('settingsUiLanguage')}{' '}
        <select
          value={settings.uiLanguage}
          data-testid="ui-language"
          onChange={(e) => void onChange({ ...settings, uiLanguage: e.target.value as UiLanguage })}
        >
          <option value="auto">{t.t('settingsLanguageAuto')}</option>
          <option value="en" lang="en">{t.t('settingsLanguageEn')}</option>
          <option value="ar" lang="ar">{t.t('settingsLanguageAr')}</option>
        </select>
      </label>
      {message && <p role="status" className="warning">{message}</p>}
    </form>
  );
}
