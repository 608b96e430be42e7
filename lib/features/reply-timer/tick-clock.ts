/**
 * When the reply timer ticks (issue 25: its cost on the chat page). Once a
 * second, and at the end of the current task when something changed (a
 * re-render of the list, a message): then the badges are in the page's new
 * rows before the browser lays the page out, in the same frame.
 *
 * The page updates its own texts every second too (its reply countdowns).
 * Two unrelated one-second timers make two frames a second, each a layout
 * and paint of the whole workbench; so the second's tick takes the page's
 * phase: an update of the page's when the second is due within FOLLOW_MS
 * ticks at once, and one earlier in the second moves the next tick to just
 * after the page's next update (once: a second of at most ~2 s), which it
 * then follows. From then on both share a frame, and our own timer waits
 * LEAD_MS longer than a second so that the page's update comes first. A page
 * rewriting texts many times a second moves our ticks but never makes more of
 * them than about one a second. Without such updates the ticks come every
 * second from our own timer.
 */

/** How much earlier than due a second's tick may run to follow the page's own update. */
export const FOLLOW_MS = 150;
/** After a tick that followed the page, our own timer waits this much over a second, so the page's next update leads. */
export const LEAD_MS = 100;

type TickWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'queueMicrotask'> & { performance: Pick<Performance, 'now'> };

/** Why a tick runs: the second's, or something changed (soon()). */
export type TickKind = 'second' | 'change';

export class TickClock {
  private timer: ReturnType<Window['setTimeout']> | undefined;
  private queued: 'change' | 'second' | null = null;
  /** When the last second's tick ran (performance.now). */
  private secondAt = -Infinity;
  private stopped = false;

  constructor(
    private readonly win: TickWindow,
    private readonly run: (kind: TickKind) => void,
    private readonly everyMs = 1_000,
  ) {}

  /** Ticks now and every second after. */
  start(): void {
    this.second(false);
  }

  /** Something changed: tick at the end of the current task (once, however often asked). */
  soon(): void {
    this.queue('change');
  }

  /**
   * The page re-rendered its rows: a change's tick, or the second's when it
   * is due within FOLLOW_MS. The page lays its new rows out in this frame
   * anyway; and a re-render just before the page's own update of the second
   * leaves that update nothing to write (its texts were just rendered), so a
   * second's tick left for it would make a frame of its own (issue 25: 1.5
   * layouts a second instead of the page's 1, re-rendering every 2 s).
   */
  pageChanged(): void {
    if (this.stopped) return;
    this.queue(this.secondDueSoon() ? 'second' : 'change');
  }

  /**
   * The page updated its own texts: the second's tick, if due within
   * FOLLOW_MS, runs now with it; else the next one waits for the page's next
   * update (a second from now) to run with that.
   */
  pageUpdated(): void {
    if (this.stopped) return;
    if (this.secondDueSoon()) this.queue('second');
    else this.schedule(this.everyMs + LEAD_MS);
  }

  /** The second's tick is due within FOLLOW_MS. */
  private secondDueSoon(): boolean {
    return this.win.performance.now() - this.secondAt >= this.everyMs - FOLLOW_MS;
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
      if (queued === 'second') this.second(true);
      else if (!this.stopped) this.run('change');
    });
  }

  /** A second's tick; the next is due a second from now (with the page's update: LEAD_MS later, for the page to lead). */
  private second(withPage: boolean): void {
    if (this.stopped) return;
    this.schedule(this.everyMs + (withPage ? LEAD_MS : 0));
    this.secondAt = this.win.performance.now();
    this.run('second');
  }

  private schedule(delayMs: number): void {
    this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.second(false), delayMs);
  }
}

/**
 * The time a tick draws (what the badges and the alert count from). A second's
 * tick that follows the page's update may run up to FOLLOW_MS before it is
 * due; drawn at its own time, a wait whose second turns just after it would
 * show the same number twice and then skip one (the badge frozen for ~2 s).
 * So such a tick draws the time it was due (at most FOLLOW_MS ahead), and no
 * tick draws an earlier time than the last one did: a number never goes back.
 */
export class ShownTime {
  private shown = -Infinity;
  private second = -Infinity;

  constructor(
    private readonly now: () => number,
    private readonly everyMs = 1_000,
  ) {}

  at(kind: TickKind): number {
    const now = this.now();
    // The computer's clock was set back: follow it.
    if (now < this.shown - this.everyMs) this.shown = this.second = -Infinity;
    let at = Math.max(now, this.shown);
    if (kind === 'second') {
      const due = this.second + this.everyMs;
      if (now >= due - FOLLOW_MS && now < due) at = Math.max(due, this.shown);
      this.second = at;
    }
    return (this.shown = at);
  }
}
