/**
 * DayTallies keeps a day's sums as conversations are replaced (issue 13: a
 * live batch must not re-add every conversation of a 20,000-message day);
 * whatever the order of replacements, its figures are those of dayMetrics.
 */
import { describe, expect, it } from 'vitest';
import { beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import { DayTallies } from '@/lib/day-tallies';
import { tallyByConversation } from '@/lib/day-tally';
import type { ChatEvent } from '@/lib/events';
import { dayMetrics } from '@/lib/metrics';

const DAY = '2026-11-23';
const rng = (seed: number) => {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
};

/** Buyers spread over several conversations (the 1-hour rate merges them), some late, some unanswered, some outside the window. */
function traffic(seed: number, conversations = 60): ChatEvent[] {
  const rand = rng(seed);
  const events: ChatEvent[] = [];
  for (let c = 0; c < conversations; c += 1) {
    const buyerId = `b${Math.floor(rand() * 25)}`;
    let at = beijingDayStart(DAY) + 7 * HOUR_MS + Math.floor(rand() * 17 * HOUR_MS);
    for (let i = 0; i < 1 + Math.floor(rand() * 3); i += 1) {
      events.push({ kind: 'buyer', conversationId: `c${c}`, buyerId, messageId: `c${c}-m${i}`, at });
      at += Math.floor(rand() * 40 * SECOND_MS);
    }
    const reply = rand();
    if (reply < 0.8) events.push({ kind: 'human', conversationId: `c${c}`, buyerId, messageId: `c${c}-h`, at: at + Math.floor(rand() * rand() * 90 * MINUTE_MS) });
    else if (reply < 0.9) events.push({ kind: 'robot', conversationId: `c${c}`, buyerId, messageId: `c${c}-r`, at: at + SECOND_MS });
  }
  return events;
}

describe('DayTallies', () => {
  it.each([1, 2, 3, 4, 5])('replacing conversations one by one in any order gives dayMetrics (seed %i)', (seed) => {
    const events = traffic(seed);
    const full = tallyByConversation(events, DAY);
    const rand = rng(seed + 100);
    // Start from half of the day with wrong tallies for some conversations, then put each right.
    const live = new DayTallies();
    const ids = [...full.keys()];
    for (const id of ids) if (rand() < 0.5) live.set(id, full.get(ids[Math.floor(rand() * ids.length)]!));
    for (const id of ids.sort(() => rand() - 0.5)) live.set(id, full.get(id));
    live.set('gone', full.get(ids[0]!));
    live.set('gone', undefined);
    expect(live.metrics(DAY)).toEqual(dayMetrics(events, DAY));
    expect(live.carry()).toEqual(ids.filter((id) => full.get(id)!.open).sort());
  });

  it('a buyer late in one conversation stays late until that conversation is answered in time', () => {
    const at = beijingDayStart(DAY) + 10 * HOUR_MS;
    const late: ChatEvent[] = [
      { kind: 'buyer', conversationId: 'a', buyerId: 'b1', messageId: 'a1', at },
      { kind: 'human', conversationId: 'a', buyerId: 'b1', messageId: 'a2', at: at + 2 * HOUR_MS },
    ];
    const quick: ChatEvent[] = [
      { kind: 'buyer', conversationId: 'b', buyerId: 'b1', messageId: 'b1', at },
      { kind: 'human', conversationId: 'b', buyerId: 'b1', messageId: 'b2', at: at + MINUTE_MS },
    ];
    const tallies = new DayTallies(tallyByConversation([...late, ...quick], DAY));
    expect(tallies.metrics(DAY)).toMatchObject({ buyers: 1, rate1h: 0 });
    tallies.set('a', tallyByConversation(quick.map((e) => ({ ...e, conversationId: 'a', messageId: `x${e.messageId}` })), DAY).get('a'));
    expect(tallies.metrics(DAY)).toMatchObject({ buyers: 1, rate1h: 1 });
    tallies.set('a', undefined);
    tallies.set('b', undefined);
    expect(tallies.metrics(DAY)).toMatchObject({ buyers: 0, messages: 0, rate1h: null, avgResponseMs: null });
  });
});
