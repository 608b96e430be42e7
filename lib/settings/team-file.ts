/**
 * The team settings file: one JSON file a supervisor exports from the options
 * page and every agent imports (options or welcome page), so a team shares
 * thresholds, banned words and guidance without a server.
 *
 *   { "format": "kefu-guard-settings", "version": 1, "exportedAt": "…", "settings": { …Settings } }
 *
 * Import is all or nothing: the file is parsed, migrated to the current
 * version and validated as a whole; any problem is reported by field and
 * nothing is changed.
 */
import { isPlain } from './paths';
import { validateSettings, type SettingsIssue } from './schema';
import { SETTINGS_VERSION, type Settings } from './types';

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
  const file: TeamFile = { format: TEAM_FILE_FORMAT, version: TEAM_FILE_VERSION, exportedAt: exportedAt.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name of an export: kefu-guard-settings-2026-05-12.json (the exporting computer's date). */
export function teamFileName(exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${TEAM_FILE_FORMAT}-${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}.json`;
}

export type TeamFileResult = { ok: true; settings: Settings; version: number } | { ok: false; issues: SettingsIssue[] };

const fail = (path: string, zh: string, en: string): TeamFileResult => ({ ok: false, issues: [{ path, zh, en }] });


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

/** Reads a team settings file: its settings when the whole file is valid, else every problem found. */
export function parseTeamFile(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): TeamFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('', `不是有效的 JSON 文件（${detail}）`, `not a valid JSON file (${detail})`);
  }
  if (!isPlain(data)) return fail('', '文件内容应为一个 JSON 对象 {…}', 'the file should hold one JSON object {…}');
  if (data.format !== TEAM_FILE_FORMAT) {
    return fail(
      'format',
      `应为 "${TEAM_FILE_FORMAT}"：这不是多多客服守护的设置文件`,
      `expected "${TEAM_FILE_FORMAT}": this is not a Kefu Guard settings file`,
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', '应为正整数（文件格式版本）', 'expected a positive whole number (file format version)');
  }
  if (version > TEAM_FILE_VERSION) {
    return fail(
      'version',
      `文件版本 ${version} 比本插件支持的版本 ${TEAM_FILE_VERSION} 新：请先更新插件再导入`,
      `file version ${version} is newer than this extension supports (${TEAM_FILE_VERSION}): update the extension first`,
    );
  }
  if (!('settings' in data)) return fail('settings', '缺少此字段', 'missing');
  const migrated = migrate(data.settings, version, migrations);
  if (migrated === null) {
    return fail('version', `不支持的文件版本 ${version}`, `unsupported file version ${version}`);
  }
  const checked = validateSettings(migrated);
  // Paths are named inside `settings` (replyTimer.warnRatio), as the options page names them.
  if (!checked.ok) return { ok: false, issues: checked.issues.map((i) => (i.path ? i : { ...i, path: 'settings' })) };
  return { ok: true, settings: { ...checked.settings, version: SETTINGS_VERSION }, version };
}
