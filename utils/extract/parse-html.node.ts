/**
 * Node-only: turns saved HTML into a Document for the CLI, scripts and tests.
 * jsdom, because Readability's scoring reads layout-free DOM APIs that linkedom gets subtly wrong.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const STYLE_BLOCKS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  try {
    return build(html, url);
  } catch {
    // jsdom's CSS parser throws on some real stylesheets (nationalreview.com in the AEB corpus);
    // styles carry no article text, so the page is read again without them.
    return build(html.replace(STYLE_BLOCKS, ''), url);
  }
}

function build(html: string, url: string): Document {
  // Page scripts never run and page console noise never reaches ours.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
