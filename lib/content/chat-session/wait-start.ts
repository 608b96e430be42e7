/**
 * Where a wait starts (issue #15, rule 2): of everything known of one
 * conversation (the platform's times, the page's countdown and elapsed note,
 * the thread's stamps and msg_ids, the moment we first saw the row waiting)
 * the best-ranked source gives the start. Pure; the wait book
 * (wait-book.ts) keeps what is known and asks here who waits.
 */
import type { WaitSource } from '../../wait-display';

/** Where a wait's start comes from: named where waits are shown (lib/wait-display.ts). */
export type { WaitSource };

/**
 * Where a message's time comes from, best first. The platform's own times in
 * its traffic are exact; stored history was recorded from them (or from the
 * DOM) before a reload; a thread row's own stamp is exact but only some rows
 * carry one; the msg_id read as epoch ms is a bounded hint (PDD-PAGES.md §(b));
 * "live" is when a message first appeared in an open thread.
 */
export type MessageSource = 'traffic' | 'restored' | 'stamp' | 'msg-id' | 'live';


/**
 * What the page's grouping says of a buyer: 'waiting' in an unanswered group
 * or with the page's countdown or elapsed note; 'not-waiting' in a group of
 * rows that do not wait (已回复, 已被自动回复, 非工作时间留言); 'unknown' on a
 * page without groups.
 */
export type PageState = 'waiting' | 'not-waiting' | 'unknown';

export interface PageView {
  state: PageState;
  /** Start implied by the page's countdown (remaining → elapsed). */
  countdownStart: number | null;
  /** Latest start the elapsed note allows: the wait is at least that long. */
  noteLatestStart: number | null;
  /** When we first saw the row waiting with no better source. */
  seenAt: number | null;
  /** When the page's list was last read for this buyer. */
  readAt: number;
}

/** What the book knows of one conversation. */
export interface ConversationEntry {
  buyerId: string;
  lastHumanAt: number;
  /** Unanswered buyer messages: message id → time and where the time comes from. */
  pending: Map<string, { at: number; source: MessageSource }>;
  /** Ids of pending messages restored from the background's history, not seen on the page yet. */
  restored: Set<string>;
  /** The platform's own "unanswered since" (latest_conversations), covering messages we never saw. */
  hintSince: number | null;
  page: PageView;
}

export interface Waiting {
  conversationId: string;
  buyerId: string;
  waitingSince: number;
  /** Which signal gave the start (see WaitSource). */
  source: WaitSource;
  /** True when the start is not an exact message time (countdown, note, msg_id, first sight). */
  estimated: boolean;
  /** The start is the latest the page's elapsed note allows: the wait is at least this long. */
  lowerBound: boolean;
  /** Times of the unanswered buyer messages, oldest first ([waitingSince] for a page-derived start). */
  messageTimes: number[];
  /**
   * Every pending message was restored from stored history and not yet seen
   * on the page: show it only if the page lists the conversation (it may have
   * been answered elsewhere, transferred or closed while the page was shut).
   */
  restoredOnly: boolean;
}

export const EXACT_SOURCES: ReadonlySet<MessageSource> = new Set(['traffic', 'restored']);

type ThreadSource = Exclude<MessageSource, 'traffic' | 'restored'>;
interface ThreadTime {
  at: number;
  source: ThreadSource;
}
/** What a thread time says of a wait's start: a stamp is exact, a msg_id a hint, a live sighting when we saw it. */
const THREAD_WAIT_SOURCE: Record<ThreadSource, WaitSource> = { stamp: 'stamp', 'msg-id': 'msg-id', live: 'first-seen' };

type Base = Pick<Waiting, 'conversationId' | 'buyerId'>;

/**
 * One conversation's wait, from its best-ranked source (issue #15, rule 2),
 * or null when nobody waits there.
 */
export function waitOf(conversationId: string, entry: ConversationEntry): Waiting | null {
  // The page's grouping is the truth about who waits: a row filed under
  // 已回复 / 已被自动回复 / 非工作时间留言 has no wait, whatever the thread says
  // (the thread may lack the reply's stamp, or the platform needs no reply).
  if (entry.page.state === 'not-waiting') return null;
  const base = { conversationId, buyerId: entry.buyerId };
  const exact: number[] = [];
  let earliestThread: ThreadTime | null = null;
  for (const p of entry.pending.values()) {
    if (EXACT_SOURCES.has(p.source)) exact.push(p.at);
    else if (earliestThread === null || p.at < earliestThread.at) earliestThread = p as ThreadTime;
  }
  if (entry.hintSince !== null) exact.push(entry.hintSince);
  const allTimes = [...entry.pending.values()].map((p) => p.at);
  if (entry.hintSince !== null) allTimes.push(entry.hintSince);
  allTimes.sort((a, b) => a - b);
  // 1. The platform's own times: exact.
  if (exact.length > 0) {
    const restoredOnly = entry.hintSince === null && entry.pending.size > 0 && entry.restored.size === entry.pending.size;
    return { ...base, waitingSince: Math.min(...exact), source: 'traffic', estimated: false, lowerBound: false, messageTimes: allTimes, restoredOnly };
  }
  return fromPageOrThread(base, entry.page, earliestThread, allTimes);
}

/** Without an exact time: the page's signals and the thread's times, in rank order. */
function fromPageOrThread(base: Base, page: PageView, earliestThread: ThreadTime | null, allTimes: number[]): Waiting | null {
  const pageWaits = page.state === 'waiting';
  // 2. The page's countdown: it counts from the buyer's message.
  if (pageWaits && page.countdownStart !== null) return pageStart(base, page.countdownStart, 'countdown');
  // 3. The elapsed note bounds the start: no later than it says. Thread
  // times earlier than that agree with it and are more precise (4./5.).
  const note = page.noteLatestStart;
  if (pageWaits && note !== null && !(earliestThread && earliestThread.at <= note)) return pageStart(base, note, 'elapsed-note');
  // 4./5. The thread: a row's own stamp, else its msg_id read as a time, else first sight.
  if (earliestThread) {
    const source = THREAD_WAIT_SOURCE[earliestThread.source];
    return { ...base, waitingSince: earliestThread.at, source, estimated: source !== 'stamp', lowerBound: false, messageTimes: allTimes, restoredOnly: false };
  }
  // 6. The page says the buyer waits and nothing says since when: since we first saw it.
  if (pageWaits && page.seenAt !== null) return pageStart(base, page.seenAt, 'first-seen');
  return null;
}

/** A start the page implies: an estimate; the elapsed note's a lower bound. */
function pageStart(base: Base, at: number, source: 'countdown' | 'elapsed-note' | 'first-seen'): Waiting {
  return { ...base, waitingSince: at, source, estimated: true, lowerBound: source === 'elapsed-note', messageTimes: [at], restoredOnly: false };
}
