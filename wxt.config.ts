import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Only what the features need: settings and counters (storage), the daily
    // retention prune (alarms), desktop alerts about waiting buyers while the
    // chat tab is hidden (notifications), and the merchant backend itself.
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://mms.pinduoduo.com/*'],
    storage: { managed_schema: 'managed-schema.json' },
    // PNGs rendered from assets/icon/*.svg by assets/icon/render-icons.mjs.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Firefox only: a fixed id (storage.managed and signing need one) and the
    // data-collection declaration: none, nothing leaves the computer.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'kefu-guard@kefu-guard.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // KG_PROFILE=1 keeps function names readable for CPU profiles (test/bench/chat-tick.bench.ts).
  vite: () => ({ plugins: [preact()], build: process.env.KG_PROFILE ? { minify: false } : {} }),
});
