/**
 * Retention: events, aggregates and coverage older than the retention period
 * (settings.retentionDays, Beijing days) are deleted by a daily alarm.
 *
 * The period is counted back from a reference day, not from the computer's
 * clock alone: a clock set 400 days ahead must not delete all history. The
 * reference is the clock's day, but never later than the day after the newest
 * stored chat event (those carry the platform's own times) or the day after
 * the last run's reference. So a jumped clock moves the cutoff by at most one
 * day per run, and a true clock (an agent works daily; the prune runs at 04:30)
 * gives the clock's day.
 */
import { addDays, beijingDayStart, isBeijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import { DEFAULT_SETTINGS } from '../settings/types';
import { listAccounts } from './accounts';
import { currentKey } from './aftersales';
import { inTransaction } from './tx';
import type { AfterSalesCurrent, KefuDb, PruneMark } from './schema';

/** Name of the daily prune alarm. */
export const PRUNE_ALARM = 'kefu-guard:prune';

/** The meta key of the last prune's reference day (PruneMark). */
export const LAST_PRUNE_KEY = 'retention-last-run';

/**
 * The newest real Beijing day of any stored chat event, over every account,
 * no later than `notAfter` (the day after the last run's reference: the
 * prune runs daily, so a later event is one from the future); null when
 * there is none. Days that are not real dates (records stored
 * before times were bounded) are passed over.
 */
export async function newestEventDay(db: KefuDb, notAfter: BeijingDay | null = null): Promise<BeijingDay | null> {
  let newest: BeijingDay | null = null;
  const accounts = await listAccounts(db);
  const index = db.transaction('chatEvents').store.index('byDay');
  for (const { key } of accounts) {
    const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
    for (let c = await index.openKeyCursor(range, 'prev'); c; c = await c.continue()) {
      const day = c.key[1];
      // A future event (stored before times were bounded, or the day after a slow clock) is no reference.
      if (!isBeijingDay(day) || (notAfter !== null && day > notAfter)) continue;
      if (newest === null || day > newest) newest = day;
      break;
    }
  }
  return newest;
}

/**
 * The day retention counts back from: `today` by the clock, but no later
 * than the day after the newest event or after the last run's reference
 * (the later of those two). Null when there is neither: nothing to go by.
 */
export function referenceDay(today: BeijingDay, newestEvent: BeijingDay | null, last: PruneMark | null): BeijingDay | null {
  const bounds = [newestEvent, last && isBeijingDay(last.day) ? last.day : null].filter((d): d is BeijingDay => d !== null).map((d) => addDays(d, 1));
  if (bounds.length === 0) return null;
  const bound = bounds.reduce((a, b) => (a > b ? a : b));
  return bound < today ? bound : today;
}

/** The first day kept: today and the `retentionDays - 1` days before it (at least today). */
export function retentionCutoff(today: BeijingDay, retentionDays: number): BeijingDay {
  const days = Number.isFinite(retentionDays) ? Math.max(1, Math.floor(retentionDays)) : DEFAULT_SETTINGS.retentionDays;
  return addDays(today, -(days - 1));
}

export interface PruneResult {
  cutoff: BeijingDay;
  chatEvents: number;
  guardEvents: number;
  aggregates: number;
  coverage: number;
  afterSales: number;
}

/**
 * Deletes, for every account, what belongs to days before `cutoff`: chat and
 * guard events, daily aggregates, coverage, and after-sales rows last seen
 * before it that are not in the current set.
 */
export async function pruneBefore(db: KefuDb, cutoff: BeijingDay): Promise<PruneResult> {
  const result: PruneResult = { cutoff, chatEvents: 0, guardEvents: 0, aggregates: 0, coverage: 0, afterSales: 0 };
  const cutoffAt = beijingDayStart(cutoff);
  for (const { key } of await listAccounts(db)) {
    // Everything of the account strictly before the cutoff day.
    const before = IDBKeyRange.bound([key, ''], [key, cutoff], false, true);
    await inTransaction(db, ['chatEvents', 'guardEvents', 'dailyAggregates', 'coverage', 'afterSales', 'meta'], 'readwrite', async (tx) => {
      for (let c = await tx.objectStore('chatEvents').index('byDay').openCursor(before); c; c = await c.continue()) {
        await c.delete();
        result.chatEvents += 1;
      }
      for (let c = await tx.objectStore('guardEvents').index('byDay').openCursor(before); c; c = await c.continue()) {
        await c.delete();
        result.guardEvents += 1;
      }
      const aggregates = tx.objectStore('dailyAggregates');
      result.aggregates += await aggregates.count(before);
      await aggregates.delete(before);
      const coverage = tx.objectStore('coverage');
      result.coverage += await coverage.count(before);
      await coverage.delete(before);

      const current = (await tx.objectStore('meta').get(currentKey(key))) as AfterSalesCurrent | undefined;
      const keep = new Set(current?.ids ?? []);
      const rows = IDBKeyRange.bound([key], [key, []]);
      for (let c = await tx.objectStore('afterSales').openCursor(rows); c; c = await c.continue()) {
        if (c.value.seenAt < cutoffAt && !keep.has(c.value.afterSalesId)) {
          await c.delete();
          result.afterSales += 1;
        }
      }
    });
  }
  return result;
}
