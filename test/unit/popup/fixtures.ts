/** Summary fixtures for popup tests: a normal day, overridable field by field. */
import { emptyDayMetrics, type DayMetrics } from '@/lib/metrics';
import type { PopupSignup } from '@/lib/signup';
import type { Summary } from '@/lib/messages';
import { signupVerdict, type EstimateDay, type VerdictInput } from '@/lib/signup-verdict';

export const TODAY = '2026-05-12';

export function metrics(over: Partial<DayMetrics> = {}): DayMetrics {
  return {
    ...emptyDayMetrics(TODAY),
    buyers: 64,
    messages: 80,
    answered: 77,
    waiting: 3,
    uncounted: 0,
    rate30s: 0.9,
    rate3min: 0.82,
    rate5min: 0.69,
    rate1h: 0.92,
    rate1hAssessed: false,
    avgResponseMs: 205_000,
    ...over,
  };
}

const estimate = (day: string, rate1h: number | null, buyers: number, coverage: number): EstimateDay => ({ metrics: metrics({ day, rate1h, buyers }), coverage });

/** The popup's signup check made by the real verdict function: this agent's 3 days by default (1-hour rule, 80 %). */
export function signup(over: Partial<VerdictInput> = {}, rest: Partial<Omit<PopupSignup, 'verdict'>> = {}): PopupSignup {
  const input: VerdictInput = {
    rule: { preset: 'rate1h-3d', threshold: 0.8 },
    today: TODAY,
    shop: { agentCount: 1 },
    agent: {
      '2026-05-09': estimate('2026-05-09', 0.929, 141, 1),
      '2026-05-10': estimate('2026-05-10', 0.905, 126, 1),
      '2026-05-11': estimate('2026-05-11', 0.95, 80, 0.97),
    },
    ...over,
  };
  return { verdict: signupVerdict(input), restOfToday: null, agentCount: input.shop.agentCount, ...rest };
}

export function summary(over: Partial<Summary> = {}): Summary {
  const account = { key: 'mall-1:agent-1', mallName: '橙子生活旗舰店', agentName: '客服小美' };
  return {
    account,
    accounts: [account],
    today: TODAY,
    metrics: metrics(),
    trend: ['05-06', '05-07', '05-08', '05-09', '05-10', '05-11', '05-12'].map((md, i) => ({
      day: `2026-${md}`,
      rate1h: i === 1 ? null : 0.9,
      rate5min: i === 1 ? null : 0.8,
      buyers: i === 1 ? 0 : 120,
    })),
    signup: signup(),
    guard: { contact: { held: 2, warned: 0, sentAnyway: 0 }, url: { held: 0, warned: 0, sentAnyway: 1 } },
    guardTotal: { held: 2, warned: 0, sentAnyway: 1 },
    refunds: { pending: 5, calm: 1, warn: 2, urgent: 1, critical: 1, overdue: 0, seenAt: Date.UTC(2026, 4, 12, 4, 30) },
    live: null,
    empty: false,
    storeError: null,
    ...over,
  };
}
