import type { Entity } from '@/utils/analysis/types';

// Arabic spellings of one name differ in hamza forms, alef maqsura, taa marbuta and harakat.
const HARAKAT_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(HARAKAT_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const entityKey = (entity: Pick<Entity, 'type' | 'name'>) => `${entity.type}:${normalizeName(entity.name)}`;
