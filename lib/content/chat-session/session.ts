/**
 * The chat page's shared state: who waits since when (WaitBook), fed by the
 * page's own traffic (exact), the open thread's DOM (fallback), and the
 * background's stored history (so a reload keeps the original waiting-since).
 * Every chat event also goes to the background for the day's counters:
 * ids, roles and times only, never message text.
 */
import { saneTime } from '../../boundary';
import { HOUR_MS, MINUTE_MS, SECOND_MS, type Clock } from '../../clock';
import { DEFAULT_ACCOUNT, type AccountInfo, type ChatEvent } from '../../events';
import type { Request, Send } from '../../messages';
import { readOpenThread, type ThreadMessage } from '../../pdd/chat-thread';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import type { ObservedMessage, TrafficObservations } from '../../pdd/chat-traffic';
import { replyClass } from '../../reply-rule';
import { queryFirst } from '../../pdd/selectors';
import { WaitBook, type MessageSource, type Waiting } from './wait-book';
import { countInferredReply } from '../dropped';
import { EventQueue } from './event-queue';
import { inferredReply } from './inferred-reply';
import { TrafficWatch } from './traffic-watch';
import { feedFromTap } from './tap-feed';
import { RestoredWaits, type RestoredWait } from './restored-waits';
import { ClockNews } from './clock-news';

export interface ChatSessionDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  send: Send;
  signal: AbortSignal;
  /** Keeps a batch the background keeps refusing (a failing store) to send later (lib/content/outbox.ts). */
  park?: (request: Request<'chat/events'>) => void;
}

/** How long to wait for the page to say who is logged in before using the default account. */
const ACCOUNT_WAIT_MS = 3 * SECOND_MS;
/** A DOM-only message waits this long for its exact twin from the traffic before it is used. */
const DOM_GRACE_MS = 2 * SECOND_MS;
/** How soon queued events go to the background, and the wait after a refused batch. */
const FLUSH_MS = SECOND_MS;
const HEARTBEAT_MS = MINUTE_MS;
/** Stored waits are brought back from this far: a wait older than two days is no live wait. */
const RESTORE_WINDOW_MS = 48 * HOUR_MS;
/** A msg_id read as a time may run this far ahead of our clock; beyond, it is no time. */
const ID_AHEAD_MS = MINUTE_MS;

export class ChatSession {
  readonly book = new WaitBook();
  /** Pushes per socket, and whether the page shows buyers no push brought (issue 20 item 6). */
  readonly traffic = new TrafficWatch();
  account: AccountInfo = { key: DEFAULT_ACCOUNT };
  /** True once the traffic tap has delivered a chat message. */
  trafficSeen = false;

  private accountKnown = false;
  /** Events wait until the account is known or the wait for it is over. */
  private accountSettled = false;
  private readonly accountReady: Promise<void>;
  private resolveAccount!: () => void;
  private readonly events: EventQueue;
  private readonly restored: RestoredWaits;
  private readonly seenIds = new Set<string>();
  private readonly domPending = new Map<string, ChatEvent>();
  private readonly listeners = new Set<() => void>();
  /** Conversation whose thread was last read, and the message ids it showed then. */
  private threadBuyer: string | null = null;
  private threadIds = new Set<string>();
  private readonly clockNews = new ClockNews();

  constructor(private readonly deps: ChatSessionDeps) {
    this.events = new EventQueue(
      (events) => deps.send({ type: 'chat/events', account: this.account, events }),
      FLUSH_MS,
      deps.park && ((events) => deps.park!({ type: 'chat/events', account: this.account, events })),
    );
    this.restored = new RestoredWaits((conversationId, buyerId, waits) => this.applyRestored(conversationId, buyerId, waits));
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
    const now = () => this.deps.clock.now();
    const unlisten = feedFromTap(win, now, (socket, at) => this.traffic.notePush(socket, at), (observed) => this.ingestTraffic(observed));
    signal.addEventListener('abort', unlisten);
    // Queued events go a second after they come (no timer while none wait).
    signal.addEventListener('abort', this.events.sendBy(win, FLUSH_MS, () => this.flush()));
    const timers = [win.setInterval(() => this.heartbeat(), HEARTBEAT_MS), win.setTimeout(() => this.resolveAccount(), ACCOUNT_WAIT_MS)];
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

  /** The page moved a waiting buyer to 已回复 and no traffic brought the reply: record one inferred from the page (inferred-reply.ts). */
  inferReply(waiting: Waiting, now: number): void {
    const event = inferredReply(waiting, this.book.storedTimes(waiting.conversationId), now);
    if (!event || this.seenIds.has(event.messageId)) return;
    this.seenIds.add(event.messageId);
    this.events.push(event);
    countInferredReply();
    if (this.book.apply(event, 'traffic')) this.changed();
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
      this.restored.note(hint.conversationId, hint.buyerId);
      changed = this.book.applyHint(hint.conversationId, hint.buyerId, hint.since) || changed;
    }
    if (changed) this.changed();
    if (this.accountSettled && this.clockNews.due(this.deps.clock.measured)) this.heartbeat(); // a clock offset the worker has not heard
  }

  /** A stored wait of a conversation the page now shows, applied under the page's ids. */
  private applyRestored(conversationId: string, buyerId: string, waits: readonly RestoredWait[]): void {
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
    this.restored.note(message.conversationId, message.buyerId);
    const event: ChatEvent = { kind, conversationId: message.conversationId, buyerId: message.buyerId, messageId: message.messageId, at };
    if (source === 'msg-id') return this.book.apply(event, source);
    if (!this.seenIds.has(event.messageId)) {
      this.seenIds.add(event.messageId);
      this.events.push(event);
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
      if (message.at !== null) {
        // A time header outside 400 days back to 30 days ahead is not a time: the row is left out.
        const at = saneTime(message.at, now);
        if (at !== null) changed = this.recordDom(thread.buyerId, message, at, 'stamp') || changed;
      }
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
      const reply = await this.deps.send({ type: 'chat/pending', account: this.account, since: this.deps.clock.now() - RESTORE_WINDOW_MS });
      // Stored ids are hashed: each wait is applied once the page shows its conversation.
      await this.restored.load(reply);
    } catch {
      /* background unavailable: timers start from what the page shows */
    }
  }

  /** Sends queued events, once the account is known (or the wait for it is over). */
  async flush(): Promise<void> {
    if (this.accountSettled) await this.events.flush(this.deps.clock.now());
  }

  /** Marks this minute as observed, for the signup check's coverage; tells the worker the page's measured clock offset. */
  heartbeat(): void {
    if (queryFirst(this.deps.doc, CHAT_SELECTORS.replyInput) === null) return;
    void this.deps.send({ type: 'chat/heartbeat', account: this.account, at: this.deps.clock.now(), offset: this.clockNews.tell(this.deps.clock.measured) }).catch(() => undefined);
  }
}
