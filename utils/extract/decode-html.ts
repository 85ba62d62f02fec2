/**
 * Bytes of a saved page to text, the way a browser would for a local file: a byte-order mark first,
 * then a charset declared in the first 1,024 bytes (the HTML prescan window), else UTF-8. A charset
 * declared later is not honoured, and need not be: UTF-8 is what such pages turn out to be.
 *
 * One exception to the declaration: saved pages are often re-encoded to UTF-8 and keep their old
 * <meta charset="gb2312">. Bytes that are valid UTF-8 and contain multi-byte sequences are read as
 * UTF-8 whatever the declaration says: legacy-encoded Arabic, CJK or Cyrillic text is practically
 * never valid UTF-8 by accident, while honouring the stale label would turn every letter to mojibake.
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

function strictUtf8(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  const decoder = decoderFor(declared ?? 'utf-8');
  if (decoder.encoding === 'utf-8') return decoder.decode(bytes);
  return strictUtf8(bytes) ?? decoder.decode(bytes);
}
