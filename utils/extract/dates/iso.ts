/**
 * Machine-readable timestamps as pages really write them: ISO 8601 and its common corruptions
 * ("2020-06-03T03:01+0400", "2020-12-01 02:00:00", "2020-05-22T20:01:40z", "2020-02-18 T 07:20:50 +0330",
 * microseconds, "GMT").
 */
import { isValidYmd, ymd, type ParsedDate } from '@/utils/extract/dates/parsed-date';
import { asciiDigits } from '@/utils/extract/dates/digits';

const ISO_LIKE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?(?![\d:])/i;

function normaliseOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/^(z|utc|gmt)$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!m) return null;
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return `${m[1]}${m[2]}:${m[3]}`;
}

export function parseIsoLike(value: string): ParsedDate | null {
  const m = ISO_LIKE.exec(asciiDigits(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return null;
  const date = ymd(y, mo, d);
  if (m[4] === undefined) return { date, time: null, offset: null };
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  if (h > 23 || mi > 59 || s > 59) return { date, time: null, offset: null };
  const frac = m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : '';
  const time = `${String(h).padStart(2, '0')}:${m[5]}:${String(s).padStart(2, '0')}${frac}`;
  return { date, time, offset: normaliseOffset(m[8]) };
}
