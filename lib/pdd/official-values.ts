/**
 * Tolerant readers of the values the data pages send or print (see
 * official-figures.ts): numbers or numeric strings, rates as 0–1, 0–100 or
 * "83.72%", durations as seconds or "1分12秒", days in several spellings.
 * NaN marks an absurd value, null an absent one.
 */
import { beijingDay, isBeijingDay } from '../clock';
import type { BeijingDay } from '../clock';

/** Upper bounds beyond which a figure is not believed. */
const MAX_COUNT = 10_000_000;
const MAX_SECONDS = 86_400;
const MAX_SCORE = 1_000;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finite number from a number or a numeric string ("1,234" too); null otherwise. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * A rate as a fraction 0–1: "83.72%" is a percentage; a number up to 1 is a
 * fraction, above 1 up to 100 a percentage. NaN for anything outside 0–100 %
 * (absurd), null when there is no value ("-", "", missing).
 */
export function toRate(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || /^[-—–]+$/.test(text)) return null;
    const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) return checkedFraction(Number(percent[1]) / 100);
  }
  const n = toNumber(value);
  if (n === null) return Number.NaN;
  return checkedFraction(n <= 1 ? n : n / 100);
}

/** Rounded to 6 places so "83.72%" and 0.8372 are the same figure. */
const checkedFraction = (f: number): number => (f >= 0 && f <= 1 ? Math.round(f * 1e6) / 1e6 : Number.NaN);

/** Seconds from a number, a numeric string, "47秒", "1分12秒", "1分钟" or "1小时2分"; NaN when absurd, null when absent. */
export function toSeconds(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || /^[-—–]+$/.test(text)) return null;
    const parts = /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s))?$/.exec(text);
    if (parts && (parts[1] ?? parts[2] ?? parts[3]) !== undefined) {
      const sec = Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
      return sec <= MAX_SECONDS ? sec : Number.NaN;
    }
  }
  const n = toNumber(value);
  if (n === null || n < 0 || n > MAX_SECONDS) return Number.NaN;
  return n;
}

export function toCount(value: unknown): number | null {
  if (value === undefined || value === null || value === '' || value === '-') return null;
  const n = toNumber(value);
  if (n === null || n < 0 || !Number.isInteger(n) || n > MAX_COUNT) return Number.NaN;
  return n;
}

export function toScore(value: unknown): number | null {
  if (value === undefined || value === null || value === '' || value === '-') return null;
  const n = toNumber(value);
  return n === null || n < 0 || n > MAX_SCORE ? Number.NaN : n;
}

/** A Beijing day from "2026-11-30", "2026/11/30", "20261130", or unix seconds / ms; null otherwise. */
export function toBeijingDay(value: unknown): BeijingDay | null {
  if (typeof value === 'string') {
    const text = value.trim();
    const m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[ T].*)?$/.exec(text);
    if (m) {
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      return isBeijingDay(day) ? day : null;
    }
  }
  const n = toNumber(value);
  if (n === null || n <= 0) return null;
  // Seconds until the year 2286, ms after.
  const ms = n < 1e10 ? n * 1000 : n;
  return beijingDay(ms);
}
