// The platform counts buyer messages sent 08:00–23:00 Beijing time, and the
// extension behaves differently inside and outside that window (badges,
// alerts, counted buyers, the board). A test run sees only the hour it runs
// at, so the second pass of each test suite runs with its clock moved to the
// other half of the Beijing day (libfaketime, Debian's `faketime`): every CI
// run covers both day and night, whenever it starts.
import { spawnSync } from 'node:child_process';
import { aptInstall } from './chromium.mjs';

const HOUR_MS = 3600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;
/** 14:00 in the counted window, 02:30 outside it (Beijing time). */
const DAY_HOUR = 14;
const NIGHT_HOUR = 2.5;

/** Beijing hour of `now` as a fraction (0 ≤ h < 24). */
export function beijingHour(now) {
  return (((now + BEIJING_OFFSET_MS) % (24 * HOUR_MS)) + 24 * HOUR_MS) % (24 * HOUR_MS) / HOUR_MS;
}

/** Whole minutes to move the clock forward so that it stands in the other half of the Beijing day. */
export function minutesToOtherHalf(now) {
  const hour = beijingHour(now);
  const target = hour >= 8 && hour < 23 ? NIGHT_HOUR : DAY_HOUR;
  return Math.round((((target - hour) % 24) + 24) % 24 * 60);
}

/** Whether Debian's `faketime` is here (CI installs it; elsewhere the pass runs at the real time). */
export function hasFaketime() {
  return spawnSync('faketime', ['-f', '+0', 'true']).status === 0;
}

let checked = false;
/** `faketime` found, or installed on Debian as root (once). */
function ensureFaketime() {
  if (!checked && !hasFaketime()) aptInstall(['faketime']);
  checked = true;
  return hasFaketime();
}

/**
 * The command and arguments that run `command` with the clock moved to the
 * other half of the Beijing day, and a line saying so; without faketime, the
 * command as it is.
 */
export function inOtherHalfOfDay(command, args, now = Date.now()) {
  if (!ensureFaketime()) return { command, args, note: 'faketime not installed (apt-get install faketime): this pass runs at the real time' };
  const minutes = minutesToOtherHalf(now);
  const at = new Date(now + minutes * 60_000 + BEIJING_OFFSET_MS).toISOString().slice(11, 16);
  return { command: 'faketime', args: ['-f', `+${minutes}m`, command, ...args], note: `clock moved ${minutes} min forward (${at} Beijing)` };
}
