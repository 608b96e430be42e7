/**
 * A day's figures kept as sums over its conversations' tallies
 * (lib/day-tally.ts), so that a live batch replacing a few conversations
 * costs those conversations, not the whole day (issue 13).
 */
import type { BeijingDay } from './clock';
import { emptySums } from './day-tally';
import type { ConversationTally, TallySums } from './day-tally';
import type { CertainRates, DayMetrics } from './metrics';
import { RATE_1H_MIN_BUYERS } from './rules';

/** Every summed figure of a conversation's tally. */
const SUM_KEYS = Object.keys(emptySums()) as Array<keyof TallySums>;
/** Each within-threshold count beside the same count of replies the traffic brought. */
const CERTAIN_PAIRS: ReadonlyArray<[keyof TallySums, keyof TallySums]> = [
  ['within30s', 'certain30s'],
  ['within3min', 'certain3min'],
  ['within5min', 'certain5min'],
  ['within5minAny', 'certain5minAny'],
];

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A day's conversation tallies with their sums kept up to date: replacing one conversation costs that conversation. */
export class DayTallies {
  private readonly tallies = new Map<string, ConversationTally>();
  private readonly sums = emptySums();
  /** Per buyer: the conversations they have counted messages in, and how many of those missed the hour (also counting only certain replies). */
  private readonly buyers = new Map<string, { conversations: number; late: number; lateCertain: number }>();
  private lateBuyers = 0;
  private lateBuyersCertain = 0;
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
    for (const key of SUM_KEYS) this.sums[key] += sign * tally[key];
    for (const [buyerId, ok, certain] of tally.buyers) {
      const buyer = this.buyers.get(buyerId) ?? { conversations: 0, late: 0, lateCertain: 0 };
      const wasLate = buyer.late > 0;
      const wasLateCertain = buyer.lateCertain > 0;
      buyer.conversations += sign;
      if (!ok) buyer.late += sign;
      if (!certain) buyer.lateCertain += sign;
      if (buyer.conversations === 0) this.buyers.delete(buyerId);
      else this.buyers.set(buyerId, buyer);
      this.lateBuyers += Number(buyer.late > 0) - Number(wasLate);
      this.lateBuyersCertain += Number(buyer.lateCertain > 0) - Number(wasLateCertain);
    }
    if (tally.open && sign > 0) this.open.add(conversationId);
    else if (sign < 0) this.open.delete(conversationId);
  }

  /** The five rates from within-threshold counts (in CERTAIN_PAIRS' order) and the buyers late for the hour. */
  private rates(within: readonly number[], lateBuyers: number): CertainRates {
    const { counted } = this.sums;
    const buyers = this.buyers.size;
    const [w30s, w3min, w5min, w5minAny] = within;
    return {
      rate30s: share(w30s!, counted),
      rate3min: share(w3min!, counted),
      rate5min: share(w5min!, counted),
      rate5minAny: share(w5minAny!, counted),
      rate1h: share(buyers - lateBuyers, buyers),
    };
  }

  /** The day's figures (the same as dayMetrics over the conversations' events). */
  metrics(day: BeijingDay): DayMetrics {
    const s = this.sums;
    const buyers = this.buyers.size;
    // The certain rates only where a reply inferred from the page counts in one of them.
    const differs = CERTAIN_PAIRS.some(([all, certain]) => s[all] !== s[certain]) || this.lateBuyers !== this.lateBuyersCertain;
    return {
      day,
      buyers,
      messages: s.counted,
      answered: s.answered,
      waiting: s.counted - s.answered,
      uncounted: s.uncounted,
      ...this.rates(CERTAIN_PAIRS.map(([all]) => s[all]), this.lateBuyers),
      rate1hAssessed: buyers > RATE_1H_MIN_BUYERS,
      avgResponseMs: s.answered === 0 ? null : s.waitSumMs / s.answered,
      ...(differs ? { certain: this.rates(CERTAIN_PAIRS.map(([, certain]) => s[certain]), this.lateBuyersCertain) } : {}),
    };
  }

  /** Conversations left open at the end of the day (a reply after midnight may answer them), sorted. */
  carry(): string[] {
    return [...this.open].sort();
  }
}
