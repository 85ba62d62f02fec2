/**
 * The single place untrusted page HTML becomes renderable (Readability README §Security).
 * Besides scripts and handlers, it drops everything that would fetch from the network when shown
 * in an extension page (images, media, frames, styles), since reading history never calls out.
 */
import DOMPurify from 'dompurify';

const FORBID_TAGS = ['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'style', 'link', 'form', 'input', 'button', 'svg', 'math'];
const FORBID_ATTR = ['style', 'srcset', 'background', 'poster', 'class', 'id'];

export function sanitizeArticleHtml(html: string, window: Window & typeof globalThis = globalThis.window): string {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:|#)/i.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noreferrer noopener');
    }
  });
  return purify.sanitize(html, { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false });
}
