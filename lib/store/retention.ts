/**
 * Retention: events, aggregates and coverage older than the retention period
 * (settings.retentionDays, Beijing days) are deleted by a daily alarm.
 */
import { addDays, beijingDayStart } from '../clock';
import type { BeijingDay } from '../clock';
import { listAccounts } from './accounts';
import { currentKey } from './aftersales';
import { inTransaction } from './tx';
import type { AfterSalesCurrent, KefuDb } from './schema';

/** Name of the daily prune alarm. */
export const PRUNE_ALARM = 'kefu-guard:prune';

/** The first day kept: today and the `retentionDays - 1` days before it (at least today). */
export function retentionCutoff(today: BeijingDay, retentionDays: number): BeijingDay {
  const days = Number.isFinite(retentionDays) ? Math.max(1, Math.floor(retentionDays)) : 90;
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
