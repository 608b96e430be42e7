/**
 * A Beijing working day for the demo and the screenshots, whatever the real
 * clock says. Between 23:00 and 08:00 Beijing time the platform counts
 * nothing, so a demo run then would show "不计" everywhere: the demo and the
 * screenshot script build a copy of the extension whose clock is shifted by
 * `daytimeOffsetMs` (KG_CLOCK_OFFSET_MS, lib/clock.ts) and start the
 * simulator's clock at the same shifted time.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beijingDay, beijingDayStart, beijingTimeOfDay, DAY_MS, formatBeijing, HOUR_MS } from '../../lib/clock';

export interface DaytimeWindow {
  /** Beijing hours within which no shift is needed: [from, to). */
  from: number;
  to: number;
  /** Beijing time (hours) to shift to otherwise, e.g. 10.5 = 10:30. */
  target: number;
}

export const DEFAULT_DAYTIME: DaytimeWindow = { from: 9, to: 20, target: 10.5 };

/** 0 when `now` is already inside the window (Beijing time); else the ms to the next `target` o'clock. */
export function daytimeOffsetMs(now: number, window: DaytimeWindow = DEFAULT_DAYTIME): number {
  const hour = beijingTimeOfDay(now) / HOUR_MS;
  if (hour >= window.from && hour < window.to) return 0;
  let at = beijingDayStart(beijingDay(now)) + window.target * HOUR_MS;
  if (at <= now) at += DAY_MS;
  return at - now;
}

/**
 * Builds the Chrome extension with its clock shifted by `offsetMs` into
 * `outDir` (never .output/chrome-mv3, which tests load) and returns the
 * unpacked folder.
 */
export function buildShifted(outDir: string, offsetMs: number): string {
  return buildVariant(outDir, { KG_CLOCK_OFFSET_MS: String(offsetMs) });
}

/** Builds the Chrome extension with build-time `env` (wxt.config.ts) into `outDir`; returns the unpacked folder. */
export function buildVariant(outDir: string, env: Record<string, string>): string {
  const wxt = path.resolve('node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env, KG_OUT_DIR: outDir } });
  if (result.status !== 0) throw new Error(`wxt build (${JSON.stringify(env)}) failed`);
  return path.resolve(outDir, 'chrome-mv3');
}

/** "北京时间 10:30" of an instant, for the scripts' console lines. */
export function beijingClock(at: number): string {
  return formatBeijing(at).slice(11, 16);
}
