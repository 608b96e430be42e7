import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldName, issueLine, issueReason } from '@/components/pages/issue-text';
import { mergeSettings } from '@/lib/settings/merge';
import { leafPaths } from '@/lib/settings/paths';
import { validateSettings } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS, PHRASE_CATEGORIES } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

afterEach(() => vi.restoreAllMocks());

describe('settings problems in the words of the options page (issue 14.4)', () => {
  it('names every field as the page labels it, never by its internal path', async () => {
    await useLocale('zh_CN');
    const paths = [
      ...leafPaths(DEFAULT_SETTINGS).filter((p) => p !== 'version' && !/^phraseGuard\.(actions|allowSendAnyway)\./.test(p)),
      ...PHRASE_CATEGORIES.flatMap((c) => [`phraseGuard.actions.${c}`, `phraseGuard.allowSendAnyway.${c}`]),
      'replyTimer.thresholdsSec',
      'phraseGuard.customWords.0',
    ];
    for (const path of paths) {
      const name = fieldName(path);
      expect(name, path).toBeTruthy();
      expect(name, path).not.toMatch(/[a-z]{3,}|\./i);
    }
    expect(fieldName('phraseGuard.allowSendAnyway.url')).toBe('违规词拦截 · 第三方信息（站外链接） · 允许仍然发送');
    expect(fieldName('afterSales.escalateReasons.4')).toBe('售后提醒 · 须主管处理的退款原因 第 5 项');
  });

  it.each<[string, unknown, 'form' | 'file', string]>([
    ['replyTimer.warnRatio', 0.99, 'form', '「回复计时 · 提前提醒比例」应为 10%–95%'],
    ['replyTimer.warnRatio', 50, 'file', '「回复计时 · 提前提醒比例」应为 10%–95%（文件中写作 0.1–0.95 的小数，0.7 表示 70%）'],
    ['replyTimer.thresholdsSec.s30', 2, 'form', '「回复计时 · 30秒应答」应为 5–300 秒之间的整数'],
    ['afterSales.stageHours.critical', 0, 'form', '「售后提醒 · 非常紧急」应为 0.1–47 小时之间的数字'],
    ['replyTimer.sound', 'yes', 'file', '「回复计时 · 超时提示音」应为开或关（文件中写作 true 或 false）'],
  ])('%s = %j (%s) → %s', async (path, value, where, line) => {
    await useLocale('zh_CN');
    const [group, ...rest] = path.split('.');
    const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, Record<string, unknown>>;
    let parent: Record<string, unknown> = settings[group!]!;
    for (const key of rest.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    parent[rest[rest.length - 1]!] = value;
    const checked = validateSettings(settings);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(issueLine(checked.issues[0]!, where)).toBe(line);
  });

  it('in English too', async () => {
    await useLocale('en');
    const { rejected } = mergeSettings(undefined, { replyTimer: { warnRatio: 50 }, retentionDays: 3 });
    expect(rejected.map((r) => issueLine(r, 'form'))).toEqual(['"Reply timer · Early warning at": expected 10%–95%', '"Data · Keep data for": expected a whole number from 7 to 365 days']);
    expect(issueReason(rejected[0]!, 'file')).toContain('0.1–0.95');
  });

  it('an order rule a policy broke is said of the field it set (issue 22)', async () => {
    await useLocale('zh_CN');
    const { rejected } = mergeSettings(undefined, { replyTimer: { thresholdsSec: { s30: 200 }, countedWindow: { startHour: 23 } } });
    expect(rejected.map((r) => issueLine(r, 'file'))).toEqual([
      '「回复计时 · 30秒应答」应小于「回复计时 · 3分钟回复」（180 秒）',
      '「回复计时 · 考核开始」应早于「回复计时 · 考核结束」（23 点）',
    ]);
  });
});
