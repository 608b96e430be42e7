/**
 * Daily aggregates: each Beijing day's DayMetrics and guard counts, stored so
 * the popup reads a handful of records instead of every event. A day is
 * recomputed from its events (and the next day's, for replies after midnight)
 * whenever they change, inside the transaction that changed them.
 */
import { addDays, isBeijingDay } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import { DayTallies } from '../day-tallies';
import { tallyByConversation } from '../day-tally';
import { emptyDayMetrics } from '../metrics';
import type { DayMetrics } from '../metrics';
import type { GuardCounts } from '../messages';
import type { PhraseCategory } from '../settings/types';
import { allRequests, inTransaction } from './tx';
import type { Tx } from './tx';
import type { ChatEventRecord, DailyAggregateRecord, KefuDb } from './schema';

/** A day's aggregate from its conversations' tallies and its guard counts. */
function aggregateFromTallies(
  account: string,
  day: BeijingDay,
  tallies: DayTallies,
  window: CountedWindow,
  guard: Partial<Record<PhraseCategory, GuardCounts>>,
  updatedAt: number,
  stamp?: string,
): DailyAggregateRecord {
  return {
    account,
    day,
    metrics: tallies.metrics(day),
    guard,
    window: { startHour: window.startHour, endHour: window.endHour },
    carry: tallies.carry(),
    updatedAt,
    ...(stamp === undefined ? {} : { stamp }),
  };
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
  return aggregateFromTallies(account, day, new DayTallies(tallyByConversation(events, day, { window })), window, guard, updatedAt);
}

/**
 * The conversation tallies of the days this worker recomputed last, so that a
 * live batch recomputes only the conversations it touched (issue 13: a day of
 * 20,000 events must not be re-read for one new message). Kept in memory, not
 * stored: an entry is used only while the stored aggregate carries its stamp,
 * so any other writer of the aggregate (a full recompute, an upgrade, a
 * restarted worker) simply makes the next batch recompute the day in full.
 */
class TallyCache {
  private readonly entries = new Map<string, { stamp: string; tallies: DayTallies }>();
  private readonly worker = Math.random().toString(36).slice(2, 10);
  private sequence = 0;

  constructor(private readonly capacity: number) {}

  /**
   * Takes the tallies out (the caller changes them in place): if its
   * transaction then fails, no entry is left that claims the old stamp.
   */
  take(account: string, day: BeijingDay, stamp: string | undefined): DayTallies | undefined {
    const key = JSON.stringify([account, day]);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry && stamp !== undefined && entry.stamp === stamp ? entry.tallies : undefined;
  }

  /** Remembers the tallies and returns the stamp to store with the aggregate. */
  set(account: string, day: BeijingDay, tallies: DayTallies): string {
    const key = JSON.stringify([account, day]);
    const stamp = `${this.worker}:${(this.sequence += 1)}`;
    this.entries.delete(key);
    this.entries.set(key, { stamp, tallies });
    // Oldest first: live traffic touches today and yesterday, imports a few more.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return stamp;
  }
}

const tallyCache = new TallyCache(8);

/**
 * Past this many touched conversations (a history load rather than live
 * traffic) one read of the whole day is cheaper than a read per conversation.
 */
const MAX_CONVERSATIONS_READ_ONE_BY_ONE = 48;

/** The range of the byDay index covering days `from`..`to` of an account. */
export function dayRange(account: string, from: BeijingDay, to: BeijingDay): IDBKeyRange {
  return IDBKeyRange.bound([account, from], [account, to]);
}

/**
 * Recomputes the aggregates of `days` from stored events, keeping their guard
 * counts. With `touched` (the conversations a batch changed, per day), a day
 * whose tallies this worker still holds recomputes only those conversations;
 * any other day is recomputed from all its events. A day string that is not a
 * real date (a record stored before times were bounded) is passed over, never
 * thrown on: one bad record must not fail every later batch.
 */
export async function recomputeDays(
  tx: Tx,
  account: string,
  days: Iterable<BeijingDay>,
  window: CountedWindow,
  now: number,
  touched?: ReadonlyMap<BeijingDay, ReadonlySet<string>>,
): Promise<void> {
  const chatEvents = tx.objectStore('chatEvents');
  const aggregates = tx.objectStore('dailyAggregates');
  const writes: Array<Promise<unknown>> = [];
  for (const day of days) {
    if (!isBeijingDay(day)) continue;
    const conversations = touched?.get(day);
    const oneByOne = conversations !== undefined && conversations.size <= MAX_CONVERSATIONS_READ_ONE_BY_ONE ? [...conversations] : null;
    // Read together: the aggregate and, for a live batch, the touched
    // conversations' whole histories (of which only this day and the next,
    // for replies after midnight, count for this day's figures).
    const [existing, histories] = await Promise.all([
      aggregates.get([account, day]),
      oneByOne ? allRequests(oneByOne, (conversationId) => chatEvents.index('byConversation').getAll([account, conversationId])) : null,
    ]);
    const cached = existing && histories && !isStale(existing, window) ? tallyCache.take(account, day, existing.stamp) : undefined;
    let tallies: DayTallies;
    if (cached && oneByOne && histories) {
      tallies = cached;
      const next = addDays(day, 1);
      oneByOne.forEach((conversationId, i) => {
        const history = histories[i]!.filter((e) => e.day === day || e.day === next);
        tallies.set(conversationId, tallyByConversation(history, day, { window }).get(conversationId));
      });
    } else {
      const events = await chatEvents.index('byDay').getAll(dayRange(account, day, addDays(day, 1)));
      tallies = new DayTallies(tallyByConversation(events, day, { window }));
    }
    const stamp = tallyCache.set(account, day, tallies);
    const rebuilt = aggregateFromTallies(account, day, tallies, window, existing?.guard ?? {}, now, stamp);
    const write = aggregates.put(existing?.guardMessages ? { ...rebuilt, guardMessages: existing.guardMessages } : rebuilt);
    write.catch(() => undefined); // awaited below; a later day failing first must not leave it unhandled
    writes.push(write);
  }
  await Promise.all(writes);
}

/** True when an aggregate was computed with another counted window than `window`. */
function isStale(aggregate: DailyAggregateRecord, window: CountedWindow): boolean {
  return aggregate.window.startHour !== window.startHour || aggregate.window.endHour !== window.endHour;
}

/**
 * The aggregates of days `from`..`to` (inclusive) by day. A day counted with
 * another window (the setting changed and recomputeStale has not caught up
 * yet) is figured here from its events and NOT stored: reading never writes
 * (issue 13); the change itself rewrites the stored days.
 */
export async function readAggregates(
  db: KefuDb,
  account: string,
  from: BeijingDay,
  to: BeijingDay,
  window: CountedWindow,
): Promise<Map<BeijingDay, DailyAggregateRecord>> {
  const tx = db.transaction(['chatEvents', 'dailyAggregates']);
  const records = await tx.objectStore('dailyAggregates').getAll(dayRange(account, from, to));
  const byDay = new Map<BeijingDay, DailyAggregateRecord>();
  for (const record of records) {
    if (!isStale(record, window)) {
      byDay.set(record.day, record);
      continue;
    }
    const events = await tx.objectStore('chatEvents').index('byDay').getAll(dayRange(account, record.day, addDays(record.day, 1)));
    const figured = buildAggregate(account, record.day, events, window, record.guard, record.updatedAt);
    byDay.set(record.day, record.guardMessages ? { ...figured, guardMessages: record.guardMessages } : figured);
  }
  return byDay;
}

/**
 * Rewrites every stored day counted with another window than `window`, one
 * day per transaction so live batches are not held up behind a long rewrite.
 * Run when the counted window changes, and by the daily alarm to catch up on
 * a rewrite a stopped worker left unfinished. Returns how many days it rewrote.
 */
export async function recomputeStale(db: KefuDb, window: CountedWindow, now: number): Promise<number> {
  const stale = (await db.getAll('dailyAggregates')).filter((r) => isStale(r, window));
  for (const { account, day } of stale) {
    await inTransaction(db, ['chatEvents', 'dailyAggregates'], 'readwrite', (tx) => recomputeDays(tx, account, [day], window, now));
  }
  return stale.length;
}

/** A day's metrics from an aggregate, or empty figures for a day with nothing stored. */
export function metricsOf(aggregate: DailyAggregateRecord | undefined, day: BeijingDay): DayMetrics {
  return aggregate?.metrics ?? emptyDayMetrics(day);
}

