/**
 * Wire-agency credits. An agency counts only where the article credits it as its source: the opening
 * "(رويترز) -" / "(AP) —", the closing "--(بترا)" / "— Reuters" / "أ ف ب", a "المصدر : وكالات" line, or
 * the byline slot. Photo captions are removed before this runs, and agencies cited inside sentences
 * are not credits.
 */
import { foldArabic } from '@/utils/extract/dates/digits';

interface Agency {
  display: string;
  aliases: string[];
}

const AGENCIES: Agency[] = [
  { display: 'رويترز', aliases: ['رويترز'] },
  { display: 'أ ف ب', aliases: ['أ ف ب', 'أ.ف.ب', 'ا ف ب', 'فرانس برس', 'فرانس پرس'] },
  { display: 'أ ب', aliases: ['أ ب', 'أ.ب', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس'] },
  { display: 'د ب أ', aliases: ['د ب أ', 'د.ب.أ'] },
  { display: 'بترا', aliases: ['بترا'] },
  { display: 'وام', aliases: ['وام'] },
  { display: 'واس', aliases: ['واس'] },
  { display: 'قنا', aliases: ['قنا'] },
  { display: 'كونا', aliases: ['كونا'] },
  { display: 'سانا', aliases: ['سانا'] },
  { display: 'الأناضول', aliases: ['الأناضول', 'الاناضول'] },
  { display: 'شينخوا', aliases: ['شينخوا'] },
  { display: 'وفا', aliases: ['وفا'] },
  { display: 'أ ش أ', aliases: ['أ ش أ', 'أ.ش.أ'] },
  { display: 'وكالات', aliases: ['وكالات', 'الوكالات', 'وكالات الأنباء'] },
  { display: 'ایرنا', aliases: ['ایرنا', 'ايرنا'] },
  { display: 'רויטרס', aliases: ['רויטרס'] },
  { display: 'סוכנויות הידיעות', aliases: ['סוכנויות הידיעות', 'סוכנויות'] },
  { display: 'Reuters', aliases: ['reuters', 'thomson reuters'] },
  { display: 'AP', aliases: ['ap', 'associated press', 'the associated press'] },
  { display: 'AFP', aliases: ['afp', 'agence france-presse', 'agence france presse'] },
  { display: 'dpa', aliases: ['dpa'] },
  { display: 'UPI', aliases: ['upi'] },
  { display: 'Xinhua', aliases: ['xinhua'] },
  { display: 'Anadolu', aliases: ['anadolu', 'anadolu agency'] },
  { display: 'EFE', aliases: ['efe'] },
  { display: 'ANSA', aliases: ['ansa'] },
  { display: 'Bloomberg', aliases: ['bloomberg'] },
];

const key = (s: string) => foldArabic(s).toLowerCase().replace(/[.\s]+/g, ' ').trim();

// Persian spellings fold onto the Arabic ones (رویترز → رويترز), so one entry serves both.
const BY_ALIAS = new Map(AGENCIES.flatMap((a) => a.aliases.map((alias) => [key(alias), a.display] as const)));

/** The agency a short credit names ("Reuters", "أ.ف.ب", "رويترز"), or null. */
export function agencyOf(name: string): string | null {
  return BY_ALIAS.get(key(name.replace(/^(?:by|بقلم|المصدر)\s*[:：]?\s*/i, ''))) ?? null;
}

/** Agencies in a credit list ("رويترز، أ ف ب", "AP/Reuters"), or [] when any part is not an agency. */
export function agenciesIn(credit: string): string[] {
  const parts = credit
    .split(/\s*(?:[,،/+&|]|\sو(?=\S)|\sand\s|\s-\s)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const found = parts.map(agencyOf);
  return parts.length > 0 && found.every((a): a is string => !!a) ? unique(found) : [];
}

const unique = (list: string[]) => [...new Set(list)];

const OPENING = /^[^()\n]{0,60}?\(([^()\n]{1,40})\)\s*[-–—:]/u;
const CLOSING_PARENS = /[(\[]([^()[\]\n]{1,40})[)\]]\s*[.。]?\s*$/u;
const CLOSING_DASH = /(?:^|\s)[-–—]{1,2}\s*([^\s\-–—()][^\n\-–—()]{0,30})$/u;
const SOURCE_LINE = /^(?:المصدر|مصدر|منبع|מקור|source)\s*[:：]\s*(.{1,60})$/iu;

/**
 * Wire agencies credited in the article paragraphs (captions already removed), in the short lines
 * that follow the body, and in byline-slot names that turned out to be agencies.
 */
export function findWireAgencies(paragraphs: string[], following: string[], bylineAgencies: string[]): string[] {
  const found = [...bylineAgencies];
  const first = paragraphs[0] ?? '';
  const opening = OPENING.exec(first);
  if (opening) found.push(...agenciesIn(opening[1]));
  // The last paragraphs, then the short lines after the body (a related-list title may come between).
  for (const p of [...paragraphs.slice(-3), ...following]) {
    const source = SOURCE_LINE.exec(p);
    if (source) found.push(...agenciesIn(source[1]));
    const closing = CLOSING_PARENS.exec(p) ?? CLOSING_DASH.exec(p);
    if (closing) found.push(...agenciesIn(closing[1]));
    if (p.length <= 40) found.push(...agenciesIn(p));
  }
  return unique(found);
}
