import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    browser_specific_settings: {
      gecko: { id: 'siyaq@siyaq.example', strict_min_version: '115.0' },
    },
  },
});
