/** Beijing-time (UTC+8, no DST) helpers for the simulator's server side. */

const BJ_OFFSET_MS = 8 * 3600_000;

export interface BeijingParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** Splits an epoch-ms instant into Beijing wall-clock parts. */
export function beijingParts(ms: number): BeijingParts {
  const d = new Date(ms + BJ_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Epoch ms of a Beijing wall-clock time. */
export function beijingTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) - BJ_OFFSET_MS;
}

/** Epoch ms of 00:00 Beijing on the day containing `ms`. */
export function beijingMidnight(ms: number): number {
  const p = beijingParts(ms);
  return beijingTime(p.year, p.month, p.day);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "2026-09-28 07:58:03" in Beijing time. */
export function formatDateTime(ms: number): string {
  const p = beijingParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** "260929" (yyMMdd) in Beijing time, the prefix of an order number. */
export function formatYyMmDd(ms: number): string {
  const p = beijingParts(ms);
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`;
}
