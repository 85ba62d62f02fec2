import { defineBackground } from 'wxt/utils/define-background';
import { analyzeTab } from '@/utils/background/analyze-tab';
import { registerAutoRecord } from '@/utils/background/auto-record';
import { clearHighlights, highlightInTab } from '@/utils/background/highlight';
import { db } from '@/utils/db/db';
import { onMessage } from '@/utils/messaging';
import { getSettings } from '@/utils/settings/settings';

export default defineBackground(() => {
  onMessage({
    analyzeTab: async ({ tabId }) => analyzeTab(tabId, db, await getSettings()),
    highlightInTab: ({ tabId, texts }) => highlightInTab(tabId, texts),
    clearHighlights: ({ tabId }) => clearHighlights(tabId),
  });
  registerAutoRecord(db);
});
