/**
 * When the chat events go to the background: a while after one is queued,
 * and again while some remain (the account not yet known, a refused batch
 * waiting for its retry). No timer runs while nothing waits: a timer every
 * second woke the chat page for nothing most seconds (issue 25 item 3).
 */
type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

export class FlushTimer {
  private timer: ReturnType<Window['setTimeout']> | undefined;
  private stopped = false;

  /**
   * @param flush sends what it can (it may send nothing yet).
   * @param pending whether anything still waits to be sent.
   */
  constructor(
    private readonly win: Timers,
    private readonly afterMs: number,
    private readonly flush: () => Promise<void>,
    private readonly pending: () => boolean,
  ) {}

  /** Something was queued: send it `afterMs` from now, unless a send is already due or under way. */
  wake(): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = this.win.setTimeout(() => void this.fire(), this.afterMs);
  }

  stop(): void {
    this.stopped = true;
    this.win.clearTimeout(this.timer);
  }

  private async fire(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.timer = undefined;
      if (this.pending()) this.wake();
    }
  }
}
