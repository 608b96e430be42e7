/**
 * A day's figures as sums over its conversations (issue 13): every figure of
 * DayMetrics is a sum of per-conversation parts (waits are whole
 * milliseconds, so sums are exact) except the buyers, merged over
 * conversations. DayTallies (day-tallies.ts) keeps the sums as conversations are replaced, so
 * a live batch costs the conversations it touched, not the whole day.
 * The rules behind each count are in lib/metrics.ts's file comment.
 */
import { beijingDayStart, DAY_MS, HOUR_MS, PLATFORM_COUNTED_WINDOW } from './clock';
import type { BeijingDay, CountedWindow } from './clock';
import { dedupeEvents } from './events';
import type { ChatEvent } from './events';
import type { MetricsOptions } from './metrics';
import { REPLY_THRESHOLD_MS } from './rules';

/** Index of the first element >= value in a sorted array (length when none). */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The summed part of a conversation's figures. */
export interface TallySums {
  counted: number;
  answered: number;
  within30s: number;
  within3min: number;
  within5min: number;
  /** Answered within 5 minutes by any reply, robot included (the 2023 5-minute signup rule counts robot replies). */
  within5minAny: number;
  /**
   * The same four counting only replies the traffic brought: a reply inferred
   * from the page's grouping (ChatEvent.inferred) rests on what the page draws,
   * and a page can draw anything (lib/metrics.ts, DayMetrics.certain).
   */
  certain30s: number;
  certain3min: number;
  certain5min: number;
  certain5minAny: number;
  waitSumMs: number;
  uncounted: number;
}

/** One conversation's part of a day's figures; the store keeps them in memory (lib/store/aggregates.ts). */
export interface ConversationTally extends TallySums {
  /** Per buyer in this conversation: were all their counted messages answered within 1 h (and so by replies the traffic brought)? */
  buyers: Array<[buyerId: string, repliedWithin1h: boolean, certainWithin1h: boolean]>;
  /** A counted buyer message comes after the day's last human reply (a reply after midnight may still answer it). */
  open: boolean;
}

export const emptySums = (): TallySums => ({
  counted: 0,
  answered: 0,
  within30s: 0,
  within3min: 0,
  within5min: 0,
  within5minAny: 0,
  certain30s: 0,
  certain3min: 0,
  certain5min: 0,
  certain5minAny: 0,
  waitSumMs: 0,
  uncounted: 0,
});

/** A conversation's events of the day as the tally needs them: every human reply time, the day's buyer messages. */
interface ConversationEvents {
  humanTimes: number[];
  /** Every reply time, robot included (for the robot-counted 5-minute rate). */
  anyTimes: number[];
  /** Latest human reply on the day (-Infinity when none). */
  lastHumanOfDay: number;
  buyers: ChatEvent[];
  /** Times of the human replies inferred from the page (issue 20 item 3); empty in most conversations. */
  inferredTimes: number[];
}

/** Buyers searched in place below this many (at most SHORT_LIST steps a message: still linear). */
const SHORT_LIST = 8;

/**
 * Per buyer of a conversation: were all their counted messages answered
 * within the hour? A short list searched in place (most conversations have
 * one buyer), a Map once it grows: one conversation may hold tens of
 * thousands of buyer ids (issue 22), and a search per message was quadratic.
 */
class BuyerVerdicts {
  readonly list: Array<[buyerId: string, repliedWithin1h: boolean, certainWithin1h: boolean]> = [];
  private index: Map<string, [string, boolean, boolean]> | null = null;

  note(buyerId: string, ok: boolean, certain: boolean): void {
    let entry: [string, boolean, boolean] | undefined;
    if (this.index) entry = this.index.get(buyerId);
    else for (const e of this.list) if (e[0] === buyerId) entry = e;
    if (entry) {
      entry[1] = entry[1] && ok;
      entry[2] = entry[2] && certain;
      return;
    }
    entry = [buyerId, ok, certain];
    this.list.push(entry);
    if (this.index) this.index.set(buyerId, entry);
    else if (this.list.length > SHORT_LIST) this.index = new Map(this.list.map((e) => [e[0], e]));
  }
}

/** A counted message's waits: for the next human reply and the next reply of any kind (null: none yet). */
interface Waits {
  human: number | null;
  any: number | null;
}

const within = (wait: number | null, limit: number): boolean => wait !== null && wait <= limit;

/**
 * Adds one counted message's waits to a tally (thresholds inclusive, RULES.md §1):
 * `waits` with every reply, `certain` with only the replies the traffic brought.
 */
function countWait(tally: TallySums, buyers: BuyerVerdicts, buyerId: string, waits: Waits, certain: Waits): void {
  tally.counted += 1;
  if (within(waits.any, REPLY_THRESHOLD_MS['reply-5min'])) tally.within5minAny += 1;
  if (within(certain.any, REPLY_THRESHOLD_MS['reply-5min'])) tally.certain5minAny += 1;
  const wait = waits.human;
  if (wait !== null) {
    tally.answered += 1;
    tally.waitSumMs += wait;
    if (wait <= REPLY_THRESHOLD_MS['reply-30s']) tally.within30s += 1;
    if (wait <= REPLY_THRESHOLD_MS['reply-3min']) tally.within3min += 1;
    if (wait <= REPLY_THRESHOLD_MS['reply-5min']) tally.within5min += 1;
  }
  if (within(certain.human, REPLY_THRESHOLD_MS['reply-30s'])) tally.certain30s += 1;
  if (within(certain.human, REPLY_THRESHOLD_MS['reply-3min'])) tally.certain3min += 1;
  if (within(certain.human, REPLY_THRESHOLD_MS['reply-5min'])) tally.certain5min += 1;
  buyers.note(buyerId, within(wait, REPLY_THRESHOLD_MS['reply-1h']), within(certain.human, REPLY_THRESHOLD_MS['reply-1h']));
}

/** Sorted `times` without one occurrence of each of `taken` (both small; `taken` rarely non-empty). */
function without(times: readonly number[], taken: readonly number[]): number[] {
  const left = [...times];
  for (const t of taken) {
    const i = lowerBound(left, t);
    if (left[i] === t) left.splice(i, 1);
  }
  return left;
}

/** The wait from `at` to the first of the sorted `times` at or after it (null: none). */
function waitFrom(times: readonly number[], at: number): number | null {
  const i = lowerBound(times, at);
  return i < times.length ? times[i]! - at : null;
}

/** One conversation's tally: each counted buyer message waits for the next human reply at or after it. */
function tallyOf(events: ConversationEvents, dayStart: number, window: CountedWindow): ConversationTally {
  const sums = emptySums();
  const buyers = new BuyerVerdicts();
  const times = events.humanTimes;
  if (times.length > 1) times.sort((a, b) => a - b);
  const anyTimes = events.anyTimes;
  if (anyTimes.length > 1) anyTimes.sort((a, b) => a - b);
  // Without inferred replies the certain waits are the same waits: computed once.
  const inferred = events.inferredTimes;
  const certainTimes = inferred.length === 0 ? null : { human: without(times, inferred), any: without(anyTimes, inferred) };
  const from = dayStart + window.startHour * HOUR_MS;
  const to = dayStart + window.endHour * HOUR_MS;
  let open = false;
  for (const event of events.buyers) {
    if (event.at < from || event.at >= to) {
      sums.uncounted += 1;
      continue;
    }
    const waits = { human: waitFrom(times, event.at), any: waitFrom(anyTimes, event.at) };
    const certain = certainTimes ? { human: waitFrom(certainTimes.human, event.at), any: waitFrom(certainTimes.any, event.at) } : waits;
    countWait(sums, buyers, event.buyerId, waits, certain);
    if (event.at > events.lastHumanOfDay) open = true;
  }
  return Object.assign(sums, { buyers: buyers.list, open });
}

export interface TallyOptions extends MetricsOptions {
  /** The events are already one per message id (the team merge's union): skip the dedupe. */
  unique?: boolean;
}

/**
 * The day's figures per conversation: pass the day's events and the next
 * day's (replies after midnight); conversations without a buyer message on
 * `day` have no tally. Linear in the events but for sorting each
 * conversation's reply times.
 */
export function tallyByConversation(events: readonly ChatEvent[], day: BeijingDay, options: TallyOptions = {}): Map<string, ConversationTally> {
  const window = options.window ?? PLATFORM_COUNTED_WINDOW;
  // Beijing time has no daylight saving: the day is one fixed span of instants.
  const dayStart = beijingDayStart(day);
  const dayEnd = dayStart + DAY_MS;
  const byConversation = new Map<string, ConversationEvents>();
  for (const e of options.unique ? events : dedupeEvents(events)) {
    let c = byConversation.get(e.conversationId);
    if (!c) byConversation.set(e.conversationId, (c = { humanTimes: [], anyTimes: [], lastHumanOfDay: -Infinity, buyers: [], inferredTimes: [] }));
    const onDay = e.at >= dayStart && e.at < dayEnd;
    if (e.kind === 'robot') c.anyTimes.push(e.at);
    else if (e.kind === 'human') {
      c.anyTimes.push(e.at);
      c.humanTimes.push(e.at);
      if (e.inferred) c.inferredTimes.push(e.at);
      if (onDay && e.at > c.lastHumanOfDay) c.lastHumanOfDay = e.at;
    } else if (onDay) c.buyers.push(e);
  }
  const tallies = new Map<string, ConversationTally>();
  for (const [conversationId, c] of byConversation) if (c.buyers.length > 0) tallies.set(conversationId, tallyOf(c, dayStart, window));
  return tallies;
}
