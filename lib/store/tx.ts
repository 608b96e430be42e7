/** Transactions: one batch, one transaction, committed entirely or not at all. */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KefuDb, KefuGuardDB } from './schema';

type StoreName = StoreNames<KefuGuardDB>;
/**
 * A transaction typed as if it spanned every store: lets helpers take any
 * transaction; opening a store the transaction lacks fails at run time (tests
 * cover each path).
 */
export type Tx<M extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<KefuGuardDB, StoreName[], M>;

/**
 * Runs `work` in one transaction and waits for it to commit. `work` must await
 * only requests of this transaction. On failure the transaction is aborted, so
 * a batch is stored entirely or not at all.
 */
export async function inTransaction<M extends IDBTransactionMode, T>(
  db: KefuDb,
  stores: StoreName[],
  mode: M,
  work: (tx: Tx<M>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode) as unknown as Tx<M>;
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    await tx.done.catch(() => undefined);
    // A transaction the browser aborted (QuotaExceededError at commit) fails
    // its pending requests with AbortError; the reason is on the transaction.
    throw tx.error ?? error;
  }
}

/**
 * Issues one request per item at once and waits for all of them. If issuing
 * one throws (the transaction already aborted), the requests already issued
 * are still awaited, so none of their rejections goes unhandled.
 */
export async function allRequests<T, R>(items: readonly T[], issue: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const pending: Array<Promise<R>> = [];
  try {
    items.forEach((item, i) => pending.push(issue(item, i)));
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  return Promise.all(pending);
}
