import { describe, expect, it } from 'vitest';
import { WaitBook, type BookEvent } from '@/lib/wait-book';

const T0 = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing
const ev = (kind: BookEvent['kind'], id: string, dtSec: number, conv = 'b1'): BookEvent => ({
  kind,
  conversationId: conv,
  buyerId: conv,
  messageId: id,
  at: T0 + dtSec * 1000,
});

describe('WaitBook', () => {
  it('a buyer message starts a wait; a robot reply does not end it; a human reply does', () => {
    const book = new WaitBook();
    expect(book.apply(ev('buyer', 'm1', 0))).toBe(true);
    expect(book.apply(ev('robot', 'r1', 2))).toBe(false);
    expect(book.waiting()).toEqual([{ conversationId: 'b1', buyerId: 'b1', waitingSince: T0, estimated: false, messageTimes: [T0], restoredOnly: false }]);
    expect(book.apply(ev('human', 'h1', 40))).toBe(true);
    expect(book.waiting()).toEqual([]);
  });

  it('several buyer messages wait from the earliest, in any arrival order, each once', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'm2', 20));
    book.apply(ev('buyer', 'm1', 5));
    book.apply(ev('buyer', 'm1', 5));
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0 + 5000, messageTimes: [T0 + 5000, T0 + 20_000] });
  });

  it('a reply only answers messages sent before it; a late-arriving old buyer message stays answered', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'm1', 0));
    book.apply(ev('human', 'h1', 10));
    book.apply(ev('buyer', 'm0', 5)); // history arriving after the reply
    expect(book.waiting()).toEqual([]);
    book.apply(ev('buyer', 'm2', 30));
    expect(book.waiting()[0]!.waitingSince).toBe(T0 + 30_000);
  });

  it('sorts the longest wait first across conversations', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'a', 50, 'b1'));
    book.apply(ev('buyer', 'b', 10, 'b2'));
    expect(book.waiting().map((w) => w.conversationId)).toEqual(['b2', 'b1']);
  });

  it('page signals only estimate where no message is known, and clear only estimates', () => {
    const book = new WaitBook();
    const now = T0 + 100_000;
    expect(book.applyPageSignal('b9', true, 150, now)).toBe(true);
    expect(book.waiting()).toEqual([{ conversationId: 'b9', buyerId: 'b9', waitingSince: now - 30_000, estimated: true, messageTimes: [], restoredOnly: false }]);
    // A later signal does not move the estimate.
    expect(book.applyPageSignal('b9', true, 140, now + 10_000)).toBe(false);
    // A real message replaces the estimate.
    book.apply({ kind: 'buyer', conversationId: 'b9', buyerId: 'b9', messageId: 'x', at: now - 31_000 });
    expect(book.waiting()[0]).toMatchObject({ waitingSince: now - 31_000, estimated: false });
    // The page no longer showing it unanswered (e.g. robot-answered group) keeps a message-based wait.
    expect(book.applyPageSignal('b9', false, null, now)).toBe(false);
    expect(book.waiting()).toHaveLength(1);
  });

  it('an estimate without countdown starts now and is dropped when the page clears it', () => {
    const book = new WaitBook();
    book.applyPageSignal('b3', true, null, T0);
    expect(book.waiting()[0]!.waitingSince).toBe(T0);
    expect(book.applyPageSignal('b3', false, null, T0 + 1000)).toBe(true);
    expect(book.waiting()).toEqual([]);
  });

  it('marks waits restored from history until the page shows the message', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'old', 0), true);
    expect(book.waiting()[0]!.restoredOnly).toBe(true);
    book.apply(ev('buyer', 'old', 0)); // the same message seen in the page's traffic
    expect(book.waiting()[0]!.restoredOnly).toBe(false);
    book.apply(ev('buyer', 'older', -5, 'b2'), true);
    book.apply(ev('buyer', 'new', 10, 'b2'));
    expect(book.waiting().find((w) => w.conversationId === 'b2')!.restoredOnly).toBe(false);
  });

  it("takes the platform's unanswered-since as the start when it is earlier than any message seen", () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'last', 80));
    expect(book.applyHint('b1', 'b1', T0 + 20_000)).toBe(true);
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0 + 20_000, estimated: false });
    expect(book.applyHint('b1', 'b1', T0 + 30_000)).toBe(false); // a later hint changes nothing
    book.apply(ev('human', 'h', 90));
    expect(book.waiting()).toEqual([]);
    expect(book.applyHint('b1', 'b1', T0 + 20_000)).toBe(false); // answered since
  });
});
