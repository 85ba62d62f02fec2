/**
 * The background's answer to "what is this tab's article": extract in the page, analyse here,
 * record in history as the settings say.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '@/utils/analysis/types';
import { getRecognizer } from '@/utils/background/recognizer';
import { analyzeAndRecord } from '@/utils/background/record';
import { runExtraction } from '@/utils/background/run-extraction';
import { entityKey } from '@/utils/db/entity-key';
import { entityHistory } from '@/utils/db/history';
import type { SiyaqDB } from '@/utils/db/schema';
import type { EntityHistory, TabAnalysis } from '@/utils/messaging/protocol';
import { isAnalysableUrl } from '@/utils/settings/excluded-sites';
import type { Settings } from '@/utils/settings/settings';

export async function analyzeTab(tabId: number, db: SiyaqDB, settings: Settings, now = Date.now()): Promise<TabAnalysis> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url && !isAnalysableUrl(tab.url)) {
    return { status: 'unavailable', reason: 'restricted-page', detail: new URL(tab.url).protocol };
  }
  let extraction;
  try {
    extraction = await runExtraction(tabId);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'unavailable', reason: tab.url ? 'failed' : 'no-access', detail };
  }
  if (extraction.kind === 'not-article') return { status: 'not-article', url: extraction.url, reason: extraction.reason };

  const { analysis, url, recording } = await analyzeAndRecord(db, settings, extraction, await getRecognizer(extraction.metadata.language), now);
  return {
    status: 'article',
    url,
    analysis,
    truncated: extraction.truncated,
    recording,
    history: await historyOf(db, analysis, url),
  };
}

async function historyOf(db: SiyaqDB, analysis: Analysis, url: string): Promise<EntityHistory[]> {
  const keys = [...new Set(analysis.entities.map(entityKey))];
  const counts = await entityHistory(db, keys, url).catch(() => new Map<string, number>());
  return keys.map((key) => ({ key, articles: counts.get(key) ?? 0 }));
}
