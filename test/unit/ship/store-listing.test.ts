// @vitest-environment node
/**
 * The declared manifest (wxt.config.ts with every locales/*.yml, compiled as the build compiles
 * them) and the store listing kit (docs/store/) within each store's published limits, so an upload
 * is not refused and a listing not taken down. The limits and where each is published:
 * ./listing-limits.ts. The built manifest is held to the same in test/e2e/listing.e2e.ts.
 * And the name neither leads with 多多客服 (the platform's own product name) nor hides that the
 * extension is not Pinduoduo's: the listing says so in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { EDGE_LOGO_SIZE, justificationProblems, length, LIMITS, manifestProblems, SCREENSHOT_SIZE, SMALL_TILE_SIZE, type ListedManifest, type Messages } from './listing-limits';
import { readPng } from './png';

const read = (file: string) => fs.readFileSync(file, 'utf8');
/** Every locale the extension ships, not a list kept by hand. */
const LOCALE_FILES = fs.readdirSync('locales').filter((f) => f.endsWith('.yml'));
const KIT_LOCALES = ['zh_CN', 'en'] as const;
type KitLocale = (typeof KIT_LOCALES)[number];

type ManifestConfig = { manifest: (env: { browser: string; manifestVersion: number; mode: string; command: string }) => ListedManifest };
const declared = (browser: string) =>
  (config as unknown as ManifestConfig).manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });

const locales: Record<string, Messages> = {};
beforeAll(async () => {
  for (const file of LOCALE_FILES) {
    locales[file.replace(/\.yml$/, '')] = generateChromeMessages(await parseMessagesFile(path.resolve('locales', file))) as Messages;
  }
});

const NOT_AFFILIATED: Record<KitLocale, RegExp> = { zh_CN: /非拼多多官方工具/, en: /not affiliated with Pinduoduo/i };
const kit = (locale: KitLocale) => read(`docs/store/description.${locale}.md`);

/** The text under a "**Heading**" line of a kit file, up to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`**${heading}`);
  if (start < 0) throw new Error(`no **${heading}** section`);
  const body = text.slice(text.indexOf('\n', start) + 1);
  const next = body.search(/^\*\*/m);
  return (next < 0 ? body : body.slice(0, next)).trim();
}
const HEADINGS: Record<KitLocale, { short: string; long: string; terms: string; purpose: string }> = {
  zh_CN: { short: '简短说明', long: '详细说明', terms: '搜索词', purpose: '单一用途' },
  en: { short: 'Short description', long: 'Description', terms: 'Search terms', purpose: 'Single purpose' },
};

describe('the declared manifest', () => {
  it('ships the two kit languages, zh_CN by default', () => {
    expect(Object.keys(locales).sort()).toEqual(expect.arrayContaining([...KIT_LOCALES]));
    expect(declared('chrome').default_locale).toBe('zh_CN');
  });

  it.each(['chrome', 'firefox'])('for %s: name and descriptions within both stores’ limits in every locale', (browser) => {
    expect(manifestProblems(declared(browser), locales)).toEqual([]);
  });

  it('takes its name and descriptions from the locales (so the locales are what the stores show)', () => {
    const manifest = declared('chrome');
    expect([manifest.name, manifest.short_name, manifest.description]).toEqual(['__MSG_extName__', '__MSG_extShortName__', '__MSG_extDescription__']);
  });

  it('every permission, host and content-script match is justified in both languages', () => {
    for (const browser of ['chrome', 'firefox']) expect(justificationProblems(declared(browser), read('docs/store/permissions.md')), browser).toEqual([]);
  });

  it('the checks catch what a store refuses', () => {
    const bad: Messages = {
      extName: { message: '多多客服守护 — 拼多多商家客服计时与用语检查工具：回复率、违规词、售后时限、活动报名，一站全部搞定' },
      extShortName: { message: '多多客服守护插件专业版本号' },
      extDescription: { message: 'x'.repeat(133) },
    };
    const problems = manifestProblems(declared('chrome'), { zh_CN: bad });
    expect(problems.join('\n')).toMatch(/name is 5\d characters/);
    expect(problems.join('\n')).toMatch(/leads with the platform/);
    expect(problems.join('\n')).toMatch(/short_name/);
    expect(problems.join('\n')).toMatch(/description is 133 characters/);
    expect(problems.join('\n')).toMatch(/does not say it is not Pinduoduo's/);
    expect(justificationProblems({ permissions: ['storage', 'tabs'] }, read('docs/store/permissions.md'))).toEqual(['tabs: no row in the justification table']);
    // A content script inside the justified host is covered by its row; one elsewhere is not.
    const scripts = { host_permissions: ['https://mms.pinduoduo.com/*'], content_scripts: [{ matches: ['https://mms.pinduoduo.com/chat-merchant/*', 'https://shop.example/*'] }] };
    expect(justificationProblems(scripts, read('docs/store/permissions.md'))).toEqual(['https://shop.example/*: no row in the justification table']);
  });
});

describe.each(KIT_LOCALES)('the listing kit in %s', (locale) => {
  const messages = () => locales[locale]!;
  const text = () => kit(locale);

  it('names the extension as the manifest does and repeats its short description word for word', () => {
    expect(text().split('\n')[0]).toBe(`# ${messages().extName!.message}`);
    expect(section(text(), HEADINGS[locale].short)).toBe(messages().extDescription!.message);
  });

  it('has a description within Edge’s limits that says it is not official', () => {
    const long = section(text(), HEADINGS[locale].long);
    expect(length(long)).toBeGreaterThanOrEqual(LIMITS.longDescriptionMin);
    expect(length(long)).toBeLessThan(LIMITS.longDescriptionBelow);
    expect(long).toMatch(NOT_AFFILIATED[locale]);
  });

  it('has Edge search terms within the limits', () => {
    const terms = section(text(), HEADINGS[locale].terms)
      .split('\n')
      .map((line) => line.replace(/^-\s*/, '').trim())
      .filter(Boolean);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThanOrEqual(LIMITS.searchTerms);
    for (const term of terms) expect(length(term), term).toBeLessThanOrEqual(LIMITS.searchTermChars);
    expect(terms.join(' ').split(/\s+/).length).toBeLessThanOrEqual(LIMITS.searchWords);
  });

  it('states the single purpose (Chrome’s privacy tab): one narrow purpose, on the merchant backend', () => {
    const purpose = section(text(), HEADINGS[locale].purpose);
    expect(purpose.split('\n')).toHaveLength(1);
    expect(purpose).toContain('mms.pinduoduo.com');
  });
});

/** Chrome takes tiles and screenshots as JPEG or 24-bit PNG without alpha: PNG colour type 2. */
const RGB_NO_ALPHA = 2;

describe('the listing artwork', () => {
  it('the 128 px icon has 96 px art centred in 16 px of transparent padding', () => {
    const icon = readPng(fs.readFileSync('public/icon/128.png'));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    let [left, top, right, bottom] = [128, 128, -1, -1];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (icon.alpha(x, y) === 0) continue;
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    // The art stays inside the 96 px square and nearly fills it (the SVG keeps a few px of its own margin).
    for (const edge of [left, top]) expect(edge).toBeGreaterThanOrEqual(16);
    for (const edge of [right, bottom]) expect(edge).toBeLessThanOrEqual(111);
    expect(right - left + 1).toBeGreaterThanOrEqual(88);
    expect(bottom - top + 1).toBeGreaterThanOrEqual(88);
    expect(Math.abs(left - (127 - right))).toBeLessThanOrEqual(1);
    expect(Math.abs(top - (127 - bottom))).toBeLessThanOrEqual(1);
    expect(icon.alpha(64, 64)).toBe(255);
  });

  it.each([
    ['docs/store/promo-small-440x280.png', SMALL_TILE_SIZE],
    ['docs/store/promo-small-440x280.en.png', SMALL_TILE_SIZE],
  ])('%s is 440 × 280 without alpha', (file, size) => {
    const png = readPng(fs.readFileSync(file));
    expect([png.width, png.height]).toEqual([...size]);
    expect(png.colorType).toBe(RGB_NO_ALPHA);
  });

  it('the Edge store logo is 300 × 300', () => {
    const png = readPng(fs.readFileSync('docs/store/logo-300.png'));
    expect([png.width, png.height]).toEqual([...EDGE_LOGO_SIZE]);
  });

  it('the screenshots are 1280 × 800 without alpha, at most five (Chrome’s limit; Edge takes ten)', () => {
    const shots = fs.readdirSync('docs/store').filter((f) => /^store-\d.*\.png$/.test(f));
    expect(shots.length).toBeGreaterThan(0);
    expect(shots.length).toBeLessThanOrEqual(LIMITS.screenshots);
    for (const file of shots) {
      const png = readPng(fs.readFileSync(`docs/store/${file}`));
      expect([png.width, png.height], file).toEqual([...SCREENSHOT_SIZE]);
      expect(png.colorType, file).toBe(RGB_NO_ALPHA);
    }
  });

  it('every file the kit lists is there', () => {
    const readme = read('docs/store/README.md');
    const named = [...readme.matchAll(/`((?:\.\.\/\.\.\/public\/icon\/)?[\w.-]+\.(?:png|md|html))`|\]\(([\w.-]+\.(?:md|html))\)/g)].map((m) => m[1] ?? m[2]!);
    expect(named).toEqual(expect.arrayContaining(['privacy.html', 'permissions.md', 'promo-small-440x280.png', 'promo-small-440x280.en.png', 'logo-300.png']));
    for (const file of named) expect(fs.existsSync(path.join('docs/store', file)), file).toBe(true);
  });

  it('the privacy page says the extension is not Pinduoduo’s, in both languages', () => {
    const html = read('docs/store/privacy.html');
    expect(html).toMatch(NOT_AFFILIATED.zh_CN);
    expect(html).toMatch(NOT_AFFILIATED.en);
  });
});
