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
}

/** The platform's own countdown runs for 3 minutes from the buyer's message (PDD-PAGES.md §(b)). */
export const PAGE_COUNTDOWN_SEC = 180;

export class WaitBook {
  private readonly conversations = new Map<string, ConversationEntry>();

  private entry(conversationId: string, buyerId: string): ConversationEntry {
    let entry = this.conversations.get(conversationId);
    if (!entry) {
      entry = { buyerId, lastHumanAt: -Infinity, pending: new Map(), estimatedSince: null };
      this.conversations.set(conversationId, entry);
    }
    return entry;
  }

  /** Applies one event; returns true when it changed who is waiting. */
  apply(event: BookEvent): boolean {
    const entry = this.entry(event.conversationId, event.buyerId);
    if (event.kind === 'buyer') {
      if (event.at <= entry.lastHumanAt || entry.pending.has(event.messageId)) return false;
      entry.pending.set(event.messageId, event.at);
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
          changed = true;
        }
      }
      if (entry.estimatedSince !== null && entry.estimatedSince <= event.at) {
        entry.estimatedSince = null;
        changed = true;
      }
      return changed;
    }
    return false; // robot replies end no wait
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
      return true;
    }
    if (entry.pending.size > 0 || entry.estimatedSince !== null) return false;
    const elapsedSec =
      countdownSec !== null && countdownSec >= 0 && countdownSec <= PAGE_COUNTDOWN_SEC ? PAGE_COUNTDOWN_SEC - countdownSec : 0;
    entry.estimatedSince = now - elapsedSec * 1000;
    return true;
  }

  /** Everyone waiting, longest first. */
  waiting(): Waiting[] {
    const out: Waiting[] = [];
    for (const [conversationId, entry] of this.conversations) {
      if (entry.pending.size > 0) {
        const messageTimes = [...entry.pending.values()].sort((a, b) => a - b);
        out.push({ conversationId, buyerId: entry.buyerId, waitingSince: messageTimes[0]!, estimated: false, messageTimes });
      } else if (entry.estimatedSince !== null) {
        out.push({ conversationId, buyerId: entry.buyerId, waitingSince: entry.estimatedSince, estimated: true, messageTimes: [] });
      }
    }
    return out.sort((a, b) => a.waitingSince - b.waitingSince);
  }
}
