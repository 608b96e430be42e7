import { describe, expect, it } from 'vitest';
import { formatPct, fromPercentInput, linesOf, monthDay, rateLevel, splitDuration, toPercentInput } from '@/lib/ui/format';

describe('format', () => {
  it.each<[number | null | undefined, string]>([
    [0.9, '90%'],
    [0.9167, '91.7%'],
    [0.7, '70%'],
    [1, '100%'],
    [0, '0%'],
    [0.0004, '0%'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
  ])('formatPct(%s) = %s', (rate, text) => {
    expect(formatPct(rate)).toBe(text);
  });

  // Target 80 %, margin 5 points: green ("达标") from 80, amber ("接近目标") 75–79.9, red below 75.
  it.each<[number | null, string]>([
    [0.95, 'good'],
    [0.85, 'good'],
    [0.8, 'good'],
    [0.79996, 'good'], // shown as 80%: met, as it appears
    [0.7994, 'amber'],
    [0.75, 'amber'],
    [0.7494, 'bad'],
    [0, 'bad'],
    [null, 'none'],
  ])('rateLevel(%s, 0.8, 0.05) = %s', (rate, level) => {
    expect(rateLevel(rate, 0.8, 0.05)).toBe(level);
  });

  it('a hard floor has no amber: just below it is red, at it is met', () => {
    expect(rateLevel(0.69, 0.7, 0.05, true)).toBe('bad');
    expect(rateLevel(0.7, 0.7, 0.05, true)).toBe('good');
    expect(rateLevel(0.69, 0.7, 0.05, false)).toBe('amber');
  });

  it.each<[number, { h: number; m: number; s: number }]>([
    [0, { h: 0, m: 0, s: 0 }],
    [42_400, { h: 0, m: 0, s: 42 }],
    [205_000, { h: 0, m: 3, s: 25 }],
    [3_900_000, { h: 1, m: 5, s: 0 }],
    [-5000, { h: 0, m: 0, s: 0 }],
  ])('splitDuration(%i)', (ms, parts) => {
    expect(splitDuration(ms)).toEqual(parts);
  });

  it('converts percent inputs both ways without float noise', () => {
    expect(toPercentInput(0.7)).toBe(70);
    expect(toPercentInput(0.855)).toBe(85.5);
    expect(fromPercentInput(70)).toBe(0.7);
    expect(fromPercentInput(85.5)).toBe(0.855);
    expect(fromPercentInput(Number.NaN)).toBeNaN();
  });

  it('reads one entry per line, dropping blanks', () => {
    expect(linesOf(' 返现 \n\n私下退款\r\n  ')).toEqual(['返现', '私下退款']);
    expect(monthDay('2026-05-09')).toBe('05-09');
  });
});
