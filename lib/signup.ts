/**
 * Planning a promotion signup from today's figures so far (issue #17): the
 * rate the rest of today must reach for today to meet the rule. The verdict
 * itself, and the earliest day the shop can sign up, are lib/signup-verdict.ts.
 * Pure: no clock, no storage.
 */
import { HOUR_MS } from './clock';
import type { CountedWindow } from './clock';
import type { DayMetrics } from './metrics';
import { estimateRate } from './signup-rules';
import type { SignupPreset } from './signup-rules';
import type { SignupVerdict } from './signup-verdict';

/** The rate the rest of today must reach; null when it cannot be worked out. */
export type RestOfToday = { required: number; impossible: boolean } | null;

/** The popup's signup check: the verdict and the rate the rest of today needs. */
export interface PopupSignup {
  verdict: SignupVerdict;
  restOfToday: RestOfToday;
  /** Agents of the shop the verdict assumed (team settings, or accounts seen here). */
  agentCount: number;
}

/** Share 0–1 of today's counted window that has passed at `timeOfDay` (ms since Beijing midnight). */
export function windowElapsed(timeOfDay: number, window: CountedWindow): number {
  const start = window.startHour * HOUR_MS;
  const end = window.endHour * HOUR_MS;
  return Math.min(1, Math.max(0, (timeOfDay - start) / (end - start)));
}

/** The day's rate for the preset and its denominator (buyers for a per-buyer rule, else counted messages). */
function soFar(metrics: DayMetrics | null, preset: SignupPreset): { rate: number | null; total: number } {
  if (!metrics) return { rate: null, total: 0 };
  return { rate: estimateRate(metrics, preset), total: preset.minBuyers !== null ? metrics.buyers : metrics.messages };
}

/**
 * What the rest of today must reach: today's pace so far (counted messages,
 * or buyers for the 1-hour rate, per elapsed share of the window) gives the
 * expected rest; the rate r of the rest must satisfy
 * (ok + r·rest) / (total + rest) >= required. Null before the first counted
 * message and after the window closed.
 */
export function restOfTodayRate(metrics: DayMetrics | null, preset: SignupPreset, required: number, elapsed: number): RestOfToday {
  const { rate, total } = soFar(metrics, preset);
  if (rate === null || total === 0 || elapsed <= 0 || elapsed >= 1) return null;
  const rest = (total * (1 - elapsed)) / elapsed;
  const ok = rate * total;
  const needed = (required * (total + rest) - ok) / rest;
  return { required: Math.min(1, Math.max(0, needed)), impossible: needed > 1 };
}
