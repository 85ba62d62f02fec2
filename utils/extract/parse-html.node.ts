/**
 * Node-only: turns saved HTML into a Document for the CLI, scripts and tests.
 * jsdom, because Readability's scoring reads layout-free DOM APIs that linkedom gets subtly wrong.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  // Page scripts never run and page console noise never reaches ours.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
