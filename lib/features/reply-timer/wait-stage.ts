/**
 * Which stage a buyer's wait is in, against the platform's reply thresholds
 * (RULES.md §1: 30 s, 3 min, 5 min, 1 h) and a "warn soon" share of each.
 */
import { SECOND_MS } from '../../clock';
import { REPLY_THRESHOLDS, type ReplyThreshold } from '../../rules';
import type { ReplyTimerSettings } from '../../settings/types';

export interface WaitStage {
  /** How many thresholds the wait has passed: 0 (none) … 4 (past 1 hour). */
  level: number;
  /** Close to the next threshold (past warnRatio of it). */
  warning: boolean;
  /** The last threshold passed, if any. */
  breached: ReplyThreshold | null;
  /** The next threshold ahead, if any. */
  next: ReplyThreshold | null;
}

/** Thresholds as configured, in the order of REPLY_THRESHOLDS. */
export function thresholdsFromSettings(settings: ReplyTimerSettings): ReplyThreshold[] {
  const seconds = [settings.thresholdsSec.s30, settings.thresholdsSec.m3, settings.thresholdsSec.m5, settings.thresholdsSec.h1];
  return REPLY_THRESHOLDS.map((t, i) => ({ id: t.id, ms: (seconds[i] ?? t.ms / SECOND_MS) * SECOND_MS }));
}

/**
 * The stage of a wait. The warning for a threshold starts at warnRatio of it,
 * but never before the previous threshold has passed (so 5 min warns from the
 * 3-minute breach on, not at 165 s).
 */
export function waitStage(waitMs: number, thresholds: readonly ReplyThreshold[], warnRatio: number): WaitStage {
  let level = 0;
  while (level < thresholds.length && waitMs >= thresholds[level]!.ms) level++;
  const breached = level > 0 ? thresholds[level - 1]! : null;
  const next = thresholds[level] ?? null;
  return { level, warning: next !== null && waitMs >= warningStartMs(breached, next, warnRatio), breached, next };
}

/** Where the warning for `next` starts in a wait: warnRatio of it, never before `breached` (the previous threshold). */
function warningStartMs(breached: ReplyThreshold | null, next: ReplyThreshold, warnRatio: number): number {
  return Math.max(breached?.ms ?? 0, Math.round(next.ms * warnRatio));
}

/** When a wait in `stage` next changes stage (waiting-since plus the warning start or the threshold ahead). */
export function nextStageChangeAt(waitingSince: number, stage: WaitStage, warnRatio: number): number {
  if (!stage.next) return Infinity;
  return waitingSince + (stage.warning ? stage.next.ms : warningStartMs(stage.breached, stage.next, warnRatio));
}

/**
 * A stage as one number that only grows while a wait lasts: 0 fresh, 1 warning
 * for the first threshold, 2 past it, 3 warning for the second, … Desktop
 * notifications are sent at most once per buyer and ordinal.
 */
export function stageOrdinal(stage: WaitStage): number {
  return stage.level * 2 + (stage.warning ? 1 : 0);
}
