import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, HOUR_MS } from '@/lib/clock';
import type { BeijingDay } from '@/lib/clock';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { Settings } from '@/lib/settings/types';
import type { StoreErrorInfo } from '@/lib/messages';
import { putAfterSalesSnapshot } from '@/lib/store/aftersales';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import { addGuardEvent } from '@/lib/store/guard';
import type { KefuDb } from '@/lib/store/schema';
import { getSummary } from '@/lib/store/summary';
import { recomputeStale } from '@/lib/store/aggregates';
import { ACCOUNT, bj, dayOfChats, dumpDb, freshStore, TODAY, WINDOW } from './helpers';

const NOW = bj(TODAY, '15:00');
const d = (n: number): BeijingDay => addDays(TODAY, n);
let store: StoreConnection;
let db: KefuDb;

beforeEach(async () => {
  ({ store } = freshStore());
  db = await store.db();
});
afterEach(() => store.close());

const summary = (over: { account?: string; settings?: Settings; storeError?: StoreErrorInfo | null } = {}) =>
  getSummary(db, { now: NOW, settings: over.settings ?? DEFAULT_SETTINGS, live: null, storeError: over.storeError ?? null, account: over.account });

/** A day with `buyers` buyers of whom `late` got no human reply, observed for `coverage` of the window. */
async function seedDay(day: BeijingDay, buyers: number, late: number, coverage = 1, account = ACCOUNT) {
  await addChatEvents(db, account, dayOfChats(day, buyers, (i) => (i < late ? null : 20)), WINDOW, NOW);
  if (coverage > 0) await db.put('coverage', { account: account.key, day, spans: [[480, 480 + Math.round(900 * coverage)]] });
}

describe('summary/get: signup check of the 3 days before today', () => {
  const with1h = (threshold: number) => ({ ...DEFAULT_SETTINGS, signup: { preset: 'rate1h-3d' as const, thresholds: { ...DEFAULT_SETTINGS.signup.thresholds, rate1h: threshold } } });

  it.each<[string, Array<[number, number, number]>, 'pass' | 'fail' | 'unsure', string[]]>([
    ['all three assessed and above 80 %', [[150, 0, 1], [150, 10, 1], [120, 20, 1]], 'pass', ['pass', 'pass', 'pass']],
    ['one day below 80 % fails', [[150, 0, 1], [150, 40, 1], [150, 0, 1]], 'fail', ['pass', 'fail', 'pass']],
    ['a day with nothing recorded and a partly observed day', [[150, 0, 0.5], [150, 0, 1], [0, 0, 0]], 'unsure', ['unsure', 'pass', 'unsure']],
    ['quiet days (≤ 100 buyers) are not assessed', [[100, 90, 1], [150, 0, 1], [30, 0, 1]], 'pass', ['not-assessed', 'pass', 'not-assessed']],
  ])('%s', async (_name, days, verdict, verdicts) => {
    for (const [i, [buyers, late, coverage]] of days.entries()) if (buyers > 0 || coverage > 0) await seedDay(d(i - 3), buyers, late, coverage);
    const s = await summary({ settings: with1h(0.8) });
    expect(s.signup.verdict.outcome).toBe(verdict);
    expect(s.signup.verdict.rule).toEqual({ preset: 'rate1h-3d', threshold: 0.8 });
    expect(s.signup.verdict.days.map((x) => x.day)).toEqual([d(-3), d(-2), d(-1)]);
    expect(s.signup.verdict.days.map((x) => x.outcome)).toEqual(verdicts);
  });

  it('uses the required rate from the settings; none typed: no pass or fail', async () => {
    for (const n of [-3, -2, -1]) await seedDay(d(n), 150, 40); // 73 %
    expect((await summary({ settings: with1h(0.7) })).signup.verdict.outcome).toBe('pass');
    expect((await summary({ settings: with1h(0.8) })).signup.verdict.outcome).toBe('fail');
    const unset = (await summary()).signup.verdict;
    expect(unset.outcome).toBe('unsure');
    expect(unset.days.map((x) => x.reason)).toEqual(['no-threshold', 'no-threshold', 'no-threshold']);
  });

  it('another agent of the shop seen here: the agent\'s own pass is never the shop\'s', async () => {
    for (const n of [-3, -2, -1]) await seedDay(d(n), 150, 0);
    await seedDay(d(-1), 5, 0, 1, { ...ACCOUNT, key: `${ACCOUNT.key.split(':')[0]}:agent2` });
    const s = await summary({ account: ACCOUNT.key, settings: with1h(0.8) });
    expect(s.signup.agentCount).toBe(2);
    expect([s.signup.verdict.outcome, s.signup.verdict.agentOnly]).toEqual(['unsure', { outcome: 'pass' }]);
  });
});

describe('summary/get: figures', () => {
  it('nothing recorded: empty, with zero figures and a 7-day trend of nulls', async () => {
    const s = await summary();
    expect(s.empty).toBe(true);
    expect(s.account).toEqual({ key: 'default' });
    expect(s.today).toBe(TODAY);
    expect(s.metrics).toMatchObject({ day: TODAY, messages: 0, rate5min: null });
    expect(s.trend).toHaveLength(7);
    expect(s.trend.every((p) => p.rate1h === null && p.buyers === 0)).toBe(true);
    expect(s.signup.verdict.outcome).toBe('unsure');
    expect(s.refunds).toMatchObject({ pending: 0, seenAt: null });
    expect(s.storeError).toBeNull();
  });

  it('today, the trend (oldest first, ending today), guard counts and refunds', async () => {
    await seedDay(d(-8), 10, 0); // outside the trend
    await seedDay(d(-6), 10, 5);
    await seedDay(TODAY, 4, 1);
    await addGuardEvent(db, ACCOUNT, { id: 'g1', at: bj(TODAY, '11:00'), category: 'contact', ruleId: 'chat-contact', outcome: 'held' }, WINDOW, NOW);
    await addGuardEvent(db, ACCOUNT, { id: 'g0', at: bj(d(-1), '11:00'), category: 'abuse', ruleId: 'chat-abuse', outcome: 'held' }, WINDOW, NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW - HOUR_MS, [{ afterSalesId: 'r1', pending: true, deadlineAt: NOW + 2 * HOUR_MS, flags: [] }], NOW);

    const s = await summary();
    expect(s.empty).toBe(false);
    expect(s.account).toEqual(ACCOUNT);
    expect(s.metrics).toMatchObject({ day: TODAY, buyers: 4, messages: 4, waiting: 1, rate5min: 0.75 });
    expect(s.trend.map((p) => p.day)).toEqual([d(-6), d(-5), d(-4), d(-3), d(-2), d(-1), TODAY]);
    expect(s.trend[0]).toEqual({ day: d(-6), rate1h: 0.5, rate5min: 0.5, buyers: 10 });
    expect(s.trend[6]).toEqual({ day: TODAY, rate1h: 0.75, rate5min: 0.75, buyers: 4 });
    expect(s.guard).toEqual({ contact: { held: 1, warned: 0, sentAnyway: 0 } });
    expect(s.refunds).toMatchObject({ pending: 1, urgent: 1, seenAt: NOW - HOUR_MS });
  });

  it('without an account it answers for the most recently seen one; with one, for that one', async () => {
    await addChatEvents(db, { key: 'early' }, dayOfChats(TODAY, 2, () => 5), WINDOW, NOW - 1000);
    await addChatEvents(db, { key: 'late', mallName: '后来的店' }, dayOfChats(TODAY, 3, () => 5), WINDOW, NOW);
    const latest = await summary();
    expect(latest.account).toEqual({ key: 'late', mallName: '后来的店' });
    expect(latest.accounts.map((a) => a.key)).toEqual(['late', 'early']);
    expect(latest.metrics.buyers).toBe(3);
    expect((await summary({ account: 'early' })).metrics.buyers).toBe(2);
    const unknown = await summary({ account: 'nobody' });
    expect(unknown).toMatchObject({ account: { key: 'nobody' }, empty: true });
    expect(unknown.accounts.map((a) => a.key)).toEqual(['nobody', 'late', 'early']);
  });

  it('figures days of another counted window without writing them; the change rewrites them (issue 13)', async () => {
    await addChatEvents(db, ACCOUNT, dayOfChats(TODAY, 3, () => 5), WINDOW, NOW); // 10:00
    await addChatEvents(db, ACCOUNT, dayOfChats(d(-1), 2, () => 5), WINDOW, NOW);
    await addGuardEvent(db, ACCOUNT, { id: 'g1', at: bj(TODAY, '10:30'), category: 'contact', ruleId: 'chat-contact', outcome: 'held' }, WINDOW, NOW);
    const settings = { ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, countedWindow: { startHour: 11, endHour: 23 } } };
    const before = await dumpDb(db);
    const read = await summary({ settings });
    expect(read.metrics).toMatchObject({ messages: 0, uncounted: 3 });
    expect(read.guardTotal.held).toBe(1);
    expect(await dumpDb(db)).toEqual(before); // reading never writes
    expect(await recomputeStale(db, settings.replyTimer.countedWindow, NOW)).toBe(2);
    expect((await db.get('dailyAggregates', [ACCOUNT.key, TODAY]))).toMatchObject({ window: { startHour: 11, endHour: 23 }, metrics: { uncounted: 3 }, guardMessages: { held: 1 } });
    expect(await recomputeStale(db, settings.replyTimer.countedWindow, NOW)).toBe(0);
  });

  it.each([
    ['today', TODAY, true],
    ['within the trend', d(-6), true],
    ['older than the days shown', d(-7), false],
  ])('shows a store error of %s', async (_name, day, shown) => {
    const error: StoreErrorInfo = { code: 'quota', message: '本地数据库空间不足（QuotaExceededError）…', op: 'chat/events', at: 0, day };
    expect((await summary({ storeError: error })).storeError).toEqual(shown ? error : null);
  });
});
