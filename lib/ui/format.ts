/**
 * Figures as the extension pages show them: percentages, durations, dates,
 * and the colour of a rate against its target. Pure: no i18n, no DOM, so the
 * popup and options page share them and tests pin them down.
 */
import type { BeijingDay } from '../clock';

/** '91.7%' (one decimal, '.0' dropped); '—' when there is no rate. */
export function formatPct(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/**
 * A rate's colour against its target: green ("达标") at or above it; amber
 * ("接近目标") below it by less than the margin; red below that. A hard floor
 * (the 5-minute restriction, the signup requirement) has no amber: below it
 * is red, however close.
 */
export type RateLevel = 'good' | 'amber' | 'bad' | 'none';

export function rateLevel(rate: number | null | undefined, target: number, margin: number, hardFloor = false): RateLevel {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'none';
  // Rounded to the shown precision, so "80.0%" against an 80 % target is met, never "close".
  const shown = Math.round(rate * 1000) / 1000;
  if (shown >= target) return 'good';
  if (hardFloor) return 'bad';
  return shown >= Math.round((target - margin) * 1000) / 1000 ? 'amber' : 'bad';
}

/** Whole hours, minutes and seconds of a duration (rounded to the second, never negative). */
export function splitDuration(ms: number): { h: number; m: number; s: number } {
  const total = Math.max(0, Math.round(ms / 1000));
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** 'MM-DD' of a Beijing day 'YYYY-MM-DD'. */
export function monthDay(day: BeijingDay): string {
  return day.slice(5);
}

/** A fraction 0–1 as a percent number for an input (0.7 → 70, 0.855 → 85.5). */
export function toPercentInput(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}

/** A percent typed in an input back to a fraction (70 → 0.7); NaN stays NaN so validation can name it. */
export function fromPercentInput(percent: number): number {
  return Math.round(percent * 100) / 10000;
}

/** Non-empty trimmed lines of a textarea, one entry each. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
