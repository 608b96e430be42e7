/**
 * The chat session sends its events a second after they come, and wakes the
 * page for nothing while none wait (issue 25 item 3: a timer every second
 * ran a task on the chat page every second, mostly to find nothing queued).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatSession } from '@/lib/content/chat-session/session';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import type { Request } from '@/lib/messages';

const NOW = Date.UTC(2026, 11, 1, 4, 0, 0); // 12:00 Beijing

afterEach(() => vi.useRealTimers());

describe('ChatSession sending', () => {
  it('runs no send while nothing is queued; an event goes a second after it came', async () => {
    vi.useFakeTimers({ now: NOW });
    const sent: string[][] = [];
    const send = vi.fn(async (r: Request) => {
      if (r.type === 'chat/events') sent.push(r.events.map((e) => e.messageId));
      return {};
    });
    const s = new ChatSession({ win: window, doc: document, clock: { now: () => Date.now() }, send: send as never, signal: new AbortController().signal });
    const flush = vi.spyOn(s, 'flush');
    const started = s.start();
    const ingest = (channel: 'ws' | 'http', url: string, body: unknown) =>
      (s as unknown as { ingestTraffic(o: unknown): void }).ingestTraffic(readTraffic({ channel, url, body: JSON.stringify(body) }, Date.now()));
    ingest('http', 'https://mms.pinduoduo.com/chats/userinfo/realtime', { result: { username: 'a', mall_id: '1' } });
    await started;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(flush).not.toHaveBeenCalled(); // ten quiet seconds, no task of ours
    const at = Date.now();
    ingest('ws', 'wss://m-ws.pinduoduo.com/', { response: 'push', message: { msg_id: 'm1', from: { role: 'user', uid: '8123456789' }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: at / 1000 } });
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([['m1']]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(flush).toHaveBeenCalledOnce();
  });
});
