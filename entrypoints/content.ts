import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/extract/article';

/**
 * Injected on demand by the background (activeTab + scripting), never declared for any site.
 * It only reads the page and returns plain data; it never opens Dexie, whose IndexedDB here
 * would be the page's.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return extractArticle(document, location.href);
  },
});
