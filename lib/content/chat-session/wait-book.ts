/**
 * Who is waiting for a human reply, and since when. Pure state kept by the
 * chat content script: fed by chat events (from the page's traffic, the open
 * thread, or the background's stored history after a reload) and by the
 * page's own "unanswered" signals when nothing better is known.
 *
 * Rule (RULES.md §1): only a human reply ends a wait; robot auto-replies and
 * batch payment reminders do not. Several buyer messages before one reply all
 * wait until that reply, so a buyer's wait starts at the earliest of them.
 */
import type { ChatEvent } from '../../events';
import { EXACT_SOURCES, waitOf, type ConversationEntry, type MessageSource, type PageState, type PageView, type Waiting } from './wait-start';

export type { MessageSource, Waiting, WaitSource } from './wait-start';

/** What the page's conversation list says of one buyer (lib/pdd/chat-rows.ts). */
export interface PageSignal {
  state: PageState;
  /** Seconds left on the page's 3-minute countdown, when shown. */
  countdownSec: number | null;
  /** The least wait the page's elapsed note ("已等待1小时") means, in seconds. */
  elapsedMinSec: number | null;
}

/** The platform's own countdown runs for 3 minutes from the buyer's message (PDD-PAGES.md §(b)). */
export const PAGE_COUNTDOWN_SEC = 180;

/** A countdown read again within this of the first reading is the same wait (the page ticks in whole seconds). */
const COUNTDOWN_JITTER_MS = 5_000;

const NO_PAGE_VIEW: PageView = { state: 'unknown', countdownStart: null, noteLatestStart: null, seenAt: null, readAt: -Infinity };

export class WaitBook {
  private readonly conversations = new Map<string, ConversationEntry>();
  /** waiting() is asked every second; recomputed only after a change. */
  private cached: Waiting[] | null = null;
  /**
   * Each conversation's wait as last computed (null: none), and the
   * conversations changed since: a change recomputes only those (a message
   * every few seconds must not recompute two hundred conversations).
   */
  private readonly waits = new Map<string, Waiting | null>();
  private readonly changed = new Set<string>();
  /** The list waiting() last handed out (kept past a change, which it is updated from). */
  private sorted: Waiting[] = [];

  private entry(conversationId: string, buyerId: string): ConversationEntry {
    let entry = this.conversations.get(conversationId);
    if (!entry) {
      entry = { buyerId, lastHumanAt: -Infinity, pending: new Map(), restored: new Set(), hintSince: null, page: { ...NO_PAGE_VIEW } };
      this.conversations.set(conversationId, entry);
    }
    return entry;
  }

  /**
   * Applies one event; returns true when it changed who is waiting.
   * `source` says where its time comes from; 'restored' marks a buyer message
   * brought back from stored history after a reload: it holds until the page
   * confirms the conversation.
   */
  apply(event: ChatEvent, source: MessageSource = 'traffic'): boolean {
    return this.invalidateIf(this.applyEvent(event, source), event.conversationId);
  }

  private invalidateIf(changed: boolean, conversationId: string): boolean {
    if (changed) {
      this.cached = null;
      this.changed.add(conversationId);
    }
    return changed;
  }

  private applyEvent(event: ChatEvent, source: MessageSource): boolean {
    const entry = this.entry(event.conversationId, event.buyerId);
    const restored = source === 'restored';
    if (event.kind === 'buyer') {
      const confirmed = !restored && entry.restored.delete(event.messageId);
      const known = entry.pending.get(event.messageId);
      if (known) {
        // The same message from a better source (traffic after the DOM) takes its time.
        if (!EXACT_SOURCES.has(source) || EXACT_SOURCES.has(known.source)) return confirmed;
        entry.pending.set(event.messageId, { at: event.at, source });
        return true;
      }
      if (event.at <= entry.lastHumanAt) return confirmed;
      // The platform says the buyer wrote after we last read the list: until
      // the list is read again (it re-renders at once), its old group
      // ("已回复") says nothing of this message; a buyer it no longer lists at
      // all must not stay hidden by it.
      if (EXACT_SOURCES.has(source) && event.at > entry.page.readAt && entry.page.state === 'not-waiting') entry.page = { ...NO_PAGE_VIEW };
      entry.pending.set(event.messageId, { at: event.at, source });
      if (restored) entry.restored.add(event.messageId);
      return true;
    }
    if (event.kind === 'human') {
      if (event.at <= entry.lastHumanAt) return false;
      entry.lastHumanAt = event.at;
      let changed = false;
      for (const [id, p] of entry.pending) {
        if (p.at <= event.at) {
          entry.pending.delete(id);
          entry.restored.delete(id);
          changed = true;
        }
      }
      // A reply ends what the page told us of the wait before it, too.
      const page = entry.page;
      for (const key of ['countdownStart', 'noteLatestStart', 'seenAt'] as const) {
        const at = page[key];
        if (at !== null && at <= event.at) {
          page[key] = null;
          changed = true;
        }
      }
      if (entry.hintSince !== null && entry.hintSince <= event.at) {
        entry.hintSince = null;
        changed = true;
      }
      return changed;
    }
    return false; // robot replies end no wait
  }

  /**
   * The platform says this conversation has waited since `since` (its own
   * unanswered-since time): earlier buyer messages exist that we never saw.
   */
  applyHint(conversationId: string, buyerId: string, since: number): boolean {
    const entry = this.entry(conversationId, buyerId);
    if (since <= entry.lastHumanAt || (entry.hintSince !== null && entry.hintSince <= since)) return false;
    entry.hintSince = since;
    return this.invalidateIf(true, conversationId);
  }

  /**
   * What the page's list shows of one buyer, read whenever the list changes.
   * The page's grouping decides whether the buyer waits at all (rule 1 of
   * issue #15: a replied group overrules whatever the thread seems to say);
   * its countdown and elapsed note are sources of the start (rule 2).
   */
  applyPageSignal(buyerId: string, signal: PageSignal, now: number): boolean {
    const entry = this.entry(buyerId, buyerId);
    const before = entry.page;
    if (signal.state !== 'waiting') {
      const unchanged = before.state === signal.state && before.countdownStart === null && before.noteLatestStart === null && before.seenAt === null;
      // Read again unchanged (most rows, at every re-render of the list): only the time of reading moves.
      if (unchanged) before.readAt = now;
      else entry.page = { ...NO_PAGE_VIEW, state: signal.state, readAt: now };
      return unchanged ? false : this.invalidateIf(true, buyerId);
    }
    const next: PageView = { state: 'waiting', countdownStart: null, noteLatestStart: null, seenAt: before.seenAt ?? now, readAt: now };
    const countdown = signal.countdownSec;
    if (countdown !== null && countdown >= 0 && countdown <= PAGE_COUNTDOWN_SEC) {
      const start = now - (PAGE_COUNTDOWN_SEC - countdown) * 1000;
      // Keep the first reading: re-reading the ticking countdown must not move the start.
      next.countdownStart = before.countdownStart !== null && Math.abs(before.countdownStart - start) <= COUNTDOWN_JITTER_MS ? before.countdownStart : start;
    }
    if (signal.elapsedMinSec !== null && signal.elapsedMinSec >= 0) {
      // A lower bound: each reading says "at least this long"; the earliest such start holds.
      const latest = now - signal.elapsedMinSec * 1000;
      next.noteLatestStart = before.noteLatestStart === null ? latest : Math.min(before.noteLatestStart, latest);
    }
    if (next.seenAt !== null && next.seenAt <= entry.lastHumanAt) next.seenAt = now;
    const same =
      before.state === next.state &&
      before.countdownStart === next.countdownStart &&
      before.noteLatestStart === next.noteLatestStart &&
      before.seenAt === next.seenAt;
    entry.page = next;
    return same ? false : this.invalidateIf(true, buyerId);
  }

  /**
   * Times of a conversation's unanswered buyer messages that went to the
   * store (from the traffic, stored history, or a thread row with its own
   * stamp or seen live), oldest first. A time read from a msg_id only is left
   * out: no event was stored for it.
   */
  storedTimes(conversationId: string): number[] {
    const pending = this.conversations.get(conversationId)?.pending;
    if (!pending) return [];
    return [...pending.values()].filter((p) => p.source !== 'msg-id').map((p) => p.at).sort((a, b) => a - b);
  }

  /** Everyone waiting, longest first (a shared array: do not modify). */
  waiting(): readonly Waiting[] {
    if (this.cached) return this.cached;
    // Most changes are one more message from a buyer who already waits: the wait keeps its start, so
    // it keeps its place in the last list (a copy, the new wait in the old one's place) instead of
    // 200 conversations gathered and 50 waits sorted again.
    let kept: Waiting[] | null = this.sorted.slice();
    for (const conversationId of this.changed) {
      const entry = this.conversations.get(conversationId);
      const before = this.waits.get(conversationId) ?? null;
      const after = entry ? waitOf(conversationId, entry) : null;
      this.waits.set(conversationId, after);
      if (kept && !replaceInPlace(kept, before, after)) kept = null;
    }
    this.changed.clear();
    this.cached = this.sorted = kept ?? this.gathered();
    return this.cached;
  }

  /** Every wait of the book, longest first (a stable sort: equal starts in the order the conversations came). */
  private gathered(): Waiting[] {
    const out: Waiting[] = [];
    for (const w of this.waits.values()) if (w) out.push(w);
    return out.sort((a, b) => a.waitingSince - b.waitingSince);
  }
}

/**
 * Puts `after` where `before` sits in `list` when both wait from the same start (their place in the
 * order is the same); false when the order may change (a wait starts, ends or moves its start).
 */
function replaceInPlace(list: Waiting[], before: Waiting | null, after: Waiting | null): boolean {
  if (before === after) return true;
  if (!before || !after || before.waitingSince !== after.waitingSince) return false;
  const at = list.indexOf(before);
  if (at < 0) return false;
  list[at] = after;
  return true;
}
