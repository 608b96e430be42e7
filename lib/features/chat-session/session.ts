/**
 * The chat page's shared state: who waits since when (WaitBook), fed by the
 * page's own traffic (exact), the open thread's DOM (fallback), and the
 * background's stored history (so a reload keeps the original waiting-since).
 * Every chat event also goes to the background for the day's counters:
 * ids, roles and times only, never message text.
 */
import { HOUR_MS, MINUTE_MS, SECOND_MS, type Clock } from '../../clock';
import { countDropped } from '../../diagnostics';
import { DEFAULT_ACCOUNT, type AccountInfo, type ChatEvent } from '../../events';
import { hashId } from '../../id-hash';
import type { Reply, Request, RequestType } from '../../messages';
import { readOpenThread, type ThreadMessage } from '../../pdd/chat-thread';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import { readTraffic, type ObservedMessage, type TrafficObservations } from '../../pdd/chat-traffic';
import { replyClass } from '../../pdd/reply-kinds';
import { queryFirst } from '../../pdd/selectors';
import { listenToTap } from '../../pdd/page-tap';
import { WaitBook, type MessageSource } from '../../wait-book';

export type Send = <T extends RequestType>(request: Request<T>) => Promise<Reply<T>>;

export interface ChatSessionDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  send: Send;
  signal: AbortSignal;
}

/** How long to wait for the page to say who is logged in before using the default account. */
const ACCOUNT_WAIT_MS = 3 * SECOND_MS;
/** A DOM-only message waits this long for its exact twin from the traffic before it is used. */
const DOM_GRACE_MS = 2 * SECOND_MS;
const FLUSH_MS = SECOND_MS;
const HEARTBEAT_MS = MINUTE_MS;
const MAX_QUEUE = 5_000;
const BATCH_SIZE = 500;
/**
 * A batch the background refuses this many times in a row is dropped and
 * counted, never retried forever (issue 11, item 3); waits between tries
 * double from FLUSH_MS (1, 2, 4, 8 s), so a worker that is only restarting
 * has its chance.
 */
export const MAX_BATCH_ATTEMPTS = 5;
/** Conversations remembered for matching stored (hashed) waits; a page lists far fewer. */
const MAX_KNOWN_CONVERSATIONS = 5_000;

interface RestoredWait {
  messageId: string;
  waitingSince: number;
}
/** A msg_id read as a time may run this far ahead of our clock; beyond, it is no time. */
const ID_AHEAD_MS = MINUTE_MS;

export class ChatSession {
  readonly book = new WaitBook();
  account: AccountInfo = { key: DEFAULT_ACCOUNT };
  /** True once the traffic tap has delivered a chat message. */
  trafficSeen = false;

  private accountKnown = false;
  /** Events wait until the account is known or the wait for it is over. */
  private accountSettled = false;
  private readonly accountReady: Promise<void>;
  private resolveAccount!: () => void;
  private readonly queue: ChatEvent[] = [];
  private readonly seenIds = new Set<string>();
  private readonly domPending = new Map<string, ChatEvent>();
  private readonly listeners = new Set<() => void>();
  /** Conversation whose thread was last read, and the message ids it showed then. */
  private threadBuyer: string | null = null;
  private threadIds = new Set<string>();
  private flushing = false;
  /** The batch being sent (kept apart from the queue while it is retried) and how often it failed. */
  private batch: ChatEvent[] | null = null;
  private batchFailures = 0;
  private nextTryAt = 0;
  /** Conversations seen on the page (raw id → buyer id), for matching stored waits. */
  private readonly knownConversations = new Map<string, string>();
  /** Stored waits by hashed conversation id, until the page shows that conversation; and the shop's salt. */
  private readonly restored = new Map<string, RestoredWait[]>();
  private restoredSalt = '';

  constructor(private readonly deps: ChatSessionDeps) {
    this.accountReady = new Promise((resolve) => {
      this.resolveAccount = () => {
        this.accountSettled = true;
        resolve();
      };
    });
  }

  /** Starts listening; resolves once stored history has been restored. */
  async start(): Promise<void> {
    const { win, signal } = this.deps;
    const unlisten = listenToTap(win, (item) => this.ingestTraffic(readTraffic(item, this.deps.clock.now())));
    signal.addEventListener('abort', unlisten);
    const timers = [
      win.setInterval(() => void this.flush(), FLUSH_MS),
      win.setInterval(() => this.heartbeat(), HEARTBEAT_MS),
      win.setTimeout(() => this.resolveAccount(), ACCOUNT_WAIT_MS),
    ];
    signal.addEventListener('abort', () => timers.forEach((t) => win.clearInterval(t)));
    await this.accountReady;
    await this.restorePending();
    this.heartbeat();
  }

  /** Subscribe to "who waits" changes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private ingestTraffic(observed: TrafficObservations): void {
    if (observed.platformNow !== null) this.deps.clock.observe?.(observed.platformNow);
    if (observed.account && !this.accountKnown) {
      this.account = observed.account;
      this.accountKnown = true;
      this.resolveAccount();
    }
    let changed = false;
    for (const message of observed.messages) {
      this.trafficSeen = true;
      this.domPending.delete(message.messageId);
      changed = this.record(message, message.at) || changed;
    }
    for (const hint of observed.waitHints) {
      this.noteConversation(hint.conversationId, hint.buyerId);
      changed = this.book.applyHint(hint.conversationId, hint.buyerId, hint.since) || changed;
    }
    if (changed) this.changed();
  }

  /**
   * Remembers a conversation the page shows and, when a stored wait belongs
   * to it (the store keeps hashed ids), applies that wait under the page's id.
   */
  private noteConversation(conversationId: string, buyerId: string): void {
    if (this.knownConversations.has(conversationId)) return;
    if (this.knownConversations.size >= MAX_KNOWN_CONVERSATIONS) this.knownConversations.clear();
    this.knownConversations.set(conversationId, buyerId);
    if (this.restored.size > 0) void this.matchRestored(conversationId, buyerId);
  }

  private async matchRestored(conversationId: string, buyerId: string): Promise<void> {
    const hashed = await hashId(this.restoredSalt, conversationId);
    const waits = this.restored.get(hashed);
    if (!waits) return;
    this.restored.delete(hashed);
    let changed = false;
    for (const w of waits) {
      this.seenIds.add(w.messageId);
      changed = this.book.apply({ kind: 'buyer', conversationId, buyerId, messageId: w.messageId, at: w.waitingSince }, 'restored') || changed;
    }
    if (changed) this.changed();
  }

  /**
   * Applies a message to the book and queues its event once. A time read
   * from the msg_id is a hint for the timer only: the day's figures get
   * exact times or nothing.
   */
  private record(
    message: Pick<ObservedMessage, 'conversationId' | 'buyerId' | 'messageId' | 'role' | 'kind'>,
    at: number,
    source: MessageSource = 'traffic',
  ): boolean {
    const kind = replyClass(message.role, message.kind);
    if (!kind) return false;
    this.noteConversation(message.conversationId, message.buyerId);
    const event: ChatEvent = {
      kind,
      conversationId: message.conversationId,
      buyerId: message.buyerId,
      messageId: message.messageId,
      at,
    };
    if (source === 'msg-id') return this.book.apply(event, source);
    if (!this.seenIds.has(event.messageId)) {
      this.seenIds.add(event.messageId);
      if (this.queue.push(event) > MAX_QUEUE) this.queue.shift();
    }
    return this.book.apply(event, source);
  }

  /**
   * Reads the open thread. Messages shown when a conversation is first read
   * are history: used where the row carries its own time, else where its
   * msg_id reads as a plausible time (a reply without a stamp must still end
   * the wait before it). Messages that appear later while it stays open are
   * live: timed at first sight, after a short grace in which the exact frame
   * from the traffic takes precedence.
   */
  readThread(): void {
    const thread = readOpenThread(this.deps.doc);
    if (!thread.buyerId) return;
    const now = this.deps.clock.now();
    const firstRead = thread.buyerId !== this.threadBuyer;
    if (firstRead) {
      this.threadBuyer = thread.buyerId;
      this.threadIds = new Set();
    }
    let changed = false;
    for (const message of thread.messages) {
      const isNew = !this.threadIds.has(message.messageId);
      this.threadIds.add(message.messageId);
      if (this.seenIds.has(message.messageId)) continue;
      if (message.at !== null) changed = this.recordDom(thread.buyerId, message, message.at, 'stamp') || changed;
      else if (isNew && !firstRead) this.holdDom(thread.buyerId, message, now);
      else if (message.idAt !== null && message.idAt <= now + ID_AHEAD_MS && isNew)
        changed = this.recordDom(thread.buyerId, message, message.idAt, 'msg-id') || changed;
    }
    if (changed) this.changed();
  }

  private recordDom(buyerId: string, message: ThreadMessage, at: number, source: MessageSource): boolean {
    return this.record({ conversationId: buyerId, buyerId, messageId: message.messageId, role: message.role, kind: message.kind }, at, source);
  }

  private holdDom(buyerId: string, message: ThreadMessage, now: number): void {
    const kind = replyClass(message.role, message.kind);
    if (!kind || this.domPending.has(message.messageId)) return;
    this.domPending.set(message.messageId, { kind, conversationId: buyerId, buyerId, messageId: message.messageId, at: now });
    this.deps.win.setTimeout(() => {
      const held = this.domPending.get(message.messageId);
      if (!held) return; // the traffic delivered it
      this.domPending.delete(message.messageId);
      if (this.recordDom(buyerId, message, held.at, 'live')) this.changed();
    }, DOM_GRACE_MS);
  }

  /** Brings back unanswered buyer messages the background stored before a reload. */
  private async restorePending(): Promise<void> {
    try {
      const reply = await this.deps.send({
        type: 'chat/pending',
        account: this.account.key,
        since: this.deps.clock.now() - 48 * HOUR_MS,
      });
      // Stored ids are hashed: each wait is applied once the page shows its conversation.
      this.restoredSalt = typeof reply.salt === 'string' ? reply.salt : '';
      for (const p of reply.pending) {
        const waits = this.restored.get(p.conversationId) ?? [];
        waits.push({ messageId: p.messageId, waitingSince: p.waitingSince });
        this.restored.set(p.conversationId, waits);
      }
      await Promise.all([...this.knownConversations].map(([c, b]) => this.matchRestored(c, b)));
    } catch {
      /* background unavailable: timers start from what the page shows */
    }
  }

  /**
   * Sends queued events. A batch that fails is tried again later, with the
   * same events, up to MAX_BATCH_ATTEMPTS times; then it is dropped and
   * counted (the background dedupes by message id, so a retry never doubles).
   */
  async flush(): Promise<void> {
    if (this.flushing || !this.accountSettled) return;
    if (!this.batch && this.queue.length === 0) return;
    const now = this.deps.clock.now();
    if (this.batch && now < this.nextTryAt) return;
    this.flushing = true;
    const batch = (this.batch ??= this.queue.splice(0, BATCH_SIZE));
    try {
      await this.deps.send({ type: 'chat/events', account: this.account, events: batch });
      this.batch = null;
      this.batchFailures = 0;
    } catch (error) {
      this.batchFailures++;
      if (this.batchFailures >= MAX_BATCH_ATTEMPTS) {
        countDropped('batch-dropped', batch.length);
        console.warn(`[kefu-guard] ${batch.length} chat events dropped after ${this.batchFailures} failed tries`, error);
        this.batch = null;
        this.batchFailures = 0;
      } else {
        this.nextTryAt = now + FLUSH_MS * 2 ** (this.batchFailures - 1);
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Marks this minute as observed, for the signup check's coverage. */
  heartbeat(): void {
    if (queryFirst(this.deps.doc, CHAT_SELECTORS.replyInput) === null) return;
    void this.deps.send({ type: 'chat/heartbeat', account: this.account, at: this.deps.clock.now() }).catch(() => undefined);
  }
}
