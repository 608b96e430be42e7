// How the content scripts are built apart from the rest (wxt.config.ts, hook
// 'vite:build:extendConfig'): the chat script has a 40 KB gzip budget (issue 5,
// issue 25), and what only documents the code or only serves the worker and
// the pages stays out of it.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * WXT's plain `wxt/browser` (globalThis.browser in Firefox, chrome in Chrome)
 * instead of webextension-polyfill, about 2.8 KB gzip a script: the content
 * scripts only send messages, read storage and listen, which Chrome MV3 does
 * with promises, and the background answers Chrome-style
 * (entrypoints/background.ts). The worker and the pages keep the polyfill.
 */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');
/** Nor WXT's content-script context: none of them takes it (lib/content/no-wxt-context.ts says why). */
const NO_CONTEXT = fileURLToPath(new URL('../../lib/content/no-wxt-context.ts', import.meta.url));

/** The selector tables of the page adapters (lib/pdd/*-selectors.ts). */
const SELECTOR_TABLE = /[\\/]lib[\\/]pdd[\\/][a-z-]+-selectors\.ts$/;
const TEXT = String.raw`(?:'[^'\n]*'|"[^"\n]*"|` + '`[^`\\n]*`' + ')';

/**
 * A selector table without its provenance: each element's `description` and
 * each alternative's `source` say where a selector was seen, for whoever fixes
 * it after the page changes; nothing at run time reads them (a self-check
 * names the missing element by its key). What the pattern does not match stays.
 */
export function stripProvenance(code) {
  return code
    .replace(new RegExp(String.raw`^[ \t]*description: ${TEXT},[ \t]*\n`, 'gm'), '')
    .replace(new RegExp(String.raw`, source: (?:${TEXT}|[A-Z][A-Z0-9_]*)(?:, [a-z]+: [^,}\n]+)* \}`, 'g'), ' }');
}

const provenanceStripper = {
  name: 'kefu-guard:strip-selector-provenance',
  enforce: 'pre',
  transform(code, id) {
    return SELECTOR_TABLE.test(id) ? { code: stripProvenance(code), map: null } : null;
  },
};

/** Adjusts one WXT build step's Vite config when every entry point of it is a content script. */
export function forContentScripts(entrypoints, config) {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  const alias = config.resolve?.alias ?? [];
  const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  const ours = [
    { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
    { find: /^wxt\/utils\/content-script-context$/, replacement: NO_CONTEXT },
  ];
  // The first alias that matches wins: ahead of the polyfill module's.
  config.resolve = { ...config.resolve, alias: [...ours, ...entries] };
  config.plugins = [...(config.plugins ?? []), provenanceStripper];
}
