/**
 * Live batches recompute only the conversations they touch (issue 13); the
 * stored figures must stay exactly those of a full recompute over every
 * stored event, whatever the order and overlap of the batches.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { buildAggregate, recomputeDays } from '@/lib/store/aggregates';
import { addChatEvents } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import { inTransaction } from '@/lib/store/tx';
import { ACCOUNT, bj, chat, freshStore, stored, TODAY, WINDOW } from './helpers';

const Y = addDays(TODAY, -1);
let store: StoreConnection;
let db: KefuDb;

beforeEach(async () => {
  ({ store } = freshStore());
  db = await store.db();
});
afterEach(async () => {
  await store.close();
});

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/**
 * Two days of traffic around midnight: buyers with several conversations,
 * robot and human replies, replies after midnight, messages outside the
 * counted window, and re-sent copies of messages with an earlier time.
 */
function traffic(seed: number): ChatEvent[] {
  const rand = rng(seed);
  const events: ChatEvent[] = [];
  for (let c = 0; c < 60; c += 1) {
    const conversationId = `c${c}`;
    const buyerId = `b${c % 40}`;
    let at = bj(rand() < 0.5 ? Y : TODAY, '07:30') + Math.floor(rand() * 17 * HOUR_MS);
    for (let m = 0; m < 1 + Math.floor(rand() * 4); m += 1) {
      const kind = rand() < 0.5 ? 'buyer' : rand() < 0.8 ? 'human' : 'robot';
      events.push(chat(kind, at, conversationId, `${conversationId}-m${m}`, buyerId));
      if (rand() < 0.1) events.push(chat(kind, at - 5 * SECOND_MS, conversationId, `${conversationId}-m${m}`, buyerId));
      at += Math.floor(rand() * 90 * MINUTE_MS);
    }
  }
  return events;
}

async function storedFigures(day: string) {
  const record = await db.get('dailyAggregates', [ACCOUNT.key, day]);
  return record && { metrics: record.metrics, carry: record.carry };
}

async function fullFigures(day: string) {
  const all = await db.getAll('chatEvents');
  const record = buildAggregate(ACCOUNT.key, day, all.filter((e) => e.day === day || e.day === addDays(day, 1)), WINDOW);
  return { metrics: record.metrics, carry: record.carry };
}

describe('incremental day aggregates', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('batches in random order (seed %i) give the figures of a full recompute', async (seed) => {
    const rand = rng(seed * 7919);
    const events = traffic(seed).sort(() => rand() - 0.5);
    for (let i = 0; i < events.length; ) {
      const size = 1 + Math.floor(rand() * 6);
      await addChatEvents(db, ACCOUNT, events.slice(i, i + size), WINDOW, bj(TODAY, '23:00'));
      i += size;
    }
    for (const day of [Y, TODAY]) {
      expect(await storedFigures(day)).toEqual(await fullFigures(day));
    }
  });

  it('a day recomputed by another path is recomputed in full on the next batch, not from stale tallies', async () => {
    await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1')], WINDOW, bj(TODAY, '12:00'));
    // Another writer (a different window, as after a settings change) replaces the aggregate.
    await inTransaction(db, ['chatEvents', 'dailyAggregates'], 'readwrite', (tx) =>
      recomputeDays(tx, ACCOUNT.key, [TODAY], { startHour: 11, endHour: 23 }, bj(TODAY, '12:00')),
    );
    const events = await db.getAll('chatEvents');
    // Written behind the store's back: only a full recompute can see it.
    await db.put('chatEvents', { ...events[0]!, messageId: 'm0', conversationId: 'c0', buyerId: 'b0' });
    await addChatEvents(db, ACCOUNT, [chat('human', bj(TODAY, '10:01'), 'c1', 'm2')], WINDOW, bj(TODAY, '12:00'));
    expect(await storedFigures(TODAY)).toEqual(await fullFigures(TODAY));
    expect((await storedFigures(TODAY))!.metrics.buyers).toBe(2);
  });
});

describe('what a live batch reads', () => {
  it('recomputes only the conversations it touched while the worker holds the day', async () => {
    await addChatEvents(db, ACCOUNT, [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('buyer', bj(TODAY, '10:00'), 'c2', 'm2')], WINDOW, bj(TODAY, '12:00'));
    // c2 changed behind the store's back: a batch for c1 alone does not re-read it…
    await db.delete('chatEvents', [ACCOUNT.key, stored('m2')]);
    await addChatEvents(db, ACCOUNT, [chat('human', bj(TODAY, '10:01'), 'c1', 'm3')], WINDOW, bj(TODAY, '12:00'));
    expect((await storedFigures(TODAY))!.metrics.messages).toBe(2);
    // …and a batch that touches c2 does.
    await addChatEvents(db, ACCOUNT, [chat('human', bj(TODAY, '10:02'), 'c2', 'm4')], WINDOW, bj(TODAY, '12:00'));
    expect(await storedFigures(TODAY)).toEqual(await fullFigures(TODAY));
    expect((await storedFigures(TODAY))!.metrics.messages).toBe(1);
  });
});
