import { describe, expect, it } from 'vitest';
import { beijingDayStart, HOUR_MS, PLATFORM_COUNTED_WINDOW } from '@/lib/clock';
import { emptyDayMetrics } from '@/lib/metrics';
import type { DayMetrics } from '@/lib/metrics';
import { earliestSignupDay, officialSignupCheck, restOfTodayRate, windowElapsed } from '@/lib/signup';
import type { OfficialSignupInput } from '@/lib/signup';

const TODAY = '2026-12-01';
const DAYS = ['2026-11-28', '2026-11-29', '2026-11-30'];
const m = (over: Partial<DayMetrics>): DayMetrics => ({ ...emptyDayMetrics('x'), ...over });
const full = (day: string, over: Partial<DayMetrics>, official: OfficialSignupInput['official'] = null): OfficialSignupInput => ({
  day,
  metrics: m({ day, ...over }),
  coverage: 1,
  official,
});
// 15:30 Beijing: half of 08:00–23:00 gone.
const HALF = beijingDayStart(TODAY) + 15.5 * HOUR_MS;
const todayOf = (metrics: DayMetrics | null, now = HALF) => ({ day: TODAY, metrics, now, window: PLATFORM_COUNTED_WINDOW });

describe('signup check with the platform\'s figures', () => {
  it('3-minute rate: the official figure decides and is named; the estimate fills days without it', () => {
    const check = officialSignupCheck(
      [
        full(DAYS[0]!, { rate3min: 0.95, messages: 100, buyers: 80 }, { rate3min: 0.7, consultUsers: 210 }),
        full(DAYS[1]!, { rate3min: 0.9, messages: 100, buyers: 80 }),
        { day: DAYS[2]!, metrics: null, coverage: 0, official: { rate3min: 0.82, consultUsers: 190 } },
      ],
      { metric: 'rate3min', requiredRate: 0.8 },
      todayOf(null),
    );
    expect(check.metric).toBe('rate3min');
    expect(check.days.map((d) => [d.source, d.rate, d.buyers, d.verdict])).toEqual([
      ['official', 0.7, 210, 'fail'],
      ['estimate', 0.9, 80, 'pass'],
      ['official', 0.82, 190, 'pass'],
    ]);
    expect(check.verdict).toBe('fail');
  });

  it('an official figure makes a day the plugin barely watched judgeable', () => {
    const check = officialSignupCheck(
      DAYS.map((day) => ({ day, metrics: null, coverage: 0.1, official: { rate3min: 0.9 } })),
      { metric: 'rate3min', requiredRate: 0.8 },
      todayOf(null),
    );
    expect(check.verdict).toBe('pass');
    expect(check.days.every((d) => d.reason === undefined)).toBe(true);
  });

  it('1-hour rate: the platform publishes none, so the estimate decides; its 咨询人数 says whether the day is assessed', () => {
    const check = officialSignupCheck(
      [
        full(DAYS[0]!, { rate1h: 0.5, buyers: 150 }, { consultUsers: 90, rate3min: 0.9 }),
        full(DAYS[1]!, { rate1h: 0.85, buyers: 150 }, { consultUsers: 200, rate3min: 0.9 }),
        full(DAYS[2]!, { rate1h: 0.7, buyers: 150 }),
      ],
      { metric: 'rate1h', requiredRate: 0.8 },
      todayOf(null),
    );
    expect(check.days.map((d) => [d.source, d.rate, d.verdict])).toEqual([
      ['official', 0.5, 'not-assessed'],
      ['estimate', 0.85, 'pass'],
      ['estimate', 0.7, 'fail'],
    ]);
  });

  it('figures read from the page\'s text never decide: the estimate judges, a pass they contradict becomes unsure (issue 22)', () => {
    const text = (official: OfficialSignupInput['official']) => ({ official, officialVia: 'text' as const });
    const check = officialSignupCheck(
      [
        { ...full(DAYS[0]!, { rate3min: 0.5, messages: 100, buyers: 150 }), ...text({ rate3min: 0.99, consultUsers: 200 }) },
        { ...full(DAYS[1]!, { rate3min: 0.9, messages: 100, buyers: 150 }), ...text({ rate3min: 0.5, consultUsers: 200 }) },
        { day: DAYS[2]!, metrics: null, coverage: 0, ...text({ rate3min: 0.99, consultUsers: 200 }) },
      ],
      { metric: 'rate3min', requiredRate: 0.8 },
      todayOf(null),
    );
    expect(check.days.map((d) => [d.source, d.rate, d.verdict, d.reason])).toEqual([
      ['estimate', 0.5, 'fail', undefined],
      ['estimate', 0.9, 'insufficient', 'page-text'],
      ['estimate', null, 'insufficient', 'no-data'],
    ]);
    // 1-hour rate: a drawn 咨询人数 ≤ 100 does not make a failed day "not assessed".
    const hour = officialSignupCheck(
      DAYS.map((day) => ({ ...full(day, { rate1h: 0.5, buyers: 150 }), ...text({ consultUsers: 90 }) })),
      { metric: 'rate1h', requiredRate: 0.8 },
      todayOf(null),
    );
    expect(hour.verdict).toBe('fail');
    expect(hour.days.every((d) => d.source === 'estimate' && d.verdict === 'fail')).toBe(true);
  });

  it('without any figures the day stays insufficient', () => {
    const check = officialSignupCheck(DAYS.map((day) => ({ day, metrics: null, coverage: 0 })), { metric: 'rate3min', requiredRate: 0.8 }, todayOf(null));
    expect(check.verdict).toBe('insufficient');
    expect(check.days[0]).toMatchObject({ verdict: 'insufficient', reason: 'no-data', source: 'estimate' });
  });
});

describe('planning ahead', () => {
  const day = (d: string, verdict: 'pass' | 'fail' | 'not-assessed' | 'insufficient') => ({ day: d, verdict, rate1h: null, buyers: 0, coverage: 1 });

  it.each([
    ['all pass → today', ['pass', 'pass', 'pass'], false, '2026-12-01'],
    ['not assessed counts as passing', ['not-assessed', 'pass', 'pass'], false, '2026-12-01'],
    ['oldest fails, today passes → tomorrow', ['fail', 'pass', 'pass'], true, '2026-12-02'],
    ['oldest fails, today not yet → after today leaves the window', ['fail', 'pass', 'pass'], false, '2026-12-05'],
    ['yesterday fails, today passes → in 3 days', ['pass', 'pass', 'fail'], true, '2026-12-04'],
    ['a day without data blocks like a fail', ['pass', 'insufficient', 'pass'], true, '2026-12-03'],
  ] as const)('%s', (_name, verdicts, todayPasses, expected) => {
    expect(earliestSignupDay(TODAY, DAYS.map((d, i) => day(d, verdicts[i]!)), todayPasses, 3)).toBe(expected);
  });

  it('the rest of today: same pace as so far, what rate makes the day reach the requirement', () => {
    // 100 messages in half the window at 70 %: the other 100 need 90 % for 80 %.
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 100 }), 'rate3min', 0.8, 0.5)).toEqual({ required: 0.9, impossible: false });
    expect(restOfTodayRate(m({ rate3min: 0.5, messages: 100 }), 'rate3min', 0.8, 0.75)).toMatchObject({ required: 1, impossible: true });
    expect(restOfTodayRate(m({ rate3min: 1, messages: 10 }), 'rate3min', 0.8, 0.5)).toEqual({ required: 0.6, impossible: false });
    expect(restOfTodayRate(m({ rate1h: 0.5, buyers: 40 }), 'rate1h', 0.8, 0.5)).toEqual({ required: 1, impossible: true });
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 0 }), 'rate3min', 0.8, 0.5)).toBeNull();
    expect(restOfTodayRate(m({ rate3min: 0.7, messages: 9 }), 'rate3min', 0.8, 1)).toBeNull();
    expect(restOfTodayRate(null, 'rate3min', 0.8, 0.5)).toBeNull();
  });

  it('the share of the counted window gone, in Beijing time', () => {
    expect(windowElapsed(7 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(0);
    expect(windowElapsed(15.5 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(0.5);
    expect(windowElapsed(23.5 * HOUR_MS, PLATFORM_COUNTED_WINDOW)).toBe(1);
  });

  it('the check carries the plan', () => {
    const check = officialSignupCheck(
      DAYS.map((d) => full(d, { rate3min: 0.9, messages: 50 })),
      { metric: 'rate3min', requiredRate: 0.8 },
      todayOf(m({ day: TODAY, rate3min: 0.7, messages: 100 })),
    );
    expect(check.plan).toEqual({ earliestDay: TODAY, restOfToday: { required: 0.9, impossible: false } });
  });
});
