/**
 * The popup's signup check: lib/signup-verdict.ts on the shop's platform
 * figures and this agent's own estimate, with the agents the shop has, and the
 * rate the rest of today needs. Pure over what the summary read.
 */
import { beijingTimeOfDay } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { PopupSignup } from '../signup';
import type { DayMetrics } from '../metrics';
import type { Settings } from '../settings/types';
import { restOfTodayRate, windowElapsed } from '../signup';
import { estimateRate, SIGNUP_PRESETS, signupRuleOf } from '../signup-rules';
import { signupVerdict } from '../signup-verdict';
import type { EstimateDay, PlatformDay } from '../signup-verdict';
import type { OfficialDay } from './official';

export interface PopupSignupInput {
  settings: Settings;
  today: BeijingDay;
  now: number;
  window: CountedWindow;
  /** The days before today checked (at least as many as the rule checks). */
  days: readonly BeijingDay[];
  metricsOf(day: BeijingDay): DayMetrics | null;
  coverageOf(day: BeijingDay): number;
  official: ReadonlyMap<BeijingDay, OfficialDay>;
  /** Agent accounts of this shop seen in this browser. */
  agentsSeen: number;
}

export function popupSignup(input: PopupSignupInput): PopupSignup {
  const rule = signupRuleOf(input.settings.signup);
  const preset = SIGNUP_PRESETS[rule.preset];
  const platform: Record<BeijingDay, PlatformDay> = {};
  const agent: Record<BeijingDay, EstimateDay> = {};
  for (const day of input.days) {
    const o = input.official.get(day);
    if (o) platform[day] = { figures: o.figures, via: o.via };
    const metrics = input.metricsOf(day);
    const coverage = input.coverageOf(day);
    if (metrics || coverage > 0) agent[day] = { metrics, coverage };
  }
  const agentCount = Math.max(input.settings.team.agentCount, input.agentsSeen);
  const todayMetrics = input.metricsOf(input.today);
  const todayRate = estimateRate(todayMetrics, preset);
  const todayPasses = rule.threshold !== null && todayRate !== null && todayRate >= rule.threshold;
  const verdict = signupVerdict({ rule, today: input.today, platform, agent, shop: { agentCount }, todayPasses });
  const elapsed = windowElapsed(beijingTimeOfDay(input.now), input.window);
  const restOfToday = rule.threshold === null ? null : restOfTodayRate(todayMetrics, preset, rule.threshold, elapsed);
  return { verdict, restOfToday, agentCount };
}
