/**
 * Bytes of a saved page to text, the way a browser would for a local file: a byte-order mark first,
 * then a charset declared in the first 1,024 bytes (the HTML prescan window), else UTF-8. A charset
 * declared later is not honoured, and need not be: UTF-8 is what such pages turn out to be.
 */

const PRESCAN_BYTES = 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

const META = /<meta\b[^>]*>/gi;
const CHARSET = /charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/** The charset a <meta> in the first 1,024 bytes declares, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(META) ?? []) {
    const m = CHARSET.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder {
  try {
    const decoder = new TextDecoder(label);
    // A page that declares UTF-16 in ASCII-compatible bytes is not UTF-16 (HTML spec: treat as UTF-8).
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return new TextDecoder('utf-8');
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  return decoderFor(declared ?? 'utf-8').decode(bytes);
}
