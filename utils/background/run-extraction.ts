import { browser } from 'wxt/browser';
import type { Extraction } from '@/utils/extract/article';
import { ExtractionSchema } from '@/utils/messaging/schemas';

/** The bundled content script; WXT builds entrypoints/content.ts to this path. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Injects the content script into a tab and returns what it extracted, validated: the script runs
 * inside the page, so its answer is treated like any other page data.
 */
export async function runExtraction(tabId: number): Promise<Extraction & { url: string }> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  const parsed = ExtractionSchema.safeParse(injection?.result);
  if (!parsed.success) throw new Error('The page returned no readable extraction');
  return parsed.data;
}
