import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The shipped build, not the e2e one: what a reader installs must ask for no host access. */
const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));

describe('the production manifest', () => {
  it('asks only for activeTab, scripting and storage', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('asks for site access only as an optional permission', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('is named from the locales in both languages', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    const ar = JSON.parse(readFileSync('.output/chrome-mv3/_locales/ar/messages.json', 'utf8'));
    expect(ar.extName.message).toBe('سياق');
  });
});
