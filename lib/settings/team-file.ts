/**
 * The team settings file: one JSON file a supervisor exports from the options
 * page and every agent imports (options or welcome page), so a team shares
 * thresholds, banned words and guidance without a server.
 *
 *   { "format": "kefu-guard-settings", "version": 1, "exportedAt": "…", "settings": { …Settings } }
 *
 * A file may hold only part of the settings (a supervisor who sets only the
 * banned words): what it holds is laid over the agent's current settings, as
 * enterprise policy is. Import is all or nothing: the file is parsed,
 * migrated to the current version, merged and validated as a whole; any
 * problem is reported by field and nothing is changed.
 */
import { isPlain, type Plain } from './paths';
import { validateSettings, type SettingsIssue } from './schema';
import { migrateSignupFields } from './signup-migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './types';

/** Largest file imported: an exported file is about 3 KB; anything near this is not one. */
export const MAX_TEAM_FILE_BYTES = 1024 * 1024;

export const TEAM_FILE_FORMAT = 'kefu-guard-settings';
/** The file version this build writes. */
export const TEAM_FILE_VERSION = 1;

export interface TeamFile {
  format: typeof TEAM_FILE_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  settings: Settings;
}

/**
 * Migrations by the version they read: `MIGRATIONS[n]` turns the `settings`
 * of a version-n file into version n+1. Version 1 is the first published
 * format, so there is none yet; when version 2 changes a field, add
 * `1: (settings) => …` here and bump TEAM_FILE_VERSION. A version with no
 * path to the current one is rejected, never guessed.
 */
export type Migration = (settings: unknown) => unknown;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The text of a team settings file for `settings`. */
export function teamFileText(settings: Settings, exportedAt: Date): string {
  // The live board's user and password are this browser's own: never in a file sent to the team
  // (an import keeps the agent's own, as for any field a file leaves out).
  const { user, password, ...board } = settings.board;
  void user;
  void password;
  const file = { format: TEAM_FILE_FORMAT, version: TEAM_FILE_VERSION, exportedAt: exportedAt.toISOString(), settings: { ...settings, board } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name of an export: kefu-guard-settings-2026-05-12.json (the exporting computer's date). */
export function teamFileName(exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${TEAM_FILE_FORMAT}-${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}.json`;
}

export type TeamFileResult = { ok: true; settings: Settings; version: number } | { ok: false; issues: SettingsIssue[] };

const fail = (path: string, zh: string, en: string): TeamFileResult => ({ ok: false, issues: [{ path, zh, en }] });

/** Size in bytes as a reader says it: "1.4 MB", "820 KB". */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The error for a file above MAX_TEAM_FILE_BYTES (checked before it is read, too). */
export function tooLargeIssue(bytes: number): SettingsIssue {
  const size = sizeText(bytes);
  return {
    path: '',
    zh: `文件太大（${size}）：团队设置文件不超过 1 MB。请确认选择的是用“导出设置文件”生成的 .json 文件。`,
    en: `The file is too large (${size}): a team settings file is at most 1 MB. Make sure you chose the .json file made with Export.`,
  };
}

/** `over` laid on `base` as it is: objects merge by key, anything else replaces (unknown keys stay, for the schema to name). */
function layOver(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = layOver(base[key], value);
  return out;
}

const describeValue = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? '[…]' : typeof value === 'string' ? `"${value.slice(0, 20)}"` : String(value));


/**
 * Migrates a file's settings from `version` to `target` (the current
 * version) step by step with `migrations`; null when some step is missing.
 */
export function migrate(
  settings: unknown,
  version: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = TEAM_FILE_VERSION,
): unknown | null {
  let current = settings;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return null;
    current = step(current);
  }
  return current;
}

export interface ParseOptions {
  /** The settings a partial file is laid over (the agent's current ones); the defaults when absent. */
  current?: Settings;
  migrations?: Readonly<Record<number, Migration>>;
}

/**
 * Reads a team settings file: the settings it makes (its fields over
 * `current`) when the whole file is valid, else every problem found.
 */
export function parseTeamFile(text: string, { current = DEFAULT_SETTINGS, migrations = MIGRATIONS }: ParseOptions = {}): TeamFileResult {
  // UTF-8 takes at most 3 bytes a character: only a long text needs counting.
  const bytes = text.length * 3 > MAX_TEAM_FILE_BYTES ? new TextEncoder().encode(text).length : text.length;
  if (bytes > MAX_TEAM_FILE_BYTES) return { ok: false, issues: [tooLargeIssue(bytes)] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      '',
      `不是有效的 JSON 文件（${detail}）：请选择用“导出设置文件”生成的 .json 文件。`,
      `not a valid JSON file (${detail}): choose the .json file made with Export`,
    );
  }
  if (!isPlain(data)) {
    return fail('', '文件内容应为一个 JSON 对象 {…}：请选择用“导出设置文件”生成的 .json 文件。', 'the file should hold one JSON object {…}: choose the file made with Export');
  }
  if (data.format !== TEAM_FILE_FORMAT) {
    return fail(
      'format',
      `这不是客服守护的设置文件（"format" 应为 "${TEAM_FILE_FORMAT}"）：请选择用“导出设置文件”生成的文件。`,
      `this is not a Kefu Guard settings file ("format" should be "${TEAM_FILE_FORMAT}"): choose the file made with Export`,
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', '文件的格式版本（"version"）应为正整数：请用“导出设置文件”重新生成。', 'the file format version ("version") should be a positive whole number: export the file again');
  }
  if (version > TEAM_FILE_VERSION) {
    return fail(
      'version',
      `文件版本 ${version} 比本插件支持的版本 ${TEAM_FILE_VERSION} 新：请先更新插件再导入。`,
      `file version ${version} is newer than this extension supports (${TEAM_FILE_VERSION}): update the extension first`,
    );
  }
  if (!('settings' in data)) {
    return fail('', '文件中没有设置内容（"settings"）：请用“导出设置文件”重新生成。', 'the file holds no "settings": export it again');
  }
  if (!isPlain(data.settings)) {
    const value = describeValue(data.settings);
    return fail(
      '',
      `文件中的“settings”应为一组设置 {…}，现在是 ${value}：请用“导出设置文件”重新生成。`,
      `"settings" in the file should be a group of settings {…} but is ${value}: export the file again`,
    );
  }
  const migrated = migrateSignupFields(migrate(data.settings, version, migrations));
  if (migrated === null) {
    return fail('version', `不支持的文件版本 ${version}：请用“导出设置文件”重新生成。`, `unsupported file version ${version}: export the file again`);
  }
  // Paths are named inside `settings` (replyTimer.warnRatio), as the options page names them.
  const checked = validateSettings(layOver({ ...current, version: SETTINGS_VERSION }, migrated));
  if (!checked.ok) return checked;
  return { ok: true, settings: { ...checked.settings, version: SETTINGS_VERSION }, version };
}
