import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function analyze(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.json', 'scripts/analyze.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  it('prints the whole analysis contract for the seed article', () => {
    const { code, stdout, stderr } = analyze('tests/fixtures/seed-article.html', '--url', 'https://alarab.test/article?utm_source=x');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const analysis = JSON.parse(stdout);
    expect(Object.keys(analysis).sort()).toEqual(['entities', 'metadata', 'quotes', 'text', 'works']);
    expect(Object.keys(analysis.metadata).sort()).toEqual(
      ['authors', 'canonicalUrl', 'dateline', 'direction', 'excerpt', 'issue', 'language', 'modifiedDate', 'page', 'publishedDate', 'publisher', 'siteName', 'title', 'wireAgencies', 'wordCount'].sort(),
    );
    expect(analysis.metadata.publisher).toBe('العرب');
    expect(analysis.metadata.publishedDate).toBe('2017-10-07');
    for (const entity of analysis.entities) {
      for (const mention of entity.mentions) expect(analysis.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(analysis.quotes.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', () => '/nonexistent/page.html', /no such file/],
    ['an empty file', () => write('empty.html', ''), /is empty/],
    ['a binary file', () => write('binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), /not HTML/],
    ['plain text', () => write('notes.html', 'just some words, no markup'), /not HTML/],
    ['a page with no article', () => 'tests/fixtures/e2e/search.html', /no article/],
  ])('refuses %s with one line on stderr and exit 2', (_, file, message) => {
    const { code, stdout, stderr } = analyze(file());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'siyaq-cli-'));
function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
