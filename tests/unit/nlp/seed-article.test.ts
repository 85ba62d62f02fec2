import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/utils/analysis/types';
import { parseHtml } from '@/utils/extract/parse-html.node.ts';
import { runReadability } from '@/utils/extract/readability';
import { loadRecognizer } from '@/utils/nlp/ner/load-model.node.ts';

const html = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');
const text = runReadability(parseHtml(html))!.text;
const entities = loadRecognizer().recognize(text);

const EXPECTED: Record<EntityType, string[]> = {
  PERSON: ['جوزيف فوتل', 'أبوبكر البغدادي', 'تشارلي وينتر', 'لوران بيندنر', 'رافايل غلوك'],
  ORGANIZATION: ['داعش', 'القيادة الأميركية الوسطى', 'مركز كويليام'],
  LOCATION: ['العراق', 'سوريا', 'الموصل', 'الرقة', 'واشنطن'],
  MISC: [],
};

describe('the seed article (Al-Arab, 2017-10-07)', () => {
  for (const [type, names] of Object.entries(EXPECTED)) {
    for (const name of names) {
      it(`finds ${name} as ${type}`, () => {
        const names = entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);
        expect(names).toContain(name);
      });
    }
  }

  it('gives every mention offsets into the article text', () => {
    for (const mention of entities.flatMap((e) => e.mentions)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('merges Votel\'s later mentions into one entity', () => {
    const votel = entities.find((e) => e.name === 'جوزيف فوتل');
    expect(votel?.mentions.map((m) => m.text)).toEqual(['جوزيف فوتل', 'فوتل', 'فوتل']);
  });
});
