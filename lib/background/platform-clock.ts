/**
 * The worker's clock follows the platform's (issue 22 item 8): a computer
 * clock a day slow must not move "today" (the popup's day, the day a team
 * secret takes effect, the export's last day, the daily prune).
 *
 * The chat page measures the platform's clock from the traffic the browser
 * actually fetched (lib/clock.ts PlatformClock: the push socket's server
 * time, pushed messages) and stamps its coverage heartbeats with it. Each
 * heartbeat from our content script (never from an extension page, never a
 * page script) is a lower bound of the platform's time when it arrives, so
 * the worker keeps the largest offset seen over its own clock:
 *
 * - bounded: at most SANE_FUTURE_MS ahead (what the store accepts at all);
 *   behind the computer (a fast computer clock) only as the page measured
 *   it, sent beside the stamp: a stamp alone is only a lower bound;
 * - held for CLOCK_HOLD_MS after a heartbeat last confirmed it, then dropped,
 *   so a computer clock set right later is not shifted twice for long;
 * - kept in storage.session: the worker stops whenever Chrome likes, the
 *   offset outlives it but not the browser.
 */
import { MINUTE_MS, systemClock } from '../clock';
import type { Clock } from '../clock';
import { isLearned, learn, offsetAt, PLATFORM_CLOCK_KEY, type LearnedOffset } from '../platform-offset';
import type { KeyValueArea } from '../storage-area';

/** Not written more often than this while only confirmed. */
const SAVE_EVERY_MS = MINUTE_MS;

/** The worker's Clock: the computer's clock plus the learned offset; `loaded` settles once the stored offset is read. */
export class LearnedPlatformClock implements Clock {
  private learned: LearnedOffset | null = null;
  private savedAt = Number.NEGATIVE_INFINITY;
  readonly loaded: Promise<void>;

  constructor(
    private readonly area: Pick<KeyValueArea, 'get' | 'set'>,
    private readonly wall: () => number = () => systemClock.now(),
  ) {
    this.loaded = area.get(PLATFORM_CLOCK_KEY).then(
      (items) => void (isLearned(items[PLATFORM_CLOCK_KEY]) && (this.learned ??= items[PLATFORM_CLOCK_KEY])),
      () => undefined, // unreadable: the computer's clock until a heartbeat comes
    );
  }

  now(): number {
    const wall = this.wall();
    return wall + offsetAt(this.learned, wall);
  }

  /** A heartbeat's platform time and the page's measured offset, from our chat page's content script only. */
  observe(platformAt: number, measured: number | null = null): void {
    const wall = this.wall();
    const before = this.learned;
    const after = learn(before, platformAt, wall, measured);
    if (after === before) return;
    this.learned = after;
    if (after === null || after.offset !== before?.offset || wall - this.savedAt >= SAVE_EVERY_MS) {
      this.savedAt = wall;
      void this.area.set({ [PLATFORM_CLOCK_KEY]: after }).catch(() => undefined);
    }
  }
}
