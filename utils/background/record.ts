import { analyzeExtraction } from '@/utils/analysis/analyze';
import type { Analysis } from '@/utils/analysis/types';
import { historyUrl } from '@/utils/background/history-url';
import { recordVisit } from '@/utils/db/history';
import type { SiyaqDB } from '@/utils/db/schema';
import type { Recognizer } from '@/utils/nlp/ner';
import type { PageArticle } from '@/utils/extract/article';
import type { RecordingOutcome } from '@/utils/messaging/protocol';
import { isExcluded } from '@/utils/settings/excluded-sites';
import type { Settings } from '@/utils/settings/settings';

/** Records one visit when the settings allow it; every way of not recording is reported, never thrown. */
export async function record(
  db: SiyaqDB,
  settings: Settings,
  extraction: PageArticle,
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
    // A full quota must not cost the reader the analysis they are looking at, nor what is stored.
    if (isQuotaError(error)) return { status: 'full' };
    return { status: 'failed', error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) => (e as { name?: string } | null)?.name);
  return names.includes('QuotaExceededError');
}


/** Analyses a page's article and records the visit under its history URL: what every trigger does. */
export async function analyzeAndRecord(
  db: SiyaqDB,
  settings: Settings,
  extraction: PageArticle,
  recognizer: Recognizer,
  now: number,
): Promise<{ analysis: Analysis; url: string; recording: RecordingOutcome }> {
  const analysis = analyzeExtraction(extraction, recognizer);
  const url = historyUrl(extraction.url, analysis.metadata.canonicalUrl);
  return { analysis, url, recording: await record(db, settings, extraction, analysis, url, now) };
}
