/**
 * What time a tick draws (tick-clock.ts ShownTime): a second's tick that
 * follows the page's update runs up to FOLLOW_MS early; drawn at its own time
 * a badge showed one number twice and then skipped one (seen in Chromium under
 * load: a 30-s buyer's badge unchanged for more than 1.5 s).
 */
import { describe, expect, it } from 'vitest';
import { FOLLOW_MS, ShownTime } from '@/lib/features/reply-timer/tick-clock';

// 10:00 Beijing (the class only compares times; any anchor works at any hour).
const T0 = Date.UTC(2026, 10, 23, 2, 0, 0);

function shownAt(times: readonly (readonly [number, 'second' | 'change'])[]): number[] {
  let now = T0;
  const time = new ShownTime(() => now);
  return times.map(([at, kind]) => ((now = T0 + at), time.at(kind) - T0));
}

describe('ShownTime', () => {
  it('a second’s tick a little early draws the time it was due', () => {
    expect(shownAt([[0, 'second'], [1000 - FOLLOW_MS, 'second'], [1990, 'second']])).toEqual([0, 1000, 2000]);
  });

  it('a late tick draws its own time, and the next early one the second after it', () => {
    expect(shownAt([[0, 'second'], [1300, 'second'], [2200, 'second']])).toEqual([0, 1300, 2300]);
  });

  it('a tick earlier than FOLLOW_MS before due is not a second’s tick that follows the page: its own time', () => {
    expect(shownAt([[0, 'second'], [700, 'second']])).toEqual([0, 700]);
  });

  it('no tick draws an earlier time than the last one (a re-render just after an early second)', () => {
    expect(shownAt([[0, 'second'], [880, 'second'], [920, 'change'], [1100, 'change']])).toEqual([0, 1000, 1000, 1100]);
  });

  it('a change tick does not move when the next second is due', () => {
    expect(shownAt([[0, 'second'], [400, 'change'], [900, 'second']])).toEqual([0, 400, 1000]);
  });

  it('follows the computer’s clock when it is set back', () => {
    expect(shownAt([[5000, 'second'], [1000, 'second'], [1950, 'second']])).toEqual([5000, 1000, 2000]);
  });

  it('a badge counts every second when the ticks come up to FOLLOW_MS early, at any phase of its wait', () => {
    // The page updates on its own 1-s grid; the tick that follows it runs up to FOLLOW_MS early.
    const numbers = shownSeries(-FOLLOW_MS, 0);
    for (const series of numbers) for (let k = 1; k < series.length; k++) expect(series[k]! - series[k - 1]!).toBe(1);
  });

  it('a late tick may skip a number, never repeat one', () => {
    // Late and early within TickClock's rule: never two second's ticks closer than 1000 - FOLLOW_MS.
    for (const series of shownSeries(-FOLLOW_MS / 2, FOLLOW_MS / 2)) for (let k = 1; k < series.length; k++) expect([1, 2]).toContain(series[k]! - series[k - 1]!);
  });
});

/** The seconds a badge shows over 60 ticks, the k-th at k s ± a seeded jitter in [from, to] ms; one series per phase of the wait. */
function shownSeries(from: number, to: number): number[][] {
  let seed = 7;
  const jitter = () => from + ((seed = (seed * 16807) % 2147483647) % (to - from + 1));
  const ticks = Array.from({ length: 60 }, (_, k) => [k ? k * 1000 + jitter() : 0, 'second'] as const);
  const shown = shownAt(ticks);
  const series: number[][] = [];
  for (let phase = 0; phase < 1000; phase += 37) series.push(shown.map((t) => Math.floor((t + phase) / 1000)));
  return series;
}
