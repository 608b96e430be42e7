/**
 * The extension pages' clock: the computer's, plus the offset the worker
 * learned from the platform's own traffic (lib/platform-offset.ts, kept in
 * storage.session), followed as it changes. A page then agrees with the
 * worker when the computer's clock is wrong: the Team page's "today" and its
 * signup verdict are the popup's, the popup's and the live board's elapsed
 * waits are measured on the clock the chat page stamped them with.
 */
import { systemClock, type Clock } from '../clock';
import { isLearned, offsetAt, PLATFORM_CLOCK_KEY, type LearnedOffset } from '../platform-offset';
import type { ReadableArea } from '../storage-area';

/** storage.session as a page sees it: one key read, and its changes. */
export interface SessionArea extends ReadableArea {
  onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
}

export interface PageClock extends Clock {
  /** Settles once the stored offset is read (or could not be). */
  readonly ready: Promise<void>;
  /**
   * `listener` runs whenever the learned offset is (re)read, with how far the clock moved (0 when only confirmed):
   * times taken on this clock before then move by as much. Returns its removal.
   */
  onChange(listener: (shift: number) => void): () => void;
}

export function pageClock(area: SessionArea | undefined, wall: () => number = () => systemClock.now()): PageClock {
  let learned: LearnedOffset | null = null;
  const listeners = new Set<(shift: number) => void>();
  const take = (value: unknown) => {
    const at = wall();
    const before = offsetAt(learned, at);
    learned = isLearned(value) ? value : null;
    const shift = offsetAt(learned, at) - before;
    for (const listener of listeners) listener(shift);
  };
  area?.onChanged.addListener((changes) => {
    if (PLATFORM_CLOCK_KEY in changes) take(changes[PLATFORM_CLOCK_KEY]!.newValue);
  });
  const ready = area
    ? area.get(PLATFORM_CLOCK_KEY).then(
        (items) => take(items[PLATFORM_CLOCK_KEY]),
        () => undefined, // unreadable: the computer's clock, as before the chat page spoke
      )
    : Promise.resolve();
  return {
    ready,
    now: () => {
      const at = wall();
      return at + offsetAt(learned, at);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
