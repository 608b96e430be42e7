/**
 * Effective settings = defaults, overlaid by the user's (or imported team)
 * settings, overlaid by enterprise policy (storage.managed), which wins and
 * is reported as locked. Arrays and scalars replace; objects merge by key.
 *
 * Each layer is checked with the same schema as the team file (types,
 * ranges, enums, the order of thresholds): a value that does not pass is
 * ignored, never applied, and reported, so the options page can say which
 * policy value the administrator must fix. (`warnRatio: 50`, `rate1h: -3`, an
 * action "blok" or a custom word that is a number never reach a feature.)
 */
import { getPath, isPlain, setPath, type Plain } from './paths';
import { validateSettings, type SettingsIssue } from './schema';
import { migrateSignupFields } from './signup-migrate';
import { DEFAULT_SETTINGS, type Settings } from './types';

/**
 * Overlays `over` on `base` by the keys `base` knows, collecting the dotted
 * paths taken from `over` and the paths of keys `base` does not know.
 * Values are taken as they are; the schema judges them afterwards.
 */
function overlay(base: unknown, over: unknown, path: string, taken: string[], unknown: string[]): unknown {
  if (isPlain(base) && isPlain(over)) {
    const out: Plain = {};
    // Own keys only: `__proto__`, `constructor` or `toString` in a policy are unknown fields, listed as ignored.
    for (const key of Object.keys(over)) if (!Object.hasOwn(base, key)) unknown.push(path ? `${path}.${key}` : key);
    for (const key of Object.keys(base)) {
      out[key] = Object.hasOwn(over, key) ? overlay(base[key], over[key], path ? `${path}.${key}` : key, taken, unknown) : base[key];
    }
    return out;
  }
  if (over === undefined) return base;
  taken.push(path);
  return over;
}

/** The taken paths an issue is about: the field itself, one inside it, the field an order rule compares it with, or the group it is in. */
function culprits(issue: SettingsIssue, taken: readonly string[]): string[] {
  const issuePath = issue.path;
  const direct = taken.filter((t) => t === issuePath || issuePath.startsWith(`${t}.`) || t.startsWith(`${issuePath}.`));
  if (direct.length > 0) return direct;
  // An order rule (m3 > s30) fails at a field the layer did not set: the cause is the field it compares with, when the layer set that.
  const than = issue.expected?.kind === 'greater' ? issue.expected.than : undefined;
  if (than !== undefined && taken.includes(than)) return [than];
  const group = issuePath.includes('.') ? issuePath.slice(0, issuePath.lastIndexOf('.')) : '';
  return taken.filter((t) => group === '' || t.startsWith(`${group}.`));
}

/**
 * The issue as said of `path`: an order rule that failed at another field
 * (m3 must be greater than s30) is said of the field the layer set, the
 * other way round (s30 must be less than m3, with m3's value).
 */
function blamed(issue: SettingsIssue, path: string, candidate: Settings): SettingsIssue {
  const e = issue.expected;
  if (e?.kind !== 'greater' || path !== e.than || path === issue.path) return { ...issue, path };
  const value = getPath(candidate, issue.path);
  const other = issue.path.slice(issue.path.lastIndexOf('.') + 1);
  return {
    path,
    zh: `应小于 ${other}（${String(value)}）`,
    en: `must be less than ${other} (${String(value)})`,
    expected: { kind: 'less', than: issue.path, value: typeof value === 'number' ? value : Number.NaN },
  };
}

export interface CheckedLayer {
  settings: Settings;
  /** Paths whose value was taken from the layer. */
  taken: string[];
  /** The layer's values that were not taken, with the reason (path = the field). */
  rejected: SettingsIssue[];
}

/**
 * `over` laid on the valid `base`, keeping only values that pass the schema;
 * each value that does not is left out (the base value stays) and reported.
 */
function overlayChecked(base: Settings, over: unknown): CheckedLayer {
  const taken: string[] = [];
  const unknown: string[] = [];
  let candidate = overlay(base, isPlain(over) ? over : {}, '', taken, unknown) as Settings;
  const rejected: SettingsIssue[] = unknown.map((path) => ({ path, zh: '未知字段', en: 'unknown field', expected: { kind: 'unknown' } }));
  if (over !== undefined && over !== null && !isPlain(over)) {
    rejected.push({ path: '', zh: '应为对象 {…}', en: 'expected an object {…}', expected: { kind: 'object' } });
  }
  // Each round drops at least one taken value, so this ends; the base alone is valid.
  for (;;) {
    const checked = validateSettings(candidate);
    if (checked.ok) return { settings: checked.settings, taken, rejected };
    const drop = new Set(checked.issues.flatMap((issue) => culprits(issue, taken)));
    if (drop.size === 0) return { settings: base, taken: [], rejected: [...rejected, ...checked.issues] };
    for (const issue of checked.issues) {
      for (const path of culprits(issue, taken)) if (!rejected.some((r) => r.path === path)) rejected.push(blamed(issue, path, candidate));
    }
    for (const path of drop) {
      candidate = setPath(candidate, path, getPath(base, path));
      taken.splice(taken.indexOf(path), 1);
    }
  }
}

export interface EffectiveSettings {
  settings: Settings;
  /** Dotted paths set by enterprise policy: shown as locked, not editable. */
  locked: string[];
  /** Policy values ignored because they are invalid (never applied): the options page names them. */
  rejected: SettingsIssue[];
}

export function mergeSettings(user: unknown, managed: unknown, defaults: Settings = DEFAULT_SETTINGS): EffectiveSettings {
  const withUser = overlayChecked(defaults, migrateSignupFields(user ?? {})).settings;
  const policy = overlayChecked(withUser, migrateSignupFields(managed ?? {}));
  return {
    settings: { ...policy.settings, version: defaults.version },
    locked: policy.taken.filter((p) => p !== 'version'),
    rejected: policy.rejected.filter((r) => r.path !== 'version'),
  };
}
