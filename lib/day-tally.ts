/**
 * A day's figures as sums over its conversations (issue 13): every figure of
 * DayMetrics is a sum of per-conversation parts (waits are whole
 * milliseconds, so sums are exact) except the buyers, merged over
 * conversations. DayTallies keeps the sums as conversations are replaced, so
 * a live batch costs the conversations it touched, not the whole day.
 * The rules behind each count are in lib/metrics.ts's file comment.
 */
import { beijingDay, isInCountedWindow, PLATFORM_COUNTED_WINDOW } from './clock';
import type { BeijingDay } from './clock';
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

/** A counted buyer message and its wait (null when no human reply was found). */
interface CountedMessage {
  event: ChatEvent;
  waitMs: number | null;
  /** The wait for any reply, robot included (the 2023 5-minute signup rule counts robot replies). */
  anyWaitMs: number | null;
}

/** Each conversation's reply times of the kinds given, sorted. */
function replyTimes(unique: readonly ChatEvent[], kinds: ReadonlySet<ChatEvent['kind']>): Map<string, number[]> {
  const byConversation = new Map<string, number[]>();
  for (const event of unique) {
    if (!kinds.has(event.kind)) continue;
    const times = byConversation.get(event.conversationId);
    if (times) times.push(event.at);
    else byConversation.set(event.conversationId, [event.at]);
  }
  for (const times of byConversation.values()) times.sort((a, b) => a - b);
  return byConversation;
}

const HUMAN: ReadonlySet<ChatEvent['kind']> = new Set(['human']);
const ANY_REPLY: ReadonlySet<ChatEvent['kind']> = new Set(['human', 'robot']);

/** The wait from `at` to the next time in `times` at or after it, or null. */
function waitFor(times: readonly number[] | undefined, at: number): number | null {
  if (!times) return null;
  const i = lowerBound(times, at);
  return i < times.length ? times[i]! - at : null;
}

/** The day's counted buyer messages (deduplicated) with their waits: the next human reply at or after each. */
function countedMessages(unique: readonly ChatEvent[], day: BeijingDay, options: MetricsOptions): CountedMessage[] {
  const window = options.window ?? PLATFORM_COUNTED_WINDOW;
  const humanTimes = replyTimes(unique, HUMAN);
  const anyTimes = replyTimes(unique, ANY_REPLY);
  const counted: CountedMessage[] = [];
  for (const event of unique) {
    if (event.kind !== 'buyer' || beijingDay(event.at) !== day || !isInCountedWindow(event.at, window)) continue;
    counted.push({ event, waitMs: waitFor(humanTimes.get(event.conversationId), event.at), anyWaitMs: waitFor(anyTimes.get(event.conversationId), event.at) });
  }
  return counted;
}

/** The summed part of a conversation's figures. */
interface TallySums {
  counted: number;
  answered: number;
  within30s: number;
  within3min: number;
  within5min: number;
  /** Answered within 5 minutes by any reply, robot included. */
  within5minAny: number;
  waitSumMs: number;
  uncounted: number;
}

const SUMMED: ReadonlyArray<keyof TallySums> = ['counted', 'answered', 'within30s', 'within3min', 'within5min', 'within5minAny', 'waitSumMs', 'uncounted'];

/** One conversation's part of a day's figures; the store keeps them in memory (lib/store/aggregates.ts). */
export interface ConversationTally extends TallySums {
  /** Per buyer in this conversation: were all their counted messages answered within 1 h? */
  buyers: Array<[buyerId: string, repliedWithin1h: boolean]>;
  /** A counted buyer message comes after the day's last human reply (a reply after midnight may still answer it). */
  open: boolean;
}

const emptySums = (): TallySums => ({ counted: 0, answered: 0, within30s: 0, within3min: 0, within5min: 0, within5minAny: 0, waitSumMs: 0, uncounted: 0 });

/** Adds one counted message's wait to a tally (thresholds inclusive, RULES.md §1). */
function countWait(tally: ConversationTally, event: ChatEvent, waitMs: number | null, anyWaitMs: number | null): void {
  tally.counted += 1;
  if (anyWaitMs !== null && anyWaitMs <= REPLY_THRESHOLD_MS['reply-5min']) tally.within5minAny += 1;
  if (waitMs !== null) {
    tally.answered += 1;
    tally.waitSumMs += waitMs;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-30s']) tally.within30s += 1;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-3min']) tally.within3min += 1;
    if (waitMs <= REPLY_THRESHOLD_MS['reply-5min']) tally.within5min += 1;
  }
  const ok = waitMs !== null && waitMs <= REPLY_THRESHOLD_MS['reply-1h'];
  const buyer = tally.buyers.find(([id]) => id === event.buyerId);
  if (buyer) buyer[1] = buyer[1] && ok;
  else tally.buyers.push([event.buyerId, ok]);
}

/**
 * The day's figures per conversation: pass the day's events and the next
 * day's (replies after midnight); conversations without a buyer message on
 * `day` have no tally.
 */
export function tallyByConversation(events: readonly ChatEvent[], day: BeijingDay, options: MetricsOptions = {}): Map<string, ConversationTally> {
  const window = options.window ?? PLATFORM_COUNTED_WINDOW;
  const unique = dedupeEvents(events);
  const tallies = new Map<string, ConversationTally>();
  const tallyOf = (conversationId: string) => {
    let tally = tallies.get(conversationId);
    if (!tally) tallies.set(conversationId, (tally = { ...emptySums(), buyers: [], open: false }));
    return tally;
  };
  const lastHumanOfDay = new Map<string, number>();
  for (const e of unique) {
    if (e.kind === 'human' && beijingDay(e.at) === day) lastHumanOfDay.set(e.conversationId, Math.max(lastHumanOfDay.get(e.conversationId) ?? -Infinity, e.at));
    else if (e.kind === 'buyer' && beijingDay(e.at) === day && !isInCountedWindow(e.at, window)) tallyOf(e.conversationId).uncounted += 1;
  }
  for (const { event, waitMs, anyWaitMs } of countedMessages(unique, day, options)) {
    const tally = tallyOf(event.conversationId);
    countWait(tally, event, waitMs, anyWaitMs);
    if (event.at > (lastHumanOfDay.get(event.conversationId) ?? -Infinity)) tally.open = true;
  }
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
    for (const key of SUMMED) this.sums[key] += sign * tally[key];
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
