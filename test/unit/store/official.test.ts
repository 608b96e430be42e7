import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { addDays } from '@/lib/clock';
import type { OfficialReading } from '@/lib/pdd/official-figures';
import { buildAggregate } from '@/lib/store/aggregates';
import type { StoreConnection } from '@/lib/store/db';
import {
  checkShop,
  latestPilot,
  officialDays,
  officialCalibration,
  officialFiguresForShop,
  officialRejects,
  officialShopDays,
  pruneOfficialBefore,
  putOfficialReadings,
  recordOfficialRejects,
  officialShopOf,
} from '@/lib/store/official';
import { DB_VERSION } from '@/lib/store/schema';
import { officialAgentDays } from '@/lib/store/official-agents';
import { MAX_OFFICIAL_AGENTS_PER_DAY } from '@/lib/official-agents';
import { upgradeDb } from '@/lib/store/upgrade';
import type { KefuGuardDB } from '@/lib/store/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { addChatEvents } from '@/lib/store/chat';
import { getSummary } from '@/lib/store/summary';
import { markObserved } from '@/lib/store/coverage';
import { ACCOUNT, bj, dayOfChats, freshStore, fullDayHeartbeats, stored, TODAY, WINDOW } from './helpers';

const NOW = bj(TODAY, '12:00');
const Y = addDays(TODAY, -1);
const Y2 = addDays(TODAY, -2);

const day = (d: string, rate3min: number, extra: Partial<OfficialReading> = {}): OfficialReading => ({
  source: 'service-overview',
  agent: '',
  from: d,
  to: d,
  figures: { rate3min, consultUsers: 120 },
  via: 'response',
  ...extra,
});

let store: StoreConnection;
beforeEach(() => {
  ({ store } = freshStore());
});
afterEach(async () => {
  await store.close();
});

describe('official figures store', () => {
  it('re-reading a day replaces it; ranges and agents are kept apart', async () => {
    const db = await store.db();
    await putOfficialReadings(db, '612', [day(Y, 0.8)], NOW - 1000, NOW);
    await putOfficialReadings(db, '612', [day(Y, 0.85), day(Y2, 0.9)], NOW, NOW);
    await putOfficialReadings(db, '612', [day(Y, 0.5, { from: addDays(Y, -6) })], NOW, NOW);
    await putOfficialReadings(db, '612', [day(TODAY, 0.7, { source: 'cs-report', agent: '小美' })], NOW, NOW);

    const all = await officialFiguresForShop(db, '612', 8, TODAY);
    expect(await officialFiguresForShop(db, '612', 7, TODAY)).toHaveLength(3); // the range starts before the 7 days
    expect(all).toHaveLength(4);
    const days = officialDays(all);
    expect([...days.keys()].sort()).toEqual([Y2, Y]);
    expect(days.get(Y)).toEqual({ day: Y, figures: { rate3min: 0.85, consultUsers: 120 }, readAt: NOW, via: 'response' });
    // The 7-day range is one record, never spread over its days.
    expect(all.filter((r) => r.from !== r.to)).toEqual([expect.objectContaining({ from: addDays(Y, -6), to: Y, figures: { rate3min: 0.5, consultUsers: 120 } })]);
    expect(all.find((r) => r.agent === '小美')).toMatchObject({ source: 'cs-report', from: TODAY });
  });

  it('a shop never sees another shop\'s figures', async () => {
    const db = await store.db();
    await putOfficialReadings(db, '612', [day(Y, 0.8)], NOW, NOW);
    await putOfficialReadings(db, '6123', [day(Y, 0.1)], NOW, NOW);
    expect((await officialFiguresForShop(db, '612', 3, TODAY)).map((r) => r.figures.rate3min)).toEqual([0.8]);
    expect((await officialFiguresForShop(db, '61', 3, TODAY))).toEqual([]);
  });

  it('readings that fail the check are skipped and counted; a future day is not stored', async () => {
    const db = await store.db();
    const result = await putOfficialReadings(
      db,
      '612',
      [day(Y, 0.8), day(TODAY, 0.9), day(Y, 5), { ...day(Y2, 0.5), figures: { consultUsers: -1 } }, 'junk', { ...day(Y2, 0.5), figures: { rate3min: '80%' } }],
      NOW,
      NOW,
    );
    expect(result).toEqual({ stored: 1, skipped: 5 });
    expect((await officialFiguresForShop(db, '612', 7, TODAY)).map((r) => r.from)).toEqual([Y]);
    await recordOfficialRejects(db, { 'not-json': 2, bogus: 9, absurd: -1 }, NOW);
    expect((await officialRejects(db))?.counts).toEqual({ absurd: 5, 'not-json': 2 });
  });

  it('the latest 店铺体验 30-day rate', async () => {
    const db = await store.db();
    await putOfficialReadings(db, '612', [{ ...day(Y, 0.52), source: 'pilot-mall', from: addDays(Y, -29), figures: { rate3min: 0.52 }, via: 'text' }], NOW, NOW);
    expect(latestPilot(await officialFiguresForShop(db, '612', 30, Y))?.figures).toEqual({ rate3min: 0.52 });
  });

  it.each([
    ['612:agent', '612'],
    ['default', 'default'],
    ['', 'default'],
    ['<x>:y', 'default'],
  ])('shop of account %s is %s', (key, shop) => {
    expect(officialShopOf(key)).toBe(shop);
  });

  it('shop ids from requests are digits or default', () => {
    expect([checkShop('612'), checkShop('default'), checkShop('6 1'), checkShop(612), checkShop('')]).toEqual(['612', 'default', null, null, null]);
  });
});

describe('upgrade to v3', () => {
  it('a v2 database keeps every record and gains the officialFigures store', async () => {
    const v2 = await openDB<KefuGuardDB>('kefu-guard-test', 2, {
      upgrade: (db, oldVersion, newVersion, tx) => void upgradeDb(db, oldVersion, newVersion, tx, buildAggregate),
    });
    const rows = {
      chatEvents: { account: 'a1', messageId: 'm1', kind: 'buyer' as const, conversationId: 'c1', buyerId: 'b1', at: NOW, day: TODAY },
      guardEvents: { account: 'a1', id: 'g1', category: 'platform' as const, ruleId: 'r', outcome: 'held' as const, at: NOW, day: TODAY },
      afterSales: { account: 'a1', afterSalesId: 's1', pending: true, deadlineAt: NOW + 1000, flags: [], seenAt: NOW },
      coverage: { account: 'a1', day: TODAY, spans: [[600, 660]] as Array<[number, number]> },
      accounts: { key: 'a1', lastSeenAt: NOW },
    };
    for (const [name, value] of Object.entries(rows)) await v2.put(name as 'accounts', value as never);
    await v2.put('meta', { seenAt: NOW, ids: ['s1'] }, 'aftersales-current:a1');
    v2.close();

    const db = await store.db();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    // v4 hashes the chat ids, v5 the after-sales ids (lib/id-hash.ts); everything else is kept as it was.
    const hashed: Record<string, unknown> = {
      chatEvents: { ...rows.chatEvents, messageId: stored('m1', 'a1'), conversationId: stored('c1', 'a1'), buyerId: stored('b1', 'a1') },
      afterSales: { ...rows.afterSales, afterSalesId: stored('s1', 'a1') },
    };
    for (const [name, value] of Object.entries(rows)) expect(await db.getAll(name as 'accounts')).toEqual([hashed[name] ?? value]);
    expect(await db.get('meta', 'aftersales-current:a1')).toEqual({ seenAt: NOW, ids: [stored('s1', 'a1')] });
    expect(await db.count('officialFigures')).toBe(0);
    await putOfficialReadings(db, '612', [day(Y, 0.8)], NOW, NOW);
    expect(await db.count('officialFigures')).toBe(1);
  });
});

describe('summary with official figures', () => {
  const settings3min = { ...DEFAULT_SETTINGS, signup: { preset: 'rate3min-3d' as const, thresholds: { ...DEFAULT_SETTINGS.signup.thresholds, rate3min: 0.8 } } };

  it('past days carry the platform\'s figures beside the estimate, the check uses them and names the metric, missing days are listed', async () => {
    const db = await store.db();
    await addChatEvents(db, ACCOUNT, dayOfChats(Y, 10, () => 20), WINDOW, NOW);
    await putOfficialReadings(db, 'mall1', [day(Y, 0.7)], NOW, NOW);
    await putOfficialReadings(db, 'other', [day(Y2, 0.99)], NOW, NOW);
    const s = await getSummary(db, { account: ACCOUNT.key, now: NOW, settings: settings3min, live: null, storeError: null });
    expect(s.official?.shop).toBe('mall1');
    const y = s.official?.pastDays.find((d) => d.day === Y);
    expect(y?.official).toEqual({ figures: { rate3min: 0.7, consultUsers: 120 }, readAt: NOW, via: 'response' });
    expect(y?.estimate).toMatchObject({ rate3min: 1, buyers: 10 });
    expect(s.official?.missingDays).toEqual([addDays(TODAY, -3), Y2]);
    expect(s.signup.verdict.rule).toEqual({ preset: 'rate3min-3d', threshold: 0.8 });
    expect(s.signup.verdict.days.find((d) => d.day === Y)).toMatchObject({ basis: 'platform', value: 0.7, outcome: 'fail' });
    expect(s.signup.verdict.days.find((d) => d.day === Y2)).toMatchObject({ basis: 'none', outcome: 'unsure', reason: 'no-data' });
    expect(s.trend.find((p) => p.day === Y)?.official3min).toBe(0.7);
    expect(s.trend.find((p) => p.day === Y2)?.official3min).toBeUndefined();
  });

  it('figures read from the page\'s text never replace the response\'s and never decide the verdict (issue 22)', async () => {
    const db = await store.db();
    // The agent's own record: 10 buyers a day, every message answered late (3-minute rate 0).
    for (const d of [addDays(TODAY, -3), Y2, Y]) {
      await addChatEvents(db, ACCOUNT, dayOfChats(d, 10, () => 400), WINDOW, NOW);
      for (const at of fullDayHeartbeats(d)) await markObserved(db, ACCOUNT, at, NOW);
    }
    const before = await getSummary(db, { account: ACCOUNT.key, now: NOW, settings: settings3min, live: null, storeError: null });
    await putOfficialReadings(db, 'mall1', [day(Y, 0.7)], NOW - 1000, NOW);
    // Drawn cards claiming a pass for every day, yesterday's included.
    const drawn = [addDays(TODAY, -3), Y2, Y].map((d) => day(d, 0.99, { via: 'text' }));
    expect(await putOfficialReadings(db, 'mall1', drawn, NOW, NOW)).toEqual({ stored: 2, skipped: 0 });
    const days = officialDays(await officialFiguresForShop(db, 'mall1', 3, Y));
    expect(days.get(Y)).toMatchObject({ via: 'response', figures: { rate3min: 0.7 } });
    expect(days.get(Y2)).toMatchObject({ via: 'text' }); // kept, labelled as read from the page
    const after = await getSummary(db, { account: ACCOUNT.key, now: NOW, settings: settings3min, live: null, storeError: null });
    expect(before.signup.verdict.outcome).toBe('fail');
    expect(after.signup.verdict.outcome).toBe('fail');
    // The drawn days rest on the agent's own estimate (which fails): the drawn pass can at most make them unsure; yesterday on the response's figure.
    expect(before.signup.verdict.days.map((d) => [d.basis, d.outcome])).toEqual([['agent', 'fail'], ['agent', 'fail'], ['agent', 'fail']]);
    expect(after.signup.verdict.days.map((d) => [d.basis, d.outcome])).toEqual([['agent', 'unsure'], ['agent', 'unsure'], ['platform', 'fail']]);
  });

  it('a shop with only official figures is not shown as empty', async () => {
    const db = await store.db();
    await putOfficialReadings(db, 'default', [day(Y, 0.9)], NOW, NOW);
    const s = await getSummary(db, { now: NOW, settings: DEFAULT_SETTINGS, live: null, storeError: null });
    expect(s.empty).toBe(false);
    expect(s.signup.verdict.rule).toEqual({ preset: 'rate1h-3d', threshold: null });
  });
});

describe('calibration from the store', () => {
  it('pairs each day\'s aggregate with the shop\'s official figures', async () => {
    const db = await store.db();
    await addChatEvents(db, ACCOUNT, dayOfChats(Y, 10, (i) => (i < 8 ? 20 : 400)), WINDOW, NOW);
    await putOfficialReadings(db, 'mall1', [day(Y, 0.75), day(Y2, 0.9)], NOW, NOW);
    const { shop, calibration } = await officialCalibration(db, ACCOUNT.key, TODAY, WINDOW);
    expect(shop).toBe('mall1');
    expect(calibration.days.map((d) => d.day)).toEqual([Y]);
    expect(calibration.days[0]!.rows.find((r) => r.metric === 'rate3min')?.diff).toBeCloseTo(0.05, 9);
    expect(calibration.averageError.consultUsers).toEqual({ mean: 110, days: 1 });
  });
});

describe('retention', () => {
  it('official records ending before the cutoff are deleted, later ones and ranges reaching past it kept', async () => {
    const db = await store.db();
    const old = addDays(TODAY, -100);
    await putOfficialReadings(db, 'mall1', [day(old, 0.8), day(Y, 0.9), day(addDays(TODAY, -80), 0.7, { from: addDays(TODAY, -95) })], NOW, NOW);
    expect(await pruneOfficialBefore(db, addDays(TODAY, -89))).toBe(1);
    expect((await db.getAll('officialFigures')).map((r) => r.to).sort()).toEqual([addDays(TODAY, -80), Y]);
  });
});

describe('officialShopDays (the Team page)', () => {
  it('gives each shop its shop-wide single days within the range (rates, 咨询人数, how read); ranges and per-agent rows are left out', async () => {
    const db = await store.db();
    await putOfficialReadings(db, 'mall1', [day(Y, 0.8), day(Y2, 0.7), day(Y2, 0.6, { to: Y }), day(Y, 0.5, { source: 'cs-report', agent: '小王' })], NOW, NOW);
    await putOfficialReadings(db, 'mall2', [day(Y, 0.9), day(addDays(TODAY, -40), 0.4)], NOW, NOW);
    expect(await officialShopDays(db, 30, TODAY)).toEqual({
      mall1: { [Y]: { rate3min: 0.8, consultUsers: 120, via: 'response' }, [Y2]: { rate3min: 0.7, consultUsers: 120, via: 'response' } },
      mall2: { [Y]: { rate3min: 0.9, consultUsers: 120, via: 'response' } },
    });
  });
});


describe('officialAgentDays (the Team page, per agent)', () => {
  it('gives each shop its 客服绩效 single days per agent; shop-wide rows, ranges and days outside are left out', async () => {
    const db = await store.db();
    const agent = (d: string, name: string, rate3min: number, extra: Partial<OfficialReading> = {}) =>
      day(d, rate3min, { source: 'cs-report', agent: name, figures: { rate3min, rate30s: 0.7, consultUsers: 40, serviceScore: 4.5 }, ...extra });
    await putOfficialReadings(db, 'mall1', [day(Y, 0.8), agent(Y, '小美', 0.9), agent(Y2, '小美', 0.6, { to: Y }), agent(addDays(TODAY, -40), '小王', 0.5)], NOW, NOW);
    await putOfficialReadings(db, 'mall2', [agent(Y, '小王', 0.7)], NOW, NOW);
    expect(await officialAgentDays(db, 30, TODAY)).toEqual({
      mall1: { [Y]: { 小美: { rate3min: 0.9, rate30s: 0.7, consultUsers: 40, serviceScore: 4.5, via: 'response', readAt: NOW } } },
      mall2: { [Y]: { 小王: { rate3min: 0.7, rate30s: 0.7, consultUsers: 40, serviceScore: 4.5, via: 'response', readAt: NOW } } },
    });
  });

  it('bounds the agents of a shop-day', async () => {
    const db = await store.db();
    const many = Array.from({ length: MAX_OFFICIAL_AGENTS_PER_DAY + 20 }, (_, i) =>
      day(Y, 0.9, { source: 'cs-report', agent: `客服${i}`, figures: { rate3min: 0.9 } }),
    );
    await putOfficialReadings(db, 'mall1', many, NOW, NOW);
    expect(Object.keys((await officialAgentDays(db, 30, TODAY))['mall1']![Y]!)).toHaveLength(MAX_OFFICIAL_AGENTS_PER_DAY);
  });
});
