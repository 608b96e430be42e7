/**
 * After-sales rows (refund requests) as last seen on the list page, and the
 * refund counts by urgency the popup shows.
 *
 * Latest state wins per after-sales id, by the snapshot's `seenAt` (a snapshot
 * that arrives late never overwrites a newer state). Rows that disappear:
 * each snapshot REPLACES the current set (what the list showed on that visit);
 * a row absent from the newest snapshot keeps its stored last state (history,
 * pruned with the retention period) but is no longer counted. The list shows
 * requests awaiting action, so a vanished row was most likely handled (here
 * or by a colleague); counting it would leave a phantom "overdue" refund
 * forever. The list has pages (and filter tabs), so the current set is the
 * union of the pages seen in the last RECENT_PAGES_MS: a snapshot replaces
 * the earlier snapshot of the same page (most ids in common) and is added
 * beside the others. A row handled on page 1 leaves the count when page 1 is
 * seen again; a row on a page not seen again leaves it after RECENT_PAGES_MS.
 */
import type { AccountInfo, AfterSalesRowState, GuidanceFlag } from '../events';
import type { RefundCounts } from '../messages';
import { refundStage } from '../refund-stage';
import type { AfterSalesSettings } from '../settings/types';
import { isPlausibleEventTime } from '../clock';
import { hashIdSync } from '../id-hash';
import { accountKey, touchAccount } from './accounts';
import { accountSalt } from './chat';
import { isStoredId } from './stored-ids';
import { allRequests, inTransaction } from './tx';
import { mergeListPages } from '../list-pages';
import { AFTERSALES_CURRENT_PREFIX, type AfterSalesCurrent, type AfterSalesRecord, type KefuDb, type ListPage } from './schema';

export { mergeListPages, RECENT_PAGES_MS } from '../list-pages';

/** The set stored under currentKey: the pages and their union. */
function currentOf(pages: ListPage[]): AfterSalesCurrent {
  const ids = [...new Set(pages.flatMap((p) => p.ids))];
  return { seenAt: Math.max(...pages.map((p) => p.seenAt)), ids, pages };
}

const FLAGS: ReadonlySet<GuidanceFlag> = new Set(['shippedRefundOnly', 'escalateReason', 'instantRefund', 'noLogistics']);

/** Most rows one snapshot may carry (a list page shows at most 100); the rest are ignored. */
const MAX_SNAPSHOT_ROWS = 1000;
const MAX_FLAGS = 8;

/** The meta key of an account's current after-sales set. */
export const currentKey = (account: string): string => `${AFTERSALES_CURRENT_PREFIX}${account}`;

/** True for a well-formed row. */
function isAfterSalesRow(value: unknown): value is AfterSalesRowState {
  const r = value as Partial<AfterSalesRowState> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    isStoredId(r.afterSalesId) &&
    typeof r.pending === 'boolean' &&
    (r.deadlineAt === null || isPlausibleEventTime(r.deadlineAt)) &&
    Array.isArray(r.flags) &&
    r.flags.length <= MAX_FLAGS
  );
}

function sameState(a: AfterSalesRecord, b: AfterSalesRecord): boolean {
  return (
    a.pending === b.pending &&
    a.deadlineAt === b.deadlineAt &&
    a.flags.length === b.flags.length &&
    a.flags.every((f, i) => f === b.flags[i])
  );
}

/**
 * Stores a snapshot of the after-sales list: each row's state (latest wins)
 * and the set of ids now current. Returns how many rows were written.
 */
export async function putAfterSalesSnapshot(
  db: KefuDb,
  account: AccountInfo,
  seenAt: number,
  rows: readonly unknown[],
  now: number,
  /** The team settings' shop secret, part of the salt (lib/id-hash.ts). */
  secret = '',
): Promise<{ stored: number }> {
  const key = accountKey(account);
  // After-sales ids are the shop's refund numbers: stored hashed with the shop's salt, like the chat ids (privacy).
  const salt = accountSalt(key, secret);
  const byId = new Map<string, AfterSalesRecord>();
  for (const row of rows.slice(0, MAX_SNAPSHOT_ROWS).filter(isAfterSalesRow)) {
    const afterSalesId = hashIdSync(salt, row.afterSalesId);
    byId.set(afterSalesId, {
      account: key,
      afterSalesId,
      pending: row.pending,
      deadlineAt: row.deadlineAt,
      flags: row.flags.filter((f) => FLAGS.has(f)),
      seenAt,
    });
  }
  const records = [...byId.values()];
  return inTransaction(db, ['afterSales', 'meta', 'accounts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('afterSales');
    const meta = tx.objectStore('meta');
    const existing = await allRequests(records, (r) => store.get([key, r.afterSalesId]));
    const changed = records.filter((record, i) => {
      const old = existing[i];
      if (old && old.seenAt > seenAt) return false; // a newer state is already stored
      return !(old && sameState(old, record) && old.seenAt === seenAt);
    });
    await allRequests(changed, (record) => store.put(record));
    const current = (await meta.get(currentKey(key))) as AfterSalesCurrent | undefined;
    const before: ListPage[] = current ? (current.pages ?? [{ seenAt: current.seenAt, ids: current.ids }]) : [];
    await meta.put(currentOf(mergeListPages(before, { seenAt, ids: records.map((r) => r.afterSalesId) })), currentKey(key));
    await touchAccount(tx, account, now);
    return { stored: changed.length };
  });
}

// The stage function is shared with the after-sales content script, which must
// not pull in the store: it lives in lib/refund-stage.ts (pure).
export { refundStage };

/** Zero counts, nothing seen. */
function emptyRefundCounts(): RefundCounts {
  return { pending: 0, calm: 0, warn: 0, urgent: 0, critical: 0, overdue: 0, seenAt: null };
}

/**
 * Refund counts of the current set at `now`: `pending` counts every pending
 * row; a stage is counted only for rows whose deadline is known (so the
 * stages may sum to less than `pending`).
 */
export async function refundCounts(
  db: KefuDb,
  account: string,
  now: number,
  stageHours: AfterSalesSettings['stageHours'],
): Promise<RefundCounts> {
  const counts = emptyRefundCounts();
  const current = (await db.get('meta', currentKey(account))) as AfterSalesCurrent | undefined;
  if (!current) return counts;
  counts.seenAt = current.seenAt;
  const tx = db.transaction('afterSales');
  const rows = await allRequests(current.ids, (id) => tx.store.get([account, id]));
  for (const row of rows) {
    if (!row?.pending) continue;
    counts.pending += 1;
    if (row.deadlineAt !== null) counts[refundStage(row.deadlineAt - now, stageHours)] += 1;
  }
  return counts;
}
