import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { addDays } from '@/lib/clock';
import { dayMetrics } from '@/lib/metrics';
import { DB_VERSION } from '@/lib/store/schema';
import { upgradeDb } from '@/lib/store/upgrade';
import type { KefuGuardDB } from '@/lib/store/schema';
import { buildAggregate } from '@/lib/store/aggregates';
import { addChatEvents } from '@/lib/store/chat';
import { StoreConnection } from '@/lib/store/db';
import { bj, freshStore, manualClock, stored, TODAY, WINDOW } from './helpers';
import type { StoreErrorInfo } from '@/lib/messages';

const NAME = 'kefu-guard-test';
const Y = addDays(TODAY, -1);

let store: StoreConnection;
let errors: StoreErrorInfo[];

beforeEach(() => {
  ({ store, errors } = freshStore());
});
afterEach(async () => {
  await store.close();
});

/** A database as version 1 of the extension left it: chatEvents only, no `day`, no index. */
async function createV1(records: Array<Record<string, unknown>>) {
  const v1 = await openDB(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('chatEvents', { keyPath: ['account', 'messageId'] });
    },
  });
  const tx = v1.transaction('chatEvents', 'readwrite');
  for (const r of records) await tx.store.put(r);
  await tx.done;
  return v1;
}

const v1Records = [
  { account: 'a1', messageId: 'm1', kind: 'buyer', conversationId: 'c1', buyerId: 'b1', at: bj(Y, '10:00') },
  { account: 'a1', messageId: 'm2', kind: 'human', conversationId: 'c1', buyerId: 'b1', at: bj(Y, '10:00:20') },
  // A reply after midnight: yesterday's aggregate must find it in today's events.
  { account: 'a1', messageId: 'm3', kind: 'buyer', conversationId: 'c2', buyerId: 'b2', at: bj(Y, '22:50') },
  { account: 'a1', messageId: 'm4', kind: 'human', conversationId: 'c2', buyerId: 'b2', at: bj(TODAY, '00:05') },
  { account: 'a2', messageId: 'm1', kind: 'buyer', conversationId: 'c9', buyerId: 'b9', at: bj(TODAY, '09:00') },
];

describe('schema', () => {
  it('a new database has every store and index at the current version', async () => {
    const db = await store.db();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['accounts', 'afterSales', 'chatEvents', 'coverage', 'dailyAggregates', 'guardEvents', 'meta', 'officialFigures'].sort(),
    );
    const tx = db.transaction(['chatEvents', 'guardEvents']);
    expect([...tx.objectStore('chatEvents').indexNames].sort()).toEqual(['byConversation', 'byDay']);
    expect([...tx.objectStore('guardEvents').indexNames]).toEqual(['byDay']);
  });

  it('upgrades a v1 database with data, keeping every record and deriving v2 fields', async () => {
    const v1 = await createV1(v1Records);
    v1.close();

    const db = await store.db();
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('chatEvents');
    expect(all).toHaveLength(v1Records.length);
    expect(all.every((r) => r.day === (r.at >= bj(TODAY, '00:00') ? TODAY : Y))).toBe(true);

    // New indexes work on the migrated records.
    expect(await db.getAllFromIndex('chatEvents', 'byDay', [ 'a1', Y ])).toHaveLength(3);
    expect(await db.getAllFromIndex('chatEvents', 'byConversation', ['a1', stored('c2', 'a1')])).toHaveLength(2);

    // Aggregates were built, including the reply after midnight.
    const yesterday = await db.get('dailyAggregates', ['a1', Y]);
    expect(yesterday?.metrics).toEqual(dayMetrics(all.filter((r) => r.account === 'a1'), Y));
    expect(yesterday?.metrics).toMatchObject({ messages: 2, answered: 2, waiting: 0, rate5min: 0.5 });
    expect(await db.get('dailyAggregates', ['a2', TODAY])).toMatchObject({ metrics: { messages: 1, waiting: 1 } });

    // Accounts were registered from the events.
    expect((await db.getAll('accounts')).map((a) => a.key).sort()).toEqual(['a1', 'a2']);
  });

  it('upgrading an empty v1 database works too', async () => {
    (await createV1([])).close();
    const db = await store.db();
    expect(await db.count('chatEvents')).toBe(0);
    expect(await db.count('dailyAggregates')).toBe(0);
  });

  it('reports a blocked upgrade and completes once the old connection closes', async () => {
    const v1 = await createV1(v1Records.slice(0, 2));
    const opening = store.db();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors.map((e) => e.code)).toEqual(['blocked']);
    expect(errors[0]!.message).toMatch(/^本地数据库升级被扩展的其他已打开页面阻塞/);
    v1.close();
    const db = await opening;
    expect(await db.count('chatEvents')).toBe(2);
  });

  it('gives way to a newer version (blocking → close) and reopens on next use', async () => {
    const db = await store.db();
    expect(db.version).toBe(DB_VERSION);
    const newer = await openDB(NAME, DB_VERSION + 1); // would hang if our connection did not close
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });

  it('v4 hashes the raw ids a v2 database stored, with the team secret, and dedupe keeps working', async () => {
    // A v2 database as the previous release left it: raw ids, aggregates with raw `carry`.
    await createV2();
    const withSecret = new StoreConnection({ name: NAME, clock: manualClock(bj(TODAY, '12:00')), idSecret: async () => 'shop-secret' });
    const db = await withSecret.db();
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('chatEvents');
    expect(all).toHaveLength(v1Records.length);
    const h = (id: string, account: string) => stored(id, account, 'shop-secret');
    expect(all.map((r) => [r.account, r.messageId, r.conversationId, r.buyerId]).sort()).toEqual(
      v1Records.map((r) => [r.account, h(r.messageId, r.account), h(r.conversationId, r.account), h(r.buyerId, r.account)]).sort(),
    );
    expect(JSON.stringify(all)).not.toMatch(/"(m\d|c\d|b\d)"/);
    // The aggregate of a day left open keeps naming its conversation, hashed.
    expect((await db.get('dailyAggregates', ['a2', TODAY]))?.carry).toEqual([h('c9', 'a2')]);
    // Figures are unchanged, and the same raw message sent again is not a new one.
    expect((await db.get('dailyAggregates', ['a1', Y]))?.metrics).toMatchObject({ messages: 2, answered: 2, rate5min: 0.5 });
    const again = await addChatEvents(db, { key: 'a1' }, [{ kind: 'buyer', messageId: 'm1', conversationId: 'c1', buyerId: 'b1', at: bj(Y, '10:00') }], WINDOW, bj(TODAY, '12:00'), 'shop-secret');
    expect(again.added).toBe(0);
    await withSecret.close();
  });
});

describe('v5', () => {
  it('hashes the after-sales ids a v4 database stored raw, records and list pages, and counts stay the same', async () => {
    (await createV1([])).close();
    const v4 = await openDB<KefuGuardDB>(NAME, 4, {
      upgrade: (db, oldVersion, newVersion, tx) => void upgradeDb(db, oldVersion, newVersion, tx, buildAggregate),
    });
    const NOW = bj(TODAY, '12:00');
    for (const id of ['R1001', 'R1002']) await v4.put('afterSales', { account: 'a1', afterSalesId: id, pending: true, deadlineAt: NOW + 3_600_000, flags: [], seenAt: NOW });
    await v4.put('meta', { seenAt: NOW, ids: ['R1001', 'R1002'], pages: [{ seenAt: NOW, ids: ['R1001', 'R1002'] }] }, 'aftersales-current:a1');
    await v4.put('meta', { day: TODAY, at: NOW }, 'last-prune');
    v4.close();

    const withSecret = new StoreConnection({ name: NAME, clock: manualClock(NOW), idSecret: async () => 'shop-secret' });
    const db = await withSecret.db();
    expect(db.version).toBe(DB_VERSION);
    const h = (id: string) => stored(id, 'a1', 'shop-secret');
    expect((await db.getAll('afterSales')).map((r) => r.afterSalesId).sort()).toEqual([h('R1001'), h('R1002')].sort());
    expect(await db.get('meta', 'aftersales-current:a1')).toEqual({ seenAt: NOW, ids: [h('R1001'), h('R1002')], pages: [{ seenAt: NOW, ids: [h('R1001'), h('R1002')] }] });
    expect(await db.get('meta', 'last-prune')).toEqual({ day: TODAY, at: NOW }); // other meta entries untouched
    expect(JSON.stringify([await db.getAll('afterSales'), await db.getAll('meta')])).not.toContain('R100');
    await withSecret.close();
  });
});

/** A v2 database holding the v1 records (raw ids), made through the real v1 → v2 step. */
async function createV2(): Promise<void> {
  (await createV1(v1Records)).close();
  const v2 = await openDB<KefuGuardDB>(NAME, 2, {
    upgrade: (db, oldVersion, newVersion, tx) => void upgradeDb(db, oldVersion, newVersion, tx, buildAggregate),
  });
  expect((await v2.get('dailyAggregates', ['a2', TODAY]))?.carry).toEqual(['c9']);
  v2.close();
}
