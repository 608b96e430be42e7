// @vitest-environment node
/**
 * The chat session's parts without a page (issue 13): the event queue's
 * batches, retries and drops, and the matching of stored (hashed) waits to
 * the conversations the page shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BATCH_SIZE, EventQueue, MAX_BATCH_ATTEMPTS, MAX_QUEUE } from '@/lib/content/chat-session/event-queue';
import { RestoredWaits } from '@/lib/content/chat-session/restored-waits';
import { droppedCounts, resetDropped } from '@/lib/content/dropped';
import type { ChatEvent } from '@/lib/events';
import { hashId } from '@/lib/id-hash';

const NOW = Date.UTC(2026, 11, 1, 4, 0, 0);
const event = (n: number): ChatEvent => ({ kind: 'buyer', conversationId: 'c1', buyerId: 'c1', messageId: `m${n}`, at: NOW + n });
const ids = (events: readonly ChatEvent[]) => events.map((e) => e.messageId);

afterEach(() => {
  resetDropped();
  vi.restoreAllMocks();
});

describe('EventQueue', () => {
  it('sends in batches, oldest first, and nothing when empty', async () => {
    const sent: string[][] = [];
    const queue = new EventQueue(async (events) => void sent.push(ids(events)), 1_000);
    await queue.flush(NOW);
    expect(sent).toEqual([]);
    for (let n = 0; n < BATCH_SIZE + 2; n++) queue.push(event(n));
    await queue.flush(NOW);
    await queue.flush(NOW);
    expect(sent.map((b) => b.length)).toEqual([BATCH_SIZE, 2]);
    expect(sent[1]).toEqual([`m${BATCH_SIZE}`, `m${BATCH_SIZE + 1}`]);
  });

  it('keeps the newest MAX_QUEUE events when the background takes none', async () => {
    const sent: string[][] = [];
    const queue = new EventQueue(async (events) => void sent.push(ids(events)), 1_000);
    for (let n = 0; n < MAX_QUEUE + 3; n++) queue.push(event(n));
    await queue.flush(NOW);
    expect(sent[0]![0]).toBe('m3');
  });

  it('tries a refused batch again after 1, 2, 4, 8 s, then drops it, counted, and goes on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tries: number[] = [];
    let refuse = true;
    const queue = new EventQueue(async (events) => {
      tries.push(now);
      if (refuse) throw new Error('refused');
      return events.length;
    }, 1_000);
    let now = NOW;
    queue.push(event(1));
    queue.push(event(2));
    for (let second = 0; second <= 20; second++) {
      now = NOW + second * 1_000;
      await queue.flush(now);
    }
    expect(tries.map((t) => (t - NOW) / 1_000)).toEqual([0, 1, 3, 7, 15]);
    expect(tries).toHaveLength(MAX_BATCH_ATTEMPTS);
    expect(droppedCounts()['batch-dropped']).toBe(2);
    refuse = false;
    queue.push(event(3));
    await queue.flush(now);
    expect(tries).toHaveLength(MAX_BATCH_ATTEMPTS + 1);
  });

  it('sends by itself a second after an event comes, with no timer while nothing waits; a refused batch keeps it going until sent', async () => {
    vi.useFakeTimers({ now: NOW });
    try {
      let refusals = 1;
      const sent: string[][] = [];
      const queue = new EventQueue(async (events) => {
        if (refusals-- > 0) throw new Error('refused');
        sent.push(ids(events));
      }, 1_000);
      const stop = queue.sendBy(globalThis as unknown as Window, 1_000, () => queue.flush(Date.now()));
      expect(vi.getTimerCount()).toBe(0); // nothing queued: no timer wakes the page
      queue.push(event(1));
      queue.push(event(2));
      expect(vi.getTimerCount()).toBe(1); // one send due, however many events
      await vi.advanceTimersByTimeAsync(1_000); // refused: tried again after its wait
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(sent).toEqual([['m1', 'm2']]);
      expect(vi.getTimerCount()).toBe(0); // all sent: the timer is gone
      stop();
      queue.push(event(3));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends one batch at a time: a flush while one is on its way does nothing', async () => {
    let release!: () => void;
    const firstSent = new Promise<void>((resolve) => (release = resolve));
    const send = vi.fn((events: ChatEvent[]) => (events[0]!.messageId === 'm1' ? firstSent : Promise.resolve()));
    const queue = new EventQueue(send, 1_000);
    queue.push(event(1));
    const first = queue.flush(NOW);
    queue.push(event(2));
    await queue.flush(NOW);
    expect(send).toHaveBeenCalledTimes(1);
    release();
    await first;
    await queue.flush(NOW);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('RestoredWaits', () => {
  const SALT = 'shop\u0000';
  async function stored(conversationId: string, messageId: string, waitingSince: number) {
    return { conversationId: await hashId(SALT, conversationId), buyerId: 'hashed', messageId, waitingSince };
  }

  it('finds a stored wait when the page shows its conversation, before or after the store answered, once', async () => {
    const found: Array<[string, string, string[]]> = [];
    const restored = new RestoredWaits((c, b, waits) => found.push([c, b, waits.map((w) => w.messageId)]));
    restored.note('early', 'buyerE');
    await restored.load({ salt: SALT, pending: [await stored('early', 'm1', NOW), await stored('late', 'm2', NOW), await stored('late', 'm3', NOW + 1)] });
    expect(found).toEqual([['early', 'buyerE', ['m1']]]);
    restored.note('late', 'buyerL');
    await vi.waitFor(() => expect(found).toHaveLength(2));
    expect(found[1]).toEqual(['late', 'buyerL', ['m2', 'm3']]);
    restored.note('late', 'buyerL');
    restored.note('early', 'buyerE');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(found).toHaveLength(2);
  });

  it('another shop’s salt matches nothing', async () => {
    const onFound = vi.fn();
    const restored = new RestoredWaits(onFound);
    restored.note('c1', 'b1');
    await restored.load({ salt: 'other\u0000', pending: [await stored('c1', 'm1', NOW)] });
    expect(onFound).not.toHaveBeenCalled();
  });
});
