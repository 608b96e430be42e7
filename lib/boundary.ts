/**
 * Checks for values read from the page (its traffic, its DOM): the page is
 * not ours and a script in it may feed us anything (issue 11, items 2–3).
 * Each check returns the value or null; the readers drop what is null and
 * count it (lib/content/dropped.ts). Pure functions.
 */
import { DAY_MS } from './clock';

/** Ids: 1–64 characters of letters, digits and `_ - . : @` (platform uids, msg_ids, order numbers). */
/** The longest id the store keeps (lib/store/stored-ids.ts); ids made on our side stay within it. */
export const MAX_ID_LENGTH = 128;
export const SAFE_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;

/** A string or finite number as an id, if it fits SAFE_ID. */
export function safeId(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  return text !== null && SAFE_ID.test(text) ? text : null;
}

/** Names and labels (agent, shop): at most this many characters, no control characters. */
export const MAX_LABEL_CHARS = 64;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function safeLabel(value: unknown, max = MAX_LABEL_CHARS): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text !== '' && text.length <= max && !CONTROL.test(text) ? text : null;
}

/**
 * A unix time in seconds, milliseconds or microseconds (even nanoseconds),
 * told apart by magnitude, as epoch ms; null for anything else. Today is
 * ~1.8e9 s, ~1.8e12 ms, ~1.8e15 µs: each unit is read in its own band of
 * three orders of magnitude, so none is mistaken for another until the year 5138.
 */
export function epochMsByMagnitude(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,20}(?:\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return null;
  if (n < 1e11) return Math.round(n * 1e3); // seconds
  if (n < 1e14) return Math.round(n); // milliseconds
  if (n < 1e17) return Math.round(n / 1e3); // microseconds
  if (n < 1e20) return Math.round(n / 1e6); // nanoseconds
  return null;
}

/**
 * How far from now a time read from the page may be. Back: a conversation
 * list shows months of history. Ahead: the computer's clock may be slow
 * (the platform's time is then ahead of ours), by days at worst.
 */
export const SANE_PAST_MS = 400 * DAY_MS;
export const SANE_FUTURE_MS = 30 * DAY_MS;

/** `at` when it lies within the sane window around `now`, else null. */
export function saneTime(at: number | null, now: number): number | null {
  if (at === null || !Number.isFinite(at)) return null;
  return at >= now - SANE_PAST_MS && at <= now + SANE_FUTURE_MS ? at : null;
}

/** A time read by magnitude and bounded around `now`. */
export function pageTime(value: unknown, now: number): number | null {
  return saneTime(epochMsByMagnitude(value), now);
}
