/**
 * The simulator's clock and a scheduler for events dated in the future.
 *
 * By default the clock follows real time. `advance`/`set` shift it; `freeze`
 * stops it (used by the snapshot script so saved pages are deterministic).
 * Pages learn the clock at load (GET /__sim/boot) and on every change (a
 * `clock` message on the sim-only socket /__sim/ws), and tick locally from
 * there, so the times they render are the simulator's, not the browser's.
 */
export class SimClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  private readonly listeners = new Set<() => void>();

  /** Current simulated time, epoch ms. */
  now(): number {
    return this.frozenAt ?? Date.now() + this.offsetMs;
  }

  /** True while the clock is stopped. */
  get frozen(): boolean {
    return this.frozenAt !== null;
  }

  /** Moves the clock forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
    this.emit();
  }

  /** Jumps the clock to `epochMs`; it keeps running from there unless frozen. */
  set(epochMs: number): void {
    if (this.frozenAt !== null) this.frozenAt = epochMs;
    else this.offsetMs = epochMs - Date.now();
    this.emit();
  }

  /** Stops the clock at `epochMs` (default: now). */
  freeze(epochMs: number = this.now()): void {
    this.frozenAt = epochMs;
    this.emit();
  }

  /** Lets a frozen clock run again from where it stopped. */
  unfreeze(): void {
    if (this.frozenAt === null) return;
    this.offsetMs = this.frozenAt - Date.now();
    this.frozenAt = null;
    this.emit();
  }

  /** Back to real time, running. */
  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
    this.emit();
  }

  /** Calls `cb` after every change of the clock. Returns an unsubscribe function. */
  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit(): void {
    for (const cb of [...this.listeners]) cb();
  }
}

interface Pending {
  at: number;
  seq: number;
  run: () => void;
}

/** Runs callbacks when the simulated clock reaches their time. */
export class Scheduler {
  private pending: Pending[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly clock: SimClock) {
    this.unsubscribe = clock.onChange(() => this.check());
  }

  /** Runs `run` now if `at` is not in the future, else when the clock reaches `at`. */
  at(at: number, run: () => void): void {
    if (at <= this.clock.now()) {
      run();
      return;
    }
    this.pending.push({ at, seq: this.seq++, run });
    this.pending.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.arm();
  }

  /** Number of events still waiting for their time. */
  get size(): number {
    return this.pending.length;
  }

  /** Drops every pending event. */
  clear(): void {
    this.pending = [];
    this.arm();
  }

  dispose(): void {
    this.clear();
    this.unsubscribe();
  }

  private check(): void {
    const now = this.clock.now();
    while (this.pending.length > 0 && this.pending[0]!.at <= now) {
      const p = this.pending.shift()!;
      p.run();
    }
    this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.pending[0];
    if (!next || this.clock.frozen) return;
    const delay = Math.max(0, Math.min(next.at - this.clock.now(), 2 ** 31 - 1));
    this.timer = setTimeout(() => this.check(), delay);
    this.timer.unref();
  }
}
