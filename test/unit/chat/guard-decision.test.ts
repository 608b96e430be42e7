import { describe, expect, it } from 'vitest';
import { categoriesOf, decide, segments } from '@/lib/guard-decision';
import { scan, type Finding } from '@/lib/phrases';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

const finding = (category: Finding['category'], severity: Finding['severity'], start = 0, end = 2, clear = false): Finding => ({
  category,
  ruleId: 'chat-contact',
  severity,
  start,
  end,
  match: 'xx',
  ...(clear ? { clear } : {}),
});
const settings = DEFAULT_SETTINGS.phraseGuard;

describe('decide', () => {
  it.each([
    ['nothing found: send', [], false, true],
    ['a blocking contact finding holds, no override by default', [finding('contact', 'block')], true, false],
    ['拦截 holds a word the engine rates warn (the shop decides)', [finding('abuse', 'warn')], true, false],
    ['a link holds but may be sent anyway', [finding('url', 'block')], true, true],
    ['custom words hold by default (issue 21 item 8), the agent may still send anyway', [finding('custom', 'block')], true, true],
    ['a clear case raises a 提醒 category to a hold', [finding('custom', 'block', 0, 2, true)], true, true],
  ])('%s', (_name, findings, hold, canOverride) => {
    const d = decide(findings as Finding[], settings);
    expect(d.hold).toBe(hold);
    expect(d.canOverride).toBe(canOverride);
    expect(d.findings).toHaveLength((findings as Finding[]).length);
  });

  it('drops categories the shop turned off and downgrades those set to warn', () => {
    const custom = { ...settings, actions: { ...settings.actions, platform: 'off' as const, phone: 'warn' as const } };
    const d = decide([finding('platform', 'block'), finding('phone', 'block')], custom);
    expect(d.findings.map((f) => [f.category, f.action])).toEqual([['phone', 'warn']]);
    expect(d.hold).toBe(false);
  });

  it('the engine may raise 提醒 to 拦截 for clear cases, never lower 拦截', () => {
    const warnAll = { ...settings, actions: { ...settings.actions, contact: 'warn' as const, abuse: 'block' as const } };
    const clear = decide([finding('contact', 'block', 0, 2, true)], warnAll);
    expect(clear.findings.map((f) => [f.action, f.raised])).toEqual([['block', true]]);
    expect(decide([finding('contact', 'block')], warnAll).hold).toBe(false);
    expect(decide([finding('contact', 'warn', 0, 2, true)], warnAll).hold).toBe(false);
    expect(decide([finding('abuse', 'warn')], warnAll).findings.map((f) => [f.action, f.raised])).toEqual([['block', false]]);
  });

  it('你有病吧 is held when 辱骂骚扰 is set to 拦截, and only warned when set to 提醒', () => {
    const found = scan('你有病吧');
    expect(found.map((f) => f.category)).toEqual(['abuse']);
    expect(decide(found, { ...settings, actions: { ...settings.actions, abuse: 'block' } }).hold).toBe(true);
    expect(decide(found, { ...settings, actions: { ...settings.actions, abuse: 'warn' } }).hold).toBe(false);
  });

  it('a diverting contact detail holds even where contact is set to 提醒', () => {
    const found = scan('加我微信 kefu8899');
    expect(found.some((f) => f.clear)).toBe(true);
    expect(decide(found, { ...settings, actions: { ...settings.actions, contact: 'warn' } }).hold).toBe(true);
  });

  it('categoriesOf gives each category once', () => {
    expect(categoriesOf([finding('contact', 'block'), finding('phone', 'block'), finding('contact', 'warn')])).toEqual(['contact', 'phone']);
  });
});

describe('segments', () => {
  it('cuts the text into flagged and plain pieces, merging overlaps', () => {
    expect(segments('加我薇 信 138', [{ start: 2, end: 5 }, { start: 4, end: 5 }, { start: 6, end: 9 }])).toEqual([
      { text: '加我', flagged: false },
      { text: '薇 信', flagged: true },
      { text: ' ', flagged: false },
      { text: '138', flagged: true },
    ]);
    expect(segments('', [])).toEqual([]);
  });
});
