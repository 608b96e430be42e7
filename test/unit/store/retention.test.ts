import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, DAY_MS } from '@/lib/clock';
import { putAfterSalesSnapshot } from '@/lib/store/aftersales';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import { addGuardEvent } from '@/lib/store/guard';
import { nextPruneAt, ensurePruneAlarm, pruneNow } from '@/lib/background/lifecycle';
import { LAST_PRUNE_KEY, newestEventDay, PRUNE_ALARM, pruneBefore, referenceDay, retentionCutoff } from '@/lib/store/retention';
import type { KefuDb, PruneMark } from '@/lib/store/schema';
import { ACCOUNT, bj, dayOfChats, freshStore, manualClock, stored, TODAY, WINDOW } from './helpers';

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
    expect((await db.getAll('afterSales')).map((r) => r.afterSalesId)).toEqual([stored('old-current')]);
    // Pruning again finds nothing.
    expect(await pruneBefore(db, cutoff)).toMatchObject({ chatEvents: 0, aggregates: 0 });
  });

  it('pruneNow uses settings.retentionDays', async () => {
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 7 };
    const result = await pruneNow(store, settings, manualClock(NOW));
    expect(result?.cutoff).toBe(addDays(TODAY, -6));
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -1)]);
  });

  it('a clock 400 days ahead deletes nothing, run after run (issue 11.7)', async () => {
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 90 };
    const before = await db.count('chatEvents');
    const clock = manualClock(NOW + 400 * DAY_MS);
    const references = [];
    for (let run = 0; run < 5; run += 1) {
      clock.set(NOW + (400 + run) * DAY_MS);
      references.push((await pruneNow(store, settings, clock))?.reference);
    }
    // The newest event is yesterday: the reference starts today and moves one day per run.
    expect(references).toEqual([0, 1, 2, 3, 4].map((n) => addDays(TODAY, n)));
    expect(await db.count('chatEvents')).toBe(before);
    expect(await days('dailyAggregates')).toEqual([-12, -11, -10, -1].map((n) => addDays(TODAY, n)));
    expect(await db.get('meta', LAST_PRUNE_KEY)).toEqual({ day: addDays(TODAY, 4), at: NOW + 404 * DAY_MS });
  });

  it('a clock that is right prunes from its own day; one set back deletes less, never more', async () => {
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 7 };
    expect((await pruneNow(store, settings, manualClock(NOW)))?.reference).toBe(TODAY);
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -1)]);
    expect((await pruneNow(store, settings, manualClock(NOW - 30 * DAY_MS)))?.reference).toBe(addDays(TODAY, -30));
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -1)]);
  });

  it('the store refuses event times beyond 400 days back or 30 days ahead, and a future event never moves the prune (issue 22)', async () => {
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 7 };
    const at = (days: number) => dayOfChats(addDays(TODAY, days), 1, () => 5, `f${days}`);
    expect(await addChatEvents(db, ACCOUNT, [...at(31), ...at(-401)], WINDOW, NOW)).toMatchObject({ added: 0, skipped: 4 });
    await expect(addGuardEvent(db, ACCOUNT, { id: 'gf', at: NOW + 31 * DAY_MS, category: 'url', ruleId: 'chat-third-party', outcome: 'warned' }, WINDOW, NOW)).rejects.toThrow(/超出范围/);
    // A message stamped 29 days ahead is within the bound, so it is stored.
    expect(await addChatEvents(db, ACCOUNT, at(29), WINDOW, NOW)).toMatchObject({ added: 2 });
    expect((await pruneNow(store, settings, manualClock(NOW)))?.reference).toBe(TODAY);
    // Then the computer's clock jumps a year ahead: the future event is no reference, the reference moves a day at most.
    expect((await pruneNow(store, settings, manualClock(NOW + 400 * DAY_MS)))?.reference).toBe(addDays(TODAY, 1));
    expect(await days('dailyAggregates')).toEqual([addDays(TODAY, -1), addDays(TODAY, 29)]);
  });

  it('with no chat event and no earlier run nothing is deleted and nothing noted', async () => {
    ({ store } = freshStore(manualClock(NOW)));
    db = await store.db();
    await db.put('coverage', { account: ACCOUNT.key, day: addDays(TODAY, -200), spans: [[480, 1380]] });
    await db.put('accounts', { key: ACCOUNT.key, lastSeenAt: NOW });
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 7 };
    expect(await pruneNow(store, settings, manualClock(NOW + 400 * DAY_MS))).toBeNull();
    expect(await db.count('coverage')).toBe(1);
    expect(await db.get('meta', LAST_PRUNE_KEY)).toBeUndefined();
  });
});

describe('referenceDay', () => {
  const mark = (day: string) => ({ day, at: 0 });
  it.each<[string, string, string | null, PruneMark | null, string | null]>([
    ['clock right, worked yesterday', TODAY, addDays(TODAY, -1), null, TODAY],
    ['clock 400 days ahead', addDays(TODAY, 400), addDays(TODAY, -1), null, TODAY],
    ['clock ahead, last run a day after the newest event', addDays(TODAY, 400), addDays(TODAY, -1), mark(TODAY), addDays(TODAY, 1)],
    ['clock behind the newest event', addDays(TODAY, -30), TODAY, mark(TODAY), addDays(TODAY, -30)],
    ['nothing to go by', TODAY, null, null, null],
    ['only the last run', addDays(TODAY, 9), null, mark(TODAY), addDays(TODAY, 1)],
    ['a broken mark is ignored', TODAY, null, mark('58887-01-01'), null],
  ])('%s', (_name, today, newest, last, expected) => {
    expect(referenceDay(today, newest, last)).toBe(expected);
  });

  it('newestEventDay passes over impossible days and looks at every account', async () => {
    const { store: s } = freshStore();
    const d = await s.db();
    await addChatEvents(d, ACCOUNT, dayOfChats(addDays(TODAY, -3), 1, () => 5), WINDOW, bj(TODAY, '12:00'));
    await addChatEvents(d, { key: 'other' }, dayOfChats(addDays(TODAY, -1), 1, () => 5), WINDOW, bj(TODAY, '12:00'));
    await d.put('chatEvents', { account: ACCOUNT.key, messageId: 'bad', kind: 'buyer', conversationId: 'c', buyerId: 'b', at: 1.8e15, day: '58887-05-01' });
    expect(await newestEventDay(d)).toBe(addDays(TODAY, -1));
    await s.close();
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
