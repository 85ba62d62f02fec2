/** A calendar date with an optional wall-clock time and UTC offset, as the page stated it. */
export interface ParsedDate {
  /** YYYY-MM-DD in the calendar of the stated offset (or the page's local day when none is stated). */
  date: string;
  /** HH:MM:SS(.fff) or null when the source gives only a day. */
  time: string | null;
  /** "Z" or "+HH:MM"; null when the source states no offset. */
  offset: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601: the date alone when no time is known, the offset only when the page stated one. */
export function toIso(p: ParsedDate): string {
  if (!p.time) return p.date;
  return `${p.date}T${p.time}${p.offset ?? ''}`;
}

/** Milliseconds since the epoch, only for dates that pin an instant (time and offset known). */
export function instantOf(p: ParsedDate): number | null {
  if (!p.time || !p.offset) return null;
  const ms = Date.parse(`${p.date}T${p.time}${p.offset === 'Z' ? 'Z' : p.offset}`);
  return Number.isNaN(ms) ? null : ms;
}
