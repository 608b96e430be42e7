import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { addMinute, coverageShare, markObserved, minuteOfDay, observedMinutes, readCoverage } from '@/lib/store/coverage';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb, MinuteSpans } from '@/lib/store/schema';
import { ACCOUNT, bj, freshStore, fullDayHeartbeats, TODAY, WINDOW } from './helpers';

describe('minute spans', () => {
  it.each<[string, MinuteSpans, number, MinuteSpans]>([
    ['first minute', [], 600, [[600, 601]]],
    ['adjacent minute extends a span', [[600, 601]], 601, [[600, 602]]],
    ['the same minute again changes nothing', [[600, 602]], 601, [[600, 602]]],
    ['one missed minute is filled (heartbeat drift)', [[600, 601]], 602, [[600, 603]]],
    ['two missed minutes are a gap', [[600, 601]], 603, [[600, 601], [603, 604]]],
    ['a minute bridging two spans merges them', [[600, 602], [603, 610]], 602, [[600, 610]]],
    ['a minute before a span', [[600, 610]], 599, [[599, 610]]],
    ['out-of-order heartbeat', [[700, 710]], 600, [[600, 601], [700, 710]]],
  ])('%s', (_name, spans, minute, expected) => {
    const copy = JSON.parse(JSON.stringify(spans)) as MinuteSpans;
    expect(addMinute(spans, minute)).toEqual(expected);
    expect(spans).toEqual(copy); // input untouched
  });

  it.each<[MinuteSpans, number]>([
    [[], 0],
    [[[480, 1380]], 1],
    [[[0, 1440]], 1],
    [[[480, 930]], 0.5],
    [[[0, 480], [1380, 1440]], 0],
    [[[420, 540], [1320, 1440]], 120 / 900],
  ])('coverage share of %j is %d', (spans, share) => {
    expect(coverageShare(spans, WINDOW)).toBeCloseTo(share, 10);
  });

  it('observed minutes clip to the range', () => {
    expect(observedMinutes([[10, 20], [30, 40]], 15, 35)).toBe(10);
  });

  it.each([
    ['00:00', 0],
    ['08:00', 480],
    ['23:59:59', 1439],
  ])('minute of %s is %i in Beijing time', (time, minute) => {
    expect(minuteOfDay(bj(TODAY, time))).toBe(minute);
  });
});

describe('markObserved', () => {
  let store: StoreConnection;
  let db: KefuDb;
  beforeEach(async () => {
    ({ store } = freshStore());
    db = await store.db();
  });
  afterEach(() => store.close());

  it('a full day of heartbeats covers the counted window as one span', async () => {
    for (const at of fullDayHeartbeats(TODAY)) await markObserved(db, ACCOUNT, at, at);
    expect(await db.get('coverage', [ACCOUNT.key, TODAY])).toEqual({ account: ACCOUNT.key, day: TODAY, spans: [[480, 1380]] });
    expect((await readCoverage(db, ACCOUNT.key, TODAY, TODAY, WINDOW)).get(TODAY)).toBe(1);
  });

  it('heartbeats each land on their own Beijing day', async () => {
    await markObserved(db, ACCOUNT, bj(TODAY, '23:59:30'), 0);
    await markObserved(db, ACCOUNT, bj(addDays(TODAY, 1), '00:00:30'), 0);
    const all = await db.getAll('coverage');
    expect(all.map((r) => [r.day, r.spans])).toEqual([[TODAY, [[1439, 1440]]], [addDays(TODAY, 1), [[0, 1]]]]);
  });
});
