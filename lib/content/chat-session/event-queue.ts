/**
 * The chat events on their way to the background: queued as they are seen,
 * sent in batches, and a batch the background refuses is tried again (the
 * same events) a few times with growing waits, then dropped and counted,
 * never retried forever (issue 11, item 3). The background dedupes by
 * message id, so a retry never doubles a figure.
 */
import { countDropped } from '../dropped';
import type { ChatEvent } from '../../events';
import { FlushTimer } from './flush-timer';

/**
 * A batch the background refuses this many times in a row is dropped and
 * counted; waits between tries double from the queue's first wait (1, 2, 4,
 * 8 s), so a worker that is only restarting has its chance.
 */
export const MAX_BATCH_ATTEMPTS = 5;
/** Events kept while the background does not take them; beyond, the oldest go. */
export const MAX_QUEUE = 5_000;
export const BATCH_SIZE = 500;

export class EventQueue {
  private readonly queue: ChatEvent[] = [];
  /** The batch being sent (kept apart from the queue while it is retried) and how often it failed. */
  private batch: ChatEvent[] | null = null;
  private failures = 0;
  private nextTryAt = 0;
  private flushing = false;
  private sender: FlushTimer | null = null;

  /**
   * @param sendBatch hands one batch to the background; a rejection is a refusal.
   * @param firstRetryMs the wait after the first refusal.
   * @param park keeps a batch refused MAX_BATCH_ATTEMPTS times for later (lib/content/outbox.ts); without it the batch is dropped and counted.
   */
  constructor(
    private readonly sendBatch: (events: ChatEvent[]) => Promise<unknown>,
    private readonly firstRetryMs: number,
    private readonly park?: (events: ChatEvent[]) => void,
  ) {}

  push(event: ChatEvent): void {
    if (this.queue.push(event) > MAX_QUEUE) this.queue.shift();
    this.sender?.wake();
  }

  /**
   * From now on `flush` runs by itself `afterMs` after an event is queued,
   * and again while some remain (flush-timer.ts); returns the stop.
   */
  sendBy(win: Pick<Window, 'setTimeout' | 'clearTimeout'>, afterMs: number, flush: () => Promise<void>): () => void {
    const sender = new FlushTimer(win, afterMs, flush, () => this.pending());
    this.sender = sender;
    if (this.pending()) sender.wake();
    return () => sender.stop();
  }

  /** Something waits to be sent: a refused batch or queued events. */
  private pending(): boolean {
    return this.batch !== null || this.queue.length > 0;
  }

  /** Sends the next batch, or the refused one again once its wait is over; one send at a time. */
  async flush(now: number): Promise<void> {
    if (this.flushing) return;
    if (!this.pending()) return;
    if (this.batch && now < this.nextTryAt) return;
    this.flushing = true;
    const batch = (this.batch ??= this.queue.splice(0, BATCH_SIZE));
    try {
      await this.sendBatch(batch);
      this.batch = null;
      this.failures = 0;
    } catch (error) {
      this.refused(batch, now, error);
    } finally {
      this.flushing = false;
    }
  }

  private refused(batch: ChatEvent[], now: number, error: unknown): void {
    this.failures++;
    if (this.failures < MAX_BATCH_ATTEMPTS) {
      this.nextTryAt = now + this.firstRetryMs * 2 ** (this.failures - 1);
      return;
    }
    this.batch = null;
    this.failures = 0;
    if (this.park) return this.park(batch);
    countDropped('batch-dropped', batch.length);
    console.warn(`[kefu-guard] ${batch.length} chat events dropped after ${MAX_BATCH_ATTEMPTS} failed tries`, error);
  }
}
