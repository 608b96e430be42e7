import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingDay,
  beijingDayStart,
  formatBeijing,
  formatElapsed,
  isBeijingDay,
  isInCountedWindow,
  isPlausibleEventTime,
  parseBeijingDateTime,
} from '@/lib/clock';

// 2026-11-23 00:00 Beijing = 2026-11-22 16:00 UTC.
const NOV23 = Date.UTC(2026, 10, 22, 16, 0, 0);

describe('Beijing day arithmetic (independent of the machine zone)', () => {
  it('runs under the zone the suite was started with', () => {
    expect(typeof Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('string');
  });

  it.each([
    ['2026-11-23', NOV23],
    ['2026-11-22', NOV23 - 1],
    ['2026-11-23', NOV23 + 24 * 3600_000 - 1],
    ['2026-11-24', NOV23 + 24 * 3600_000],
    ['2026-01-01', Date.UTC(2025, 11, 31, 16, 0, 0)],
  ])('beijingDay = %s', (day, at) => {
    expect(beijingDay(at)).toBe(day);
  });

  it('day start round-trips and addDays crosses months and years', () => {
    expect(beijingDayStart('2026-11-23')).toBe(NOV23);
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it.each([
    ['a microsecond stamp (year 58887 as ms)', Date.UTC(2026, 10, 23) * 1000, '9999-12-31'],
    ['Number.MAX_VALUE', Number.MAX_VALUE, '9999-12-31'],
    ['Infinity', Number.POSITIVE_INFINITY, '9999-12-31'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '1970-01-01'],
    ['NaN', Number.NaN, '1970-01-01'],
    ['a negative time', -1e15, '1970-01-01'],
  ])('beijingDay never throws on an absurd time: %s → %s, a real date', (_name, at, day) => {
    expect(beijingDay(at)).toBe(day);
    expect(isBeijingDay(beijingDay(at))).toBe(true);
    expect(() => addDays(beijingDay(at), 1)).not.toThrow();
    expect(() => addDays(beijingDay(at), -1)).not.toThrow();
  });

  it.each([
    [Date.UTC(2026, 10, 23), true],
    [Date.UTC(2026, 10, 23) / 1000, false], // seconds
    [Date.UTC(2026, 10, 23) * 1000, false], // microseconds
    [Date.UTC(2014, 11, 31), false],
    [Date.UTC(2100, 0, 1), false],
    [Number.NaN, false],
    ['1764000000000', false],
  ])('isPlausibleEventTime(%s) = %s', (at, ok) => {
    expect(isPlausibleEventTime(at)).toBe(ok);
  });

  it('rejects impossible dates', () => {
    expect(() => beijingDayStart('2026-02-30')).toThrow(RangeError);
    expect(() => beijingDayStart('23/11/2026')).toThrow(RangeError);
  });

  it.each([
    [false, '07:59:59'],
    [true, '08:00:00'],
    [true, '22:59:59'],
    [false, '23:00:00'],
    [false, '00:30:00'],
  ])('counted window: %s at %s', (counted, time) => {
    const at = parseBeijingDateTime(`2026-11-23 ${time}`)!;
    expect(isInCountedWindow(at)).toBe(counted);
  });
});

describe('parsing and formatting', () => {
  it.each([
    ['2026-09-28 07:58:03', '2026-09-28 07:58:03'],
    ['2026年09月08日 17:12:14', '2026-09-08 17:12:14'],
    ['申请时间: 2026/9/8 7:05', '2026-09-08 07:05:00'],
  ])('parses %s as Beijing time', (text, expected) => {
    expect(formatBeijing(parseBeijingDateTime(text)!)).toBe(expected);
  });

  it('returns null for text without a date', () => {
    expect(parseBeijingDateTime('昨天')).toBeNull();
    expect(parseBeijingDateTime('2026-13-01 10:00')).toBeNull();
  });

  it.each([
    ['0:00', -5000],
    ['0:42', 42_000],
    ['4:05', 245_000],
    ['59:59', 3_599_000],
    ['1:12:30', 4_350_000],
    ['25:00:00', 90_000_000],
  ])('formatElapsed → %s', (text, ms) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
