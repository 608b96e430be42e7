import { describe, expect, it } from 'vitest';
import { decide, segments } from '@/lib/guard-decision';
import type { Finding } from '@/lib/phrases';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

const finding = (category: Finding['category'], severity: Finding['severity'], start = 0, end = 2): Finding => ({
  category,
  ruleId: 'chat-contact',
  severity,
  start,
  end,
  match: 'xx',
});
const settings = DEFAULT_SETTINGS.phraseGuard;

describe('decide', () => {
  it.each([
    ['nothing found: send', [], false, true],
    ['a blocking contact finding holds, no override by default', [finding('contact', 'block')], true, false],
    ['a mild word the engine rates warn never holds', [finding('abuse', 'warn')], false, true],
    ['a link holds but may be sent anyway', [finding('url', 'block')], true, true],
    ['custom words only warn by default', [finding('custom', 'block')], false, true],
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
