import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { putAfterSalesSnapshot } from '@/lib/store/aftersales';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import { addGuardEvent } from '@/lib/store/guard';
import { nextPruneAt, ensurePruneAlarm, pruneNow } from '@/lib/store/lifecycle';
import { PRUNE_ALARM, pruneBefore, retentionCutoff } from '@/lib/store/retention';
import type { KefuDb } from '@/lib/store/schema';
import { ACCOUNT, bj, dayOfChats, freshStore, manualClock, TODAY, WINDOW } from './helpers';

describe('retentionCutoff', () => {
  it.each([
    [90, addDays(TODAY, -89)],
    [1, TODAY],
    [0, TODAY],
    [7.9, addDays(TODAY, -6)],
    [Number.NaN, addDays(TODAY, -89)],
  ])('keeping %d days starts at %s', (days, cutoff) => {
    expect(retentionCutoff(TODAY, days)).toBe(cutoff);
  });
});

describe('pruneBefore', () => {
  let store: StoreConnection;
  let db: KefuDb;
  const NOW = bj(TODAY, '04:30');
  beforeEach(async () => {
    ({ store } = freshStore(manualClock(NOW)));
    db = await store.db();
    for (const account of [ACCOUNT, { key: 'other' }]) {
      for (const n of [-12, -11, -10, -1]) {
        const day = addDays(TODAY, n);
        await addChatEvents(db, account, dayOfChats(day, 3, () => 10, `${account.key}${day}`), WINDOW, NOW);
        await addGuardEvent(db, account, { id: `g${day}`, at: bj(day, '10:00'), category: 'url', ruleId: 'chat-third-party', outcome: 'warned' }, WINDOW, NOW);
        await db.put('coverage', { account: account.key, day, spans: [[480, 1380]] });
      }
    }
    const row = (id: string) => ({ afterSalesId: id, pending: true, deadlineAt: null, flags: [] });
    await putAfterSalesSnapshot(db, ACCOUNT, bj(addDays(TODAY, -20), '10:00'), [row('old-gone'), row('old-current')], NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, bj(addDays(TODAY, -20), '10:01'), [row('old-current')], NOW);
  });
  afterEach(() => store.close());

  const days = async (storeName: 'dailyAggregates' | 'coverage') => [...new Set((await db.getAll(storeName)).map((r) => r.day))].sort();

  it('deletes events, aggregates, coverage and old vanished after-sales rows before the cutoff, for every account', async () => {
    const cutoff = addDays(TODAY, -10);
    const result = await pruneBefore(db, cutoff);
    expect(result).toEqual({ cutoff, chatEvents: 2 * 2 * 6, guardEvents: 4, aggregates: 4, coverage: 4, afterSales: 1 });
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -10), addDays(TODAY, -1)]);
    expect(await days('coverage')).toEqual([addDays(TODAY, -10), addDays(TODAY, -1)]);
    expect(new Set((await db.getAll('chatEvents')).map((e) => e.day))).toEqual(new Set([addDays(TODAY, -10), addDays(TODAY, -1)]));
    expect((await db.getAll('guardEvents')).every((e) => e.day >= cutoff)).toBe(true);
    expect((await db.getAll('afterSales')).map((r) => r.afterSalesId)).toEqual(['old-current']);
    // Pruning again finds nothing.
    expect(await pruneBefore(db, cutoff)).toMatchObject({ chatEvents: 0, aggregates: 0 });
  });

  it('pruneNow uses settings.retentionDays from storage', async () => {
    const local = { get: async () => ({ settings: { retentionDays: 2 } }) };
    const result = await pruneNow(store, local, manualClock(NOW));
    expect(result.cutoff).toBe(addDays(TODAY, -1));
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -1)]);
  });
});

describe('prune alarm', () => {
  it.each([
    [bj(TODAY, '00:10'), bj(TODAY, '04:30')],
    [bj(TODAY, '04:30'), bj(addDays(TODAY, 1), '04:30')],
    [bj(TODAY, '23:00'), bj(addDays(TODAY, 1), '04:30')],
  ])('next prune after %i is Beijing 04:30 (%i)', (now, at) => {
    expect(nextPruneAt(now)).toBe(at);
  });

  it('registers a daily alarm once', async () => {
    const created: Array<[string, unknown]> = [];
    const alarms = {
      get: async (name: string) => (created.some(([n]) => n === name) ? { name } : undefined),
      create: async (name: string, info: unknown) => void created.push([name, info]),
    };
    expect(await ensurePruneAlarm(alarms, bj(TODAY, '12:00'))).toBe(true);
    expect(await ensurePruneAlarm(alarms, bj(TODAY, '12:00'))).toBe(false);
    expect(created).toEqual([[PRUNE_ALARM, { when: bj(addDays(TODAY, 1), '04:30'), periodInMinutes: 1440 }]]);
  });
});
