/**
 * The chat tick's cost (issue 25): a change of the wait book that shows
 * nothing new (one more message from a buyer already waiting) needs no tick
 * of its own; anything the badges, the alert or the toolbar count show of a
 * wait does.
 */
import { describe, expect, it } from 'vitest';
import { isInCountedWindow } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { WaitBook } from '@/lib/content/chat-session/wait-book';
import { ShownWaits } from '@/lib/features/reply-timer/shown-waits';

// 10:00 Beijing: counted; 01:00 Beijing the next night: not (the anchors do not depend on when the test runs).
const DAY = Date.UTC(2026, 10, 23, 2, 0, 0);
const NIGHT = Date.UTC(2026, 10, 23, 17, 0, 0);
const ev = (kind: ChatEvent['kind'], id: string, at: number, conv = 'b1'): ChatEvent => ({ kind, conversationId: conv, buyerId: conv, messageId: id, at });
const counted = (w: { messageTimes: number[] }) => w.messageTimes.some((t) => isInCountedWindow(t));

describe('ShownWaits', () => {
  it('one more message from a buyer already waiting changes the book but nothing shown', () => {
    const book = new WaitBook();
    const shown = new ShownWaits(counted);
    expect(shown.differs(book.waiting())).toBe(true); // nothing drawn yet
    book.apply(ev('buyer', 'm1', DAY));
    expect(shown.differs(book.waiting())).toBe(true);
    shown.drew(book.waiting());
    expect(book.apply(ev('buyer', 'm2', DAY + 20_000))).toBe(true); // the book changed...
    expect(shown.differs(book.waiting())).toBe(false); // ...the screen would not
  });

  it('a new buyer, a reply, an earlier start and a wait becoming counted all differ', () => {
    const book = new WaitBook();
    const shown = new ShownWaits(counted);
    book.apply(ev('buyer', 'n1', NIGHT));
    shown.drew(book.waiting());
    book.apply(ev('buyer', 'n2', NIGHT + 8 * 3_600_000)); // 09:00 Beijing: now counted
    expect(shown.differs(book.waiting())).toBe(true);
    shown.drew(book.waiting());
    book.apply(ev('buyer', 'x1', DAY, 'b2'));
    expect(shown.differs(book.waiting())).toBe(true);
    shown.drew(book.waiting());
    book.apply(ev('buyer', 'm0', NIGHT - 60_000)); // an older message seen late: the wait started earlier
    expect(shown.differs(book.waiting())).toBe(true);
    shown.drew(book.waiting());
    book.apply(ev('human', 'h1', DAY + 60_000, 'b2'));
    expect(shown.differs(book.waiting())).toBe(true);
  });
});
