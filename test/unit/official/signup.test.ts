import { describe, expect, it } from 'vitest';
import { HOUR_MS, PLATFORM_COUNTED_WINDOW } from '@/lib/clock';
import { emptyDayMetrics } from '@/lib/metrics';
import type { DayMetrics } from '@/lib/metrics';
import { restOfTodayRate, windowElapsed } from '@/lib/signup';
import { SIGNUP_PRESETS } from '@/lib/signup-rules';

const m = (over: Partial<DayMetrics>): DayMetrics => ({ ...emptyDayMetrics('x'), ...over });

describe('planning ahead', () => {
  it('the rest of today: same pace as so far, what rate makes the day reach the requirement', () => {
    // 100 messages in half the window at 70 %: the other 100 need 90 % for 80 %.
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 100 }), SIGNUP_PRESETS['rate3min-3d'], 0.8, 0.5)).toEqual({ required: 0.9, impossible: false });
    expect(restOfTodayRate(m({ rate3min: 0.5, messages: 100 }), SIGNUP_PRESETS['rate3min-3d'], 0.8, 0.75)).toMatchObject({ required: 1, impossible: true });
    expect(restOfTodayRate(m({ rate3min: 1, messages: 10 }), SIGNUP_PRESETS['rate3min-3d'], 0.8, 0.5)).toEqual({ required: 0.6, impossible: false });
    expect(restOfTodayRate(m({ rate1h: 0.5, buyers: 40 }), SIGNUP_PRESETS['rate1h-3d'], 0.8, 0.5)).toEqual({ required: 1, impossible: true });
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 0 }), SIGNUP_PRESETS['rate3min-3d'], 0.8, 0.5)).toBeNull();
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 9 }), SIGNUP_PRESETS['rate3min-3d'], 0.8, 1)).toBeNull();
    expect(restOfTodayRate(null, SIGNUP_PRESETS['rate3min-3d'], 0.8, 0.5)).toBeNull();
  });

  it('the share of the counted window gone, in Beijing time', () => {
    expect(windowElapsed(7 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(0);
    expect(windowElapsed(15.5 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(0.5);
    expect(windowElapsed(23.5 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(1);
  });

});
