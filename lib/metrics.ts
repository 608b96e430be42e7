/**
 * The platform's reply metrics (RULES.md §1), computed from chat events.
 * Pure functions: no clock, no storage, no browser.
 */
import type { BeijingDay, CountedWindow } from './clock';
import type { ChatEvent } from './events';

export type { ChatEvent } from './events';

/** One Beijing day's figures. Rates are fractions 0–1, null when nothing was counted. */
export interface DayMetrics {
  day: BeijingDay;
  /** Distinct buyers with at least one counted message. */
  buyers: number;
  /** Counted buyer messages (sent 08:00–23:00 Beijing time). */
  messages: number;
  /** Counted messages that got a human reply. */
  answered: number;
  /** Counted messages with no human reply yet. */
  waiting: number;
  /** Buyer messages outside the counted window (shown, not assessed). */
  uncounted: number;
  rate30s: number | null;
  rate3min: number | null;
  rate5min: number | null;
  /** Per buyer, not per message. */
  rate1h: number | null;
  /** True once more than 100 buyers consulted: only then does the platform assess rate1h. */
  rate1hAssessed: boolean;
  avgResponseMs: number | null;
}

export interface MetricsOptions {
  window?: CountedWindow;
}

/** One day of the promotion-signup check (RULES.md §1, 1-hour rate on each of the 3 days before). */
export type SignupDayVerdict = 'pass' | 'fail' | 'not-assessed' | 'insufficient';

export interface SignupDay {
  day: BeijingDay;
  rate1h: number | null;
  buyers: number;
  /** Share of the counted window (08:00–23:00) in which the extension was watching the chat page. */
  coverage: number;
  verdict: SignupDayVerdict;
  /** Why a day is 'insufficient': nothing recorded, or only part of the day observed. */
  reason?: 'no-data' | 'partial';
}

export interface SignupCheck {
  verdict: 'pass' | 'fail' | 'insufficient';
  requiredRate: number;
  days: SignupDay[];
}
