/**
 * A reply the page shows closes the wait (issue 20 item 3): when the page
 * moves a waiting buyer to 已回复 and no traffic brought the reply, a
 * page-inferred human reply is recorded, the same in every tab.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inferredReplies, resetDropped } from '@/lib/content/dropped';
import { inferredReply, PAGE_LAG_MS } from '@/lib/content/chat-session/inferred-reply';
import { ChatSession } from '@/lib/content/chat-session/session';
import type { Request } from '@/lib/messages';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import type { TapItem } from '@/lib/pdd/page-tap';
import { ListedRows } from '@/lib/features/reply-timer/listed-rows';
import { readConversationRows } from '@/lib/pdd/chat-rows';
import { WaitBook, type Waiting } from '@/lib/content/chat-session/wait-book';

const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
const exact: Waiting = { conversationId: 'c1', buyerId: 'b1', waitingSince: NOW - 90_000, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [NOW - 90_000, NOW - 60_000], restoredOnly: false };

describe('inferredReply', () => {
  const stored = exact.messageTimes;
  it('closes an exact wait with a human reply marked inferred, its id from the last buyer message', () => {
    expect(inferredReply(exact, stored, NOW)).toEqual({ kind: 'human', conversationId: 'c1', buyerId: 'b1', messageId: `page-reply-${NOW - 60_000}-c1`, at: NOW, inferred: true });
    // Another tab, later: the same event (stored once).
    expect(inferredReply(exact, stored, NOW + 5_000)?.messageId).toBe(inferredReply(exact, stored, NOW)?.messageId);
  });

  it('records nothing while the last message is recent: the page may not have moved the row yet', () => {
    expect(inferredReply(exact, stored, NOW - 60_000 + PAGE_LAG_MS - 1)).toBeNull();
    expect(inferredReply(exact, stored, NOW - 60_000 + PAGE_LAG_MS)).not.toBeNull();
  });

  it('records nothing for a start the page alone suggested (nothing stored to close)', () => {
    expect(inferredReply(exact, [], NOW)).toBeNull();
  });
});

describe('WaitBook.storedTimes: what an inferred reply closes', () => {
  it('a question stored from a stamped thread row is closed even while the page countdown times the wait (found by the blind-page e2e)', () => {
    const book = new WaitBook();
    book.apply({ kind: 'buyer', conversationId: 'b1', buyerId: 'b1', messageId: 'm1', at: NOW - 100_000 }, 'stamp');
    book.applyPageSignal('b1', { state: 'waiting', countdownSec: 80, elapsedMinSec: null }, NOW);
    const [waiting] = book.waiting();
    expect(waiting).toMatchObject({ source: 'countdown', estimated: true });
    expect(book.storedTimes('b1')).toEqual([NOW - 100_000]);
    expect(inferredReply(waiting!, book.storedTimes('b1'), NOW)).toMatchObject({ kind: 'human', inferred: true, messageId: `page-reply-${NOW - 100_000}-b1` });
  });

  it('a time read from a msg_id alone was never stored: nothing to close', () => {
    const book = new WaitBook();
    book.apply({ kind: 'buyer', conversationId: 'b1', buyerId: 'b1', messageId: 'm1', at: NOW - 100_000 }, 'msg-id');
    book.apply({ kind: 'buyer', conversationId: 'b1', buyerId: 'b1', messageId: 'm2', at: NOW - 50_000 }, 'live');
    expect(book.storedTimes('b1')).toEqual([NOW - 50_000]);
    expect(book.storedTimes('unknown')).toEqual([]);
  });
});

describe('ListedRows: a buyer the page moved to a group that does not wait', () => {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages/chat-workbench.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = (buyerId: string) =>
    readConversationRows(doc)
      .find((r) => r.buyerId === buyerId)!
      .element.closest('ul.already-unreply')
      ?.querySelector('.chat-list-title')?.textContent ?? '';
  const inGroup = (prefix: string) => readConversationRows(doc).filter((r) => title(r.buyerId).startsWith(prefix))[0]!.buyerId;

  function refreshWith(buyerId: string) {
    const book = new WaitBook();
    book.apply({ kind: 'buyer', conversationId: buyerId, buyerId, messageId: 'm1', at: NOW - 60_000 }, 'traffic');
    const answered = vi.fn();
    new ListedRows(doc, book, () => NOW, answered).refresh();
    return answered;
  }

  it('under 已回复 while the book says the buyer waits: the reply was not seen, one inferred reply', () => {
    const buyerId = inGroup('已回复');
    const answered = refreshWith(buyerId);
    expect(answered).toHaveBeenCalledOnce();
    expect((answered.mock.calls[0]![0] as Waiting).buyerId).toBe(buyerId);
  });

  it('under 非工作时间留言 or 已被自动回复: nobody answered, nothing inferred (RULES §1)', () => {
    expect(refreshWith(inGroup('非工作时间留言'))).not.toHaveBeenCalled();
    expect(refreshWith(inGroup('已被自动回复'))).not.toHaveBeenCalled();
  });

  it('what the page lists as waiting is gathered by the reading itself, each buyer once, as the rows say', () => {
    const rows = new ListedRows(doc, new WaitBook(), () => NOW);
    rows.refresh();
    const expected = readConversationRows(doc).filter((r) => r.pageState === 'waiting').map((r) => r.buyerId);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.pageWaiting()).toEqual(expected);
    expect(rows.pageWaiting()).toBe(rows.pageWaiting()); // no list built per ask
  });
});

describe('ChatSession.inferReply', () => {
  const push = (msgId: string): TapItem => ({
    channel: 'ws',
    url: 'wss://m-ws.pinduoduo.com/',
    body: JSON.stringify({ response: 'push', message: { msg_id: msgId, from: { role: 'user', uid: '8123456789' }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: (NOW - 60_000) / 1000 } }),
  });
  const userinfo: TapItem = { channel: 'http', url: 'https://mms.pinduoduo.com/chats/userinfo/realtime', body: JSON.stringify({ result: { username: 'a', mall_id: '1' } }) };

  it('ends the wait, sends the inferred reply to the store once, and counts it in diagnostics', async () => {
    resetDropped();
    const sent: unknown[][] = [];
    const send = async (r: Request) => {
      if (r.type === 'chat/events') sent.push(r.events);
      return {};
    };
    const s = new ChatSession({ win: window, doc: document, clock: { now: () => NOW }, send: send as never, signal: new AbortController().signal });
    const ingest = (item: TapItem) => (s as unknown as { ingestTraffic(o: unknown): void }).ingestTraffic(readTraffic(item, NOW));
    ingest(userinfo);
    ingest(push('m1'));
    const [waiting] = s.book.waiting();
    expect(waiting?.buyerId).toBe('8123456789');
    s.inferReply(waiting!, NOW);
    s.inferReply(waiting!, NOW + 1_000); // the same wait again: once
    expect(s.book.waiting()).toEqual([]);
    await s.flush();
    const events = sent.flat() as Array<{ kind: string; inferred?: true }>;
    expect(events.map((e) => [e.kind, e.inferred ?? false])).toEqual([
      ['buyer', false],
      ['human', true],
    ]);
    expect(inferredReplies()).toBe(1);
  });
});
