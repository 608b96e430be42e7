/**
 * The team merge's building blocks over events and minutes (merge.ts puts
 * them together): the union of events by message id, events by Beijing day,
 * a day's figures from bucketed events, and observed minute spans. Pure.
 */
import { addDays } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { ChatEvent } from '../events';
import { DayTallies } from '../day-tallies';
import { tallyByConversation } from '../day-tally';
import type { DayMetrics } from '../metrics';

/** Appends to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Events by Beijing day, one copy per message id (the earliest, as dedupeEvents keeps). */
export class EventUnion {
  private readonly byId = new Map<string, ChatEvent>();
  /** Copies of a message id whose time differs from the copy seen first (a conflict between files, shown on the Team page). */
  differing = 0;

  add(events: Iterable<ChatEvent>): void {
    for (const e of events) {
      const kept = this.byId.get(e.messageId);
      if (!kept) this.byId.set(e.messageId, e);
      else if (e.at !== kept.at) {
        this.differing += 1;
        if (e.at < kept.at) this.byId.set(e.messageId, e);
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** The union bucketed by Beijing day. */
  byDay(): Map<BeijingDay, ChatEvent[]> {
    const out = new Map<BeijingDay, ChatEvent[]>();
    for (const e of this.byId.values()) push(out, dayOfMs(e.at), e);
    return out;
  }
}

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;
/** Beijing day of an instant, cached per day start (called once per event; clock.beijingDay formats a Date each time). */
const dayCache = new Map<number, BeijingDay>();
export function dayOfMs(at: number): BeijingDay {
  const index = Math.floor((at + OFFSET_MS) / DAY_MS);
  let day = dayCache.get(index);
  if (day === undefined) {
    day = new Date(index * DAY_MS).toISOString().slice(0, 10);
    if (dayCache.size > 4000) dayCache.clear();
    dayCache.set(index, day);
  }
  return day;
}

/**
 * A day's figures from day-bucketed events: the day's, and the next day's
 * replies (one after midnight may answer a message of the day; a robot's only
 * for the robot-counted 5-minute rate). The next day's buyer events cannot
 * change the day's figures (a message counts on the day it was sent), so they
 * are left out: dayMetrics gives the same result on less input. Every list of
 * `byDay` must hold one copy per message id (EventUnion.byDay, agentByDay).
 */
export function metricsOfDay(byDay: Map<BeijingDay, ChatEvent[]>, day: BeijingDay, window: CountedWindow): DayMetrics {
  const events = [...(byDay.get(day) ?? [])];
  for (const e of byDay.get(addDays(day, 1)) ?? []) if (e.kind !== 'buyer') events.push(e);
  // The union holds one copy per message id already: dayMetrics without its dedupe.
  return new DayTallies(tallyByConversation(events, day, { window, unique: true })).metrics(day);
}

/** An agent's events by day, one copy per message id (a file is not trusted to hold each once; re-exports overlap). */
export function agentByDay(lists: ChatEvent[][]): Map<BeijingDay, ChatEvent[]> {
  const union = new EventUnion();
  for (const list of lists) union.add(list);
  return union.byDay();
}

/** Every day from `from` to `to`, inclusive. */
export function dayList(from: BeijingDay, to: BeijingDay): BeijingDay[] {
  const out: BeijingDay[] = [];
  for (let d = from; d <= to && out.length < 4000; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Merges observed minute spans. */
export function unionSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Minutes of `spans` between `from` and `to`. */
export function observed(spans: Array<[number, number]>, from: number, to: number): number {
  let total = 0;
  for (const [a, b] of spans) total += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return total;
}

/** An hour counts as watched when at least this share of its minutes was observed (the 90 % rule per hour). */
export const HOUR_COVERED_SHARE = 0.9;

/** The counted window in minutes of the day. */
export interface WindowMinutes {
  from: number;
  to: number;
  /** Its length (at least 1, a share's denominator). */
  length: number;
}

export const windowMinutes = (window: CountedWindow): WindowMinutes => ({
  from: window.startHour * 60,
  to: window.endHour * 60,
  length: Math.max(1, window.endHour * 60 - window.startHour * 60),
});

/** Hours of the window nobody watched for at least 90 % of it. */
export function missingHours(spans: Array<[number, number]>, window: CountedWindow): number[] {
  const hours: number[] = [];
  for (let h = window.startHour; h < window.endHour; h += 1) {
    if (observed(spans, h * 60, h * 60 + 60) < 60 * HOUR_COVERED_SHARE) hours.push(h);
  }
  return hours;
}
