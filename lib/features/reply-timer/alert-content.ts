/**
 * What the longest-wait alert lists (the view is longest-wait-alert.ts): the
 * waits in its order, each with its time at a tick. Pure.
 */
import type { Waiting } from '../../content/chat-session/wait-book';
import { waitText } from '../../wait-display';
import type { AlertWait } from './WaitAlert';
import { savable } from './savable';
import type { StagedWait } from './state';

/** How many waits the alert lists, and how many the report names for desktop notifications. */
export const ALERT_LIST_SIZE = 5;

export interface AlertContent {
  count: number;
  waits: AlertWait[];
  /** The first wait's start is an estimate. */
  estimated: boolean;
}

/**
 * The alert's list: first the counted wait about to cross its next threshold
 * (still savable), then the longest waits the platform counts; a message from
 * last night (not counted) is listed only after them.
 */
export function alertContent(waits: readonly StagedWait[], nickname: (buyerId: string) => string, now: number, ordered = alertOrder(waits, now)): AlertContent {
  const first = savable(waits, now);
  return {
    count: waits.length,
    waits: ordered.map((w) => ({
      buyerId: w.waiting.buyerId,
      nickname: nickname(w.waiting.buyerId),
      text: waitText(w.waiting, now),
      level: w.stage.level,
      ...(w === first ? { soon: true } : {}),
    })),
    estimated: ordered[0]?.waiting.estimated ?? false,
  };
}

/** The waits the alert lists, in its order. */
export function alertOrder(waits: readonly StagedWait[], now: number): StagedWait[] {
  const first = savable(waits, now);
  const rest = waits.filter((w) => w !== first);
  return [...(first ? [first] : []), ...rest.filter((w) => w.counted), ...rest.filter((w) => !w.counted)].slice(0, ALERT_LIST_SIZE);
}

/** Each buyer's time as the alert shows it at `now`, from the waits a frame staged (undefined: not among them). */
export function alertTimes(waits: readonly StagedWait[], now: number): (buyerId: string) => string | undefined {
  // One pass, no callback per wait: this runs after a re-render, too rarely for the engine to optimise it.
  const byBuyer = new Map<string, Waiting>();
  for (const { waiting } of waits) byBuyer.set(waiting.buyerId, waiting);
  return (buyerId) => {
    const waiting = byBuyer.get(buyerId);
    return waiting && waitText(waiting, now);
  };
}
