/** The test runner's second pass: its clock in the other half of the Beijing day (scripts/lib/other-half-of-day.mjs). */
import { describe, expect, it } from 'vitest';
import { isInCountedWindow } from '@/lib/clock';
import { beijingHour, minutesToOtherHalf } from '../../scripts/lib/other-half-of-day.mjs';

const at = (hour: number) => Date.UTC(2026, 11, 6) - 8 * 3600_000 + hour * 3600_000;

describe('the other half of the Beijing day', () => {
  it.each([0, 2.5, 7.99, 8, 12, 22.99, 23, 23.5])('from %s h Beijing lands on the other side of the counted window', (hour) => {
    const now = at(hour);
    expect(beijingHour(now)).toBeCloseTo(hour, 5);
    const moved = now + minutesToOtherHalf(now) * 60_000;
    expect(isInCountedWindow(moved)).toBe(!isInCountedWindow(now));
    expect(minutesToOtherHalf(now)).toBeGreaterThan(0);
    expect(minutesToOtherHalf(now)).toBeLessThan(24 * 60);
  });

  it('lands on 14:00 by day for a night run and 02:30 at night for a day run, far from the window\'s edges', () => {
    expect(beijingHour(at(1) + minutesToOtherHalf(at(1)) * 60_000)).toBeCloseTo(14, 5);
    expect(beijingHour(at(15) + minutesToOtherHalf(at(15)) * 60_000)).toBeCloseTo(2.5, 5);
  });
});
