/**
 * Print-edition source lines written into the article text, e.g.
 * "العرب  [نُشر في 2017/10/07، العدد: 10774، ص(19)]" → publisher العرب, date, issue 10774, page 19,
 * and labelled dates such as "Published: March 3, 2015" or "تاريخ النشر: …".
 */
import { asciiDigits } from '@/utils/extract/dates/digits';
import { findTextDates } from '@/utils/extract/dates/text-dates';

export interface SourceLine {
  publisher: string | null;
  date: string | null;
  issue: string | null;
  page: string | null;
}

const PUBLISHED_LABEL =
  /(?:نُ?شِ?رَ?\s+(?:في|بتاريخ)|تاريخ\s+النشر|تم\s+نشره|published(?:\s+on)?|posted(?:\s+on)?|first\s+published|פורסם|تاریخ\s+انتشار|منتشر\s+شده)\s*[:：]?/iu;
const ISSUE = /(?:العدد|عدد|issue|no\.)\s*[:：]?\s*(\d{1,7})/iu;
const PAGE = /(?<!\p{L})(?:ص|صفحة|الصفحة|page|p\.)\s*[:：]?\s*\(?\s*(\d{1,4})\s*\)?/iu;
const BEFORE_BRACKET = /^([^[(]{2,40}?)\s*[[(]/u;

/** The source line among the first lines of the text, if any. */
export function findSourceLine(lines: string[]): SourceLine | null {
  for (const line of lines.slice(0, 12)) {
    if (line.length > 160) continue;
    const label = PUBLISHED_LABEL.exec(line);
    if (!label) continue;
    const after = asciiDigits(line.slice(label.index));
    const date = findTextDates(after)[0]?.date ?? null;
    if (!date) continue;
    const name = BEFORE_BRACKET.exec(line)?.[1].trim() ?? '';
    const publisher = name && name.split(/\s+/).length <= 4 && !PUBLISHED_LABEL.test(name) ? name : null;
    return {
      publisher,
      date,
      issue: ISSUE.exec(after)?.[1] ?? null,
      page: PAGE.exec(after.replace(ISSUE, ''))?.[1] ?? null,
    };
  }
  return null;
}
