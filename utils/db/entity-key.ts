import type { Entity } from '@/utils/analysis/types';
import { normalizeArabic } from '@/utils/nlp/arabic';

/** Spellings of one name differ in hamza forms, alef maqsura, taa marbuta, harakat and case. */
export function normalizeName(name: string): string {
  return normalizeArabic(name.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

export const entityKey = (entity: Pick<Entity, 'type' | 'name'>) => `${entity.type}:${normalizeName(entity.name)}`;
