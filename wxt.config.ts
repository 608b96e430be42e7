import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Only what the features need: settings and counters (storage), the daily
    // retention prune (alarms), and the merchant backend itself.
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://mms.pinduoduo.com/*'],
    storage: { managed_schema: 'managed-schema.json' },
  },
  vite: () => ({ plugins: [preact()] }),
});
