// Deadlines, stages and the time-left text. Every case is written in Beijing wall-clock
// time and must hold whatever the machine's zone: run it under TZ=America/New_York and
// TZ=Asia/Shanghai (`TZ=America/New_York npx vitest run test/unit/aftersales`).
import { describe, expect, it } from 'vitest';
import { beijingDay, formatBeijing, HOUR_MS, MINUTE_MS, parseBeijingDateTime, SECOND_MS } from '@/lib/clock';
import type { RefundStage } from '@/lib/events';
import { readAfterSalesRows } from '@/lib/pdd/aftersales-page';
import { formatTimeLeft, refundDeadline, refundStage, rowStage, timeLeft, TIME_LEFT_ZH, type DeadlineInput } from '@/lib/refund-stage';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { refundStage as storeRefundStage } from '@/lib/store/aftersales';
import { bj, loadPage, SNAPSHOT_NOW } from './helpers';

const STAGES = DEFAULT_SETTINGS.afterSales.stageHours;
const DAY = 24 * HOUR_MS;

describe('time zone', () => {
  it('reports the zone it runs in (the table below must pass in any)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(typeof zone).toBe('string');
    // The page prints Beijing time; parsing never uses the machine's zone.
    expect(parseBeijingDateTime('申请时间: 2026-11-23 00:30:00')).toBe(Date.UTC(2026, 10, 22, 16, 30));
  });
});

describe('refundDeadline', () => {
  const seenAt = bj('2026-11-23 10:00:00');
  const input = (p: Partial<DeadlineInput>): DeadlineInput => ({ seenAt, remainingMs: null, appliedAt: null, awaitingFirstResponse: true, ...p });

  it.each<[string, Partial<DeadlineInput>, string | null, 'page' | 'estimate' | null]>([
    ['countdown wins over the apply time', { remainingMs: 3 * HOUR_MS + 12 * MINUTE_MS, appliedAt: bj('2026-11-22 09:00:00') }, '2026-11-23 13:12:00', 'page'],
    ['countdown beyond 48 h (return awaiting receipt)', { remainingMs: 6 * DAY + 21 * HOUR_MS, awaitingFirstResponse: false }, '2026-11-30 07:00:00', 'page'],
    ['no countdown: 48 h from the apply time', { appliedAt: bj('2026-11-22 14:00:00') }, '2026-11-24 14:00:00', 'estimate'],
    ['applied 47:59 ago: one minute left', { appliedAt: seenAt - (47 * HOUR_MS + 59 * MINUTE_MS) }, '2026-11-23 10:01:00', 'estimate'],
    ['applied across Beijing midnight (23:30 → 23:30 two days on)', { appliedAt: bj('2026-11-21 23:30:00') }, '2026-11-23 23:30:00', 'estimate'],
    ['applied 00:15 Beijing (the day before in New York)', { appliedAt: bj('2026-11-22 00:15:00') }, '2026-11-24 00:15:00', 'estimate'],
    ['no countdown, not awaiting the first response: unknown', { appliedAt: bj('2026-11-22 14:00:00'), awaitingFirstResponse: false }, null, null],
    ['no countdown, no apply time: unknown', {}, null, null],
    ['countdown at 0 with an earlier 48-hour estimate: the estimate says how late', { remainingMs: 0, appliedAt: bj('2026-11-21 08:00:00') }, '2026-11-23 08:00:00', 'estimate'],
    ['countdown at 0, no estimate: due now', { remainingMs: 0, awaitingFirstResponse: false }, '2026-11-23 10:00:00', 'page'],
    ['a negative countdown is read as 0', { remainingMs: -5000, awaitingFirstResponse: false }, '2026-11-23 10:00:00', 'page'],
  ])('%s', (_name, p, at, source) => {
    const deadline = refundDeadline(input(p));
    expect(deadline === null ? null : formatBeijing(deadline.at)).toBe(at);
    expect(deadline?.source ?? null).toBe(source);
  });

  it('the midnight case lands on the right Beijing day', () => {
    const d = refundDeadline(input({ appliedAt: bj('2026-11-21 23:30:00') }))!;
    expect(beijingDay(d.at)).toBe('2026-11-23');
  });

  it('rows of the saved list: deadline = snapshot time + countdown', () => {
    const rows = readAfterSalesRows(loadPage('aftersale-list.html'));
    const deadlines = rows
      .filter((r) => r.pending)
      .map((r) => formatBeijing(refundDeadline({ seenAt: SNAPSHOT_NOW, remainingMs: r.countdown?.remainingMs ?? null, appliedAt: r.appliedAt, awaitingFirstResponse: r.awaitingFirstResponse })!.at));
    // Pending 待商家处理 rows were applied 48 h before their deadline: both sources agree.
    expect(deadlines).toEqual([
      '2026-11-25 08:00:00',
      '2026-11-25 01:00:00',
      '2026-11-24 14:00:00',
      '2026-11-24 04:00:00',
      '2026-11-23 11:00:00',
      '2026-11-23 10:10:00',
      '2026-11-30 07:53:27',
    ]);
  });
});

describe('refundStage at the boundaries (default 12 / 4 / 1 h)', () => {
  it.each<[number, RefundStage]>([
    [48 * HOUR_MS, 'calm'],
    [12 * HOUR_MS + 1, 'calm'],
    [12 * HOUR_MS, 'warn'],
    [4 * HOUR_MS + 1, 'warn'],
    [4 * HOUR_MS, 'urgent'],
    [HOUR_MS + 1, 'urgent'],
    [HOUR_MS, 'critical'],
    [1, 'critical'],
    [0, 'overdue'],
    [-2 * HOUR_MS, 'overdue'],
  ])('%i ms left → %s', (left, stage) => {
    expect(refundStage(left, STAGES)).toBe(stage);
  });

  it('follows the settings', () => {
    expect(refundStage(5 * HOUR_MS, { warn: 24, urgent: 6, critical: 2 })).toBe('urgent');
    expect(refundStage(20 * HOUR_MS, { warn: 24, urgent: 6, critical: 2 })).toBe('warn');
  });

  it('is the function the store counts with (moved, not copied)', () => {
    expect(storeRefundStage).toBe(refundStage);
  });

  it('rows needing no action, or without a deadline, get no stage', () => {
    expect(rowStage({ pending: false, deadlineAt: 0 }, 10, STAGES)).toBeNull();
    expect(rowStage({ pending: true, deadlineAt: null }, 10, STAGES)).toBeNull();
    expect(rowStage({ pending: true, deadlineAt: 3 * HOUR_MS }, 0, STAGES)).toBe('urgent');
  });
});

describe('time-left text', () => {
  it.each([
    [30 * HOUR_MS, '剩 30 小时 0 分'],
    [11 * HOUR_MS + 59 * MINUTE_MS + 59 * SECOND_MS, '剩 11 小时 59 分'],
    [3 * HOUR_MS + 12 * MINUTE_MS + 30 * SECOND_MS, '剩 3 小时 12 分'],
    [HOUR_MS, '剩 1 小时 0 分'],
    [40 * MINUTE_MS + 59 * SECOND_MS, '剩 40 分'],
    [59 * SECOND_MS, '剩 59 秒'],
    [48 * HOUR_MS, '剩 48 小时 0 分'],
    [6 * DAY + 21 * HOUR_MS + 53 * MINUTE_MS, '剩 6 天 21 小时'],
    [0, '已超时 0 分'],
    [-40 * MINUTE_MS, '已超时 40 分'],
    [-2 * HOUR_MS - 10 * MINUTE_MS, '已超时 2 小时'],
    [-30 * HOUR_MS, '已超时 30 小时'],
    [-3 * DAY, '已超时 3 天'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatTimeLeft(ms, TIME_LEFT_ZH)).toBe(text);
  });

  it('splits the time', () => {
    expect(timeLeft(DAY + 2 * HOUR_MS + 3 * MINUTE_MS + 4 * SECOND_MS)).toEqual({ overdue: false, days: 1, hours: 2, minutes: 3, seconds: 4 });
    expect(timeLeft(-(DAY + 2 * HOUR_MS + 3 * MINUTE_MS))).toEqual({ overdue: true, days: 1, hours: 2, minutes: 3 });
  });
});
