// @vitest-environment node
/**
 * How the content scripts are built (scripts/lib/content-build.mjs): their
 * selector tables ship without provenance, they get the browser's own API and
 * no WXT context, and the worker and the pages are left as they were.
 */
import fs from 'node:fs';
import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { forContentScripts, stripProvenance } from '../../../scripts/lib/content-build.mjs';

describe('stripProvenance', () => {
  it("drops each element's description and each alternative's source, and keeps every selector", () => {
    const source = fs.readFileSync('lib/pdd/chat-selectors.ts', 'utf8');
    const stripped = stripProvenance(source);
    const selectors = (code: string) => [...code.matchAll(/css: ('[^']*'|"[^"]*"|`[^`]*`)/g)].map((m) => m[1]);
    expect(selectors(stripped)).toEqual(selectors(source));
    expect(stripped).not.toMatch(/^\s*description: '/m);
    expect(stripped).not.toContain("source: LIVE_2026_09");
    expect(stripped).toContain("{ css: '.left-panel' }");
  });

  it('leaves what it does not recognise as it is', () => {
    const odd = "  rowX: {\n    description:\n      'two lines',\n    alternatives: [{ css: '.x', source: f('y') }],\n  },\n";
    expect(stripProvenance(odd)).toBe(odd);
  });
});

describe('forContentScripts', () => {
  const build = (): InlineConfig => ({ resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } }, plugins: [] });

  it("puts the browser's own API and the empty WXT context ahead of the polyfill, and strips the selector tables", () => {
    const config = build();
    forContentScripts([{ type: 'content-script' }, { type: 'content-script' }], config);
    const alias = config.resolve!.alias as unknown as Array<{ find: RegExp | string; replacement: string }>;
    const first = (id: string) => alias.find((a) => (typeof a.find === 'string' ? a.find === id : a.find.test(id)))!.replacement;
    expect(first('wxt/browser')).toMatch(/wxt[\\/]dist[\\/]browser\.mjs$/);
    expect(first('wxt/utils/content-script-context')).toMatch(/lib[\\/]content[\\/]no-wxt-context\.ts$/);
    expect(config.plugins).toHaveLength(1);
  });

  it('leaves the background and the pages with the polyfill', () => {
    for (const group of [[{ type: 'background' }], [{ type: 'popup' }, { type: 'options' }], [{ type: 'content-script' }, { type: 'background' }]]) {
      const config = build();
      forContentScripts(group, config);
      expect(config).toEqual(build());
    }
  });
});
