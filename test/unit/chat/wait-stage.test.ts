import { describe, expect, it } from 'vitest';
import { REPLY_THRESHOLDS } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { thresholdsFromSettings, waitStage } from '@/lib/features/reply-timer/wait-stage';

const thresholds = thresholdsFromSettings(DEFAULT_SETTINGS.replyTimer);

describe('waitStage with the default 30 s / 3 min / 5 min / 1 h and 55 % warning', () => {
  it.each([
    // wait (s), level, warning, next
    [0, 0, false, 'reply-30s'],
    [16, 0, false, 'reply-30s'],
    [16.5, 0, true, 'reply-30s'],
    [29.9, 0, true, 'reply-30s'],
    [30, 1, false, 'reply-3min'],
    [98, 1, false, 'reply-3min'],
    [99, 1, true, 'reply-3min'], // 千牛's 100 s of 180 s
    [180, 2, true, 'reply-5min'], // 55 % of 5 min is 165 s, before the 3-min breach: warns at once
    [299, 2, true, 'reply-5min'],
    [300, 3, false, 'reply-1h'],
    [1979, 3, false, 'reply-1h'],
    [1980, 3, true, 'reply-1h'],
    [3600, 4, false, null],
    [86_400, 4, false, null],
  ])('%s s → level %s, warning %s', (seconds, level, warning, next) => {
    const stage = waitStage(seconds * 1000, thresholds, 0.55);
    expect(stage.level).toBe(level);
    expect(stage.warning).toBe(warning);
    expect(stage.next?.id ?? null).toBe(next);
  });

  it('uses configured thresholds', () => {
    const custom = thresholdsFromSettings({ ...DEFAULT_SETTINGS.replyTimer, thresholdsSec: { s30: 20, m3: 120, m5: 240, h1: 1800 } });
    expect(custom.map((t) => t.ms)).toEqual([20_000, 120_000, 240_000, 1_800_000]);
    expect(waitStage(21_000, custom, 0.55).level).toBe(1);
    expect(custom.map((t) => t.id)).toEqual(REPLY_THRESHOLDS.map((t) => t.id));
  });
});
