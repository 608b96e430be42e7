/**
 * A day's figures as sums over its conversations (issue 13): every figure of
 * DayMetrics is a sum of per-conversation parts (waits are whole
 * milliseconds, so sums are exact) except the buyers, merged over
 * conversations. DayTallies keeps the sums as conversations are replaced, so
 * a live batch costs the conversations it touched, not the whole day.
 * The rules behind each count are in lib/metrics.ts's file comment.
 */
import { beijingDayStart, DAY_MS, HOUR_MS, PLATFORM_COUNTED_WINDOW } from './clock';
import type { BeijingDay, CountedWindow } from './clock';
import { dedupeEvents } from './events';
import type { ChatEvent } from './events';
import type { DayMetrics, MetricsOptions } from './metrics';
import { RATE_1H_MIN_BUYERS, REPLY_THRESHOLD_MS } from './rules';

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
interface TallySums {
  counted: number;
  answered: number;
  within30s: number;
  within3min: number;
  within5min: number;
  /** Answered within 5 minutes by any reply, robot included (the 2023 5-minute signup rule counts robot replies). */
  within5minAny: number;
  waitSumMs: number;
  uncounted: number;
}

/** One conversation's part of a day's figures; the store keeps them in memory (lib/store/aggregates.ts). */
export interface ConversationTally extends TallySums {
  /** Per buyer in this conversation: were all their counted messages answered within 1 h? */
  buyers: Array<[buyerId: string, repliedWithin1h: boolean]>;
  /** A counted buyer message comes after the day's last human reply (a reply after midnight may still answer it). */
  open: boolean;
}

const emptySums = (): TallySums => ({ counted: 0, answered: 0, within30s: 0, within3min: 0, within5min: 0, within5minAny: 0, waitSumMs: 0, uncounted: 0 });

/** A conversation's events of the day as the tally needs them: every human reply time, the day's buyer messages. */
interface ConversationEvents {
  humanTimes: number[];
  /** Every reply time, robot included (for the robot-counted 5-minute rate). */
  anyTimes: number[];
  /** Latest human reply on the day (-Infinity when none). */
  lastHumanOfDay: number;
  buyers: ChatEvent[];
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
  readonly list: Array<[buyerId: string, repliedWithin1h: boolean]> = [];
  private index: Map<string, [string, boolean]> | null = null;

  note(buyerId: string, ok: boolean): void {
    let entry: [string, boolean] | undefined;
    if (this.index) entry = this.index.get(buyerId);
    else for (const e of this.list) if (e[0] === buyerId) entry = e;
    if (entry) {
      entry[1] = entry[1] && ok;
      return;
    }
    entry = [buyerId, ok];
    this.list.push(entry);
    if (this.index) this.index.set(buyerId, entry);
    else if (this.list.length > SHORT_LIST) this.index = new Map(this.list.map((e) => [e[0], e]));
  }
}

/** Adds one counted message's wait to a tally (thresholds inclusive, RULES.md §1). */
function countWait(tally: TallySums, buyers: BuyerVerdicts, buyerId: string, waitMs: number | null, anyWaitMs: number | null): void {
  tally.counted += 1;
  if (anyWaitMs !== null && anyWaitMs <= REPLY_THRESHOLD_MS['reply-5min']) tally.within5minAny += 1;
  if (waitMs !== null) {
    tally.answered += 1;
    tally.waitSumMs += waitMs;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-30s']) tally.within30s += 1;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-3min']) tally.within3min += 1;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-5min']) tally.within5min += 1;
  }
  buyers.note(buyerId, waitMs !== null && waitMs <= REPLY_THRESHOLD_MS['reply-1h']);
}

/** One conversation's tally: each counted buyer message waits for the next human reply at or after it. */
function tallyOf(events: ConversationEvents, dayStart: number, window: CountedWindow): ConversationTally {
  const sums = emptySums();
  const buyers = new BuyerVerdicts();
  const times = events.humanTimes;
  if (times.length > 1) times.sort((a, b) => a - b);
  const anyTimes = events.anyTimes;
  if (anyTimes.length > 1) anyTimes.sort((a, b) => a - b);
  const from = dayStart + window.startHour * HOUR_MS;
  const to = dayStart + window.endHour * HOUR_MS;
  let open = false;
  for (const event of events.buyers) {
    if (event.at < from || event.at >= to) {
      sums.uncounted += 1;
      continue;
    }
    const i = lowerBound(times, event.at);
    const j = lowerBound(anyTimes, event.at);
    countWait(sums, buyers, event.buyerId, i < times.length ? times[i]! - event.at : null, j < anyTimes.length ? anyTimes[j]! - event.at : null);
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
    if (!c) byConversation.set(e.conversationId, (c = { humanTimes: [], anyTimes: [], lastHumanOfDay: -Infinity, buyers: [] }));
    const onDay = e.at >= dayStart && e.at < dayEnd;
    if (e.kind === 'robot') c.anyTimes.push(e.at);
    else if (e.kind === 'human') {
      c.anyTimes.push(e.at);
      c.humanTimes.push(e.at);
      if (onDay && e.at > c.lastHumanOfDay) c.lastHumanOfDay = e.at;
    } else if (onDay) c.buyers.push(e);
  }
  const tallies = new Map<string, ConversationTally>();
  for (const [conversationId, c] of byConversation) if (c.buyers.length > 0) tallies.set(conversationId, tallyOf(c, dayStart, window));
  return tallies;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A day's conversation tallies with their sums kept up to date: replacing one conversation costs that conversation. */
export class DayTallies {
  private readonly tallies = new Map<string, ConversationTally>();
  private readonly sums = emptySums();
  /** Per buyer: the conversations they have counted messages in, and how many of those missed the hour. */
  private readonly buyers = new Map<string, { conversations: number; late: number }>();
  private lateBuyers = 0;
  private readonly open = new Set<string>();

  constructor(tallies: Iterable<[string, ConversationTally]> = []) {
    for (const [conversationId, tally] of tallies) this.set(conversationId, tally);
  }

  /** Replaces a conversation's tally (undefined: it has none on this day any more). */
  set(conversationId: string, tally: ConversationTally | undefined): void {
    const old = this.tallies.get(conversationId);
    if (old) this.apply(conversationId, old, -1);
    if (tally) {
      this.tallies.set(conversationId, tally);
      this.apply(conversationId, tally, 1);
    } else this.tallies.delete(conversationId);
  }

  private apply(conversationId: string, tally: ConversationTally, sign: 1 | -1): void {
    const sums = this.sums;
    sums.counted += sign * tally.counted;
    sums.answered += sign * tally.answered;
    sums.within30s += sign * tally.within30s;
    sums.within3min += sign * tally.within3min;
    sums.within5min += sign * tally.within5min;
    sums.within5minAny += sign * tally.within5minAny;
    sums.waitSumMs += sign * tally.waitSumMs;
    sums.uncounted += sign * tally.uncounted;
    for (const [buyerId, ok] of tally.buyers) {
      const buyer = this.buyers.get(buyerId) ?? { conversations: 0, late: 0 };
      const wasLate = buyer.late > 0;
      buyer.conversations += sign;
      if (!ok) buyer.late += sign;
      if (buyer.conversations === 0) this.buyers.delete(buyerId);
      else this.buyers.set(buyerId, buyer);
      this.lateBuyers += Number(buyer.late > 0) - Number(wasLate);
    }
    if (tally.open && sign > 0) this.open.add(conversationId);
    else if (sign < 0) this.open.delete(conversationId);
  }

  /** The day's figures (the same as dayMetrics over the conversations' events). */
  metrics(day: BeijingDay): DayMetrics {
    const { counted, answered, waitSumMs } = this.sums;
    const buyers = this.buyers.size;
    return {
      day,
      buyers,
      messages: counted,
      answered,
      waiting: counted - answered,
      uncounted: this.sums.uncounted,
      rate30s: share(this.sums.within30s, counted),
      rate3min: share(this.sums.within3min, counted),
      rate5min: share(this.sums.within5min, counted),
      rate5minAny: share(this.sums.within5minAny, counted),
      rate1h: share(buyers - this.lateBuyers, buyers),
      rate1hAssessed: buyers > RATE_1H_MIN_BUYERS,
      avgResponseMs: answered === 0 ? null : waitSumMs / answered,
    };
  }

  /** Conversations left open at the end of the day (a reply after midnight may answer them), sorted. */
  carry(): string[] {
    return [...this.open].sort();
  }
}
