import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { getPath, isLocked, leafPaths, setPath } from '@/lib/settings/paths';
import { describeIssue, settingsSchema, validateSettings } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);

/** A copy of the defaults with one field set (undefined deletes it). */
function withField(path: string, value: unknown): unknown {
  const copy = defaults() as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  if (value === undefined) delete parent[keys[keys.length - 1]!];
  else parent[keys[keys.length - 1]!] = value;
  return copy;
}

describe('settingsSchema', () => {
  it('accepts the defaults unchanged', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('has the same type as the Settings interface', () => {
    expectTypeOf<z.infer<typeof settingsSchema>>().toEqualTypeOf<Settings>();
  });

  // [field set, value, path named in the issue, Chinese reason]
  it.each<[string, unknown, string, string]>([
    ['replyTimer.warnRatio', 2, 'replyTimer.warnRatio', '应为 0.1–0.95 之间的小数（如 0.7 表示 70%）'],
    ['replyTimer.warnRatio', 0.05, 'replyTimer.warnRatio', '应为 0.1–0.95 之间的小数（如 0.7 表示 70%）'],
    ['replyTimer.warnRatio', '0.5', 'replyTimer.warnRatio', '应为 0.1–0.95 之间的小数（如 0.7 表示 70%）'],
    ['replyTimer.warnRatio', Number.NaN, 'replyTimer.warnRatio', '应为 0.1–0.95 之间的小数（如 0.7 表示 70%）'],
    ['replyTimer.warnRatio', undefined, 'replyTimer.warnRatio', '缺少此字段'],
    ['replyTimer.sound', 'yes', 'replyTimer.sound', '应为 true 或 false'],
    ['features.phraseGuard', 1, 'features.phraseGuard', '应为 true 或 false'],
    ['replyTimer.thresholdsSec.s30', 2, 'replyTimer.thresholdsSec.s30', '应为 5–300 之间的整数'],
    ['replyTimer.thresholdsSec.m3', 30.5, 'replyTimer.thresholdsSec.m3', '应为 30–1800 之间的整数'],
    ['replyTimer.thresholdsSec.m5', 180, 'replyTimer.thresholdsSec.m5', '应大于 m3（180 秒）'],
    ['replyTimer.thresholdsSec.m3', 30, 'replyTimer.thresholdsSec.m3', '应大于 s30（30 秒）'],
    ['replyTimer.thresholdsSec.h1', 300, 'replyTimer.thresholdsSec.h1', '应为 600–14400 之间的整数'],
    ['replyTimer.countedWindow.endHour', 8, 'replyTimer.countedWindow.endHour', '应晚于开始时间（8 点）'],
    ['replyTimer.countedWindow.startHour', 24, 'replyTimer.countedWindow.startHour', '应为 0–23 之间的整数'],
    ['replyTimer.thresholdsSec', 'x', 'replyTimer.thresholdsSec', '应为对象 {…}'],
    ['phraseGuard.actions.url', 'hide', 'phraseGuard.actions.url', '应为 "block"（拦截）、"warn"（提醒）或 "off"（关闭）'],
    ['phraseGuard.actions.abuse', undefined, 'phraseGuard.actions.abuse', '缺少此字段'],
    ['phraseGuard.allowSendAnyway.email', 'true', 'phraseGuard.allowSendAnyway.email', '应为 true 或 false'],
    ['phraseGuard.customWords', '返现', 'phraseGuard.customWords', '应为文字列表（最多 500 项）'],
    ['phraseGuard.customWords', ['返现', '  '], 'phraseGuard.customWords.1', '应为 1–50 个字的文字'],
    ['phraseGuard.allowList', ['x'.repeat(51)], 'phraseGuard.allowList.0', '应为 1–50 个字的文字'],
    ['afterSales.stageHours.warn', 3, 'afterSales.stageHours.warn', '应大于 urgent（4 小时）'],
    ['afterSales.stageHours.critical', 0, 'afterSales.stageHours.critical', '应为 0.1–47 之间的数字'],
    ['afterSales.stageHours.urgent', 0.5, 'afterSales.stageHours.urgent', '应大于 critical（1 小时）'],
    ['afterSales.guidance.noLogistics', '', 'afterSales.guidance.noLogistics', '应为 1–80 个字的文字'],
    ['afterSales.escalateReasons', [1], 'afterSales.escalateReasons.0', '应为 1–30 个字的文字'],
    ['targets.rate1h', 1.2, 'targets.rate1h', '应为 0–1 之间的小数（如 0.7 表示 70%）'],
    ['targets.rate5min', -0.1, 'targets.rate5min', '应为 0–1 之间的小数（如 0.7 表示 70%）'],
    ['targets.amberMargin', 0.5, 'targets.amberMargin', '应为 0–0.3 之间的小数（如 0.7 表示 70%）'],
    ['retentionDays', 6, 'retentionDays', '应为 7–365 之间的整数'],
    ['retentionDays', 366, 'retentionDays', '应为 7–365 之间的整数'],
    ['retentionDays', 30.5, 'retentionDays', '应为 7–365 之间的整数'],
    ['version', 2, 'version', '应为 1'],
    ['features.darkMode', true, 'features.darkMode', '未知字段'],
    ['extra', {}, 'extra', '未知字段'],
  ])('%s = %j is rejected, naming %s', (path, value, issuePath, zh) => {
    const result = validateSettings(withField(path, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ path: issuePath, zh }));
    expect(result.issues.every((i) => i.path !== '')).toBe(true);
  });

  it.each([null, [], 'settings', 42])('rejects %j as a whole', (value) => {
    expect(validateSettings(value)).toEqual({ ok: false, issues: [{ path: '', zh: '应为对象 {…}', en: 'expected an object {…}', expected: { kind: 'object' } }] });
  });

  it('names each wrong field once, Chinese first, English on request', () => {
    const result = validateSettings(withField('replyTimer.warnRatio', 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(describeIssue(result.issues[0]!)).toBe('字段 replyTimer.warnRatio：应为 0.1–0.95 之间的小数（如 0.7 表示 70%）');
    expect(describeIssue(result.issues[0]!, 'en')).toBe('Field replyTimer.warnRatio: expected a fraction from 0.1 to 0.95 (0.7 means 70%)');
    expect(result.issues[0]!.expected).toEqual({ kind: 'share', min: 0.1, max: 0.95 });
  });

  it('trims words, so " 返现 " is stored as "返现"', () => {
    const result = validateSettings(withField('phraseGuard.customWords', [' 返现 ']));
    expect(result.ok && result.settings.phraseGuard.customWords).toEqual(['返现']);
  });
});

describe('settings paths', () => {
  it('lists every field, arrays as one field', () => {
    const paths = leafPaths(DEFAULT_SETTINGS);
    expect(paths).toContain('replyTimer.thresholdsSec.s30');
    expect(paths).toContain('phraseGuard.customWords');
    expect(paths).not.toContain('phraseGuard.customWords.0');
    expect(paths).toHaveLength(new Set(paths).size);
    for (const path of paths) expect(getPath(DEFAULT_SETTINGS, path)).not.toBeUndefined();
  });

  it('sets a field without touching the original', () => {
    const changed = setPath(DEFAULT_SETTINGS, 'targets.rate1h', 0.9);
    expect(changed.targets.rate1h).toBe(0.9);
    expect(DEFAULT_SETTINGS.targets.rate1h).toBe(0.8);
    expect(changed.replyTimer).toBe(DEFAULT_SETTINGS.replyTimer);
  });

  it.each<[string, string[], boolean]>([
    ['retentionDays', ['retentionDays'], true],
    ['targets.rate1h', ['targets'], true],
    ['targets', ['targets.rate1h'], true],
    ['targets.rate5min', ['targets.rate1h'], false],
    ['phraseGuard.actions.url', ['phraseGuard.actions.urlx'], false],
    ['phraseGuard.customWords', [], false],
  ])('isLocked(%s, %j) = %s', (path, locked, expected) => {
    expect(isLocked(path, locked)).toBe(expected);
  });
});
