import { describe, expect, it } from 'vitest';
import { addDays, beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import { dedupeEvents } from '@/lib/events';
import { dayMetrics, emptyDayMetrics } from '@/lib/metrics';
import type { ChatEvent, DayMetrics } from '@/lib/metrics';

const D = '2026-11-23';

/** Epoch ms of a Beijing wall-clock time on a day ('HH:mm' or 'HH:mm:ss', optional '.mmm'). */
function bj(time: string, day = D): number {
  const [hms, ms = '0'] = time.split('.');
  const [h = 0, m = 0, s = 0] = hms!.split(':').map(Number);
  return beijingDayStart(day) + h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS + Number(ms);
}

let seq = 0;
function ev(kind: ChatEvent['kind'], at: number, conversationId = 'c1', buyerId = 'b1', messageId?: string): ChatEvent {
  seq += 1;
  return { kind, at, conversationId, buyerId, messageId: messageId ?? `m${seq}` };
}
const buyer = (time: string, c = 'c1', b = 'b1', id?: string, day = D) => ev('buyer', bj(time, day), c, b, id);
const human = (time: string, c = 'c1', id?: string, day = D) => ev('human', bj(time, day), c, 'b?', id);
const robot = (time: string, c = 'c1', day = D) => ev('robot', bj(time, day), c, 'b?');

type Case = [name: string, events: ChatEvent[], expected: Partial<DayMetrics>];

const cases: Case[] = [
  ['no events', [], { buyers: 0, messages: 0, answered: 0, waiting: 0, uncounted: 0, rate30s: null, rate5min: null, rate1h: null, avgResponseMs: null, rate1hAssessed: false }],
  ['answered in 20 s', [buyer('10:00:00'), human('10:00:20')], { buyers: 1, messages: 1, answered: 1, waiting: 0, rate30s: 1, rate3min: 1, rate5min: 1, rate1h: 1, avgResponseMs: 20_000 }],
  ['exactly 30 s counts (inclusive)', [buyer('10:00:00'), human('10:00:30')], { rate30s: 1 }],
  ['30.001 s misses the 30 s rate', [buyer('10:00:00'), human('10:00:30.001')], { rate30s: 0, rate3min: 1 }],
  ['exactly 3 min counts', [buyer('10:00:00'), human('10:03:00')], { rate30s: 0, rate3min: 1, rate5min: 1 }],
  ['3 min 1 s: only the 5-minute rate', [buyer('10:00:00'), human('10:03:01')], { rate3min: 0, rate5min: 1, avgResponseMs: 181_000 }],
  ['5 min 1 s: misses the 5-minute rate, inside 1 h', [buyer('10:00:00'), human('10:05:01')], { rate5min: 0, rate1h: 1 }],
  ['22:59 answered 23:04: counted with a 5-minute wait', [buyer('22:59:00'), human('23:04:00')], { messages: 1, uncounted: 0, rate3min: 0, rate5min: 1, avgResponseMs: 5 * MINUTE_MS }],
  ['07:58 answered 08:03: not counted', [buyer('07:58:00'), human('08:03:00')], { messages: 0, uncounted: 1, buyers: 0, rate5min: null, rate1h: null, avgResponseMs: null }],
  ['08:00:00 exactly is counted', [buyer('08:00:00'), human('08:00:10')], { messages: 1, uncounted: 0 }],
  ['23:00:00 exactly is not counted', [buyer('23:00:00'), human('23:00:10')], { messages: 0, uncounted: 1 }],
  ['reply after midnight (next-day events passed): counted on its own day', [buyer('22:50:00'), human('00:10:00', 'c1', undefined, addDays(D, 1))], { messages: 1, answered: 1, waiting: 0, rate5min: 0, rate1h: 0, avgResponseMs: 80 * MINUTE_MS }],
  ['reply after midnight not passed: still waiting', [buyer('22:50:00')], { messages: 1, answered: 0, waiting: 1, rate5min: 0, rate1h: 0, avgResponseMs: null }],
  ['answered only by the robot: fails every rate, left out of the average', [buyer('10:00:00'), robot('10:00:01'), robot('10:01:00')], { messages: 1, answered: 0, waiting: 1, rate30s: 0, rate3min: 0, rate5min: 0, rate1h: 0, avgResponseMs: null }],
  ['robot first, human later: the human reply answers', [buyer('10:00:00'), robot('10:00:05'), human('10:02:00')], { answered: 1, rate30s: 0, rate3min: 1, avgResponseMs: 120_000 }],
  ['robot-only conversation beside an answered one: average over the answered only', [buyer('10:00:00', 'c1', 'b1'), robot('10:00:01', 'c1'), buyer('10:00:00', 'c2', 'b2'), human('10:00:10', 'c2')], { messages: 2, answered: 1, waiting: 1, rate30s: 0.5, rate1h: 0.5, avgResponseMs: 10_000 }],
  ['several messages before one reply each wait until it', [buyer('10:00:00'), buyer('10:01:00'), buyer('10:02:30'), human('10:03:00')], { messages: 3, answered: 3, buyers: 1, rate30s: 1 / 3, rate3min: 1, avgResponseMs: 110_000 }],
  ['a reply before the message does not answer it', [human('10:00:00'), buyer('10:01:00')], { answered: 0, waiting: 1 }],
  ['a reply in another conversation does not answer it', [buyer('10:00:00', 'c1'), human('10:00:10', 'c2')], { answered: 0, waiting: 1 }],
  ['a reply at the same millisecond answers with wait 0', [buyer('10:00:00'), human('10:00:00')], { answered: 1, rate30s: 1, avgResponseMs: 0 }],
  ['buyer in two conversations: per-message matching, per-buyer 1-hour rate', [buyer('10:00:00', 'c1', 'B'), human('10:01:00', 'c1'), buyer('11:00:00', 'c2', 'B'), human('12:01:00', 'c2'), buyer('10:00:00', 'c3', 'C'), human('10:00:10', 'c3')], { buyers: 2, messages: 3, answered: 3, rate5min: 2 / 3, rate1h: 1 / 2 }],
  ['1-hour rate is conservative: every message of the buyer within 60 min', [buyer('10:00:00'), human('10:02:00'), buyer('10:30:00'), human('11:40:00')], { buyers: 1, rate1h: 0, rate5min: 0.5 }],
  ['exactly 60 min is effective', [buyer('10:00:00'), human('11:00:00')], { rate1h: 1, rate5min: 0 }],
  ['60 min 1 ms is not', [buyer('10:00:00'), human('11:00:00.001')], { rate1h: 0 }],
  ['uncounted messages of the buyer do not fail the 1-hour rate', [buyer('07:00:00'), buyer('09:00:00'), human('09:00:20')], { buyers: 1, messages: 1, uncounted: 1, rate1h: 1 }],
  ['messages of other days are ignored', [buyer('10:00:00', 'c1', 'b1', undefined, addDays(D, -1)), human('10:00:05', 'c1', undefined, addDays(D, -1)), buyer('10:00:00', 'c2', 'b2', undefined, addDays(D, 1))], { messages: 0, uncounted: 0, buyers: 0 }],
  ['duplicate messageId counted once', [buyer('10:00:00', 'c1', 'b1', 'dup'), buyer('10:00:00', 'c1', 'b1', 'dup'), human('10:00:20')], { messages: 1, rate30s: 1 }],
  ['duplicate with different times: the earliest copy is kept', [buyer('10:00:40', 'c1', 'b1', 'dup'), buyer('10:00:00', 'c1', 'b1', 'dup'), human('10:00:50')], { messages: 1, rate30s: 0, avgResponseMs: 50_000 }],
  ['duplicate human reply counted once (no effect on waits)', [buyer('10:00:00'), human('10:00:20', 'c1', 'r'), human('10:00:20', 'c1', 'r')], { answered: 1, avgResponseMs: 20_000 }],
];

describe('dayMetrics', () => {
  it.each(cases)('%s', (_name, events, expected) => {
    const metrics = dayMetrics(events, D);
    expect(metrics.day).toBe(D);
    for (const [key, value] of Object.entries(expected)) {
      const actual = metrics[key as keyof DayMetrics];
      if (typeof value === 'number' && !Number.isInteger(value)) expect(actual, key).toBeCloseTo(value, 10);
      else expect(actual, key).toBe(value);
    }
  });

  it('the day after a late message does not count it (the reply belongs to the message)', () => {
    const events = [buyer('22:50:00'), human('00:10:00', 'c1', undefined, addDays(D, 1))];
    expect(dayMetrics(events, addDays(D, 1))).toMatchObject({ messages: 0, answered: 0, uncounted: 0 });
  });

  it.each([
    [100, false],
    [101, true],
  ])('with %i buyers rate1hAssessed is %s (more than 100 buyers)', (n, assessed) => {
    const events = Array.from({ length: n }, (_, i) => [buyer('12:00:00', `c${i}`, `b${i}`), human('12:00:10', `c${i}`)]).flat();
    const metrics = dayMetrics(events, D);
    expect(metrics.buyers).toBe(n);
    expect(metrics.rate1hAssessed).toBe(assessed);
    expect(metrics.rate1h).toBe(1);
  });

  it.each([1, 2, 3, 4, 5])('unsorted input gives the same figures (shuffle %i)', (seed) => {
    const events = [
      buyer('09:00:00', 'c1', 'b1'), human('09:00:40', 'c1'), buyer('09:10:00', 'c1', 'b1'), robot('09:10:01', 'c1'), human('09:14:00', 'c1'),
      buyer('10:00:00', 'c2', 'b2'), buyer('10:00:30', 'c2', 'b2'), human('10:01:00', 'c2'), buyer('22:58:00', 'c3', 'b3'),
      human('00:30:00', 'c3', undefined, addDays(D, 1)), buyer('07:59:59', 'c4', 'b4'), human('08:00:01', 'c4'),
    ];
    const sorted = dayMetrics(events, D);
    let state = seed * 7919;
    const rand = () => ((state = (state * 48271) % 2147483647) / 2147483647);
    const shuffled = [...events].sort(() => rand() - 0.5);
    expect(dayMetrics(shuffled, D)).toEqual(sorted);
    expect(sorted).toMatchObject({ messages: 5, uncounted: 1, buyers: 3, answered: 5 });
  });

  it('uses another counted window when given one', () => {
    const events = [buyer('08:30:00'), human('08:30:10'), buyer('21:30:00', 'c2', 'b2'), human('21:30:10', 'c2')];
    expect(dayMetrics(events, D, { window: { startHour: 9, endHour: 21 } })).toMatchObject({ messages: 0, uncounted: 2 });
    expect(dayMetrics(events, D)).toMatchObject({ messages: 2, uncounted: 0 });
  });

  it('empty figures are the figures of no events', () => {
    expect(dayMetrics([], D)).toEqual(emptyDayMetrics(D));
  });
});

describe('dedupeEvents', () => {
  it.each([
    ['identical copies: one kept', [{ at: 5, tag: 'a' }, { at: 5, tag: 'b' }], 'a'],
    ['earliest time wins', [{ at: 9, tag: 'a' }, { at: 5, tag: 'b' }], 'b'],
    ['earliest time wins whatever the order', [{ at: 5, tag: 'a' }, { at: 9, tag: 'b' }], 'a'],
  ])('%s', (_name, copies, kept) => {
    const events = copies.map((c) => ({ kind: 'buyer' as const, conversationId: c.tag, buyerId: 'b', messageId: 'same', at: c.at }));
    const result = dedupeEvents(events);
    expect(result).toHaveLength(1);
    expect(result[0]!.conversationId).toBe(kept);
  });
});
