/**
 * When a pending refund request is agreed by the system if the merchant does
 * nothing, and how urgent that is (RULES.md §3). Pure: no page, no clock of
 * its own; every instant is epoch ms, so the machine's time zone never
 * matters (apply times are parsed as Beijing time by lib/clock.ts).
 *
 * The page's own countdown is the truth where it is shown (PDD-PAGES.md §(f):
 * a return awaiting receipt can have ~7 days); "48 hours from the request" is
 * only the fallback for requests awaiting the merchant's first response.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './clock';
import type { RefundStage } from './events';
import { REFUND_AUTO_AGREE_MS } from './rules';
import type { AfterSalesSettings } from './settings/types';

/** Stages from the most to the least urgent (the panel's order and the counts' order). */
export const REFUND_STAGES: readonly RefundStage[] = ['overdue', 'critical', 'urgent', 'warn', 'calm'];

/**
 * A pending refund's stage by the time left before the auto-agree and the
 * settings' stage hours: overdue ≤ 0, critical ≤ 1 h, urgent ≤ 4 h,
 * warn ≤ 12 h, calm beyond (defaults).
 */
export function refundStage(leftMs: number, stageHours: AfterSalesSettings['stageHours']): RefundStage {
  if (leftMs <= 0) return 'overdue';
  if (leftMs <= stageHours.critical * HOUR_MS) return 'critical';
  if (leftMs <= stageHours.urgent * HOUR_MS) return 'urgent';
  if (leftMs <= stageHours.warn * HOUR_MS) return 'warn';
  return 'calm';
}

/** Where a deadline comes from: the page's countdown, or the extension's 48-hour estimate. */
export type DeadlineSource = 'page' | 'estimate';

export interface Deadline {
  /** Epoch ms of the automatic refund. */
  at: number;
  source: DeadlineSource;
}

export interface DeadlineInput {
  /** When the countdown was read (epoch ms). */
  seenAt: number;
  /** The page's remaining time in ms when it shows one; null when it does not. */
  remainingMs: number | null;
  /** Apply time (epoch ms), when known. */
  appliedAt: number | null;
  /** True when the request awaits the merchant's first response (the 48-hour rule applies). */
  awaitingFirstResponse: boolean;
}

/**
 * The auto-refund deadline. The page's countdown wins: deadline = seen + remaining.
 * A countdown stuck at 0 only says "already due": the 48-hour estimate, when it
 * is earlier, says by how much. Without a countdown, 48 h from the apply time
 * for a request awaiting the first response; otherwise unknown (null).
 */
export function refundDeadline(input: DeadlineInput): Deadline | null {
  const estimate =
    input.awaitingFirstResponse && input.appliedAt !== null ? input.appliedAt + REFUND_AUTO_AGREE_MS : null;
  if (input.remainingMs !== null) {
    const remaining = Math.max(0, input.remainingMs);
    if (remaining === 0 && estimate !== null && estimate < input.seenAt) return { at: estimate, source: 'estimate' };
    return { at: input.seenAt + remaining, source: 'page' };
  }
  return estimate === null ? null : { at: estimate, source: 'estimate' };
}

/** The stage of a row at `now`: null for rows that need no action or whose deadline is unknown. */
export function rowStage(
  row: { pending: boolean; deadlineAt: number | null },
  now: number,
  stageHours: AfterSalesSettings['stageHours'],
): RefundStage | null {
  if (!row.pending || row.deadlineAt === null) return null;
  return refundStage(row.deadlineAt - now, stageHours);
}

/**
 * Time left, split for display. Left time is floored (never shows more time
 * than there is); overdue time is floored too ("已超时 2 小时" from 2 h on).
 */
export type TimeLeft =
  | { overdue: false; days: number; hours: number; minutes: number; seconds: number }
  | { overdue: true; days: number; hours: number; minutes: number };

export function timeLeft(leftMs: number): TimeLeft {
  if (leftMs <= 0) {
    const over = Math.floor(-leftMs / MINUTE_MS);
    return { overdue: true, days: Math.floor(over / (24 * 60)), hours: Math.floor((over % (24 * 60)) / 60), minutes: over % 60 };
  }
  const total = Math.floor(leftMs / SECOND_MS);
  return {
    overdue: false,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

/** Wording of the time-left text (from the locale files in the content script). */
export interface TimeLeftWords {
  /** '剩 3 小时 12 分' */
  left(time: string): string;
  /** '已超时 2 小时' */
  overdue(time: string): string;
  daysHours(d: number, h: number): string;
  hoursMinutes(h: number, m: number): string;
  hours(h: number): string;
  days(d: number): string;
  minutes(m: number): string;
  seconds(s: number): string;
}

/**
 * The badge text: '剩 30 小时 12 分', '剩 40 分', '剩 45 秒', '剩 6 天 21 小时';
 * '已超时 40 分', '已超时 2 小时', '已超时 3 天'. Agents think of the 48-hour rule
 * in hours, so days appear only beyond 48 h.
 */
export function formatTimeLeft(leftMs: number, words: TimeLeftWords): string {
  const t = timeLeft(leftMs);
  const totalHours = t.days * 24 + t.hours;
  if (t.overdue) {
    return words.overdue(t.days >= 2 ? words.days(t.days) : totalHours >= 1 ? words.hours(totalHours) : words.minutes(t.minutes));
  }
  if (leftMs > 2 * DAY_MS) return words.left(words.daysHours(t.days, t.hours));
  if (totalHours >= 1) return words.left(words.hoursMinutes(totalHours, t.minutes));
  return words.left(t.minutes >= 1 ? words.minutes(t.minutes) : words.seconds(t.seconds));
}

/** Chinese wording: the default, and what the unit tests read. */
export const TIME_LEFT_ZH: TimeLeftWords = {
  left: (time) => `剩 ${time}`,
  overdue: (time) => `已超时 ${time}`,
  daysHours: (d, h) => `${d} 天 ${h} 小时`,
  hoursMinutes: (h, m) => `${h} 小时 ${m} 分`,
  hours: (h) => `${h} 小时`,
  days: (d) => `${d} 天`,
  minutes: (m) => `${m} 分`,
  seconds: (s) => `${s} 秒`,
};
