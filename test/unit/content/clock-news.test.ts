/**
 * The chat page tells the worker its measured clock offset at once when it is
 * news (a fast computer clock is followed within a second, not a minute), and
 * not on every frame the socket brings.
 */
import { describe, expect, it } from 'vitest';
import { ClockNews } from '@/lib/content/chat-session/clock-news';
import { HOUR_MS } from '@/lib/clock';

describe('ClockNews', () => {
  it('is due for the first offset beyond the clocks\' agreement, then only when it moves beyond it', () => {
    const news = new ClockNews();
    expect(news.due(null)).toBe(false); // nothing measured yet
    expect(news.due(-800)).toBe(false); // the clocks agree: the minute's heartbeat is soon enough
    expect(news.due(-HOUR_MS)).toBe(true);
    expect(news.tell(-HOUR_MS)).toBe(-HOUR_MS);
    expect(news.due(-HOUR_MS + 300)).toBe(false); // told already (the measurement moves by milliseconds)
    expect(news.due(-300)).toBe(true); // set right by hand
    expect(news.tell(undefined)).toBeNull();
    expect(news.due(-HOUR_MS)).toBe(true);
  });
});
