import { defineConfig } from 'wxt';

/** Asked for only when the reader turns on automatic recording (utils/background/auto-record.ts). */
const AUTO_RECORD_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
