import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import { safeFilePart } from '@/lib/store/daily-export';
import { exportDaily } from '@/lib/store/export';
import { addGuardEvent } from '@/lib/store/guard';
import type { KefuDb } from '@/lib/store/schema';
import { ACCOUNT, bj, chat, dayOfChats, freshStore, TODAY, WINDOW } from './helpers';

const NOW = bj(TODAY, '15:00');
const Y = addDays(TODAY, -1);
let store: StoreConnection;
let db: KefuDb;

beforeEach(async () => {
  ({ store } = freshStore());
  db = await store.db();
  // Yesterday: 3 messages answered after 20 s, 40 s, never (robot). Today: 1 answered after 10 s.
  await addChatEvents(db, ACCOUNT, dayOfChats(Y, 3, (i) => [20, 40, null][i]!), WINDOW, NOW);
  await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '09:00'), 'c1', 'm1'), chat('human', bj(TODAY, '09:00:10'), 'c1', 'h1')], WINDOW, NOW);
  await addGuardEvent(db, ACCOUNT, { id: 'g1', at: bj(Y, '10:00'), category: 'contact', ruleId: 'chat-contact', outcome: 'held' }, WINDOW, NOW);
  await addGuardEvent(db, ACCOUNT, { id: 'g2', at: bj(Y, '10:05'), category: 'platform', ruleId: 'chat-platform', outcome: 'sent-anyway' }, WINDOW, NOW);
  await db.put('coverage', { account: ACCOUNT.key, day: Y, spans: [[480, 930]] });
  // Another account's data never leaks into this export.
  await addChatEvents(db, { key: 'other' }, dayOfChats(addDays(TODAY, -5), 2, () => 1), WINDOW, NOW);
});
afterEach(() => store.close());

describe('export/daily', () => {
  it('CSV: BOM, Chinese headings, one row per day, percentages with one decimal, CRLF', async () => {
    const file = await exportDaily(db, ACCOUNT.key, 'csv', NOW, WINDOW);
    expect(file.filename).toBe(`kefu-guard-mall1_agent1-${Y}-${TODAY}.csv`);
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.body.startsWith('\uFEFF日期 day,咨询买家数 buyers,')).toBe(true);
    const lines = file.body.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // heading, 2 days, trailing empty
    expect(lines[3]).toBe('');
    expect(lines[0]!.split(',')).toHaveLength(16);
    expect(lines[1]).toBe(`${Y},3,3,2,1,0,33.3,66.7,66.7,66.7,否,30.0,50.0,1,0,1`);
    expect(lines[2]).toBe(`${TODAY},1,1,1,0,0,100.0,100.0,100.0,100.0,否,10.0,0.0,0,0,0`);
  });

  it('JSON: the same figures as numbers, and no message ids or text', async () => {
    const file = await exportDaily(db, ACCOUNT.key, 'json', NOW, WINDOW);
    expect(file.filename).toBe(`kefu-guard-figures-mall1_agent1-${Y}-${TODAY}.json`);
    expect(file.mime).toBe('application/json');
    const parsed = JSON.parse(file.body) as { account: string; days: Array<Record<string, unknown>> };
    expect(parsed.account).toBe(ACCOUNT.key);
    expect(parsed.days[0]).toEqual({
      day: Y, buyers: 3, messages: 3, answered: 2, waiting: 1, uncounted: 0,
      rate30sPct: 33.3, rate3minPct: 66.7, rate5minPct: 66.7, rate1hPct: 66.7, rate1hAssessed: false,
      avgResponseSec: 30, coveragePct: 50, guardHeld: 1, guardWarned: 0, guardSentAnyway: 1,
    });
    expect(file.body).not.toMatch(/"m1"|c1|buyer-/);
  });

  it('an account with nothing stored exports headings only, named by today', async () => {
    const file = await exportDaily(db, 'nobody', 'csv', NOW, WINDOW);
    expect(file.filename).toBe(`kefu-guard-nobody-${TODAY}-${TODAY}.csv`);
    expect(file.body.split('\r\n')).toHaveLength(2);
  });

  it.each([
    ['mall1:agent1', 'mall1_agent1'],
    ['default', 'default'],
    ['店铺/小王', '店铺_小王'],
    ['', 'default'],
  ])('file-name part of %j is %j', (key, part) => {
    expect(safeFilePart(key)).toBe(part);
  });
});
