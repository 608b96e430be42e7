import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY as READ_KEY } from '@/lib/settings/load';
import { importTeamFile, saveUserSettings, settingsToSave, SETTINGS_KEY, type WritableArea } from '@/lib/settings/save';
import { SETTINGS_KEY as STORE_READ_KEY } from '@/lib/background/settings-read';
import { describeIssue } from '@/lib/settings/schema';
import { migrate, parseTeamFile, TEAM_FILE_FORMAT, TEAM_FILE_VERSION, teamFileName, teamFileText } from '@/lib/settings/team-file';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

const EXPORTED_AT = new Date('2026-05-12T06:30:00Z');

const teamSettings = (): Settings => {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.targets.rate1h = 0.9;
  s.phraseGuard.customWords = ['返现', '私下退款'];
  s.phraseGuard.actions.url = 'warn';
  s.retentionDays = 120;
  return s;
};

const file = (over: Record<string, unknown>) =>
  JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, exportedAt: EXPORTED_AT.toISOString(), settings: DEFAULT_SETTINGS, ...over });

/** An in-memory storage.local. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = structuredClone(initial);
  const area: WritableArea = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
  return { area, data };
}

describe('team settings file', () => {
  it('round-trips: export then import gives the same settings', () => {
    const text = teamFileText(teamSettings(), EXPORTED_AT);
    const { user: _user, password: _password, ...board } = teamSettings().board;
    expect(JSON.parse(text)).toEqual({ format: 'kefu-guard-settings', version: 1, exportedAt: '2026-05-12T06:30:00.000Z', settings: { ...teamSettings(), board } });
    expect(parseTeamFile(text)).toEqual({ ok: true, settings: teamSettings(), version: 1 });
  });

  it('never writes the live board\'s user or password; an import keeps this browser\'s own', () => {
    const mine = { ...teamSettings(), board: { enabled: true, url: 'https://couch.example.com', database: 'kg_shop1', user: 'owner1', password: 'top-secret' } };
    const text = teamFileText(mine, EXPORTED_AT);
    expect(text).not.toMatch(/top-secret|owner1/);
    const agent = { ...teamSettings(), board: { ...teamSettings().board, user: 'agent7', password: 'a7-pw' } };
    expect(parseTeamFile(text, { current: agent })).toMatchObject({ ok: true, settings: { board: { enabled: true, url: 'https://couch.example.com', user: 'agent7', password: 'a7-pw' } } });
  });

  it('names the file by date', () => {
    expect(teamFileName(new Date(2026, 4, 2, 9))).toBe('kefu-guard-settings-2026-05-02.json');
  });

  it('reads a file saved with a byte-order mark (Windows Notepad)', () => {
    expect(parseTeamFile(`\uFEFF${teamFileText(teamSettings(), EXPORTED_AT)}`).ok).toBe(true);
  });

  // [what, file text, expected first line (Chinese)]
  it.each<[string, string, string]>([
    ['not JSON', '{"format": "kefu-guard-settings",', '不是有效的 JSON 文件'],
    ['a CSV export', '日期 day,咨询买家数 buyers\r\n', '不是有效的 JSON 文件'],
    ['a JSON array', '[]', '文件内容应为一个 JSON 对象 {…}'],
    ['another program’s JSON', JSON.stringify({ name: 'x' }), '字段 format：这不是客服守护的设置文件（"format" 应为 "kefu-guard-settings"）'],
    ['wrong format name', file({ format: 'kefu-guard-export' }), '字段 format：这不是客服守护的设置文件'],
    ['version as text', file({ version: '1' }), '字段 version：文件的格式版本（"version"）应为正整数'],
    ['version 0', file({ version: 0 }), '字段 version：文件的格式版本（"version"）应为正整数'],
    ['a future version', file({ version: 2 }), '字段 version：文件版本 2 比本插件支持的版本 1 新：请先更新插件再导入'],
    ['no settings', JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1 }), '文件中没有设置内容（"settings"）'],
    ['settings not an object', file({ settings: 'all' }), '文件中的“settings”应为一组设置 {…}，现在是 "all"'],
    ['settings: null (issue 11.9: a true message, not "fields missing")', file({ settings: null }), '文件中的“settings”应为一组设置 {…}，现在是 null'],
    ['settings a list', file({ settings: [] }), '现在是 […]'],
    ['one wrong field', file({ settings: { ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, warnRatio: 2 } } }), '字段 replyTimer.warnRatio：应为 0.1–0.95 之间的小数（如 0.7 表示 70%）'],
    ['a partial file with a wrong field', file({ settings: { targets: { rate1h: 90 } } }), '字段 targets.rate1h：应为 0–1 之间的小数'],
    ['a partial file with a field of another program', file({ settings: { replyTimer: { warnratio: 0.5 } } }), '字段 replyTimer.warnratio：未知字段'],
    ['a file over 1 MB', file({ pad: 'x'.repeat(1024 * 1024) }), '文件太大（1.0 MB）：团队设置文件不超过 1 MB'],
    ['a file over 1 MB in Chinese characters', file({ pad: '汉'.repeat(400 * 1024) }), '文件太大（1.2 MB）'],
  ])('rejects %s with a message naming the field', (_what, text, firstLine) => {
    const result = parseTeamFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeIssue(result.issues[0]!)).toContain(firstLine);
  });

  it('lays a partial file over the current settings, as policy is (issue 14.4)', () => {
    const current = teamSettings();
    const result = parseTeamFile(file({ settings: { replyTimer: { warnRatio: 0.5 }, phraseGuard: { actions: { contact: 'warn' } } } }), { current });
    expect(result).toEqual({
      ok: true,
      version: 1,
      settings: {
        ...current,
        replyTimer: { ...current.replyTimer, warnRatio: 0.5 },
        phraseGuard: { ...current.phraseGuard, actions: { ...current.phraseGuard.actions, contact: 'warn' } },
      },
    });
    // Over the defaults when no current settings are given; the order of thresholds is checked across file and current.
    expect(parseTeamFile(file({ settings: { retentionDays: 30 } }))).toMatchObject({ ok: true, settings: { ...DEFAULT_SETTINGS, retentionDays: 30 } });
    const crossed = parseTeamFile(file({ settings: { replyTimer: { thresholdsSec: { m3: 20 } } } }));
    expect(crossed.ok).toBe(false);
  });
});

describe('migrations', () => {
  it('version 1 is the current version and needs no step', () => {
    expect(TEAM_FILE_VERSION).toBe(1);
    const settings = teamSettings();
    expect(migrate(settings, 1)).toBe(settings);
  });

  it('applies each step from the file version to the target, in order', () => {
    const table = {
      1: (s: unknown) => ({ ...(s as object), steps: ['1→2'] }),
      2: (s: unknown) => ({ ...(s as object), steps: [...((s as { steps?: string[] }).steps ?? []), '2→3'] }),
    };
    expect(migrate({ a: 1 }, 1, table, 3)).toEqual({ a: 1, steps: ['1→2', '2→3'] });
    expect(migrate({ a: 1 }, 2, table, 3)).toEqual({ a: 1, steps: ['2→3'] });
  });

  it('refuses a version with no path to the target', () => {
    expect(migrate({}, 1, {}, 2)).toBeNull();
  });
});

describe('importing and saving', () => {
  it('writes the key the pages and the background read', () => {
    expect(SETTINGS_KEY).toBe(READ_KEY);
    expect(SETTINGS_KEY).toBe(STORE_READ_KEY);
  });

  it('a broken or partial file changes nothing', async () => {
    const stored = { [SETTINGS_KEY]: teamSettings() };
    for (const text of ['not json', file({ version: 9 }), file({ settings: { retentionDays: 3 } }), file({ settings: null })]) {
      const { area, data } = memoryArea(stored);
      const result = await importTeamFile(area, text);
      expect(result.ok).toBe(false);
      expect(area.set).not.toHaveBeenCalled();
      expect(data).toEqual(stored);
    }
  });

  it('a valid file replaces the whole settings object', async () => {
    const { area, data } = memoryArea({ [SETTINGS_KEY]: { retentionDays: 30 } });
    const result = await importTeamFile(area, teamFileText(teamSettings(), EXPORTED_AT));
    expect(result).toEqual({ ok: true, settings: teamSettings() });
    expect(data[SETTINGS_KEY]).toEqual(teamSettings());
  });

  it('a partial file is imported over the stored settings; policy-locked fields keep the user’s own value (issue 11.9)', async () => {
    const user = { ...structuredClone(DEFAULT_SETTINGS), retentionDays: 30 };
    const { area, data } = memoryArea({ [SETTINGS_KEY]: user });
    const result = await importTeamFile(area, file({ settings: { retentionDays: 200, targets: { rate1h: 0.95 } } }), ['retentionDays']);
    expect(result.ok).toBe(true);
    expect(data[SETTINGS_KEY]).toEqual({ ...user, targets: { ...user.targets, rate1h: 0.95 } });
  });

  it('saves only a valid object, and keeps the user’s own value of a field policy locks', async () => {
    const user = { ...structuredClone(DEFAULT_SETTINGS), retentionDays: 30 };
    const { area, data } = memoryArea({ [SETTINGS_KEY]: user });
    // The page shows the policy's 180 days (locked) and the agent changed the 1-hour target.
    const edited = { ...teamSettings(), retentionDays: 180 };
    const saved = await saveUserSettings(area, edited, ['retentionDays']);
    expect(saved.ok).toBe(true);
    expect((data[SETTINGS_KEY] as Settings).retentionDays).toBe(30);
    expect((data[SETTINGS_KEY] as Settings).targets.rate1h).toBe(0.9);

    const bad = await saveUserSettings(area, { ...edited, replyTimer: { ...edited.replyTimer, warnRatio: 3 } });
    expect(bad.ok).toBe(false);
    expect((data[SETTINGS_KEY] as Settings).replyTimer.warnRatio).toBe(DEFAULT_SETTINGS.replyTimer.warnRatio);
  });

  it('takes a locked field from the defaults when the user never stored one', () => {
    const edited = { ...teamSettings(), retentionDays: 180 };
    expect(settingsToSave(edited, ['retentionDays'], undefined).retentionDays).toBe(90);
    expect(settingsToSave(edited, [], undefined)).toBe(edited);
  });
});
