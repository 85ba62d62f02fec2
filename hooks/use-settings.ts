import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/utils/settings/settings';

/** Current settings, live across pages (a change in the library shows in an open popup). */
export function useSettings(): [Settings, (next: Settings) => Promise<void>, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void getSettings().then((value) => {
      setSettings(value);
      setLoaded(true);
    });
    return settingsItem.watch((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
  }, []);
  const save = async (next: Settings) => {
    setSettings(next);
    await settingsItem.setValue(next);
  };
  return [settings, save, loaded];
}
