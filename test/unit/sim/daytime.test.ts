import { describe, expect, it } from 'vitest';
import { beijingClock, daytimeOffsetMs } from '../../sim/daytime';

const bj = (iso: string) => Date.parse(`${iso}+08:00`);

describe('daytimeOffsetMs (demo and screenshots at night in Beijing)', () => {
  it('leaves a Beijing daytime clock alone', () => {
    expect(daytimeOffsetMs(bj('2026-12-01T09:00:00'))).toBe(0);
    expect(daytimeOffsetMs(bj('2026-12-01T15:42:10'))).toBe(0);
  });

  it.each([
    ['2026-12-01T23:30:00', '2026-12-02T10:30:00'],
    ['2026-12-02T03:46:00', '2026-12-02T10:30:00'],
    ['2026-12-02T07:59:00', '2026-12-02T10:30:00'],
    ['2026-12-01T21:00:00', '2026-12-02T10:30:00'],
  ])('moves %s (Beijing) to %s', (from, to) => {
    const now = bj(from);
    expect(now + daytimeOffsetMs(now)).toBe(bj(to));
    expect(beijingClock(now + daytimeOffsetMs(now))).toBe('10:30');
  });
});
