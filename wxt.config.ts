import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { forContentScripts } from './scripts/lib/content-build.mjs';
import { MMS_MATCH } from './lib/mms-urls';

// https://wxt.dev/api/config.html
// The demo and the screenshot script build a copy whose clock runs shifted to
// Beijing daytime (scripts/lib/daytime.mjs) into its own folder; every other
// build has no shift and goes to .output.
const clockOffsetMs = Number(process.env.KG_CLOCK_OFFSET_MS) || 0;
// The blind-page e2e builds a copy whose traffic-silence limit is shorter than
// the three minutes (lib/content/chat-session/traffic-watch.ts), into its own folder.
const trafficSilenceMs = Number(process.env.KG_TRAFFIC_SILENCE_MS) || 0;

export default defineConfig({
  outDir: process.env.KG_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    // The toolbar and the pages say the short name; the store shows the full one (docs/store/).
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Self-hosted package only (scripts/package.mjs): the public key that fixes
    // the extension id, and where Chrome looks for updates. Never in the store zip.
    ...(browser !== 'firefox' && process.env.KG_MANIFEST_KEY ? { key: process.env.KG_MANIFEST_KEY } : {}),
    ...(browser !== 'firefox' && process.env.KG_UPDATE_URL ? { update_url: process.env.KG_UPDATE_URL } : {}),
    // Only what the features need: settings and counters (storage), the daily
    // retention prune (alarms), desktop alerts about waiting buyers while the
    // chat tab is hidden (notifications), and the merchant backend itself.
    // Chrome also: the offscreen document the live board replicates in, created only once it is switched on (issue 24).
    // scripting: the phrase engine, injected into the chat tab when its content script asks (issue 25 item 3; Firefox has it in MV2 too).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [MMS_MATCH],
    // The live board (issue 24, docs/BOARD.md): the shop's own CouchDB, asked for
    // one origin on a click on the options page, never granted at install.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    storage: { managed_schema: 'managed-schema.json' },
    // The rules page opens from the § links in the overlays on the merchant pages.
    web_accessible_resources: [{ resources: ['rules.html'], matches: [MMS_MATCH] }],
    // The page-world tap is a content script with "world": "MAIN" in the
    // manifest, which Chrome supports from version 111 (Firefox from 128,
    // below). Without it the tap would not run and its hand-over element
    // would wait in the page (lib/pdd/page-tap.ts).
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
  hooks: {
    // The content scripts: no polyfill, no WXT context, no selector provenance (scripts/lib/content-build.mjs).
    'vite:build:extendConfig': forContentScripts,
  },
  // KG_PROFILE=1 keeps function names readable for CPU profiles (test/bench/chat-tick.bench.ts).
  vite: () => ({
    plugins: [preact()],
    define: { __KG_CLOCK_OFFSET_MS__: JSON.stringify(clockOffsetMs), __KG_TRAFFIC_SILENCE_MS__: JSON.stringify(trafficSilenceMs) },
    build: process.env.KG_PROFILE ? { minify: false } : {},
  }),
});
