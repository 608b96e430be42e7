/**
 * When the reply timer ticks (issue 25: its cost on the chat page). Once a
 * second, and at the end of the current task when something changed (a
 * re-render of the list, a message): then the badges are in the page's new
 * rows before the browser lays the page out, in the same frame.
 *
 * The page updates its own texts every second too (its reply countdowns).
 * Two unrelated one-second timers make two frames a second, each a layout
 * and paint of the whole workbench; so the second's tick follows the page's
 * update when it is due at most FOLLOW_MS later, and the two share a frame.
 * Without such updates the ticks come every second from our own timer.
 */

/** How much earlier than due a second's tick may run to follow the page's own update. */
export const FOLLOW_MS = 150;

type TickWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'queueMicrotask'> & { performance: Pick<Performance, 'now'> };

export class TickClock {
  private timer: ReturnType<Window['setTimeout']> | undefined;
  private queued: 'change' | 'second' | null = null;
  /** When the last second's tick ran (performance.now). */
  private secondAt = -Infinity;
  private stopped = false;

  constructor(
    private readonly win: TickWindow,
    private readonly run: () => void,
    private readonly everyMs = 1_000,
  ) {}

  /** Ticks now and every second after. */
  start(): void {
    this.second();
  }

  /** Something changed: tick at the end of the current task (once, however often asked). */
  soon(): void {
    this.queue('change');
  }

  /** The page updated its own texts: the second's tick, if due within FOLLOW_MS, runs now with it. */
  pageUpdated(): void {
    if (this.win.performance.now() - this.secondAt >= this.everyMs - FOLLOW_MS) this.queue('second');
  }

  stop(): void {
    this.stopped = true;
    this.win.clearTimeout(this.timer);
  }

  private queue(kind: 'change' | 'second'): void {
    if (this.stopped) return;
    if (this.queued) {
      if (kind === 'second') this.queued = kind;
      return;
    }
    this.queued = kind;
    this.win.queueMicrotask(() => {
      const queued = this.queued;
      this.queued = null;
      if (queued === 'second') this.second();
      else if (!this.stopped) this.run();
    });
  }

  /** A second's tick: the next one is due a second from now. */
  private second(): void {
    if (this.stopped) return;
    this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.second(), this.everyMs);
    this.secondAt = this.win.performance.now();
    this.run();
  }
}
