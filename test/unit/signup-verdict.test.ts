import { describe, expect, it } from 'vitest';
import { dayMetrics, emptyDayMetrics } from '@/lib/metrics';
import type { DayMetrics } from '@/lib/metrics';
import { beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { signupVerdict } from '@/lib/signup-verdict';
import type { EstimateDay, PlatformDay, VerdictInput } from '@/lib/signup-verdict';
import type { SignupPresetId } from '@/lib/signup-rules';

const TODAY = '2026-03-10';
const D1 = '2026-03-07';
const D2 = '2026-03-08';
const D3 = '2026-03-09';

function metrics(day: string, rates: Partial<DayMetrics>): DayMetrics {
  return { ...emptyDayMetrics(day), buyers: 150, messages: 300, answered: 280, ...rates };
}
const est = (day: string, rates: Partial<DayMetrics>, coverage = 1, complete?: boolean): EstimateDay => ({
  metrics: metrics(day, rates),
  coverage,
  ...(complete === undefined ? {} : { complete }),
});
const all3 = <T>(f: (day: string) => T): Record<string, T> => ({ [D1]: f(D1), [D2]: f(D2), [D3]: f(D3) });
const platform = (rate3min: number | undefined, consultUsers = 200, via: PlatformDay['via'] = 'response'): PlatformDay => ({
  figures: { consultUsers, ...(rate3min === undefined ? {} : { rate3min }) },
  via,
});

function verdict(preset: SignupPresetId, threshold: number | null, rest: Partial<VerdictInput>) {
  return signupVerdict({ rule: { preset, threshold }, today: TODAY, shop: { agentCount: 1 }, ...rest });
}

describe('signupVerdict: which basis a day rests on', () => {
  it.each([
    // [case, preset, input, expected [outcome, basis, value] of D3]
    ['platform 3-min figure decides over both estimates', 'rate3min-3d', { platform: { [D3]: platform(0.7) }, team: all3((d) => est(d, { rate3min: 0.95 })), agent: all3((d) => est(d, { rate3min: 0.95 })) }, ['fail', 'platform', 0.7]],
    ['team estimate when no platform figure', 'rate3min-3d', { team: all3((d) => est(d, { rate3min: 0.76 }, 1, true)), agent: all3((d) => est(d, { rate3min: 0.95 })) }, ['fail', 'team', 0.76]],
    ['this agent when nothing else', 'rate3min-3d', { agent: all3((d) => est(d, { rate3min: 0.9 })) }, ['pass', 'agent', 0.9]],
    ['1-hour rule: the platform publishes no 1-hour rate, so its figure does not decide', 'rate1h-3d', { platform: { [D3]: platform(0.5) }, agent: all3((d) => est(d, { rate1h: 0.9 })) }, ['pass', 'agent', 0.9]],
    ['1-hour rule: platform 咨询人数 ≤ 100 → not assessed on the platform', 'rate1h-3d', { platform: { [D3]: platform(undefined, 80) }, agent: all3((d) => est(d, { rate1h: 0.2 })) }, ['not-assessed', 'platform', null]],
    ['1-hour rule: estimate with ≤ 100 buyers → not assessed', 'rate1h-3d', { agent: all3((d) => est(d, { rate1h: 0.2, buyers: 90 })) }, ['not-assessed', 'agent', 0.2]],
    ['5-minute rule counts robot replies (rate5minAny), not the human rate', 'rate5min-1d', { agent: all3((d) => est(d, { rate5min: 0.3, rate5minAny: 0.6 })) }, ['pass', 'agent', 0.6]],
    ['5-minute rule: an aggregate without the robot-counted rate is unsure, never the human rate', 'rate5min-1d', { agent: all3((d) => est(d, { rate5min: 0.9 })) }, ['unsure', 'agent', null]],
    ['a drawn platform figure agreeing with the estimate: the estimate', 'rate3min-3d', { platform: { [D3]: platform(0.9, 200, 'text') }, agent: all3((d) => est(d, { rate3min: 0.85 })) }, ['pass', 'agent', 0.85]],
    ['a drawn platform figure disagreeing: unsure, never decided by the drawing', 'rate3min-3d', { platform: { [D3]: platform(0.5, 200, 'text') }, agent: all3((d) => est(d, { rate3min: 0.85 })) }, ['unsure', 'agent', 0.85]],
  ] as const)('%s', (_case, preset, input, [outcome, basis, value]) => {
    const threshold = preset === 'rate5min-1d' ? 0.5 : 0.8;
    const day = verdict(preset, threshold, input as Partial<VerdictInput>).days.find((d) => d.day === D3)!;
    expect([day.outcome, day.basis, day.value]).toEqual([outcome, basis, value]);
  });
});

describe('signupVerdict: unsure days', () => {
  it.each([
    ['no data at all', {}, 1, 'no-data', 'none'],
    ['agent observed part of the day', { agent: all3((d) => est(d, { rate3min: 0.9 }, 0.5)) }, 1, 'partial', 'agent'],
    ['team day missing an agent’s file', { team: all3((d) => est(d, { rate3min: 0.9 }, 1, false)) }, 3, 'team-incomplete', 'team'],
    ['agent estimate in a shop of 3 agents', { agent: all3((d) => est(d, { rate3min: 0.9 })) }, 3, 'agent-only', 'agent'],
  ] as const)('%s', (_case, input, agentCount, reason, basis) => {
    const v = signupVerdict({ rule: { preset: 'rate3min-3d', threshold: 0.8 }, today: TODAY, shop: { agentCount }, ...(input as Partial<VerdictInput>) });
    expect(v.outcome).toBe('unsure');
    expect(v.days.map((d) => [d.outcome, d.reason, d.basis])).toEqual([D1, D2, D3].map(() => ['unsure', reason, basis]));
  });

  it('no threshold typed: figures shown, no pass or fail', () => {
    const v = verdict('rate1h-3d', null, { agent: all3((d) => est(d, { rate1h: 0.99 })) });
    expect(v.outcome).toBe('unsure');
    expect(v.days.every((d) => d.reason === 'no-threshold' && d.value === 0.99)).toBe(true);
  });
});

describe('signupVerdict: replies inferred from the page never decide a pass', () => {
  it.each([
    // [case, rates with every reply, rates with only the traffic's replies, expected outcome and reason]
    ['passes with and without them: pass', { rate3min: 0.9 }, { rate3min: 0.85 }, ['pass', undefined]],
    ['passes only with them: unsure', { rate3min: 0.9 }, { rate3min: 0.7 }, ['unsure', 'page-inferred']],
    ['fails with them: fail', { rate3min: 0.75 }, { rate3min: 0.6 }, ['fail', undefined]],
  ] as const)('%s', (_case, rates, certain, [outcome, reason]) => {
    const day = (d: string) => est(d, { ...rates, certain: { rate30s: null, rate3min: certain.rate3min, rate5min: null, rate5minAny: null, rate1h: null } });
    const v = verdict('rate3min-3d', 0.8, { agent: all3(day) });
    expect(v.days.map((d) => [d.outcome, d.reason])).toEqual([D1, D2, D3].map(() => [outcome, reason]));
    expect(v.outcome).toBe(outcome);
  });

  it('the rule\'s own rate decides: an inferred reply that moves only another rate changes nothing', () => {
    const v = verdict('rate1h-3d', 0.8, { agent: all3((d) => est(d, { rate1h: 0.9, certain: { rate30s: 0.1, rate3min: 0.2, rate5min: 0.3, rate5minAny: 0.3, rate1h: 0.9 } })) });
    expect(v.outcome).toBe('pass');
  });
});

describe('signupVerdict: the overall verdict', () => {
  it.each([
    ['all pass on the platform', { platform: all3(() => platform(0.9)) }, 1, 'pass', ['platform'], undefined],
    ['a platform fail decides even in a multi-agent shop', { platform: { [D2]: platform(0.5) }, agent: all3((d) => est(d, { rate3min: 0.95 })) }, 3, 'fail', ['platform', 'agent'], undefined],
    ['multi-agent, agent passes every day: never a bare pass', { agent: all3((d) => est(d, { rate3min: 0.95 })) }, 3, 'unsure', ['agent'], { outcome: 'pass' }],
    ['multi-agent, agent fails one day: unsure, the agent’s own fail kept', { agent: { ...all3((d) => est(d, { rate3min: 0.95 })), [D1]: est(D1, { rate3min: 0.7 }) } }, 3, 'unsure', ['agent'], { outcome: 'fail' }],
    ['multi-agent, platform figures decide all days', { platform: all3(() => platform(0.85)), agent: all3((d) => est(d, { rate3min: 0.5 })) }, 3, 'pass', ['platform'], undefined],
    ['single agent: its own fail decides', { agent: { ...all3((d) => est(d, { rate3min: 0.95 })), [D1]: est(D1, { rate3min: 0.7 }) } }, 1, 'fail', ['agent'], undefined],
  ] as const)('%s', (_case, input, agentCount, outcome, basis, agentOnly) => {
    const v = signupVerdict({ rule: { preset: 'rate3min-3d', threshold: 0.8 }, today: TODAY, shop: { agentCount }, ...(input as Partial<VerdictInput>) });
    expect([v.outcome, v.basis, v.agentOnly]).toEqual([outcome, basis, agentOnly]);
  });

  it('checks only the days of the preset: the 5-minute rule looks at the one day before', () => {
    const v = verdict('rate5min-1d', 0.5, { agent: { [D1]: est(D1, { rate5minAny: 0.1 }), [D3]: est(D3, { rate5minAny: 0.55 }) } });
    expect(v.days.map((d) => d.day)).toEqual([D3]);
    expect(v.outcome).toBe('pass');
  });

  it.each([
    ['all pass → today', ['pass', 'pass', 'pass'], false, TODAY],
    ['not assessed counts as passing', ['na', 'pass', 'pass'], false, TODAY],
    ['oldest fails, today passes → tomorrow', ['fail', 'pass', 'pass'], true, '2026-03-11'],
    ['oldest fails, today not yet → after today leaves the window', ['fail', 'pass', 'pass'], false, '2026-03-14'],
    ['yesterday fails, today passes → in 3 days', ['pass', 'pass', 'fail'], true, '2026-03-13'],
    ['a day without data blocks like a fail', ['pass', 'none', 'pass'], true, '2026-03-12'],
  ] as const)('earliest signup day: %s', (_case, outcomes, todayPasses, expected) => {
    const figure = (d: string) => ({ pass: est(d, { rate1h: 0.9 }), fail: est(d, { rate1h: 0.5 }), na: est(d, { rate1h: 0.5, buyers: 50 }), none: undefined });
    const agent = Object.fromEntries([D1, D2, D3].map((d, i) => [d, figure(d)[outcomes[i]!]]));
    expect(verdict('rate1h-3d', 0.8, { agent, todayPasses }).earliestDay).toBe(expected);
  });
});

// Edge rows of the 1-hour rule on this agent's own estimate (single-agent shop), kept from the
// second signup check this verdict replaced (lib/metrics.ts signupCheck, removed as dead code).
describe('signupVerdict: edges of the 1-hour rule on an estimate', () => {
  const day = (d: string, buyers: number, rate1h: number | null, coverage = 1): EstimateDay => ({
    metrics: { ...emptyDayMetrics(d), buyers, messages: buyers, rate1h, rate1hAssessed: buyers > 100 },
    coverage,
  });
  const nodata = (coverage = 0): EstimateDay => ({ metrics: null, coverage });
  it.each<[string, Array<EstimateDay | undefined>, 'pass' | 'fail' | 'unsure', string[]]>([
    ['a rate exactly at the requirement passes', [day(D1, 150, 0.8), day(D2, 150, 0.8), day(D3, 150, 0.8)], 'pass', ['pass', 'pass', 'pass']],
    ['one day below fails', [day(D1, 150, 0.9), day(D2, 150, 0.79), day(D3, 150, 0.9)], 'fail', ['pass', 'fail', 'pass']],
    ['100 buyers or fewer: not assessed, does not block', [day(D1, 100, 0.1), day(D2, 150, 0.9), day(D3, 0, null)], 'pass', ['not-assessed', 'pass', 'not-assessed']],
    ['nothing recorded: unsure', [nodata(), day(D2, 150, 0.9), day(D3, 150, 0.9)], 'unsure', ['unsure', 'pass', 'pass']],
    ['observed in full, nobody consulted: not assessed', [nodata(1), day(D2, 150, 0.9), day(D3, 150, 0.9)], 'pass', ['not-assessed', 'pass', 'pass']],
    ['partial wins over not-assessed (unseen buyers may exist)', [day(D1, 40, 1, 0.3), day(D2, 150, 0.9), day(D3, 150, 0.9)], 'unsure', ['unsure', 'pass', 'pass']],
    ['coverage exactly at the minimum is enough', [day(D1, 150, 0.9, 0.9), day(D2, 150, 0.9), day(D3, 150, 0.9)], 'pass', ['pass', 'pass', 'pass']],
    ['a fail outweighs unsure days', [nodata(), day(D2, 150, 0.5), day(D3, 150, 0.9, 0.2)], 'fail', ['unsure', 'fail', 'unsure']],
  ])('%s', (_case, days, outcome, outcomes) => {
    const v = verdict('rate1h-3d', 0.8, { agent: Object.fromEntries([D1, D2, D3].map((d, i) => [d, days[i]])) });
    expect(v.outcome).toBe(outcome);
    expect(v.days.map((d) => d.outcome)).toEqual(outcomes);
  });

  it('takes the minimum coverage as a parameter and copies the day figures', () => {
    const v = signupVerdict({ rule: { preset: 'rate1h-3d', threshold: 0.8 }, today: TODAY, shop: { agentCount: 1 }, agent: { [D3]: day(D3, 150, 0.9, 0.6) }, minCoverage: 0.5 });
    expect(v.days.find((d) => d.day === D3)).toEqual({ day: D3, value: 0.9, basis: 'agent', buyers: 150, coverage: 0.6, outcome: 'pass' });
  });
});

describe('the robot-counted 5-minute rate', () => {
  const at = (hhmm: string) => {
    const [h, m, s = 0] = hhmm.split(':').map(Number);
    return beijingDayStart(D3) + h! * HOUR_MS + m! * MINUTE_MS + s * SECOND_MS;
  };
  const ev = (kind: ChatEvent['kind'], messageId: string, time: string, conversationId = 'c1'): ChatEvent => ({ kind, conversationId, buyerId: `b-${conversationId}`, messageId, at: at(time) });

  it('a robot reply answers for rate5minAny only; the human rates ignore it', () => {
    const m = dayMetrics([ev('buyer', 'm1', '10:00'), ev('robot', 'r1', '10:00:05'), ev('human', 'h1', '10:20'), ev('buyer', 'm2', '11:00', 'c2'), ev('human', 'h2', '11:01', 'c2')], D3);
    expect([m.rate5min, m.rate5minAny]).toEqual([0.5, 1]);
  });
});
