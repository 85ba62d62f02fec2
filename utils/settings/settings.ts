/**
 * Reader settings, kept in extension-local storage (never `sync:`: the excluded-site list says
 * what a reader reads, and nothing about their reading leaves the machine).
 */
import { storage } from 'wxt/utils/storage';

export type UiLanguage = 'auto' | 'en' | 'ar';

export interface Settings {
  /** Keep articles in the reading history at all. */
  recording: boolean;
  /** Also record every article the reader stays on for `dwellSeconds`, without opening the popup. Needs host access. */
  autoRecord: boolean;
  dwellSeconds: number;
  /** Host names (and their subdomains) that are never analysed automatically nor recorded. */
  excludedSites: string[];
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Settings = {
  recording: true,
  autoRecord: false,
  dwellSeconds: 10,
  excludedSites: [],
  uiLanguage: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
