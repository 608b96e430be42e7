/**
 * The platform's reply metrics (RULES.md §1), computed from chat events.
 * Pure functions: no clock, no storage, no browser.
 *
 * Decisions on the edge cases (each one has a row in test/unit/metrics.test.ts):
 *
 * - Counted messages: a buyer message counts for the Beijing day it was SENT on,
 *   and only if it was sent in [08:00, 23:00) Beijing time (RULES.md §1 "only for
 *   buyer messages sent between 08:00 and 23:00"; `isInCountedWindow` in
 *   lib/clock.ts). The reply time does not matter for counting: a message sent
 *   at 22:59 and answered at 23:04 is counted with a 5-minute wait; a message
 *   sent at 07:58 and answered at 08:03 is not counted at all (it is `uncounted`).
 * - Answer: the next HUMAN reply in the same conversation with `at >=` the
 *   message's time (RULES.md §1 "A reply counts only if it is a human reply").
 *   Several buyer messages before one reply all wait until that reply. Robot
 *   events (auto-replies, batch / automatic payment reminders, RULES.md §1 [004])
 *   never answer anything.
 * - Reply after midnight: the message still belongs to the day it was sent; its
 *   reply is found only if the caller passes the next day's events too (the
 *   store reads day D and D+1 for day D's aggregate). A reply not passed in
 *   leaves the message `waiting`.
 * - Never answered (e.g. a conversation answered only by the robot, or still
 *   waiting): the message counts in every rate's denominator and in no
 *   numerator (RULES.md §1: the rates are "answered within x ÷ all buyer
 *   messages"), and its buyer is not effectively replied. It is EXCLUDED from
 *   the average response time: RULES.md §1 defines that average as the wait
 *   "from each buyer message to the next human reply", which does not exist
 *   yet; inventing a capped wait would make the average depend on when it is
 *   computed. `waiting` reports how many were left out.
 * - Thresholds are inclusive: answered within 30 s means wait <= 30 000 ms.
 * - 1-hour effective reply rate is per buyer (RULES.md §1), merged over all of
 *   the buyer's conversations that day. Conservative reading of
 *   shared/seeds/004_acee207e43ad1855.txt line 17 ("8点到23点时间段咨询的顾客,
 *   在60分钟内进行了回复的才是有效回复"): a buyer counts as effectively replied
 *   only if EVERY one of their counted messages got a human reply within
 *   60 minutes. The platform may be more lenient (first message only); being
 *   strict means the extension never shows a pass the platform would fail.
 * - Duplicates (same messageId, e.g. two tabs reporting the same message): the
 *   copy with the EARLIEST `at` is kept (ties: the first in input order). A
 *   message's send time never changes; a later copy can only come from a page
 *   that stamped it when it was observed. The store applies the same rule.
 * - Ties: a human reply stamped at the same millisecond as a buyer message
 *   answers it (`at >=`), with a wait of 0.
 * - A human reply inferred from the page (the page moved the buyer to 已回复
 *   and no traffic brought the reply; issue 20 item 3) answers like any other,
 *   at the time the page showed it (a late bound). The same rates counting
 *   only replies the traffic brought are kept beside them (`certain`), so a
 *   verdict never rests on what a page draws.
 */
import type { BeijingDay, CountedWindow } from './clock';
import { DayTallies } from './day-tallies';
import { tallyByConversation } from './day-tally';
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
  /**
   * 5-minute rate with robot replies counted as answers (the 2023 signup
   * notice, RULES.md §3b); absent from aggregates stored before it existed.
   */
  rate5minAny?: number | null;
  /** Per buyer, not per message. */
  rate1h: number | null;
  /** True once more than 100 buyers consulted: only then does the platform assess rate1h. */
  rate1hAssessed: boolean;
  avgResponseMs: number | null;
  /**
   * The rates counting only replies the traffic brought; present only when a
   * reply inferred from the page's grouping (ChatEvent.inferred) counts in
   * one of them. The rates above take that reply (the page moved the buyer
   * to 已回复: someone answered), but a page can draw anything, and text drawn
   * on a page never decides a verdict: lib/signup-verdict.ts passes a day
   * only if these pass too.
   */
  certain?: CertainRates;
}

/** The rates of DayMetrics.certain. */
export type CertainRates = Pick<DayMetrics, 'rate30s' | 'rate3min' | 'rate5min' | 'rate5minAny' | 'rate1h'>;

export interface MetricsOptions {
  window?: CountedWindow;
}

/** Figures of a day on which nothing was counted. */
export function emptyDayMetrics(day: BeijingDay): DayMetrics {
  return {
    day,
    buyers: 0,
    messages: 0,
    answered: 0,
    waiting: 0,
    uncounted: 0,
    rate30s: null,
    rate3min: null,
    rate5min: null,
    rate5minAny: null,
    rate1h: null,
    rate1hAssessed: false,
    avgResponseMs: null,
  };
}

/** The reply metrics of one Beijing day (RULES.md §1); see the file comment for edge cases. */
export function dayMetrics(events: ChatEvent[], day: string, options: MetricsOptions = {}): DayMetrics {
  return new DayTallies(tallyByConversation(events, day, options)).metrics(day);
}
