/**
 * Test helper: entities as a perfect NER would give them, built from a hand reference (the seed's
 * expected.json or names written in a test). Every occurrence of each listed surface form becomes a
 * mention; longer forms win over the shorter ones inside them ("جوزيف فوتل" over "فوتل"), and a
 * form may follow an Arabic proclitic (و ف ب ل ك) as the contract's mentions do.
 */
import type { Entity, EntityType } from '@/utils/analysis/types';

export interface ReferenceEntity {
  type: EntityType;
  name: string;
  mentions?: string[];
  aliases?: string[];
  role?: string | null;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PROCLITIC = /[وفبلك]/;

function isBoundary(text: string, start: number, end: number): boolean {
  if (end < text.length && LETTER.test(text[end])) return false;
  if (start === 0 || !LETTER.test(text[start - 1])) return true;
  // One or two proclitic letters attached to the front of an Arabic word.
  for (let p = 1; p <= 2 && start - p >= 0 && PROCLITIC.test(text[start - p]); p++) {
    if (start - p === 0 || !LETTER.test(text[start - p - 1])) return true;
  }
  return false;
}

export function entitiesFromReference(text: string, reference: ReferenceEntity[]): Entity[] {
  const forms = reference.flatMap((ref, i) => [...new Set([ref.name, ...(ref.mentions ?? [])])].map((form) => ({ form, i })));
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: Entity['mentions'][] = reference.map(() => []);
  for (const { form, i } of forms) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
      const end = start + form.length;
      if (!isBoundary(text, start, end) || taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      mentions[i].push({ text: form, start, end });
    }
  }
  return reference.map((ref, i) => ({
    type: ref.type,
    name: ref.name,
    mentions: mentions[i].sort((a, b) => a.start - b.start),
    aliases: ref.aliases ?? [],
    role: null,
  }));
}
