import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import { getSummary } from '@/lib/store/summary';
import { ACCOUNT, bj, chat, freshStore, TODAY, WINDOW, stored } from './helpers';

// Run this file under TZ=America/New_York and TZ=Asia/Shanghai: the answers must not change.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TOMORROW = addDays(TODAY, 1);

describe(`day rollover at Beijing midnight (machine zone ${ZONE})`, () => {
  let store: StoreConnection;
  let db: KefuDb;
  beforeEach(async () => {
    ({ store } = freshStore());
    db = await store.db();
  });
  afterEach(() => store.close());

  it('the machine zone does not decide the day (under New York the local date differs)', () => {
    const at = bj(TOMORROW, '00:30');
    const localDay = `${new Date(at).getFullYear()}-${String(new Date(at).getMonth() + 1).padStart(2, '0')}-${String(new Date(at).getDate()).padStart(2, '0')}`;
    if (ZONE === 'America/New_York') expect(localDay).toBe(TODAY);
    else if (ZONE === 'Asia/Shanghai') expect(localDay).toBe(TOMORROW);
    else expect(typeof localDay).toBe('string');
  });

  it.each([
    ['23:59:59.999 belongs to the day', bj(TODAY, '23:59:59') + 999, TODAY],
    ['00:00:00.000 belongs to the next day', bj(TOMORROW, '00:00'), TOMORROW],
    ['07:59 Beijing (23:59 UTC the day before)', bj(TOMORROW, '07:59'), TOMORROW],
  ])('a stored event at %s', async (_name, at, day) => {
    await addChatEvents(db, ACCOUNT, [chat('buyer', at, 'c1', 'm1')], WINDOW, at);
    expect((await db.get('chatEvents', [ACCOUNT.key, stored('m1')]))?.day).toBe(day);
    expect(await db.get('dailyAggregates', [ACCOUNT.key, day])).toMatchObject({ metrics: { uncounted: 1 } });
  });

  it.each([
    ['23:59 Beijing', bj(TODAY, '23:59'), TODAY],
    ['00:00 Beijing', bj(TOMORROW, '00:00'), TOMORROW],
    ['00:30 Beijing (11:30 the day before in New York)', bj(TOMORROW, '00:30'), TOMORROW],
  ])('summary "today" at %s', async (_name, now, today) => {
    await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '22:50'), 'c1', 'm1'), chat('human', bj(TOMORROW, '00:10'), 'c1', 'h1')], WINDOW, now);
    const s = await getSummary(db, { now, settings: DEFAULT_SETTINGS, live: null, storeError: null });
    expect(s.today).toBe(today);
    expect(s.trend[6]!.day).toBe(today);
    expect(s.signup.verdict.days.map((d) => d.day)).toEqual([-3, -2, -1].map((n) => addDays(today, n)));
    // The 22:50 message, answered after midnight, is a figure of TODAY whatever "today" is now.
    const point = s.trend.find((p) => p.day === TODAY)!;
    expect(point).toMatchObject({ buyers: 1, rate5min: 0, rate1h: 0 });
  });
});
