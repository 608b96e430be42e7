import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuardEvent } from '@/lib/events';
import type { StoreConnection } from '@/lib/store/db';
import { addChatEvents } from '@/lib/store/chat';
import { addGuardEvent } from '@/lib/store/guard';
import type { KefuDb } from '@/lib/store/schema';
import { ACCOUNT, bj, chat, freshStore, TODAY, WINDOW } from './helpers';

describe('guard events', () => {
  let store: StoreConnection;
  let db: KefuDb;
  beforeEach(async () => {
    ({ store } = freshStore());
    db = await store.db();
  });
  afterEach(() => store.close());

  const guard = (id: string, outcome: GuardEvent['outcome'], category: GuardEvent['category'] = 'contact'): GuardEvent => ({
    id,
    at: bj(TODAY, '10:00'),
    category,
    ruleId: 'chat-contact',
    outcome,
  });

  it('stores each id once and counts it per category and outcome in the day aggregate', async () => {
    const added = [];
    for (const e of [guard('g1', 'held'), guard('g1', 'held'), guard('g2', 'warned'), guard('g3', 'sent-anyway'), guard('g4', 'held', 'platform')])
      added.push((await addGuardEvent(db, ACCOUNT, e, WINDOW, bj(TODAY, '12:00'))).added);
    expect(added).toEqual([1, 0, 1, 1, 1]);
    expect((await db.get('dailyAggregates', [ACCOUNT.key, TODAY]))?.guard).toEqual({
      contact: { held: 1, warned: 1, sentAnyway: 1 },
      platform: { held: 1, warned: 0, sentAnyway: 0 },
    });
  });

  it('one held message with 2 categories is 1 hold in the totals and 1 in each category row', async () => {
    await addGuardEvent(db, ACCOUNT, { ...guard('m1', 'held'), categories: ['contact', 'phone'] }, WINDOW, bj(TODAY, '12:00'));
    await addGuardEvent(db, ACCOUNT, { ...guard('m2', 'warned', 'abuse'), categories: ['abuse'] }, WINDOW, bj(TODAY, '12:00'));
    const aggregate = await db.get('dailyAggregates', [ACCOUNT.key, TODAY]);
    expect(aggregate?.guard).toEqual({
      contact: { held: 1, warned: 0, sentAnyway: 0 },
      phone: { held: 1, warned: 0, sentAnyway: 0 },
      abuse: { held: 0, warned: 1, sentAnyway: 0 },
    });
    expect(aggregate?.guardMessages).toEqual({ held: 1, warned: 1, sentAnyway: 0 });
    // A recompute by chat events keeps the per-message totals.
    await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '09:00'), 'c1', 'm1')], WINDOW, bj(TODAY, '12:00'));
    expect((await db.get('dailyAggregates', [ACCOUNT.key, TODAY]))?.guardMessages).toEqual({ held: 1, warned: 1, sentAnyway: 0 });
  });

  it('guard counts survive a recompute of the day by chat events (and the reverse)', async () => {
    await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '09:00'), 'c1', 'm1')], WINDOW, bj(TODAY, '12:00'));
    await addGuardEvent(db, ACCOUNT, guard('g1', 'held'), WINDOW, bj(TODAY, '12:00'));
    await addChatEvents(db, ACCOUNT, [chat('human', bj(TODAY, '09:01'), 'c1', 'h1')], WINDOW, bj(TODAY, '12:00'));
    expect(await db.get('dailyAggregates', [ACCOUNT.key, TODAY])).toMatchObject({
      guard: { contact: { held: 1 } },
      metrics: { messages: 1, answered: 1 },
    });
  });

  it.each([
    ['no id', { ...guard('', 'held') }],
    ['unknown outcome', { ...guard('g', 'held'), outcome: 'ignored' }],
    ['unknown category', { ...guard('g', 'held'), category: 'weather' }],
    ['unknown category in the list', { ...guard('g', 'held'), categories: ['contact', 'weather'] }],
    ['categories not a list', { ...guard('g', 'held'), categories: 'contact' }],
    ['too many categories', { ...guard('g', 'held'), categories: Array.from({ length: 20 }, () => 'contact') }],
  ])('rejects a malformed event (%s)', async (_name, event) => {
    await expect(addGuardEvent(db, ACCOUNT, event as GuardEvent, WINDOW, bj(TODAY, '12:00'))).rejects.toThrow(/malformed/);
  });
});
