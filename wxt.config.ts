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
    // retention prune (alarms), and the merchant backend itself.
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://mms.pinduoduo.com/*'],
    storage: { managed_schema: 'managed-schema.json' },
    // The page-world tap is a content script with "world": "MAIN" in the
    // manifest, which Chrome supports from version 111 (Firefox from 128,
    // below). Without it the tap would not run and its hand-over element
    // would wait in the page (lib/page-tap.ts).
    minimum_chrome_version: '111',
    // PNGs rendered from assets/icon/*.svg by assets/icon/render-icons.mjs.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Firefox only: a fixed id (storage.managed and signing need one) and the
    // data-collection declaration: none, nothing leaves the computer.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'kefu-guard@kefu-guard.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // KG_PROFILE=1 keeps function names readable for CPU profiles (test/bench/chat-tick.bench.ts).
  vite: () => ({ plugins: [preact()], build: process.env.KG_PROFILE ? { minify: false } : {} }),
});
