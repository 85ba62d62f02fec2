import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '@/utils/extract/decode-html';
import { pageBytes } from './load-page';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('honours a byte-order mark over any declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1256"><p>سياق</p>')]);
    expect(decodeHtml(bytes)).toContain('سياق');
  });
  it('honours a charset declared in the first 1,024 bytes', () => {
    // "سلام" in windows-1256.
    const body = new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]);
    const bytes = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>'), ...body]);
    expect(decodeHtml(bytes)).toContain('سلام');
  });
  it('reads valid UTF-8 as UTF-8 even under a stale legacy declaration (re-saved pages)', () => {
    expect(decodeHtml(utf8('<meta charset="gb2312"><title>人工智能</title>'))).toContain('人工智能');
    expect(decodeHtml(utf8('<meta charset="windows-1256"><p>سياق</p>'))).toContain('سياق');
  });
  it('reads a page whose charset is declared after the prescan window as UTF-8 (ynet)', () => {
    const bytes = pageBytes('rtl-other', 'ynet-il-5735210');
    expect(declaredCharset(bytes)).toBeNull();
    expect(decodeHtml(bytes)).toContain('נסראללה');
  });
  it('falls back to UTF-8 for unknown labels and UTF-16 declared in ASCII', () => {
    expect(decodeHtml(utf8('<meta charset="x-klingon"><p>سياق</p>'))).toContain('سياق');
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>سياق</p>'))).toContain('سياق');
  });
});
