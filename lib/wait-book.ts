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
import type { ChatEventKind } from './events';

export interface BookEvent {
  kind: ChatEventKind;
  conversationId: string;
  buyerId: string;
  messageId: string;
  at: number;
}

interface ConversationEntry {
  buyerId: string;
  lastHumanAt: number;
  /** Unanswered buyer messages: message id → time. */
  pending: Map<string, number>;
  /** Ids of pending messages restored from the background's history, not seen on the page yet. */
  restored: Set<string>;
  /** The platform's own "unanswered since" (latest_conversations), covering messages we never saw. */
  hintSince: number | null;
  /**
   * A wait known only from the page's own signal (countdown or group), not
   * from a message: an estimate, dropped when the page stops showing it.
   */
  estimatedSince: number | null;
}

export interface Waiting {
  conversationId: string;
  buyerId: string;
  waitingSince: number;
  /** True when the start comes from the page's countdown or first sight, not a message time. */
  estimated: boolean;
  /** Times of the unanswered buyer messages, oldest first (empty for an estimate). */
  messageTimes: number[];
  /**
   * Every pending message was restored from stored history and not yet seen
   * on the page: show it only if the page lists the conversation (it may have
   * been answered elsewhere, transferred or closed while the page was shut).
   */
  restoredOnly: boolean;
}

/** The platform's own countdown runs for 3 minutes from the buyer's message (PDD-PAGES.md §(b)). */
export const PAGE_COUNTDOWN_SEC = 180;

export class WaitBook {
  private readonly conversations = new Map<string, ConversationEntry>();
  /** waiting() is asked every second; recomputed only after a change. */
  private cached: Waiting[] | null = null;

  private entry(conversationId: string, buyerId: string): ConversationEntry {
    let entry = this.conversations.get(conversationId);
    if (!entry) {
      entry = { buyerId, lastHumanAt: -Infinity, pending: new Map(), restored: new Set(), hintSince: null, estimatedSince: null };
      this.conversations.set(conversationId, entry);
    }
    return entry;
  }

  /**
   * Applies one event; returns true when it changed who is waiting.
   * `restored` marks a buyer message brought back from stored history after
   * a reload: it holds until the page confirms the conversation.
   */
  apply(event: BookEvent, restored = false): boolean {
    return this.invalidateIf(this.applyEvent(event, restored));
  }

  private invalidateIf(changed: boolean): boolean {
    if (changed) this.cached = null;
    return changed;
  }

  private applyEvent(event: BookEvent, restored: boolean): boolean {
    const entry = this.entry(event.conversationId, event.buyerId);
    if (event.kind === 'buyer') {
      const confirmed = !restored && entry.restored.delete(event.messageId);
      if (event.at <= entry.lastHumanAt || entry.pending.has(event.messageId)) return confirmed;
      entry.pending.set(event.messageId, event.at);
      if (restored) entry.restored.add(event.messageId);
      entry.estimatedSince = null;
      return true;
    }
    if (event.kind === 'human') {
      if (event.at <= entry.lastHumanAt) return false;
      entry.lastHumanAt = event.at;
      let changed = false;
      for (const [id, at] of entry.pending) {
        if (at <= event.at) {
          entry.pending.delete(id);
          entry.restored.delete(id);
          changed = true;
        }
      }
      if (entry.estimatedSince !== null && entry.estimatedSince <= event.at) {
        entry.estimatedSince = null;
        changed = true;
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
    entry.estimatedSince = null;
    return this.invalidateIf(true);
  }

  /**
   * The page's own view of one buyer, used only where no message says
   * otherwise: an unanswered row with no known pending message gets an
   * estimated start (from the page's 3-minute countdown if shown, else now);
   * a row the page no longer shows as unanswered loses only such estimates.
   */
  applyPageSignal(buyerId: string, unanswered: boolean, countdownSec: number | null, now: number): boolean {
    const entry = this.entry(buyerId, buyerId);
    if (!unanswered) {
      if (entry.estimatedSince === null) return false;
      entry.estimatedSince = null;
      return this.invalidateIf(true);
    }
    if (entry.pending.size > 0 || entry.hintSince !== null || entry.estimatedSince !== null) return false;
    const elapsedSec =
      countdownSec !== null && countdownSec >= 0 && countdownSec <= PAGE_COUNTDOWN_SEC ? PAGE_COUNTDOWN_SEC - countdownSec : 0;
    entry.estimatedSince = now - elapsedSec * 1000;
    return this.invalidateIf(true);
  }

  /** Everyone waiting, longest first (a shared array: do not modify). */
  waiting(): readonly Waiting[] {
    if (this.cached) return this.cached;
    const out: Waiting[] = [];
    for (const [conversationId, entry] of this.conversations) {
      if (entry.pending.size > 0 || entry.hintSince !== null) {
        const messageTimes = [...entry.pending.values(), ...(entry.hintSince !== null ? [entry.hintSince] : [])].sort((a, b) => a - b);
        const restoredOnly = entry.hintSince === null && entry.restored.size === entry.pending.size;
        out.push({ conversationId, buyerId: entry.buyerId, waitingSince: messageTimes[0]!, estimated: false, messageTimes, restoredOnly });
      } else if (entry.estimatedSince !== null) {
        out.push({ conversationId, buyerId: entry.buyerId, waitingSince: entry.estimatedSince, estimated: true, messageTimes: [], restoredOnly: false });
      }
    }
    this.cached = out.sort((a, b) => a.waitingSince - b.waitingSince);
    return this.cached;
  }
}
