/**
 * The platform's clock as the worker learned it (issue 22 item 8), in
 * storage.session under PLATFORM_CLOCK_KEY: the offset of the platform over
 * the computer's clock and when a heartbeat last confirmed it. The worker
 * learns it (lib/background/platform-clock.ts); extension pages read it
 * (lib/ui/page-clock.ts) so that their "today" and their elapsed times are the
 * worker's, whatever the computer's clock says.
 */
import { HOUR_MS, isPlausibleEventTime, MINUTE_MS, CLOCK_AGREES_MS } from './clock';
import { SANE_FUTURE_MS } from './boundary';

export const PLATFORM_CLOCK_KEY = 'platformClock';
/** A learned offset holds this long after a heartbeat last confirmed it. */
export const CLOCK_HOLD_MS = 2 * HOUR_MS;
/** A sample this close below the offset confirms it (heartbeats arrive a moment after they are stamped). */
const CONFIRM_MS = 2 * MINUTE_MS;

/** The platform minus the computer's clock, and the computer's time a heartbeat last confirmed it. */
export interface LearnedOffset {
  offset: number;
  confirmedAt: number;
}

export const isLearned = (v: unknown): v is LearnedOffset =>
  typeof v === 'object' && v !== null && Number.isFinite((v as LearnedOffset).offset) && Number.isFinite((v as LearnedOffset).confirmedAt) &&
  (v as LearnedOffset).offset > 0 && (v as LearnedOffset).offset <= SANE_FUTURE_MS;

/** The offset in force at computer time `wall` (0 when none, or no longer confirmed, or the clock went back before it). */
export function offsetAt(learned: LearnedOffset | null, wall: number): number {
  if (!learned) return 0;
  return wall < learned.confirmedAt - MINUTE_MS || wall > learned.confirmedAt + CLOCK_HOLD_MS ? 0 : learned.offset;
}

/** The learned offset after a platform time `platformAt` was seen at computer time `wall` (the same object when nothing changes). */
export function learn(learned: LearnedOffset | null, platformAt: number, wall: number): LearnedOffset | null {
  if (!isPlausibleEventTime(platformAt)) return learned;
  const sample = platformAt - wall;
  if (sample > SANE_FUTURE_MS) return learned; // no platform is a month ahead: a broken stamp
  const current = offsetAt(learned, wall);
  if (sample > current) return sample > CLOCK_AGREES_MS ? { offset: sample, confirmedAt: wall } : learned;
  if (current > 0 && sample >= current - CONFIRM_MS) return { offset: current, confirmedAt: wall };
  return learned;
}
