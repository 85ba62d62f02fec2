/**
 * Quoted spans: “…” and «…» pair unambiguously; straight "…" pair in order. A span is the text
 * between the marks. Unclosed or runaway marks (over MAX_SPAN) are dropped rather than guessed.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Inner text bounds: text.slice(start, end) is what is quoted. */
  start: number;
  end: number;
}

const MAX_SPAN = 2000;
const CLOSER: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };
const MARKS = /[“”«»"„]/g;

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let closer = '';
  for (const mark of text.matchAll(MARKS)) {
    const i = mark.index;
    const ch = mark[0];
    if (open >= 0 && ch === closer) {
      if (i - open <= MAX_SPAN && i > open + 1) spans.push({ open, start: open + 1, end: i });
      open = -1;
    } else if (ch in CLOSER && (open < 0 || ch === text[open] || i - open > MAX_SPAN)) {
      // A second opener of the same kind means the first was never closed: restart from here.
      open = i;
      closer = CLOSER[ch];
    }
  }
  return spans;
}

/** Index of spans by offset: which span an offset falls in, and which span opens at an offset. */
export class QuoteIndex {
  private readonly byOpen = new Map<number, QuotedSpan>();

  constructor(readonly spans: QuotedSpan[]) {
    for (const span of spans) this.byOpen.set(span.open, span);
  }

  openingAt(offset: number): QuotedSpan | undefined {
    return this.byOpen.get(offset);
  }

  /** Binary search: spans are sorted and never overlap. */
  containing(offset: number): QuotedSpan | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = this.spans[mid];
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return span;
    }
    return undefined;
  }
}
