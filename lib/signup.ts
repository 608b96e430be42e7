/**
 * The promotion-signup check with the platform's own figures (issue #17): for
 * each of the 3 days before, the platform's figure when the shop has one,
 * else the plugin's estimate; the activity's rate is a setting (the 1-hour
 * effective reply rate of seed 004 or the 3-minute human reply rate of the
 * data pages). Plans ahead: the earliest day the shop can sign up and the
 * rate the rest of today must reach. Pure: no clock, no storage.
 */
import { addDays, beijingTimeOfDay, HOUR_MS } from './clock';
import type { BeijingDay, CountedWindow } from './clock';
import type { DayMetrics, SignupCheck, SignupDay, SignupInput, SignupPlan } from './metrics';
import { signupCheck } from './metrics';
import type { OfficialFigures } from './pdd/official-figures';
import { RATE_1H_MIN_BUYERS } from './rules';
import type { SignupMetric } from './settings/types';

export interface OfficialSignupInput extends SignupInput {
  /** The platform's shop-wide figures of the day, when read on 服务数据. */
  official?: OfficialFigures | null;
  /** How `official` was read: from the page's own response, or from its rendered text (which any page script can draw). */
  officialVia?: 'response' | 'text';
}

export interface SignupOptions {
  metric: SignupMetric;
  requiredRate: number;
  minCoverage?: number;
}

const verdictOf = (rate: number, required: number): 'pass' | 'fail' => (rate >= required ? 'pass' : 'fail');

/**
 * One day. With the platform's figures the day is judged on them whatever the
 * plugin observed: the 3-minute rate directly; for the 1-hour rate (which the
 * data pages do not publish) the platform's 咨询人数 decides whether the day
 * is assessed at all (more than 100 buyers), the rate itself stays the estimate.
 */
function judgeDay(input: OfficialSignupInput, options: SignupOptions): SignupDay {
  if (input.official && input.officialVia === 'text') return judgeWithPageText(input, options);
  const minCoverage = options.minCoverage ?? 0.9;
  const estimate = signupCheck([input], options.requiredRate, minCoverage).days[0]!;
  const official = input.official ?? null;
  if (options.metric === 'rate3min') {
    if (official?.rate3min !== undefined) {
      const buyers = official.consultUsers ?? estimate.buyers;
      return { ...estimate, buyers, rate: official.rate3min, source: 'official', verdict: verdictOf(official.rate3min, options.requiredRate), reason: undefined };
    }
    const rate = input.metrics?.rate3min ?? null;
    const base = { ...estimate, rate, source: 'estimate' as const };
    if (estimate.verdict === 'insufficient') return base;
    if (rate === null) return { ...base, verdict: 'not-assessed' };
    return { ...base, verdict: verdictOf(rate, options.requiredRate) };
  }
  if (official?.consultUsers !== undefined && official.consultUsers <= RATE_1H_MIN_BUYERS) {
    return { ...estimate, buyers: official.consultUsers, rate: estimate.rate1h, source: 'official', verdict: 'not-assessed', reason: undefined };
  }
  return { ...estimate, rate: estimate.rate1h, source: 'estimate' };
}

/**
 * Figures read from a page's rendered text never decide (issue 22): the day
 * is judged on the plugin's own estimate, and a passing day the text
 * contradicts becomes unsure. They never turn a fail or a day without data
 * into a pass.
 */
function judgeWithPageText(input: OfficialSignupInput, options: SignupOptions): SignupDay {
  const estimate = judgeDay({ ...input, official: null, officialVia: undefined }, options);
  if (estimate.verdict !== 'pass' && estimate.verdict !== 'not-assessed') return estimate;
  const byText = judgeDay({ ...input, officialVia: 'response' }, options).verdict;
  return byText === 'pass' || byText === 'not-assessed' ? estimate : { ...estimate, verdict: 'insufficient', reason: 'page-text' };
}

const clean = (day: SignupDay): SignupDay => {
  if (day.reason === undefined) delete day.reason;
  return day;
};

/** Share 0–1 of today's counted window that has passed at `timeOfDay` (ms since Beijing midnight). */
export function windowElapsed(timeOfDay: number, window: CountedWindow): number {
  const start = window.startHour * HOUR_MS;
  const end = window.endHour * HOUR_MS;
  return Math.min(1, Math.max(0, (timeOfDay - start) / (end - start)));
}

/** The day's rate and its denominator for the activity's metric. */
function soFar(metrics: DayMetrics | null, metric: SignupMetric): { rate: number | null; total: number } {
  if (!metrics) return { rate: null, total: 0 };
  return metric === 'rate3min' ? { rate: metrics.rate3min, total: metrics.messages } : { rate: metrics.rate1h, total: metrics.buyers };
}

/**
 * What the rest of today must reach: today's pace so far (counted messages,
 * or buyers for the 1-hour rate, per elapsed share of the window) gives the
 * expected rest; the rate r of the rest must satisfy
 * (ok + r·rest) / (total + rest) >= required. Null before the first counted
 * message and after the window closed.
 */
export function restOfTodayRate(
  metrics: DayMetrics | null,
  metric: SignupMetric,
  required: number,
  elapsed: number,
): SignupPlan['restOfToday'] {
  const { rate, total } = soFar(metrics, metric);
  if (rate === null || total === 0 || elapsed <= 0 || elapsed >= 1) return null;
  const rest = (total * (1 - elapsed)) / elapsed;
  const ok = rate * total;
  const needed = (required * (total + rest) - ok) / rest;
  return { required: Math.min(1, Math.max(0, needed)), impossible: needed > 1 };
}

/**
 * The earliest day the shop can sign up: the first day D from today on whose
 * 3 days before all pass. Past days pass when judged pass or not assessed;
 * today only if its rate so far meets the requirement; later days are
 * assumed to pass (they can still be made to).
 */
export function earliestSignupDay(today: BeijingDay, past: readonly SignupDay[], todayPasses: boolean, span: number): BeijingDay {
  const ok = new Map<BeijingDay, boolean>(past.map((d) => [d.day, d.verdict === 'pass' || d.verdict === 'not-assessed']));
  ok.set(today, todayPasses);
  for (let offset = 0; ; offset += 1) {
    const candidate = addDays(today, offset);
    const before = Array.from({ length: span }, (_, i) => addDays(candidate, i - span));
    if (before.every((d) => ok.get(d) ?? d > today)) return candidate;
  }
}

/** The signup check over the days before today, with the official figures where present, and the plan. */
export function officialSignupCheck(
  days: readonly OfficialSignupInput[],
  options: SignupOptions,
  today: { day: BeijingDay; metrics: DayMetrics | null; now: number; window: CountedWindow },
): SignupCheck {
  const judged = days.map((d) => clean(judgeDay(d, options)));
  const verdict = judged.some((d) => d.verdict === 'fail') ? 'fail' : judged.some((d) => d.verdict === 'insufficient') ? 'insufficient' : 'pass';
  const now = soFar(today.metrics, options.metric);
  const todayPasses = now.rate !== null && now.rate >= options.requiredRate;
  const elapsed = windowElapsed(beijingTimeOfDay(today.now), today.window);
  return {
    verdict,
    requiredRate: options.requiredRate,
    days: judged,
    metric: options.metric,
    plan: {
      earliestDay: earliestSignupDay(today.day, judged, todayPasses, days.length),
      restOfToday: restOfTodayRate(today.metrics, options.metric, options.requiredRate, elapsed),
    },
  };
}
