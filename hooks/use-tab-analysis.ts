import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import type { TabAnalysis } from '@/utils/messaging/protocol';

export type TabAnalysisState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'error'; error: string }
  | (TabAnalysis & { tabId: number });

/**
 * The tab to analyse: the active tab of the popup's window, or `?tab=ID` when the popup page is
 * opened in a tab of its own (keyboard users and the end-to-end tests do this).
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useTabAnalysis(): TabAnalysisState {
  const [state, setState] = useState<TabAnalysisState>({ status: 'loading' });
  const run = useCallback(async () => {
    const tabId = await targetTabId(location.search);
    if (tabId === null) return setState({ status: 'no-tab' });
    try {
      setState({ ...(await sendMessage('analyzeTab', { tabId })), tabId });
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => {
    void run();
  }, [run]);
  return state;
}
