/**
 * Replies inferred from the page (the page moved a waiting buyer to 已回复 and
 * no traffic brought the reply, issue 20 item 3) answer like any reply in the
 * day's rates, and the same rates counting only replies the traffic brought
 * are kept beside them (DayMetrics.certain): a page that draws 已回复 must not
 * be able to pass a signup day (the red-team finding of the fifth stop of
 * 2026-12-07; lib/signup-verdict.ts).
 */
import { describe, expect, it } from 'vitest';
import { beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import { DayTallies } from '@/lib/day-tallies';
import { tallyByConversation } from '@/lib/day-tally';
import type { ChatEvent } from '@/lib/events';
import { dayMetrics } from '@/lib/metrics';

const DAY = '2026-11-23';
const T = beijingDayStart(DAY) + 10 * HOUR_MS;
let seq = 0;
const buyer = (at: number, c = 'c1', b = 'b1'): ChatEvent => ({ kind: 'buyer', conversationId: c, buyerId: b, messageId: `m${++seq}`, at });
const human = (at: number, c = 'c1'): ChatEvent => ({ kind: 'human', conversationId: c, buyerId: 'b?', messageId: `m${++seq}`, at });
const inferred = (at: number, c = 'c1'): ChatEvent => ({ ...human(at, c), inferred: true });

describe('DayMetrics.certain: the rates without replies inferred from the page', () => {
  it('absent when every reply came with the traffic', () => {
    expect(dayMetrics([buyer(T), human(T + 20 * SECOND_MS)], DAY).certain).toBeUndefined();
  });

  it('an inferred reply 20 s after the question: answered in the rates, not in the certain ones', () => {
    const m = dayMetrics([buyer(T), inferred(T + 20 * SECOND_MS)], DAY);
    expect([m.answered, m.rate30s, m.rate3min, m.rate5min, m.rate5minAny, m.rate1h]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(m.certain).toEqual({ rate30s: 0, rate3min: 0, rate5min: 0, rate5minAny: 0, rate1h: 0 });
  });

  it('a real reply after the inferred one still counts where it is in time', () => {
    const m = dayMetrics([buyer(T), inferred(T + 20 * SECOND_MS), human(T + 2 * MINUTE_MS)], DAY);
    expect(m.certain).toEqual({ rate30s: 0, rate3min: 1, rate5min: 1, rate5minAny: 1, rate1h: 1 });
  });

  it('a robot reply still counts in the certain robot-counted 5-minute rate', () => {
    const robot: ChatEvent = { kind: 'robot', conversationId: 'c1', buyerId: 'b?', messageId: 'r1', at: T + 10 * SECOND_MS };
    const m = dayMetrics([buyer(T), robot, inferred(T + 20 * SECOND_MS)], DAY);
    expect(m.certain?.rate5minAny).toBe(1);
    expect(m.certain?.rate30s).toBe(0);
  });

  it('an inferred reply at the same instant as a real one takes only one of them away', () => {
    const m = dayMetrics([buyer(T), inferred(T + 20 * SECOND_MS), human(T + 20 * SECOND_MS)], DAY);
    expect(m.certain).toBeUndefined();
  });

  it('per buyer for the 1-hour rate: a buyer answered in time only by an inferred reply is late for certain', () => {
    const events = [buyer(T, 'c1', 'A'), human(T + MINUTE_MS, 'c1'), buyer(T, 'c2', 'B'), inferred(T + MINUTE_MS, 'c2')];
    const m = dayMetrics(events, DAY);
    expect([m.rate1h, m.certain?.rate1h]).toEqual([1, 0.5]);
  });

  it('kept right as a live day replaces conversations (DayTallies), in any order', () => {
    const events = [
      buyer(T, 'c1', 'A'),
      inferred(T + 20 * SECOND_MS, 'c1'),
      buyer(T, 'c2', 'A'),
      human(T + 10 * SECOND_MS, 'c2'),
      buyer(T, 'c3', 'B'),
      inferred(T + 2 * HOUR_MS, 'c3'),
    ];
    const full = tallyByConversation(events, DAY);
    const live = new DayTallies();
    live.set('c3', full.get('c1'));
    live.set('c1', full.get('c3'));
    for (const id of ['c2', 'c3', 'c1']) live.set(id, full.get(id));
    expect(live.metrics(DAY)).toEqual(dayMetrics(events, DAY));
    live.set('c1', undefined);
    expect(live.metrics(DAY)).toEqual(dayMetrics(events.filter((e) => e.conversationId !== 'c1'), DAY));
    expect(live.metrics(DAY).certain).toBeUndefined(); // c3's inferred reply came after the hour: in no rate
  });
});
