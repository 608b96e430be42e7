/**
 * Waits the background stored before a reload, brought back (so a reload
 * keeps the original waiting-since). The store keeps conversation ids hashed
 * with the shop's salt, so a stored wait is matched when the page first shows
 * its conversation: the page's id, hashed the same way, finds it.
 */
import { hashId } from '../../id-hash';
import type { Reply } from '../../messages';

export interface RestoredWait {
  messageId: string;
  waitingSince: number;
}

/** Conversations remembered for matching stored (hashed) waits; a page lists far fewer. */
const MAX_KNOWN_CONVERSATIONS = 5_000;

export class RestoredWaits {
  /** Conversations seen on the page: raw id → buyer id. */
  private readonly known = new Map<string, string>();
  /** Stored waits by hashed conversation id, until the page shows that conversation. */
  private readonly stored = new Map<string, RestoredWait[]>();
  private salt = '';

  /** @param onFound gets a conversation's stored waits under the page's ids, once. */
  constructor(private readonly onFound: (conversationId: string, buyerId: string, waits: readonly RestoredWait[]) => void) {}

  /** Remembers a conversation the page shows; a stored wait of it is found now or once loaded. */
  note(conversationId: string, buyerId: string): void {
    if (this.known.has(conversationId)) return;
    if (this.known.size >= MAX_KNOWN_CONVERSATIONS) this.known.clear();
    this.known.set(conversationId, buyerId);
    if (this.stored.size > 0) void this.match(conversationId, buyerId);
  }

  /** Takes the stored waits (the background's chat/pending answer) and matches them against the conversations seen so far. */
  async load(reply: Reply<'chat/pending'>): Promise<void> {
    // The answer crosses a process boundary: a missing salt is no salt.
    this.salt = typeof reply.salt === 'string' ? reply.salt : '';
    for (const p of reply.pending) {
      const waits = this.stored.get(p.conversationId) ?? [];
      waits.push({ messageId: p.messageId, waitingSince: p.waitingSince });
      this.stored.set(p.conversationId, waits);
    }
    await Promise.all([...this.known].map(([conversationId, buyerId]) => this.match(conversationId, buyerId)));
  }

  private async match(conversationId: string, buyerId: string): Promise<void> {
    const hashed = await hashId(this.salt, conversationId);
    const waits = this.stored.get(hashed);
    if (!waits) return;
    this.stored.delete(hashed);
    this.onFound(conversationId, buyerId, waits);
  }
}
