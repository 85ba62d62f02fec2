import { browser } from 'wxt/browser';
import { clearHighlightsInPage, highlightTextsInPage } from '@/utils/background/page-highlight';

export async function highlightInTab(tabId: number, texts: string[]): Promise<{ found: number }> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: highlightTextsInPage, args: [texts] });
  return { found: typeof injection?.result === 'number' ? injection.result : 0 };
}

export async function clearHighlights(tabId: number): Promise<{ cleared: boolean }> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: clearHighlightsInPage });
  return { cleared: injection?.result === true };
}
