import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '@/lib/events';
import { WaitBook } from '@/lib/content/chat-session/wait-book';

const T0 = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing
const ev = (kind: ChatEvent['kind'], id: string, dtSec: number, conv = 'b1'): ChatEvent => ({
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
    expect(book.waiting()).toEqual([{ conversationId: 'b1', buyerId: 'b1', waitingSince: T0, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [T0], restoredOnly: false }]);
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

  const waitingRow = (countdownSec: number | null = null, elapsedMinSec: number | null = null) => ({ state: 'waiting' as const, countdownSec, elapsedMinSec });
  const repliedRow = { state: 'not-waiting' as const, countdownSec: null, elapsedMinSec: null };

  it("the page's countdown gives the start where no exact time is known, and does not move when re-read", () => {
    const book = new WaitBook();
    const now = T0 + 100_000;
    expect(book.applyPageSignal('b9', waitingRow(150), now)).toBe(true);
    expect(book.waiting()).toEqual([
      { conversationId: 'b9', buyerId: 'b9', waitingSince: now - 30_000, source: 'countdown', estimated: true, lowerBound: false, messageTimes: [now - 30_000], restoredOnly: false },
    ]);
    expect(book.applyPageSignal('b9', waitingRow(140), now + 10_000)).toBe(false);
    // The platform's own time from the traffic outranks it.
    book.apply({ kind: 'buyer', conversationId: 'b9', buyerId: 'b9', messageId: 'x', at: now - 31_000 });
    expect(book.waiting()[0]).toMatchObject({ waitingSince: now - 31_000, source: 'traffic', estimated: false });
  });

  it('the page grouping a row under 已回复 / 已被自动回复 / 非工作时间留言 ends its wait, whatever the messages say (rule 1)', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'old', -9 * 86400), 'stamp');
    book.apply(ev('buyer', 'live', 0));
    expect(book.waiting()).toHaveLength(1);
    expect(book.applyPageSignal('b1', repliedRow, T0 + 1000)).toBe(true);
    expect(book.waiting()).toEqual([]);
    expect(book.applyPageSignal('b1', repliedRow, T0 + 2000)).toBe(false);
    // Back in an unanswered group: the wait shows again, from the platform's time.
    book.applyPageSignal('b1', waitingRow(), T0 + 3000);
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0, source: 'traffic' });
  });

  it("a buyer message from the traffic after the list was read is not hidden by the row's old group", () => {
    const book = new WaitBook();
    book.applyPageSignal('b1', repliedRow, T0);
    book.apply(ev('buyer', 'dom', 5), 'msg-id'); // the thread's history: the page's group still rules
    expect(book.waiting()).toEqual([]);
    book.apply(ev('buyer', 'new', 10)); // the platform's push, newer than the list we read
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0 + 10_000, source: 'traffic' });
    // The list re-rendered and still files it as replied (e.g. no reply needed): no wait.
    book.applyPageSignal('b1', repliedRow, T0 + 11_000);
    expect(book.waiting()).toEqual([]);
  });

  it('a page without groups (unknown) leaves the messages to decide', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'm', 0), 'stamp');
    book.applyPageSignal('b1', { state: 'unknown', countdownSec: null, elapsedMinSec: null }, T0 + 1000);
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0, source: 'stamp', estimated: false });
  });

  it('"已等待1小时" is a lower bound: a thread stamp later than it yields; an earlier one (consistent) is kept', () => {
    const now = T0 + 2 * 3600_000;
    const fresh = new WaitBook();
    fresh.applyPageSignal('b1', waitingRow(null, 3600), now);
    expect(fresh.waiting()[0]).toMatchObject({ waitingSince: now - 3600_000, source: 'elapsed-note', lowerBound: true, estimated: true });
    // Re-read later with the same note: the start holds (the earliest bound wins).
    fresh.applyPageSignal('b1', waitingRow(null, 3600), now + 60_000);
    expect(fresh.waiting()[0]!.waitingSince).toBe(now - 3600_000);

    const later = new WaitBook();
    later.apply(ev('buyer', 'seen', 2 * 3600 - 5), 'live'); // first seen 5 s ago
    later.applyPageSignal('b1', waitingRow(null, 3600), now);
    expect(later.waiting()[0]).toMatchObject({ waitingSince: now - 3600_000, source: 'elapsed-note' });

    const earlier = new WaitBook();
    earlier.apply(ev('buyer', 'stamped', 0), 'stamp'); // 2 h ago, agrees with "at least 1 h"
    earlier.applyPageSignal('b1', waitingRow(null, 3600), now);
    expect(earlier.waiting()[0]).toMatchObject({ waitingSince: T0, source: 'stamp', lowerBound: false, estimated: false });
  });

  it('ranks the thread: a stamp or a msg_id time before first sight; first sight only when nothing else is known', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'by-id', 10), 'msg-id');
    expect(book.waiting()[0]).toMatchObject({ source: 'msg-id', estimated: true });
    const seen = new WaitBook();
    seen.applyPageSignal('b2', waitingRow(), T0);
    expect(seen.waiting()[0]).toMatchObject({ waitingSince: T0, source: 'first-seen', estimated: true });
    // A reply ends a wait known only from first sight.
    seen.apply(ev('human', 'h', 1, 'b2'));
    expect(seen.waiting()).toEqual([]);
  });

  it('a message first dated from the DOM takes the exact time when the traffic delivers it', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'm', 5), 'msg-id');
    expect(book.apply(ev('buyer', 'm', 3))).toBe(true);
    expect(book.waiting()[0]).toMatchObject({ waitingSince: T0 + 3000, source: 'traffic' });
    expect(book.apply(ev('buyer', 'm', 9), 'stamp')).toBe(false); // not the other way round
  });

  it('marks waits restored from history until the page shows the message', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'old', 0), 'restored');
    expect(book.waiting()[0]!.restoredOnly).toBe(true);
    book.apply(ev('buyer', 'old', 0)); // the same message seen in the page's traffic
    expect(book.waiting()[0]!.restoredOnly).toBe(false);
    book.apply(ev('buyer', 'older', -5, 'b2'), 'restored');
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

describe('WaitBook recomputes only the conversations that changed (issue 25: the chat tick)', () => {
  it('keeps the same wait for a conversation nothing happened to, and answers as a book built afresh', () => {
    const book = new WaitBook();
    book.apply(ev('buyer', 'a1', 0, 'a'));
    book.apply(ev('buyer', 'b1', 5, 'b'));
    book.applyPageSignal('c', { state: 'waiting', countdownSec: 170, elapsedMinSec: null }, T0 + 20_000);
    const [a, b, c] = book.waiting();
    book.apply(ev('buyer', 'b2', 30, 'b')); // b changes, a and c do not
    book.applyPageSignal('d', { state: 'not-waiting', countdownSec: null, elapsedMinSec: null }, T0 + 31_000);
    const after = book.waiting();
    expect(after[0]).toBe(a);
    expect(after[1]).not.toBe(b);
    expect(after[2]).toBe(c);
    book.apply(ev('human', 'h1', 40, 'a'));
    const fresh = new WaitBook();
    for (const e of [ev('buyer', 'a1', 0, 'a'), ev('buyer', 'b1', 5, 'b'), ev('buyer', 'b2', 30, 'b'), ev('human', 'h1', 40, 'a')]) fresh.apply(e);
    fresh.applyPageSignal('c', { state: 'waiting', countdownSec: 170, elapsedMinSec: null }, T0 + 20_000);
    expect(book.waiting()).toEqual(fresh.waiting());
    expect(book.waiting().map((w) => w.buyerId)).toEqual(['b', 'c']);
  });
});

describe('WaitBook keeps a wait that keeps its start in its place (issue 25: the chat tick)', () => {
  // Conversations a, b, c wait; b and c from the same second (a tie the order of arrival settles).
  const opening = [ev('buyer', 'a1', 0, 'a'), ev('buyer', 'b1', 5, 'b'), ev('buyer', 'c1', 5, 'c')];
  const afresh = (events: ChatEvent[]) => {
    const book = new WaitBook();
    for (const e of events) book.apply(e);
    return book.waiting();
  };

  it.each([
    ['one more message from a buyer who waits', [ev('buyer', 'b2', 30, 'b')]],
    ['one more message of each of the tied buyers', [ev('buyer', 'c2', 31, 'c'), ev('buyer', 'b2', 32, 'b')]],
    ['an earlier message of a buyer who waits (the wait moves up)', [ev('buyer', 'c0', -5, 'c')]],
    ['a reply that ends a wait', [ev('human', 'h1', 40, 'b')]],
    ['a new buyer who waits from the same second as others', [ev('buyer', 'd1', 5, 'd')]],
  ])('%s: a new list, as a book built afresh answers', (_, later) => {
    const book = new WaitBook();
    for (const e of opening) book.apply(e);
    const before = book.waiting();
    for (const e of later) book.apply(e);
    const after = book.waiting();
    expect(after).not.toBe(before);
    expect(before.map((w) => w.buyerId)).toEqual(['a', 'b', 'c']); // the list handed out earlier is not rewritten
    expect(after).toEqual(afresh([...opening, ...later]));
  });
});
