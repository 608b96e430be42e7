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

/** An offset the worker would learn: beyond the clocks' agreement, within a month either way. */
const isOffset = (offset: number): boolean =>
  Number.isFinite(offset) && Math.abs(offset) > CLOCK_AGREES_MS && Math.abs(offset) <= SANE_FUTURE_MS;

export const isLearned = (v: unknown): v is LearnedOffset =>
  typeof v === 'object' && v !== null && Number.isFinite((v as LearnedOffset).confirmedAt) && isOffset((v as LearnedOffset).offset);

/** The offset in force at computer time `wall` (0 when none, or no longer confirmed, or the clock went back before it). */
export function offsetAt(learned: LearnedOffset | null, wall: number): number {
  if (!learned) return 0;
  return wall < learned.confirmedAt - MINUTE_MS || wall > learned.confirmedAt + CLOCK_HOLD_MS ? 0 : learned.offset;
}

/**
 * The learned offset after a heartbeat: its platform time `platformAt` seen at computer time `wall`, and
 * the offset the chat page measured (`measured`; null before it saw any platform time, or from an older
 * page). The same object when nothing changes; null when the computer's clock is right again.
 */
export function learn(learned: LearnedOffset | null, platformAt: number, wall: number, measured: number | null = null): LearnedOffset | null {
  if (measured !== null && (measured < -CLOCK_AGREES_MS || (learned?.offset ?? 0) < 0)) return fromMeasured(learned, measured, wall);
  if (!isPlausibleEventTime(platformAt)) return learned;
  const sample = platformAt - wall;
  if (sample > SANE_FUTURE_MS) return learned; // no platform is a month ahead: a broken stamp
  const current = offsetAt(learned, wall);
  if (sample > current) return sample > CLOCK_AGREES_MS ? { offset: sample, confirmedAt: wall } : learned;
  if (current > 0 && sample >= current - CONFIRM_MS) return { offset: current, confirmedAt: wall };
  return learned;
}

/** Within this of the offset in force, a measurement confirms it (the page's measurement moves by milliseconds). */
const STEADY_MS = 1_000;

/**
 * A computer clock that is fast, from the chat page's own measurement: the heartbeat's time is only a
 * lower bound (it may have waited in the outbox), so it cannot show one; the page's offset can. A slow
 * clock is still learned from the stamps, the largest lower bound (as before this measurement was sent).
 */
function fromMeasured(learned: LearnedOffset | null, measured: number, wall: number): LearnedOffset | null {
  if (!Number.isFinite(measured) || Math.abs(measured) > SANE_FUTURE_MS) return learned;
  if (Math.abs(measured) <= CLOCK_AGREES_MS) return null; // the computer's clock is right (again)
  const current = offsetAt(learned, wall);
  return { offset: current !== 0 && Math.abs(measured - current) <= STEADY_MS ? current : measured, confirmedAt: wall };
}
