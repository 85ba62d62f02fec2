import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';

/** Asked for only when the reader turns on automatic recording (utils/background/auto-record.ts). */
const AUTO_RECORD_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * The NER models ship gzipped: a third of the size, and stores' linters refuse to parse text files
 * over 5 MB. The repository keeps them as plain JSON (public/models), which Node reads directly.
 */
const isModel = (path: string) => /^models\/[^/]+\.json$/.test(path);

function gzipModels(publicDir: string, outDir: string) {
  mkdirSync(join(outDir, 'models'), { recursive: true });
  for (const file of readdirSync(join(publicDir, 'models')).filter((f) => isModel(`models/${f}`))) {
    writeFileSync(join(outDir, 'models', `${file}.gz`), gzipSync(readFileSync(join(publicDir, 'models', file)), { level: 9 }));
  }
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': (_, files) => {
      files.splice(0, files.length, ...files.filter((file) => !isModel(file.relativeDest)));
    },
    'build:done': (wxt) => gzipModels(wxt.config.publicDir, wxt.config.outDir),
  },
  imports: false,
  manifest: ({ manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: AUTO_RECORD_ORIGINS }
      : { optional_permissions: AUTO_RECORD_ORIGINS }),
    // The end-to-end build cannot click the toolbar button that grants activeTab, so it is given
    // the test server's origin instead; every other build ships with the permissions above only.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'siyaq@siyaq.example',
        strict_min_version: '140.0',
        // Nothing is collected or transmitted: history stays in the browser unless the reader exports it.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
