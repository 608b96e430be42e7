/**
 * Beijing-time arithmetic. The platform counts in Asia/Shanghai (UTC+8, no
 * daylight saving since 1991) whatever zone the agent's computer is set to
 * (RULES.md, preamble), so every day boundary and time of day here is computed
 * from a fixed +8 h offset, never from the machine's local zone.
 */

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** A Beijing calendar date, 'YYYY-MM-DD'. */
export type BeijingDay = string;

/** Where "now" comes from; features take one so tests can pin time. */
export interface Clock {
  now(): number;
  /**
   * A platform time just seen in the page's own traffic (PlatformClock learns its offset from these),
   * with, in the worker, the offset the chat page measured (null before it saw any platform time).
   */
  observe?(platformAt: number, measured?: number | null): void;
  /** Platform minus computer time as measured from the traffic; null before any was seen (PlatformClock only). */
  readonly measured?: number | null;
}

/**
 * A fixed shift of the extension's clock, set at build time only by the demo
 * and the screenshot script (KG_CLOCK_OFFSET_MS, test/sim/daytime.ts) so
 * that at night in Beijing they still show a working day. 0 in every real build.
 */
declare const __KG_CLOCK_OFFSET_MS__: number | undefined;
export const BUILD_CLOCK_OFFSET_MS: number =
  typeof __KG_CLOCK_OFFSET_MS__ === 'number' && Number.isFinite(__KG_CLOCK_OFFSET_MS__) ? __KG_CLOCK_OFFSET_MS__ : 0;

export const systemClock: Clock = { now: () => Date.now() + BUILD_CLOCK_OFFSET_MS };

/** Within this of the platform, the computer's own clock is trusted (it is finer than frame seconds). */
export const CLOCK_AGREES_MS = 2 * 1_000;
/** A change of the wall clock against the monotonic one beyond this is a jump (clock set, or sleep). */
const CLOCK_JUMP_MS = 5 * 1_000;

/**
 * One time base for the chat page (issue 11, item 7): the platform's time,
 * as the computer's clock plus an offset measured from the page's own
 * traffic. Every message time seen is a lower bound of the platform's clock
 * when it arrived, so the offset is the largest (time seen − local time of
 * arrival). A computer clock that is slow or fast by minutes or days then
 * still shows true waits. Within CLOCK_AGREES_MS the computer's clock is
 * used as it is. When the computer's clock jumps (set by hand, or after
 * sleep) the offset is kept but the next time seen replaces it.
 */
export class PlatformClock implements Clock {
  private offset: number | null = null;
  private fresh = false;
  private lastGap: number;

  constructor(
    private readonly wall: () => number = () => Date.now(),
    private readonly mono: () => number = () => performance.now(),
  ) {
    this.lastGap = wall() - mono();
  }

  now(): number {
    const wall = this.wall(); // read once: now() runs on every tick, for every wait drawn
    this.noticeJump(wall);
    const offset = this.offset ?? 0;
    return wall + (Math.abs(offset) <= CLOCK_AGREES_MS ? 0 : offset);
  }

  observe(platformAt: number): void {
    if (!Number.isFinite(platformAt)) return;
    const wall = this.wall();
    this.noticeJump(wall);
    const sample = platformAt - wall;
    if (this.offset === null || !this.fresh || sample > this.offset) this.offset = sample;
    this.fresh = true;
  }

  /** Platform minus computer time in ms, as measured; null until traffic was seen. */
  get measured(): number | null {
    return this.offset;
  }

  private noticeJump(wall: number): void {
    const gap = wall - this.mono();
    if (Math.abs(gap - this.lastGap) > CLOCK_JUMP_MS) this.fresh = false;
    this.lastGap = gap;
  }
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Instants a Beijing day can be named for: 1970-01-01 to 9999-12-31 (four-digit
 * years, so every day string sorts and parses). Outside it, or not a number,
 * an instant is read as the nearest end: day arithmetic never throws on an
 * absurd time (a microsecond stamp read as ms lands in the year 58887).
 */
const FIRST_DAY_AT = -BEIJING_OFFSET_MS;
const LAST_DAY_AT = Date.UTC(9999, 11, 31) - BEIJING_OFFSET_MS;

/**
 * Times the store accepts for an event: from 2015-01-01 (the platform opened
 * that year) to 2100-01-01. A fixed window, not one around the computer's
 * clock, which may be wrong by a year (the page's own times are right).
 */
export const EARLIEST_EVENT_AT = Date.UTC(2015, 0, 1) - BEIJING_OFFSET_MS;
export const LATEST_EVENT_AT = Date.UTC(2100, 0, 1) - BEIJING_OFFSET_MS;

/** True for an epoch-ms time inside [EARLIEST_EVENT_AT, LATEST_EVENT_AT). */
export function isPlausibleEventTime(at: unknown): at is number {
  return typeof at === 'number' && Number.isFinite(at) && at >= EARLIEST_EVENT_AT && at < LATEST_EVENT_AT;
}

/** The Beijing date an instant falls on (clamped to 1970-01-01 … 9999-12-31; NaN reads as the first). */
export function beijingDay(at: number): BeijingDay {
  const bounded = Number.isNaN(at) ? FIRST_DAY_AT : Math.min(Math.max(at, FIRST_DAY_AT), LAST_DAY_AT);
  const shifted = new Date(bounded + BEIJING_OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** True when the string is a real 'YYYY-MM-DD' date. */
export function isBeijingDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Epoch ms of 00:00:00.000 Beijing time on the given day. */
export function beijingDayStart(day: BeijingDay): number {
  const m = DAY_PATTERN.exec(day);
  if (!m || !isBeijingDay(day)) throw new RangeError(`not a Beijing date (YYYY-MM-DD): ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - BEIJING_OFFSET_MS;
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: BeijingDay, n: number): BeijingDay {
  return beijingDay(beijingDayStart(day) + n * DAY_MS);
}

/** Milliseconds since Beijing midnight for an instant (0 … DAY_MS-1). */
export function beijingTimeOfDay(at: number): number {
  return (((at + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The hours of a day in which buyer messages are assessed (RULES.md §1). */
export interface CountedWindow {
  startHour: number;
  endHour: number;
}

export const PLATFORM_COUNTED_WINDOW: CountedWindow = { startHour: 8, endHour: 23 };

/**
 * Whether a buyer message sent at `at` is assessed by the platform: sent in
 * [08:00, 23:00) Beijing time. 23:00:00 itself is outside: the rule says
 * "08:00 to 23:00" and a message stamped 23:00:00 belongs to the hour after.
 */
export function isInCountedWindow(at: number, window: CountedWindow = PLATFORM_COUNTED_WINDOW): boolean {
  const t = beijingTimeOfDay(at);
  return t >= window.startHour * HOUR_MS && t < window.endHour * HOUR_MS;
}

/** 'YYYY-MM-DD HH:mm:ss' in Beijing time. */
export function formatBeijing(at: number): string {
  const d = new Date(at + BEIJING_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

const DATETIME_PATTERN =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:T|\s)\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/**
 * Parses a date-time the merchant pages print ('2026-09-28 07:58:03',
 * '2026年09月08日 17:12:14', '2026/9/8 17:12') as Beijing time.
 * Returns null when nothing date-like is found.
 */
export function parseBeijingDateTime(text: string): number | null {
  const m = DATETIME_PATTERN.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return null;
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - BEIJING_OFFSET_MS;
}

/**
 * An elapsed time as the timers show it: '0:42', '4:05', '1:12:30'.
 * Negative input (clock skew between page and computer) shows as 0:00.
 */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND_MS));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
