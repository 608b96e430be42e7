/**
 * Coverage: which minutes of each Beijing day the extension was watching the
 * chat page (from chat/heartbeat). The signup check trusts a day's figures
 * only when most of its counted window was observed (lib/metrics.ts).
 * Stored as sorted minute spans: a day watched from 08:00 to 23:00 is one pair.
 */
import { beijingDay, beijingTimeOfDay, MINUTE_MS } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { AccountInfo } from '../events';
import { accountKey, touchAccount } from './accounts';
import { inTransaction } from './tx';
import type { KefuDb, MinuteSpans } from './schema';

export const MINUTES_PER_DAY = 24 * 60;

/**
 * Unobserved minutes between two observed ones that still count as observed.
 * Heartbeats come about once a minute and drift (a tab in the background is
 * throttled to one timer per minute), so 10:58:59 then 11:00:00 skip minute
 * 10:59 although the page was open throughout.
 */
const HEARTBEAT_GAP_FILL_MINUTES = 1;

/** The minute of the Beijing day (0–1439) an instant falls in. */
export function minuteOfDay(at: number): number {
  return Math.floor(beijingTimeOfDay(at) / MINUTE_MS);
}

/** Adds one minute to sorted spans, merging spans separated by at most `gapFill` unobserved minutes. */
export function addMinute(spans: MinuteSpans, minute: number, gapFill = HEARTBEAT_GAP_FILL_MINUTES): MinuteSpans {
  const added: [number, number] = [minute, minute + 1];
  const all: MinuteSpans = [...spans, added].sort((a, b) => a[0] - b[0]);
  const merged: MinuteSpans = [];
  for (const [from, to] of all) {
    const last = merged[merged.length - 1];
    if (last && from - last[1] <= gapFill) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Observed minutes within [fromMinute, toMinute). */
export function observedMinutes(spans: MinuteSpans, fromMinute: number, toMinute: number): number {
  let total = 0;
  for (const [from, to] of spans) total += Math.max(0, Math.min(to, toMinute) - Math.max(from, fromMinute));
  return total;
}

/** Share 0–1 of the counted window that was observed. */
export function coverageShare(spans: MinuteSpans | undefined, window: CountedWindow): number {
  const from = window.startHour * 60;
  const to = window.endHour * 60;
  if (!spans || to <= from) return 0;
  return observedMinutes(spans, from, to) / (to - from);
}

/** Marks the minute of `at` as observed for the account. */
export async function markObserved(db: KefuDb, account: AccountInfo, at: number, now: number): Promise<void> {
  const key = accountKey(account);
  const day = beijingDay(at);
  await inTransaction(db, ['coverage', 'accounts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('coverage');
    const existing = await store.get([key, day]);
    await store.put({ account: key, day, spans: addMinute(existing?.spans ?? [], minuteOfDay(at)) });
    await touchAccount(tx, account, now);
  });
}

/** Coverage shares of days `from`..`to` by day (0 for days never observed). */
export async function readCoverage(
  db: KefuDb,
  account: string,
  from: BeijingDay,
  to: BeijingDay,
  window: CountedWindow,
): Promise<Map<BeijingDay, number>> {
  const records = await db.getAll('coverage', IDBKeyRange.bound([account, from], [account, to]));
  return new Map(records.map((r) => [r.day, coverageShare(r.spans, window)]));
}
