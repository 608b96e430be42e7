// The page's own queryList JSON (second source), and how it merges with the DOM row.
import { describe, expect, it } from 'vitest';
import { formatBeijing, HOUR_MS, MINUTE_MS } from '@/lib/clock';
import { rowState, snapshotKey, toRefundRow } from '@/lib/features/refund-deadline/rows';
import { readAfterSalesRows, type AfterSalesRow } from '@/lib/pdd/aftersales-page';
import { epochMs, readQueryList, TrafficBook } from '@/lib/pdd/aftersales-traffic';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { bj, loadPage, SNAPSHOT_NOW } from './helpers';

const URL = 'https://mms.pinduoduo.com/mercury/mms/afterSales/queryList';
const NOW = bj('2026-11-23 10:00:00');

/** An item shaped like the simulator's (PDD-PAGES §(d) field names). */
const item = (o: Record<string, unknown> = {}) => ({
  id: 2311007331,
  orderSn: '261119-111000098765431',
  afterSalesType: 1,
  afterSalesStatus: 2,
  afterSalesStatusDesc: '仅退款，待商家处理',
  afterSalesReasonDesc: '质量问题',
  expireRemainTime: 3600,
  expireActionDesc: '未处理，系统将自动退款',
  sellerAfterSalesShippingStatus: 1,
  trackingNumber: '773121234567',
  latestLogisticsTime: Math.floor(bj('2026-11-21 05:00:00') / 1000),
  createdAt: Math.floor(bj('2026-11-21 11:00:00') / 1000),
  actions: [],
  speedRefund: false,
  ...o,
});
const body = (...list: unknown[]) => JSON.stringify({ success: true, errorCode: 1000000, result: { total: list.length, list } });

describe('readQueryList: by the path only', () => {
  it('a query that names the list path is no list (the red-team round of 2026-12-07)', () => {
    expect(readQueryList({ url: 'https://mms.pinduoduo.com/echo?to=/mercury/mms/afterSales/queryList', body: '{"result":{"list":[]}}' }, 0)).toBeNull();
  });
});

describe('readQueryList', () => {
  it('reads an item', () => {
    const rows = readQueryList({ url: URL, body: body(item()) }, NOW)!.rows;
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      afterSalesId: '2311007331',
      orderId: '261119-111000098765431',
      type: '仅退款',
      statusCode: 2,
      pending: true,
      reason: '质量问题',
      remainingMs: HOUR_MS,
      observedAt: NOW,
      shipped: true,
      trackingNumber: '773121234567',
      instantRefund: false,
    });
    expect(formatBeijing(row.latestLogisticsAt!)).toBe('2026-11-21 05:00:00');
    expect(formatBeijing(row.appliedAt!)).toBe('2026-11-21 11:00:00');
  });

  it.each([
    ['no countdown: empty action', { expireRemainTime: 0, expireActionDesc: '' }, null],
    ['countdown reached 0', { expireRemainTime: 0 }, 0],
    ['another action (not a refund)', { expireRemainTime: 500, expireActionDesc: '逾期未退货，系统将自动关闭' }, null],
    ['a remaining time without wording', { expireRemainTime: 120, expireActionDesc: '' }, 120_000],
  ])('%s', (_name, o, remaining) => {
    expect(readQueryList({ url: URL, body: body(item(o)) }, NOW)!.rows[0]!.remainingMs).toBe(remaining);
  });

  it.each([
    [{ afterSalesStatus: 11 }, true],
    [{ afterSalesStatus: 5 }, false],
    [{ afterSalesStatus: 12 }, false],
    [{ afterSalesStatus: 10 }, null],
    [{ afterSalesStatus: undefined }, null],
  ])('status %j → pending %s', (o, pending) => {
    expect(readQueryList({ url: URL, body: body(item(o)) }, NOW)!.rows[0]!.pending).toBe(pending);
  });

  it('极速退款 from speedRefund or the 1000 action; type codes 1–4', () => {
    const rows = readQueryList({ url: URL, body: body(item({ id: 1, speedRefund: true }), item({ id: 2, actions: [1000] }), item({ id: 3, afterSalesType: 4 })) }, NOW)!.rows;
    expect(rows.map((r) => [r.instantRefund, r.type])).toEqual([[true, '仅退款'], [true, '仅退款'], [false, '补寄']]);
  });

  it('ignores other URLs and junk; an empty list is an answer', () => {
    expect(readQueryList({ url: 'https://mms.pinduoduo.com/mercury/mms/afterSales/queryGroupCount', body: body(item()) }, NOW)).toBeNull();
    expect(readQueryList({ url: URL, body: 'not json' }, NOW)).toBeNull();
    expect(readQueryList({ url: URL, body: '{"result":{}}' }, NOW)).toBeNull();
    expect(readQueryList({ url: URL, body: body({ noId: true }) }, NOW)).toEqual({ rows: [], total: 1 });
    expect(readQueryList({ url: `${URL}?x=1`, body: body() }, NOW)).toEqual({ rows: [], total: 0 });
  });

  it('times in seconds or milliseconds', () => {
    expect(epochMs(1_795_000_000)).toBe(1_795_000_000_000);
    expect(epochMs(1_795_000_000_000)).toBe(1_795_000_000_000);
    expect(epochMs(0)).toBeNull();
    expect(epochMs('x')).toBeNull();
  });

  it('TrafficBook keeps the latest item per id and whether the list was empty', () => {
    const book = new TrafficBook();
    expect(book.ingest({ url: URL, body: body(item({ expireRemainTime: 100 })) }, NOW)).toBe(true);
    book.ingest({ url: URL, body: body(item({ expireRemainTime: 50 })) }, NOW + 1000);
    expect(book.get('2311007331')).toMatchObject({ remainingMs: 50_000, observedAt: NOW + 1000 });
    expect(book.lastEmpty).toBe(false);
    book.ingest({ url: URL, body: body() }, NOW + 2000);
    expect(book.lastEmpty).toBe(true);
    expect(book.ingest({ url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{}' }, NOW)).toBe(false);
  });

  it('TrafficBook.shift: stamps taken on a clock that then learned the platform\'s time move with it; the platform\'s own times stay', () => {
    const book = new TrafficBook();
    const slow = NOW - 4 * HOUR_MS;
    book.ingest({ url: URL, body: body(item()) }, slow);
    const before = book.get('2311007331')!;
    book.shift(4 * HOUR_MS);
    expect(book.get('2311007331')).toEqual({ ...before, observedAt: NOW });
    expect(book.lastAt).toBe(NOW);
    expect(book.get('2311007331')!.appliedAt).toBe(bj('2026-11-21 11:00:00'));
  });
});

describe('toRefundRow: DOM first, traffic fills gaps', () => {
  const rows = readAfterSalesRows(loadPage('aftersale-list.html'));
  const dom = (id: string): AfterSalesRow => rows.find((r) => r.afterSalesId === id)!;

  it("the DOM countdown wins; traffic adds what the row does not say", () => {
    const t = readQueryList({ url: URL, body: body(item({ id: 2311080641, afterSalesType: 1, afterSalesStatus: 5, expireRemainTime: 0, expireActionDesc: '' })) }, NOW)!.rows[0];
    const refunded = toRefundRow(dom('2311080641'), t, SNAPSHOT_NOW);
    expect(refunded).toMatchObject({ pending: false, type: '仅退款', deadline: null, instantRefund: true });
    const row = toRefundRow(dom('2311007331'), readQueryList({ url: URL, body: body(item({ expireRemainTime: 999 })) }, NOW)!.rows[0], SNAPSHOT_NOW);
    expect(row.deadline).toEqual({ at: SNAPSHOT_NOW + HOUR_MS, source: 'page' });
  });

  it('a row without a countdown in the DOM takes the traffic one (seen when the response came)', () => {
    const noCountdown: AfterSalesRow = { ...dom('2311007331'), countdown: null };
    const t = readQueryList({ url: URL, body: body(item({ expireRemainTime: 1800 })) }, SNAPSHOT_NOW - 5000)!.rows[0];
    expect(toRefundRow(noCountdown, t, SNAPSHOT_NOW).deadline).toEqual({ at: SNAPSHOT_NOW - 5000 + 1_800_000, source: 'page' });
    expect(toRefundRow(noCountdown, undefined, SNAPSHOT_NOW).deadline).toEqual({ at: bj('2026-11-23 11:00:00'), source: 'estimate' });
  });

  it('re-reads keep the deadline steady; a countdown stuck at 0 keeps the past deadline', () => {
    const first = toRefundRow(dom('2311007331'), undefined, SNAPSHOT_NOW);
    const jitter: AfterSalesRow = { ...dom('2311007331'), countdown: { remainingMs: HOUR_MS - 59_000, condition: '未处理' } };
    expect(toRefundRow(jitter, undefined, SNAPSHOT_NOW + 60_000, first).deadline).toBe(first.deadline);
    const zero: AfterSalesRow = { ...dom('2311007331'), countdown: { remainingMs: 0, condition: '未处理' } };
    const later = SNAPSHOT_NOW + 3 * HOUR_MS;
    const past = toRefundRow(zero, undefined, SNAPSHOT_NOW + HOUR_MS);
    expect(toRefundRow(zero, undefined, later, past).deadline).toBe(past.deadline);
    const moved: AfterSalesRow = { ...dom('2311007331'), countdown: { remainingMs: 2 * HOUR_MS, condition: '未处理' } };
    expect(toRefundRow(moved, undefined, SNAPSHOT_NOW, first).deadline!.at).toBe(SNAPSHOT_NOW + 2 * HOUR_MS);
  });

  it('the snapshot carries ids, pending, deadline and flags only', () => {
    const row = toRefundRow(dom('2311043986'), undefined, SNAPSHOT_NOW);
    expect(rowState(row, SNAPSHOT_NOW, DEFAULT_SETTINGS.afterSales)).toEqual({
      afterSalesId: '2311043986',
      pending: true,
      deadlineAt: SNAPSHOT_NOW + 10 * MINUTE_MS,
      flags: ['shippedRefundOnly', 'noLogistics', 'escalateReason'],
    });
    const closed = toRefundRow(dom('2311058648'), undefined, SNAPSHOT_NOW);
    expect(rowState(closed, SNAPSHOT_NOW, DEFAULT_SETTINGS.afterSales)).toEqual({ afterSalesId: '2311058648', pending: false, deadlineAt: null, flags: [] });
  });

  it('snapshotKey: order-free, blind to second-level jitter, sees a state change', () => {
    const a = { afterSalesId: 'a', pending: true, deadlineAt: NOW + 10_000, flags: [] };
    const b = { afterSalesId: 'b', pending: false, deadlineAt: null, flags: [] };
    expect(snapshotKey([a, b])).toBe(snapshotKey([b, { ...a, deadlineAt: NOW + 11_000 }]));
    expect(snapshotKey([a, b])).not.toBe(snapshotKey([a, { ...b, pending: true }]));
    expect(snapshotKey([a, b])).not.toBe(snapshotKey([a]));
    expect(snapshotKey([a])).not.toBe(snapshotKey([{ ...a, flags: ['instantRefund'] as const }] as never));
  });
});
