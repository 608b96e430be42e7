/**
 * The day tally is linear in the events (issue 22): one conversation holding
 * thousands of buyer ids (a shared group chat, a forged file) once took a
 * search of the conversation's buyers per message — 40,000 buyers, 18 s on
 * the Team page. Counted here as work, not time: every event's buyer id is
 * read through a counting getter, so the count says how many times the tally
 * looked at a buyer. A search per message reads it once per buyer already
 * seen (n² / 2 reads); a linear tally reads it a fixed number of times per
 * message, whatever n is.
 */
import { describe, expect, it } from 'vitest';
import { beijingDayStart, HOUR_MS, SECOND_MS } from '@/lib/clock';
import { tallyByConversation } from '@/lib/day-tally';
import type { ChatEvent } from '@/lib/events';
import { dayMetrics } from '@/lib/metrics';

const DAY = '2026-11-23';

/** `n` buyers in one conversation, each message answered 10 s later; `reads` counts buyer-id reads. */
function crowd(n: number): { events: ChatEvent[]; reads: () => number } {
  let reads = 0;
  const start = beijingDayStart(DAY) + 9 * HOUR_MS;
  const events: ChatEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    const buyerId = `b${i}`;
    events.push({
      kind: 'buyer',
      conversationId: 'group',
      get buyerId() {
        reads += 1;
        return buyerId;
      },
      messageId: `m${i}`,
      at: start + i * SECOND_MS,
    } as ChatEvent);
    events.push({ kind: 'human', conversationId: 'group', buyerId, messageId: `h${i}`, at: start + i * SECOND_MS + 10 * SECOND_MS });
  }
  return { events, reads: () => reads };
}

describe('day tally work', () => {
  it.each([2_000, 8_000])('reads each of %i buyer ids of one conversation a fixed number of times', (n) => {
    const { events, reads } = crowd(n);
    const tally = tallyByConversation(events, DAY).get('group')!;
    expect(tally.buyers).toHaveLength(n);
    expect(tally.counted).toBe(n);
    // Quadratic: ~n²/2 reads (2,000,000 for n = 2,000). Linear: at most 2 per message.
    expect(reads()).toBeLessThanOrEqual(2 * n);
  });

  it('gives the same figures as before for a crowded conversation (every buyer once, all answered in 10 s)', () => {
    const metrics = dayMetrics(crowd(3_000).events, DAY);
    expect(metrics.buyers).toBe(3_000);
    expect(metrics.rate30s).toBe(1);
    expect(metrics.rate1h).toBe(1);
  });

  it('a buyer late once in a crowded conversation counts as late, wherever the message falls', () => {
    const { events } = crowd(20);
    const late = events.find((e) => e.messageId === 'm15')!;
    // Buyer b15 writes again; the only later reply is 2 h on.
    const start = beijingDayStart(DAY) + 9 * HOUR_MS;
    events.push({ kind: 'buyer', conversationId: 'group', buyerId: late.buyerId, messageId: 'again', at: start + 600 * SECOND_MS });
    events.push({ kind: 'human', conversationId: 'group', buyerId: 'x', messageId: 'late-reply', at: start + 2 * HOUR_MS + 600 * SECOND_MS });
    const tally = tallyByConversation(events, DAY).get('group')!;
    expect(tally.buyers.filter(([, ok]) => !ok).map(([id]) => id)).toEqual(['b15']);
  });
});
