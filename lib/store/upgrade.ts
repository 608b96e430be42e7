/**
 * The upgrade of the local database (schema in ./schema.ts), walking versions
 * step by step; a step awaits only requests of the upgrade transaction.
 *
 * Version history
 * - v1: `chatEvents` only, key [account, messageId], no `day`, no index.
 * - v2: `chatEvents` gain `day` (Beijing date of `at`) and the indexes
 *   byDay [account, day] and byConversation [account, conversationId];
 *   new stores guardEvents, afterSales, dailyAggregates, coverage, accounts,
 *   meta. The step back-fills `day` and builds the daily aggregates of the
 *   v1 events, so a v1 database keeps all its data.
 * - v3: new store officialFigures (the platform's own figures read on its
 *   客服数据 pages, lib/store/official.ts); nothing existing changes.
 * - v4: buyer, conversation and message ids are stored hashed with the shop's
 *   salt (lib/id-hash.ts). The step hashes the raw ids of older records (and
 *   the conversation ids in the aggregates' `carry`); keys change, so the
 *   events are read, cleared and written back. (v3 is another step's.)
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { addDays, beijingDay, PLATFORM_COUNTED_WINDOW } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import { hashIdSync, shopOfAccount, shopSalt } from '../id-hash';
import { AFTERSALES_CURRENT_PREFIX, DB_VERSION } from './schema';
import type { AfterSalesCurrent, ChatEventRecord, DailyAggregateRecord, KefuDb, KefuGuardDB } from './schema';

export type UpgradeTx = IDBPTransaction<KefuGuardDB, StoreNames<KefuGuardDB>[], 'versionchange'>;

/** Computes a day's aggregate from its events inside the upgrade; injected to keep this file free of query code. */
export type AggregateBuilder = (account: string, day: BeijingDay, events: ChatEventRecord[], window: CountedWindow) => DailyAggregateRecord;

/** Walks the schema from `oldVersion` to DB_VERSION one step at a time. Awaits only requests of `tx`. */
export async function upgradeDb(
  db: KefuDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
  buildAggregate: AggregateBuilder,
  /** The team settings' shop secret, read before the database was opened (nothing else may be awaited here). */
  idSecret = '',
): Promise<void> {
  const target = newVersion ?? DB_VERSION;
  if (oldVersion < 1 && target >= 1) {
    // v1: chat events only.
    db.createObjectStore('chatEvents', { keyPath: ['account', 'messageId'] });
  }
  if (oldVersion < 2 && target >= 2) {
    const chatEvents = tx.objectStore('chatEvents');
    chatEvents.createIndex('byDay', ['account', 'day']);
    chatEvents.createIndex('byConversation', ['account', 'conversationId']);
    const guard = db.createObjectStore('guardEvents', { keyPath: ['account', 'id'] });
    guard.createIndex('byDay', ['account', 'day']);
    db.createObjectStore('afterSales', { keyPath: ['account', 'afterSalesId'] });
    const aggregates = db.createObjectStore('dailyAggregates', { keyPath: ['account', 'day'] });
    db.createObjectStore('coverage', { keyPath: ['account', 'day'] });
    db.createObjectStore('accounts', { keyPath: 'key' });
    db.createObjectStore('meta');

    // Back-fill `day` on v1 records and rebuild what v2 derives from them.
    const byAccountDay = new Map<string, ChatEventRecord[]>();
    const lastSeen = new Map<string, number>();
    for (let cursor = await chatEvents.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = { ...cursor.value, day: beijingDay(cursor.value.at) };
      await cursor.update(record);
      const key = JSON.stringify([record.account, record.day]);
      const list = byAccountDay.get(key);
      if (list) list.push(record);
      else byAccountDay.set(key, [record]);
      lastSeen.set(record.account, Math.max(lastSeen.get(record.account) ?? 0, record.at));
    }
    for (const [key, events] of byAccountDay) {
      const [account, day] = JSON.parse(key) as [string, string];
      // A day's replies after midnight sit in the next day's list.
      const next = byAccountDay.get(JSON.stringify([account, addDays(day, 1)])) ?? [];
      await aggregates.put(buildAggregate(account, day, [...events, ...next], PLATFORM_COUNTED_WINDOW));
    }
    const accounts = tx.objectStore('accounts');
    for (const [key, lastSeenAt] of lastSeen) await accounts.put({ key, lastSeenAt });
  }
  if (oldVersion < 3 && target >= 3) {
    db.createObjectStore('officialFigures', { keyPath: ['shop', 'source', 'agent', 'from', 'to'] });
  }
  if (oldVersion < 4 && target >= 4) {
    await hashStoredIds(tx, idSecret);
  }
  if (oldVersion < 5 && target >= 5) {
    await hashAfterSalesIds(tx, idSecret);
  }
}

/** The salted id hash of one account's shop, cached per (salt, id): the same id always gives the same hash. */
function idHasher(secret: string): (account: string, id: string) => string {
  const cache = new Map<string, string>();
  return (account, id) => {
    const salt = shopSalt(shopOfAccount(account), secret);
    const key = `${salt}\u0000${id}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = hashIdSync(salt, id)));
    return value;
  };
}

/** v5: hashes the after-sales ids that versions before 5 stored raw (records and the list pages in meta). */
async function hashAfterSalesIds(tx: UpgradeTx, secret: string): Promise<void> {
  const hash = idHasher(secret);
  const afterSales = tx.objectStore('afterSales');
  const raw = await afterSales.getAll();
  if (raw.length > 0) {
    await afterSales.clear(); // the id is part of the key: records are written anew
    await Promise.all(raw.map((r) => afterSales.put({ ...r, afterSalesId: hash(r.account, r.afterSalesId) })));
  }
  const meta = tx.objectStore('meta');
  for (let cursor = await meta.openCursor(); cursor; cursor = await cursor.continue()) {
    const key = String(cursor.key);
    if (!key.startsWith(AFTERSALES_CURRENT_PREFIX)) continue;
    const account = key.slice(AFTERSALES_CURRENT_PREFIX.length);
    const current = cursor.value as AfterSalesCurrent;
    const ids = (list: readonly string[]) => list.map((id) => hash(account, id));
    await cursor.update({ ...current, ids: ids(current.ids), ...(current.pages ? { pages: current.pages.map((p) => ({ ...p, ids: ids(p.ids) })) } : {}) });
  }
}

/** v4: hashes the raw ids that versions before 4 stored (synchronous SHA-256: only IDB requests may be awaited). */
async function hashStoredIds(tx: UpgradeTx, secret: string): Promise<void> {
  const hash = idHasher(secret);
  const chatEvents = tx.objectStore('chatEvents');
  const raw = await chatEvents.getAll();
  if (raw.length > 0) {
    await chatEvents.clear();
    const puts = raw.map((r) =>
      chatEvents.put({
        ...r,
        messageId: hash(r.account, r.messageId),
        conversationId: hash(r.account, r.conversationId),
        buyerId: hash(r.account, r.buyerId),
      }),
    );
    await Promise.all(puts);
  }
  const aggregates = tx.objectStore('dailyAggregates');
  for (let cursor = await aggregates.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    if (record.carry.length > 0) await cursor.update({ ...record, carry: record.carry.map((c) => hash(record.account, c)).sort() });
  }
}
