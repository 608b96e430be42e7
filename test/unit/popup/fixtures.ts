/** Summary fixtures for popup tests: a normal day, overridable field by field. */
import { emptyDayMetrics, type DayMetrics, type SignupCheck } from '@/lib/metrics';
import type { Summary } from '@/lib/messages';

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

export function signup(over: Partial<SignupCheck> = {}): SignupCheck {
  return {
    verdict: 'pass',
    requiredRate: 0.8,
    days: [
      { day: '2026-05-09', rate1h: 0.929, buyers: 141, coverage: 1, verdict: 'pass' },
      { day: '2026-05-10', rate1h: 0.905, buyers: 126, coverage: 1, verdict: 'pass' },
      { day: '2026-05-11', rate1h: 0.95, buyers: 80, coverage: 0.97, verdict: 'not-assessed' },
    ],
    ...over,
  };
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
