/**
 * The built manifest (.output/chrome-mv3, what `npm run package` zips for the stores) held to both
 * stores' limits in every locale the build wrote (_locales/<locale>/messages.json), with every
 * permission it asks for justified in docs/store/permissions.md; the unit test holds the declared one
 * (test/unit/ship/store-listing.test.ts). A permission a module adds at build time, or a locale the
 * build compiles differently, is caught here. Then Chrome itself: the name and description it shows
 * for the installed extension are the Chinese ones from the kit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { justificationProblems, manifestProblems, type ListedManifest, type Messages } from '../unit/ship/listing-limits';
import { EXTENSION_DIR, launchHarness, type Harness } from './harness';

const built = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ListedManifest & { key?: string; update_url?: string };
const locales = Object.fromEntries(
  fs.readdirSync(path.join(EXTENSION_DIR, '_locales')).map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8')) as Messages]),
);

/**
 * The scripts Chromium runs in a page's isolated world: the manifest's content scripts and the unlisted scripts at the
 * top level the worker injects (phrase-engine.js). It loads those only if they pass its UTF-8 check, which refuses the
 * noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF); the worker and the extension's pages (background.js, chunks/) it loads
 * as plain resources, where the bundle's IDBKeyRange bounds hold U+FFFF.
 */
const injected = (): string[] => [
  ...new Set([
    ...(built as { content_scripts?: Array<{ js?: string[] }> }).content_scripts!.flatMap((c) => c.js ?? []),
    ...fs.readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.js') && f !== 'background.js'),
  ]),
];

describe('the scripts run in a page', () => {
  // The bundler writes such a character out as is: the injected phrase engine once failed to load for one, and the guard
  // held every send.
  it('hold no character Chromium refuses as not UTF-8', () => {
    const files = injected();
    expect(files).toContain('phrase-engine.js');
    expect(files).toContain('content-scripts/chat.js');
    const bad = files.filter((f) => /[\ufdd0-\ufdef\ufffe\uffff]/.test(fs.readFileSync(path.join(EXTENSION_DIR, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});

describe('the built manifest', () => {
  it('has the kit’s two languages', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'zh_CN']);
  });

  it('is within both stores’ limits in every locale', () => {
    expect(manifestProblems(built, locales)).toEqual([]);
  });

  it('justifies every permission, host and content-script match it asks for', () => {
    expect(built.permissions?.length).toBeGreaterThan(0);
    expect(justificationProblems(built, fs.readFileSync('docs/store/permissions.md', 'utf8'))).toEqual([]);
  });

  it('shows the short name as the toolbar button’s tooltip, not the store’s long name', () => {
    expect((built as { action?: { default_title?: string } }).action?.default_title).toBe('__MSG_extShortName__');
  });

  it('carries no self-hosting key or update URL (the stores assign their own)', () => {
    expect(built.key).toBeUndefined();
    expect(built.update_url).toBeUndefined();
  });
});

describe('installed in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('shows the kit’s Chinese name and description', async () => {
    const page = await harness.openExtensionPage('popup.html');
    const shown = await page.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome;
      return { name: chrome.i18n.getMessage('extName'), description: chrome.i18n.getMessage('extDescription') };
    });
    const kit = fs.readFileSync('docs/store/description.zh_CN.md', 'utf8');
    expect(kit.split('\n')[0]).toBe(`# ${shown.name}`);
    expect(kit).toContain(`\n${shown.description}\n`);
    await page.close();
  });
});
