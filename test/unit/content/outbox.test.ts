/**
 * When the store keeps failing (a full disk), nothing the chat page saw is
 * lost (issue 22 item 8): event batches the background refused past their
 * retries, coverage heartbeats and guard block records wait in extension
 * storage, bounded, and are sent once writes work again — also after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_BATCH_ATTEMPTS, EventQueue } from '@/lib/content/chat-session/event-queue';
import { MAX_PARKED, Outbox, OUTBOX_PREFIX, parkingSender } from '@/lib/content/outbox';
import type { ChatEvent } from '@/lib/events';
import type { Request, Send } from '@/lib/messages';

const ACCOUNT = { key: 'mall1:agent1' };
const event = (i: number): ChatEvent => ({ kind: 'buyer', conversationId: 'c1', buyerId: 'u1', messageId: `m${i}`, at: 1_764_000_000_000 + i });

/** A background whose store fails while `full` is set; what it stored, by request type. */
function background() {
  const state = { full: true, stored: [] as Request[] };
  const send = (async (request: Request) => {
    if (state.full) throw new Error('存储空间已满 / quota exceeded');
    state.stored.push(request);
    return {};
  }) as Send;
  return { state, send };
}

describe('outbox', () => {
  beforeEach(() => fakeBrowser.reset());
  const area = () => fakeBrowser.storage.local;

  it('keeps a chat batch the store refused past its retries, then sends it when writes work again', async () => {
    const { state, send } = background();
    const outbox = new Outbox(area(), send);
    const queue = new EventQueue((events) => send({ type: 'chat/events', account: ACCOUNT, events }), 1, (events) => outbox.park({ type: 'chat/events', account: ACCOUNT, events }));
    for (let i = 0; i < 3; i += 1) queue.push(event(i));
    for (let t = 0; t < MAX_BATCH_ATTEMPTS; t += 1) await queue.flush(t * 1_000);
    expect(outbox.size).toBe(3);
    await outbox.retry(); // still full: kept
    expect(outbox.size).toBe(3);
    state.full = false;
    await outbox.retry();
    expect(outbox.size).toBe(0);
    expect(state.stored).toEqual([{ type: 'chat/events', account: ACCOUNT, events: [event(0), event(1), event(2)] }]);
  });

  it('keeps coverage heartbeats and guard blocks that failed, and sends them later', async () => {
    const { state, send } = background();
    const outbox = new Outbox(area(), send);
    const parking = parkingSender(send, outbox);
    const heartbeat: Request = { type: 'chat/heartbeat', account: ACCOUNT, at: 1_764_000_060_000 };
    const guard: Request = { type: 'guard/event', account: ACCOUNT, event: { id: 'g1', at: 1_764_000_000_000, category: 'contact', ruleId: 'contact-wechat', outcome: 'held' } };
    await expect(parking(heartbeat)).rejects.toThrow();
    await expect(parking(guard)).rejects.toThrow();
    await expect(parking({ type: 'summary/get' })).rejects.toThrow(); // a read is not kept
    expect(outbox.size).toBe(2);
    state.full = false;
    await outbox.retry();
    expect(state.stored).toEqual([heartbeat, guard]);
  });

  it('survives a reload: a new page adopts what an earlier one kept in extension storage', async () => {
    const first = background();
    const before = new Outbox(area(), first.send);
    before.park({ type: 'chat/events', account: ACCOUNT, events: [event(1)] });
    await new Promise((r) => setTimeout(r, 0));
    expect(Object.keys(await area().get(null)).some((k) => k.startsWith(OUTBOX_PREFIX))).toBe(true);
    const second = background();
    second.state.full = false;
    const after = new Outbox(area(), second.send);
    await after.load();
    await after.retry();
    expect(second.state.stored).toEqual([{ type: 'chat/events', account: ACCOUNT, events: [event(1)] }]);
    expect(Object.keys(await area().get(null)).filter((k) => k.startsWith(OUTBOX_PREFIX))).toEqual([]);
  });

  it('is bounded: beyond MAX_PARKED the oldest go', async () => {
    const { send } = background();
    const outbox = new Outbox(area(), send);
    const size = MAX_PARKED / 4;
    const batch = (from: number) => Array.from({ length: size }, (_, i) => event(from + i));
    for (let b = 0; b < 6; b += 1) outbox.park({ type: 'chat/events', account: ACCOUNT, events: batch(b * size) });
    expect(outbox.size).toBe(MAX_PARKED);
    await outbox.retry(); // the store still fails: nothing sent, nothing more lost
    expect(outbox.size).toBe(MAX_PARKED);
  }, 20_000);

  it('a request the background never takes does not hold up the others', async () => {
    const stored: Request[] = [];
    const send = (async (request: Request) => {
      if (request.type === 'chat/heartbeat' && request.at === 1) throw new Error('refused');
      stored.push(request);
      return {};
    }) as Send;
    const outbox = new Outbox(area(), send);
    outbox.park({ type: 'chat/heartbeat', account: ACCOUNT, at: 1 });
    outbox.park({ type: 'chat/heartbeat', account: ACCOUNT, at: 2 });
    await outbox.retry();
    await outbox.retry();
    expect(stored).toEqual([{ type: 'chat/heartbeat', account: ACCOUNT, at: 2 }]);
    expect(outbox.size).toBe(1);
  });
});
