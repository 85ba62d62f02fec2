/**
 * The place a story was filed from, at the start of its first paragraphs: "واشنطن –",
 * "دمشق، سوريا (CNN) --", "KHARTOUM, Sudan (AP) —", or the agency formula "به گزارش … از یزد ،".
 * A lead that opens with the outlet's own name ("خبرگزاری آریا -") is a self-credit, not a place.
 */
import { containment } from '@/utils/extract/metadata/text';

const RTL_DATELINE =
  /^([\u0590-\u05FF\u0600-\u06FF\u0750-\u077F]+(?:\s[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F]+)?(?:\s*[،,]\s*[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F]+(?:\s[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F]+)?)?)\s*(?:\([^()]{1,30}\)\s*)?(?:[-–—]{1,2}|_)\s+\S/u;
const LATIN_DATELINE =
  /^([A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2})(?:\s*,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})?\s*(?:\([^()]{1,30}\)\s*)?[-–—]{1,2}\s+\S/u;
const PERSIAN_AGENCY_FORMULA = /^به\s+گزارش\s.{0,100}?\sاز\s+(\S{2,20})\s*[،,]/u;

/** Words that open ordinary sentences, never a place name before a dash. */
const NOT_PLACE = /^(?:و|ف|ثم|لكن|إلا|الا|أما|اما|هذا|هذه|ذلك|قال|أكد|اكد|في|من|على|عن|إن|ان|أن|التفاصيل|متابعة|عاجل|تقرير|خاص|حصري|فيديو|صور|بالصور)(?:\s|$)/u;

export function findDateline(paragraphs: string[], selfNames: string[]): string | null {
  for (const p of paragraphs.slice(0, 3)) {
    if (p.length < 40) continue;
    const m = RTL_DATELINE.exec(p) ?? LATIN_DATELINE.exec(p) ?? PERSIAN_AGENCY_FORMULA.exec(p);
    if (!m) continue;
    const place = m[1].trim();
    if (NOT_PLACE.test(place)) continue;
    if (selfNames.some((s) => containment(place, s) >= 0.5 || containment(s, place) >= 0.5)) continue;
    return place;
  }
  return null;
}
