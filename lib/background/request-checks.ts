/**
 * Checks of the values a request carries, before the background acts on it:
 * a failed check is the sender's bug (RequestError), never a store error.
 */
import { isPlausibleEventTime } from '../clock';
import { RequestError } from '../store/errors';

/** A finite number of epoch ms. */
export function finiteTime(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RequestError(`时间格式不正确 / ${name}: not a time`);
  return value;
}

/** A time an event may carry (lib/clock.ts isPlausibleEventTime): a microsecond stamp or year 58887 is refused. */
export function eventTime(value: unknown, name: string): number {
  if (!isPlausibleEventTime(value)) throw new RequestError(`时间格式不正确 / ${name}: not a plausible time`);
  return value;
}

/** Most days a request may ask for: a year and a day. */
const MAX_REQUEST_DAYS = 366;

/** A whole number of days 1–366, `fallback` when absent; `what` names them in the error (天数, 导出天数). */
export function dayCount(value: unknown, fallback: number, name: string, what = '天数'): number {
  const days = value ?? fallback;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_REQUEST_DAYS) {
    throw new RequestError(`${what}应为 1–${MAX_REQUEST_DAYS} / ${name}: days must be 1–${MAX_REQUEST_DAYS}`);
  }
  return days;
}

/** The array a request field should be, or an empty one. */
export const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
