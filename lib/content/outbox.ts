/**
 * What the background could not store, kept until it can (issue 22 item 8):
 * when the store keeps failing (a full disk), a chat page's event batches,
 * its coverage heartbeats and the guard's block records wait here, in
 * extension storage so a reload loses nothing, bounded so a long outage
 * cannot fill it, and are sent again, oldest first, once writes work. Every
 * request kept is idempotent in the background (events by message id, guard
 * records by their id, heartbeats by minute), so sending one twice is safe.
 */
import { countDropped } from './dropped';
import type { Request, Send } from '../messages';

/** The requests kept: the ones that carry a day's figures. */
export type ParkedRequest = Request<'chat/events'> | Request<'chat/heartbeat'> | Request<'guard/event'>;

/** Weight kept at most (an event, a heartbeat or a guard record weighs 1); beyond, the oldest go and are counted. */
export const MAX_PARKED = 20_000;
/** Waits between tries while the store fails. */
export const OUTBOX_RETRY_MS = 30_000;
/** Storage keys of outboxes: one per page instance; a new page adopts any it finds (a closed tab's). */
export const OUTBOX_PREFIX = 'kgOutbox:';

export interface OutboxArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const weight = (r: ParkedRequest) => (r.type === 'chat/events' ? (Array.isArray(r.events) ? r.events.length : 0) : 1);
const PARKABLE: ReadonlySet<string> = new Set(['chat/events', 'chat/heartbeat', 'guard/event']);
const isParked = (r: unknown): r is ParkedRequest => typeof r === 'object' && r !== null && PARKABLE.has((r as { type?: string }).type ?? '');

export class Outbox {
  private items: ParkedRequest[] = [];
  private sending = false;
  private readonly key = `${OUTBOX_PREFIX}${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

  constructor(
    private readonly area: OutboxArea,
    private readonly send: Send,
  ) {}

  get size(): number {
    return this.items.reduce((n, r) => n + weight(r), 0);
  }

  /** Adopts the outboxes left in storage (this page's earlier life, a closed tab). */
  async load(): Promise<void> {
    const all = await this.area.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(OUTBOX_PREFIX) && k !== this.key);
    for (const k of keys) for (const r of Array.isArray(all[k]) ? (all[k] as unknown[]) : []) if (isParked(r)) this.items.push(r);
    if (keys.length > 0) {
      this.bound();
      await this.persist();
      await this.area.remove(keys);
    }
  }

  /** Keeps a request the background did not store. */
  park(request: ParkedRequest): void {
    this.items.push(request);
    this.bound();
    void this.persist();
  }

  /**
   * Sends what is kept, oldest first, until one fails: the store still fails,
   * so wait for the next try. The failed one goes to the back, so a request
   * the background will never take cannot hold up the others.
   */
  async retry(): Promise<void> {
    if (this.sending || this.items.length === 0) return;
    this.sending = true;
    try {
      for (let left = this.items.length; left > 0; left -= 1) {
        const head = this.items[0]!;
        const sent = await this.send(head).then(
          () => true,
          () => false,
        );
        const at = this.items.indexOf(head); // park() may have bounded the list meanwhile
        if (at >= 0) this.items.splice(at, 1);
        if (!sent) this.items.push(head);
        await this.persist();
        if (!sent) break;
      }
    } finally {
      this.sending = false;
    }
  }

  private bound(): void {
    let over = this.size - MAX_PARKED;
    while (over > 0 && this.items.length > 0) {
      const dropped = weight(this.items.shift()!);
      countDropped('batch-dropped', dropped);
      over -= dropped;
    }
  }

  /** Best effort: on a full disk extension storage may fail too; the page's memory still holds them. */
  private async persist(): Promise<void> {
    try {
      if (this.items.length > 0) await this.area.set({ [this.key]: this.items });
      else await this.area.remove(this.key);
    } catch {
      // Kept in memory.
    }
  }
}

/** `send`, with a heartbeat or guard record that fails kept in `outbox` (chat events are kept by their queue once its retries are over). */
export function parkingSender(send: Send, outbox: Pick<Outbox, 'park'>): Send {
  return (async (request: Request) => {
    try {
      return await send(request as never);
    } catch (error) {
      if (request.type === 'chat/heartbeat' || request.type === 'guard/event') outbox.park(request);
      throw error;
    }
  }) as Send;
}

/** Loads the outbox and tries it every OUTBOX_RETRY_MS while the page lives. */
export function startOutbox(outbox: Outbox, win: Pick<Window, 'setInterval' | 'clearInterval'>, signal: AbortSignal): void {
  void outbox.load().then(() => outbox.retry(), () => undefined);
  const timer = win.setInterval(() => void outbox.retry(), OUTBOX_RETRY_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
