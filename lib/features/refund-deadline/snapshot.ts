/**
 * The after-sales rows to the background ('aftersales/snapshot'): sent after a
 * short pause once the page is read, again only when the set of ids or a row's
 * state changes (deadlines to the minute), retried later if the background is
 * away. Ids, pending, deadline and flags only; never buyer data.
 */
import type { Clock } from '../../clock';
import type { AccountInfo, AfterSalesRowState } from '../../events';
import type { Send } from '../../messages';
import { snapshotKey } from './rows';

export interface SnapshotDeps {
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  clock: Clock;
  send: Send;
  account: () => Promise<AccountInfo>;
  /** The rows to report now, or null while there is nothing trustworthy to say (loading, not recognised). */
  current: (now: number) => AfterSalesRowState[] | null;
  signal: AbortSignal;
}

const DEBOUNCE_MS = 1_500;
const RETRY_MS = 30_000;

export class RefundSnapshots {
  private key = '';
  private sentKey = '';
  private timer: number | undefined;
  private sending = false;
  private failedAt = -Infinity;

  constructor(private readonly deps: SnapshotDeps) {
    deps.signal.addEventListener('abort', () => deps.win.clearTimeout(this.timer));
  }

  /** The rows may have changed: schedules a send if they differ from what was sent. */
  changed(): void {
    const rows = this.deps.current(this.deps.clock.now());
    if (rows === null) return;
    this.key = snapshotKey(rows);
    if (this.key === this.sentKey || this.timer !== undefined) return;
    this.timer = this.deps.win.setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** From the tick: a change that could not be sent is tried again after a while. */
  retry(now: number): void {
    if (this.key !== this.sentKey && this.timer === undefined && !this.sending && now - this.failedAt > RETRY_MS) this.changed();
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.deps.signal.aborted || this.sending) return;
    const now = this.deps.clock.now();
    const rows = this.deps.current(now);
    if (rows === null) return;
    const key = snapshotKey(rows);
    if (key === this.sentKey) return;
    this.sending = true;
    try {
      await this.deps.send({ type: 'aftersales/snapshot', account: await this.deps.account(), seenAt: now, rows });
      this.sentKey = key;
    } catch {
      this.failedAt = this.deps.clock.now(); // background away
    } finally {
      this.sending = false;
    }
  }
}
