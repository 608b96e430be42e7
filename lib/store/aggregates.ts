/**
 * Daily aggregates: each Beijing day's DayMetrics and guard counts, stored so
 * the popup reads a handful of records instead of every event. A day is
 * recomputed from its events (and the next day's, for replies after midnight)
 * whenever they change, inside the transaction that changed them.
 */
import { addDays, beijingDay, isInCountedWindow } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import { dayMetrics, emptyDayMetrics } from '../metrics';
import type { DayMetrics } from '../metrics';
import type { GuardCounts } from '../messages';
import type { PhraseCategory } from '../settings/types';
import { inTransaction } from './tx';
import type { Tx } from './tx';
import type { ChatEventRecord, DailyAggregateRecord, KefuDb } from './schema';

/**
 * Conversations of `day` whose last counted buyer message comes after the
 * day's last human reply in that conversation: the only ones a next-day reply
 * can still answer.
 */
export function carryConversations(events: readonly ChatEventRecord[], day: BeijingDay, window: CountedWindow): string[] {
  const lastHuman = new Map<string, number>();
  const lastCounted = new Map<string, number>();
  for (const e of events) {
    if (e.day !== day) continue;
    if (e.kind === 'human') lastHuman.set(e.conversationId, Math.max(lastHuman.get(e.conversationId) ?? -Infinity, e.at));
    else if (e.kind === 'buyer' && isInCountedWindow(e.at, window))
      lastCounted.set(e.conversationId, Math.max(lastCounted.get(e.conversationId) ?? -Infinity, e.at));
  }
  return [...lastCounted]
    .filter(([conversationId, at]) => at > (lastHuman.get(conversationId) ?? -Infinity))
    .map(([conversationId]) => conversationId)
    .sort();
}

/** A day's aggregate from its events (pass the next day's events too) and its guard counts. */
export function buildAggregate(
  account: string,
  day: BeijingDay,
  events: ChatEventRecord[],
  window: CountedWindow,
  guard: Partial<Record<PhraseCategory, GuardCounts>> = {},
  updatedAt = 0,
): DailyAggregateRecord {
  return {
    account,
    day,
    metrics: dayMetrics(events, day, { window }),
    guard,
    window: { startHour: window.startHour, endHour: window.endHour },
    carry: carryConversations(events, day, window),
    updatedAt,
  };
}

/** The range of the byDay index covering days `from`..`to` of an account. */
export function dayRange(account: string, from: BeijingDay, to: BeijingDay): IDBKeyRange {
  return IDBKeyRange.bound([account, from], [account, to]);
}

/** Recomputes the aggregates of `days` from stored events, keeping their guard counts. */
export async function recomputeDays(
  tx: Tx,
  account: string,
  days: Iterable<BeijingDay>,
  window: CountedWindow,
  now: number,
): Promise<void> {
  const byDay = tx.objectStore('chatEvents').index('byDay');
  const aggregates = tx.objectStore('dailyAggregates');
  for (const day of days) {
    const events = await byDay.getAll(dayRange(account, day, addDays(day, 1)));
    const existing = await aggregates.get([account, day]);
    const rebuilt = buildAggregate(account, day, events, window, existing?.guard ?? {}, now);
    await aggregates.put(existing?.guardMessages ? { ...rebuilt, guardMessages: existing.guardMessages } : rebuilt);
  }
}

/** True when an aggregate was computed with another counted window than `window`. */
export function isStale(aggregate: DailyAggregateRecord, window: CountedWindow): boolean {
  return aggregate.window.startHour !== window.startHour || aggregate.window.endHour !== window.endHour;
}

/**
 * The aggregates of days `from`..`to` (inclusive) by day, recomputing any made
 * with another counted window (the setting changed since).
 */
export async function readAggregates(
  db: KefuDb,
  account: string,
  from: BeijingDay,
  to: BeijingDay,
  window: CountedWindow,
  now: number,
): Promise<Map<BeijingDay, DailyAggregateRecord>> {
  let records = await db.getAll('dailyAggregates', dayRange(account, from, to));
  const stale = records.filter((r) => isStale(r, window)).map((r) => r.day);
  if (stale.length > 0) {
    await inTransaction(db, ['chatEvents', 'dailyAggregates'], 'readwrite', (tx) =>
      recomputeDays(tx, account, stale, window, now),
    );
    records = await db.getAll('dailyAggregates', dayRange(account, from, to));
  }
  return new Map(records.map((r) => [r.day, r]));
}

/** A day's metrics from an aggregate, or empty figures for a day with nothing stored. */
export function metricsOf(aggregate: DailyAggregateRecord | undefined, day: BeijingDay): DayMetrics {
  return aggregate?.metrics ?? emptyDayMetrics(day);
}

/** The Beijing day of each event time, for deciding which aggregates a write touches. */
export const dayOf = beijingDay;
