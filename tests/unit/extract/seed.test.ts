/** The founding example: every metadata field of seed-article.html against its hand-made reference. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, metadataOfHtml } from './load-page';

const html = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
const reference = JSON.parse(readFileSync(join(FIXTURES, 'pages/attribution/seed-article.expected.json'), 'utf8')).metadata;
const metadata = metadataOfHtml(html, null);

describe('seed article metadata', () => {
  it.each(['title', 'language', 'direction', 'publisher', 'publishedDate', 'issue', 'page', 'dateline'] as const)(
    '%s matches the reference',
    (field) => expect(metadata[field]).toBe(reference[field]),
  );
  it('starts its excerpt with the reference excerpt', () => {
    expect(metadata.excerpt?.startsWith(reference.excerpt)).toBe(true);
  });
  it('invents no author and no wire, and ignores the logo alt "الشعار"', () => {
    expect(metadata.authors).toEqual([]);
    expect(metadata.wireAgencies).toEqual([]);
    expect(metadata.siteName).not.toBe('الشعار');
  });
  it('counts the words of the text it was given', () => {
    expect(metadata.wordCount).toBeGreaterThan(200);
  });
});
