// @vitest-environment node
/**
 * The manifest and the store listing kit (docs/store/) within each store's published limits,
 * so an upload is not refused and a listing not taken down:
 * - Chrome Web Store: name ≤ 75 characters, manifest description ≤ 132
 *   (developer.chrome.com/docs/extensions/reference/manifest/name, …/description); a 128 px icon
 *   whose art is 96 × 96 inside 16 px of transparent padding, a 440 × 280 small promo tile,
 *   1–5 screenshots of 1280 × 800 or 640 × 400 (developer.chrome.com/docs/webstore/images).
 * - Edge Add-ons: name ≤ 45 characters (MDN manifest.json/name), the manifest description is the
 *   short description, description < 10,000 characters, store logo square (300 × 300
 *   recommended), small promo tile 440 × 280, ≤ 10 screenshots of 1280 × 800 or 640 × 480, at
 *   most 7 search terms of ≤ 30 characters and 21 words in all
 *   (learn.microsoft.com/microsoft-edge/extensions-chromium/publish/publish-extension).
 * And the name neither leads with 多多客服 (the platform's own product name) nor hides that the
 * extension is not Pinduoduo's: the listing says so in both languages.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPng } from './png';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const LOCALES = ['zh_CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** A top-level string of locales/<locale>.yml (the manifest's __MSG_…__ values). */
function message(locale: Locale, key: string): string {
  const line = read(`locales/${locale}.yml`).match(new RegExp(`^${key}: (.*)$`, 'm'));
  if (!line) throw new Error(`${key} missing in ${locale}`);
  const value = (line[1] ?? '').trim();
  return value.startsWith('"') ? (JSON.parse(value) as string) : value;
}

/** Characters as a person (and the stores) count them: code points, not UTF-16 units. */
const length = (text: string) => [...text].length;

const LIMITS = { name: 45, description: 132, longDescription: 10_000, searchTerms: 7, searchTermChars: 30, searchWords: 21 };
const NOT_AFFILIATED: Record<Locale, RegExp> = { zh_CN: /非拼多多官方工具/, en: /not affiliated with Pinduoduo/i };
const kit = (locale: Locale) => read(`docs/store/description.${locale}.md`);

/** The text under a "**Heading**" line of a kit file, up to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`**${heading}`);
  if (start < 0) throw new Error(`no **${heading}** section`);
  const body = text.slice(text.indexOf('\n', start) + 1);
  const next = body.search(/^\*\*/m);
  return (next < 0 ? body : body.slice(0, next)).trim();
}

describe.each(LOCALES)('the manifest in %s', (locale) => {
  it('has a name within the stores’ limits that does not lead with the platform’s product name', () => {
    const name = message(locale, 'extName');
    expect(length(name)).toBeGreaterThan(3);
    expect(length(name)).toBeLessThanOrEqual(LIMITS.name);
    expect(name.startsWith('多多客服')).toBe(false);
    expect(name.startsWith('拼多多')).toBe(false);
    expect(length(message(locale, 'extShortName'))).toBeLessThanOrEqual(12);
  });

  it('has a description within 132 characters that says it is not official', () => {
    const description = message(locale, 'extDescription');
    expect(length(description)).toBeLessThanOrEqual(LIMITS.description);
    expect(description.startsWith('多多客服')).toBe(false);
    expect(description).toMatch(NOT_AFFILIATED[locale]);
    expect(message(locale, 'notAffiliated')).toMatch(NOT_AFFILIATED[locale]);
  });
});

describe.each(LOCALES)('the listing kit in %s', (locale) => {
  it('names the extension as the manifest does and repeats its short description word for word', () => {
    const text = kit(locale);
    expect(text.split('\n')[0]).toBe(`# ${message(locale, 'extName')}`);
    expect(section(text, locale === 'en' ? 'Short description' : '简短说明')).toBe(message(locale, 'extDescription'));
  });

  it('has a description within Edge’s limit that says it is not official', () => {
    const long = section(kit(locale), locale === 'en' ? 'Description' : '详细说明');
    expect(length(long)).toBeGreaterThan(250);
    expect(length(long)).toBeLessThan(LIMITS.longDescription);
    expect(long).toMatch(NOT_AFFILIATED[locale]);
  });

  it('has Edge search terms within the limits', () => {
    const terms = section(kit(locale), locale === 'en' ? 'Search terms' : '搜索词')
      .split('\n')
      .map((line) => line.replace(/^-\s*/, '').trim())
      .filter(Boolean);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThanOrEqual(LIMITS.searchTerms);
    for (const term of terms) expect(length(term), term).toBeLessThanOrEqual(LIMITS.searchTermChars);
    expect(terms.join(' ').split(/\s+/).length).toBeLessThanOrEqual(LIMITS.searchWords);
  });
});

describe('the listing artwork', () => {
  it('the 128 px icon has its art inside 16 px of transparent padding', () => {
    const icon = readPng(fs.readFileSync('public/icon/128.png'));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const inPadding = x < 16 || x >= 112 || y < 16 || y >= 112;
        if (inPadding) expect(icon.alpha(x, y), `(${x}, ${y})`).toBe(0);
      }
    }
    expect(icon.alpha(64, 64)).toBe(255);
  });

  it.each([
    ['docs/store/promo-small-440x280.png', 440, 280],
    ['docs/store/logo-300.png', 300, 300],
  ])('%s is %i × %i', (file, width, height) => {
    const png = readPng(fs.readFileSync(file));
    expect([png.width, png.height]).toEqual([width, height]);
  });

  it('the screenshots are 1280 × 800, at most five (Chrome’s limit; Edge takes ten)', () => {
    const shots = fs.readdirSync('docs/store').filter((f) => /^store-\d.*\.png$/.test(f));
    expect(shots.length).toBeGreaterThan(0);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const file of shots) {
      const png = readPng(fs.readFileSync(`docs/store/${file}`));
      expect([png.width, png.height], file).toEqual([1280, 800]);
    }
  });

  it('the privacy page says the extension is not Pinduoduo’s, in both languages', () => {
    const html = read('docs/store/privacy.html');
    expect(html).toMatch(NOT_AFFILIATED.zh_CN);
    expect(html).toMatch(NOT_AFFILIATED.en);
  });
});
