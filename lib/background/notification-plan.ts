/**
 * When to raise a desktop notification about waiting buyers (issue #15,
 * "alerts outside the tab", as 千牛 does for Taobao). Pure: the background
 * keeps the memory in storage.session and does the browser calls
 * (lib/background/notifier.ts).
 *
 * Rules: a notification goes out when a counted buyer reaches a stage at or
 * past the warning stage (stage ordinal ≥ 1, lib/features/reply-timer/wait-stage.ts) while the chat
 * tab is hidden or its window not focused; at most one per buyer and stage,
 * including stages reached while the agent was looking (they saw it on the
 * page); a buyer who stops waiting is forgotten, so a new wait starts afresh.
 * At most one notification per 30 s window (issue 20 item 5): crossings in
 * the window stay pending and the next report after it sums them up in one.
 */
import type { WaitingReport } from '../events';
import { BUYER_ID } from '../messages';

/** What the background remembers of one chat tab. */
export interface TabNotifyMemory {
  /** Buyer uid → the highest stage ordinal already notified or seen. */
  stages: Record<string, number>;
  /** The conversation the tab's notification opens when clicked. */
  target: string | null;
  /** When the last notification of the tab went out (absent before the first). */
  lastAt?: number;
}

/** At most one notification per this window, per tab. */
export const NOTIFY_WINDOW_MS = 30_000;

export interface NotificationPlan {
  /** One notification per tab, replaced by the next: Chrome updates a notification created with the same id. */
  id: string;
  tabId: number;
  /** The longest counted wait past the warning stage: the conversation a click opens. */
  buyerId: string;
  /** Buyers waiting in the tab. */
  count: number;
  longestWaitingSince: number;
}

const NOTIFICATION_PREFIX = 'kefu-wait:';
const MAX_STAGE = 20;
const MAX_ATTENTION = 5;

export const notificationId = (tabId: number): string => `${NOTIFICATION_PREFIX}${tabId}`;

/** The tab a notification id belongs to, or null for ids that are not ours. */
export function tabOfNotification(id: string): number | null {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return null;
  const n = Number(id.slice(NOTIFICATION_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The report's attention list, dropping what does not fit (it comes from a content script on a page we do not own). */
function attentionOf(report: Partial<WaitingReport> | undefined): NonNullable<WaitingReport['attention']> {
  const raw = Array.isArray(report?.attention) ? report.attention : [];
  const out: NonNullable<WaitingReport['attention']> = [];
  for (const a of raw.slice(0, MAX_ATTENTION)) {
    if (typeof a !== 'object' || a === null) continue;
    const { buyerId, waitingSince, stage } = a as { buyerId?: unknown; waitingSince?: unknown; stage?: unknown };
    if (typeof buyerId !== 'string' || !BUYER_ID.test(buyerId)) continue;
    if (typeof waitingSince !== 'number' || !Number.isFinite(waitingSince)) continue;
    if (typeof stage !== 'number' || !Number.isInteger(stage) || stage < 1 || stage > MAX_STAGE) continue;
    out.push({ buyerId, waitingSince, stage });
  }
  return out;
}

/**
 * Decides on one report of one tab: the memory to keep, and the notification
 * to show (null for none). `enabled` is the agent's setting.
 */
export function planNotification(
  memory: TabNotifyMemory | null,
  tabId: number,
  report: Partial<WaitingReport>,
  enabled: boolean,
  now?: number,
): { memory: TabNotifyMemory; plan: NotificationPlan | null } {
  const before = memory?.stages ?? {};
  const attention = attentionOf(report);
  const stages: Record<string, number> = {};
  let crossed = false;
  for (const a of attention) {
    const seen = before[a.buyerId] ?? 0;
    if (a.stage > seen) crossed = true;
    stages[a.buyerId] = Math.max(seen, a.stage);
  }
  const longest = attention[0];
  const outside = report.hidden === true;
  const kept = { target: memory?.target ?? null, ...(memory?.lastAt !== undefined ? { lastAt: memory.lastAt } : {}) };
  if (!enabled || !outside || !crossed || !longest) return { memory: { stages, ...kept }, plan: null };
  if (now !== undefined && memory?.lastAt !== undefined && now - memory.lastAt < NOTIFY_WINDOW_MS && now >= memory.lastAt) {
    // Inside the window: the crossings stay pending (their stages not yet noted) for the next report after it.
    const pending = Object.fromEntries(attention.map((a) => [a.buyerId, Math.min(stages[a.buyerId]!, before[a.buyerId] ?? 0)]).filter(([, s]) => (s as number) > 0));
    return { memory: { stages: pending, ...kept }, plan: null };
  }
  const count = typeof report.waiting === 'number' && Number.isInteger(report.waiting) && report.waiting > 0 ? report.waiting : attention.length;
  return {
    memory: { stages, target: longest.buyerId, ...(now !== undefined ? { lastAt: now } : {}) },
    plan: { id: notificationId(tabId), tabId, buyerId: longest.buyerId, count, longestWaitingSince: longest.waitingSince },
  };
}
