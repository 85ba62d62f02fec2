/**
 * The background's answer to "what is this tab's article": extract in the page, analyse here,
 * record in history as the settings say.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '@/utils/analysis/types';
import { analyzeExtraction } from '@/utils/analysis/analyze';
import { historyUrl } from '@/utils/background/history-url';
import { getRecognizer } from '@/utils/background/recognizer';
import { runExtraction } from '@/utils/background/run-extraction';
import { entityKey } from '@/utils/db/entity-key';
import { entityHistory, recordVisit } from '@/utils/db/history';
import type { SiyaqDB } from '@/utils/db/schema';
import type { ArticleExtraction } from '@/utils/extract/article';
import type { EntityHistory, RecordingOutcome, TabAnalysis } from '@/utils/messaging/protocol';
import { isAnalysableUrl, isExcluded } from '@/utils/settings/excluded-sites';
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

  const analysis = analyzeExtraction(extraction, await getRecognizer());
  const url = historyUrl(extraction.url, analysis.metadata.canonicalUrl);
  const recording = await record(db, settings, extraction, analysis, url, now);
  return {
    status: 'article',
    url,
    analysis,
    truncated: extraction.truncated,
    recording,
    history: await historyOf(db, analysis, url),
  };
}

export async function record(
  db: SiyaqDB,
  settings: Settings,
  extraction: ArticleExtraction,
  analysis: Analysis,
  url: string,
  now: number,
): Promise<RecordingOutcome> {
  if (!settings.recording) return { status: 'off' };
  if (isExcluded(url, settings.excludedSites) || isExcluded(extraction.url, settings.excludedSites)) return { status: 'excluded' };
  try {
    const saved = await recordVisit(db, { url, visitedUrl: extraction.url, analysis, contentHtml: extraction.contentHtml, at: now });
    return { status: 'saved', id: saved.id!, visits: saved.visits.length };
  } catch (error) {
    // A full quota must not cost the reader the analysis they are looking at.
    return { status: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

async function historyOf(db: SiyaqDB, analysis: Analysis, url: string): Promise<EntityHistory[]> {
  const keys = [...new Set(analysis.entities.map(entityKey))];
  const counts = await entityHistory(db, keys, url).catch(() => new Map<string, number>());
  return keys.map((key) => ({ key, articles: counts.get(key) ?? 0 }));
}
