/**
 * Both stores' published limits for a listing, and the checks of a manifest (declared in
 * wxt.config.ts, or built into .output) and of the kit's permission table against them. Used by
 * test/unit/ship/store-listing.test.ts (declared manifest, locales/*.yml) and
 * test/e2e/listing.e2e.ts (the built manifest and _locales/*\/messages.json).
 *
 * Sources (read 2026-12-06):
 * - Chrome Web Store
 *   - name ≤ 75 (raised from 45 in Feb 2024), short_name ≤ 12:
 *     https://developer.chrome.com/docs/extensions/reference/manifest/name
 *   - description ≤ 132: https://developer.chrome.com/docs/extensions/reference/manifest/description
 *   - 128 px icon whose art is 96 × 96 inside 16 px of transparent padding; small promo tile 440 × 280;
 *     1–5 screenshots of 1280 × 800 or 640 × 400; tiles and screenshots JPEG or 24-bit PNG without alpha:
 *     https://developer.chrome.com/docs/webstore/images
 *   - single-purpose field and one justification per permission the manifest declares:
 *     https://developer.chrome.com/docs/webstore/cws-dashboard-privacy
 * - Microsoft Edge Add-ons: https://learn.microsoft.com/en-us/microsoft-edge/extensions/publish/publish-extension
 *   (Step 4: privacy policy URL; Step 5: the manifest's name is the display name and its description the
 *   short description; description "less than 10,000 characters"; store logo square, 300 × 300
 *   recommended; small promotional tile 440 × 280; at most 10 screenshots of 640 × 480 or 1280 × 800;
 *   search terms: at most 7, each at most 30 characters, 21 words in all).
 *   Not on that page, from where they are stated:
 *   - name ≤ 45: MDN manifest.json/name, checked against the Edge store by its PM in
 *     https://github.com/mdn/content/pull/32392
 *   - description ≥ 250: Partner Center's form, as reported in
 *     https://github.com/microsoft/MicrosoftEdge-Extensions/issues/740
 *   - a locale's manifest description over 132 characters fails the upload:
 *     https://github.com/mozilla/addons-linter/issues/5436
 * Where the stores differ, the stricter limit holds, so one kit passes both.
 */

export const LIMITS = {
  /** Edge 45 (Chrome 75). */
  name: 45,
  shortName: 12,
  /** Both: the manifest description is Chrome's summary and Edge's short description. */
  description: 132,
  /** Edge: at least 250 and less than 10,000 (Chrome takes up to 16,000). */
  longDescriptionMin: 250,
  longDescriptionBelow: 10_000,
  searchTerms: 7,
  searchTermChars: 30,
  searchWords: 21,
  /** Chrome 5 (Edge 10). */
  screenshots: 5,
} as const;

/** The one screenshot size both stores accept (Chrome: 1280 × 800 or 640 × 400; Edge: 1280 × 800 or 640 × 480). */
export const SCREENSHOT_SIZE = [1280, 800] as const;
export const SMALL_TILE_SIZE = [440, 280] as const;
export const EDGE_LOGO_SIZE = [300, 300] as const;

/** Characters as a person (and the stores) count them: code points, not UTF-16 units. */
export const length = (text: string) => [...text].length;

export type Messages = Record<string, { message: string }>;

export interface ListedManifest {
  name?: string;
  short_name?: string;
  description?: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  icons?: Record<string, string>;
}

/** A manifest string as a locale shows it: __MSG_key__ replaced from that locale's messages. */
export function localized(value: string | undefined, messages: Messages): string | undefined {
  const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
  return key === undefined ? value : messages[key]?.message;
}

const NOT_OFFICIAL: Record<string, RegExp> = { zh: /非拼多多官方工具/, en: /not affiliated with Pinduoduo/i };
const notOfficialFor = (locale: string) => NOT_OFFICIAL[locale.startsWith('zh') ? 'zh' : 'en']!;

/** Every way the name and descriptions break a store's limit or our naming rule, in every locale. */
export function manifestProblems(manifest: ListedManifest, locales: Record<string, Messages>): string[] {
  const problems: string[] = [];
  if (!manifest.default_locale || !locales[manifest.default_locale]) problems.push(`default_locale ${manifest.default_locale} has no messages`);
  for (const [locale, messages] of Object.entries(locales)) {
    const name = localized(manifest.name, messages);
    const shortName = localized(manifest.short_name, messages);
    const description = localized(manifest.description, messages);
    if (!name) problems.push(`${locale}: no name`);
    else {
      if (length(name) > LIMITS.name) problems.push(`${locale}: name is ${length(name)} characters (> ${LIMITS.name}): ${name}`);
      // The platform's own product names do not lead: say what it is for first (issue 26).
      if (/^(多多客服|拼多多|Pinduoduo|Duoduo)/i.test(name)) problems.push(`${locale}: name leads with the platform's name: ${name}`);
    }
    if (shortName !== undefined && (!shortName || length(shortName) > LIMITS.shortName)) problems.push(`${locale}: short_name "${shortName}" is empty or over ${LIMITS.shortName}`);
    if (!description) problems.push(`${locale}: no description`);
    else {
      if (length(description) > LIMITS.description) problems.push(`${locale}: description is ${length(description)} characters (> ${LIMITS.description})`);
      if (/^(多多客服|Pinduoduo|Duoduo)/i.test(description)) problems.push(`${locale}: description leads with the platform's name`);
      if (!notOfficialFor(locale).test(description)) problems.push(`${locale}: description does not say it is not Pinduoduo's`);
    }
  }
  if (!manifest.icons?.['128']) problems.push('no 128 px icon');
  return problems;
}

/** A match pattern as a regular expression over other patterns: its * stands for anything. */
const patternRegExp = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&')).join('.*')}$`);

/** The first cells of the kit's permission table, with their two justification cells. */
function justificationRows(doc: string): { subject: string; zh: string; en: string }[] {
  return doc
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .filter((cells) => cells.length >= 3)
    .map(([subject, zh, en]) => ({ subject: subject!, zh: zh!, en: en! }));
}

/**
 * What a reviewer would find unjustified: every API permission, host permission, optional host
 * permission and content-script match of the manifest needs a row of docs/store/permissions.md
 * naming it in backticks, with a justification in Chinese and in English.
 */
export function justificationProblems(manifest: ListedManifest, doc: string): string[] {
  const rows = justificationRows(doc);
  const hosts = manifest.host_permissions ?? [];
  // A content script's match inside a host permission is the access that permission's row justifies.
  const covered = (match: string) => hosts.some((host) => patternRegExp(host).test(match));
  const asked = [
    ...(manifest.permissions ?? []),
    ...hosts,
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).filter((match) => !covered(match)),
  ];
  const problems: string[] = [];
  for (const permission of new Set(asked)) {
    const row = rows.find((r) => r.subject.includes(`\`${permission}\``));
    if (!row) problems.push(`${permission}: no row in the justification table`);
    else if (!/[\u4e00-\u9fff]/.test(row.zh) || !/[a-z]{3,}/i.test(row.en)) problems.push(`${permission}: justification missing in Chinese or English`);
  }
  return problems;
}
