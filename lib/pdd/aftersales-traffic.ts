/**
 * The after-sales list's own data: the JSON of POST
 * /mercury/mms/afterSales/queryList, forwarded by the page-world tap
 * (lib/pdd/page-tap.ts). A second source beside the DOM: it carries the
 * remaining time in seconds (expireRemainTime), the type and status codes,
 * shipping, logistics and the 极速退款 action. Field names: PDD-PAGES.md §(d).
 * Nothing here replays or alters the page's calls.
 */

import { epochMsByMagnitude, safeId, safeLabel, saneTime } from '../boundary';
import { DAY_MS, SECOND_MS } from '../clock';
import { countDropped } from '../content/dropped';
import { urlPath } from './page-tap';

export const QUERY_LIST_URL = /\/mercury\/mms\/afterSales\/queryList(?:[?#]|$)/;

/** afterSalesType codes (PDD-PAGES §(d), fs#53136064217). */
export const TYPE_NAMES: Record<number, string> = { 1: '仅退款', 2: '退货退款', 3: '换货', 4: '补寄' };

/**
 * afterSalesStatus codes that need the merchant (11 待商家确认收货 is listed in
 * PDD-PAGES; 2 待商家处理 is the simulator's guess) and that never do
 * (5 退款成功, 6 仅退款关闭, 12 退货退款关闭, 16 换货完成, 17 换货关闭; 4 refused is a guess).
 */
const ACTION_STATUS = new Set([2, 11]);
const SETTLED_STATUS = new Set([4, 5, 6, 12, 16, 17]);
/** `actions` code of 秒退 / 极速退款 (fs#70708887163). */
const SPEED_REFUND_ACTION = 1000;

/** One queryList item, reduced to what the overlay needs (no buyer data). */
export interface TrafficRow {
  afterSalesId: string;
  orderId: string | null;
  type: string | null;
  statusCode: number | null;
  statusText: string | null;
  /** Null when the codes are unknown: the DOM decides. */
  pending: boolean | null;
  reason: string | null;
  /** Remaining ms of the page's countdown at `observedAt`; null when the page shows none. */
  remainingMs: number | null;
  observedAt: number;
  shipped: boolean | null;
  trackingNumber: string | null;
  latestLogisticsAt: number | null;
  appliedAt: number | null;
  instantRefund: boolean;
}

export interface QueryListResult {
  rows: TrafficRow[];
  total: number | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/** Seconds, milliseconds or microseconds since the epoch → ms (by magnitude); 0 and junk → null. */
export const epochMs = epochMsByMagnitude;

/** The longest countdown believed: the platform's longest after-sales deadline is 7 days (RULES.md §3). */
const MAX_REMAIN_MS = 30 * DAY_MS;

/** A field that is there but does not fit is counted and read as missing. */
function checked<T>(raw: unknown, value: T | null, reason: 'bad-id' | 'bad-time' | 'bad-text'): T | null {
  if (value === null && raw !== undefined && raw !== null && raw !== '') countDropped(reason);
  return value;
}
const idField = (raw: unknown) => checked(raw, safeId(raw), 'bad-id');
const textField = (raw: unknown) => (typeof raw === 'number' ? str(raw) : checked(raw, raw === '' ? null : safeLabel(raw), 'bad-text'));
const timeField = (raw: unknown, now: number) => checked(raw, saneTime(epochMs(raw), now), 'bad-time');

/** One item of result.list; null when it has no usable id. */
export function readQueryListItem(item: Record<string, unknown>, observedAt: number): TrafficRow | null {
  const afterSalesId = idField(item.id ?? item.afterSalesId);
  if (!afterSalesId) return null;
  const typeCode = num(item.afterSalesType);
  const statusCode = num(item.afterSalesStatus);
  const rawRemain = num(item.expireRemainTime);
  const remain = checked(item.expireRemainTime, rawRemain !== null && rawRemain * SECOND_MS <= MAX_REMAIN_MS ? rawRemain : null, 'bad-time');
  const actionDesc = typeof item.expireActionDesc === 'string' ? item.expireActionDesc : '';
  // The list shows a countdown when there is an action to expire into; a
  // remaining time without one (or an unrelated action) is not a refund deadline.
  const refundCountdown = remain !== null && (/退款/.test(actionDesc) || (actionDesc === '' && remain > 0));
  const shippingStatus = num(item.sellerAfterSalesShippingStatus);
  const actions = Array.isArray(item.actions) ? item.actions : [];
  return {
    afterSalesId,
    orderId: idField(item.orderSn),
    type: (typeCode !== null ? TYPE_NAMES[typeCode] : undefined) ?? textField(item.afterSalesTitle),
    statusCode,
    statusText: textField(item.afterSalesStatusDesc),
    pending: statusCode === null ? null : ACTION_STATUS.has(statusCode) ? true : SETTLED_STATUS.has(statusCode) ? false : null,
    reason: textField(item.afterSalesReasonDesc),
    remainingMs: refundCountdown ? Math.max(0, remain!) * 1000 : null,
    observedAt,
    shipped: shippingStatus === null ? null : shippingStatus === 1,
    trackingNumber: idField(item.trackingNumber),
    latestLogisticsAt: timeField(item.latestLogisticsTime, observedAt),
    appliedAt: timeField(item.createdAt, observedAt),
    instantRefund: item.speedRefund === true || actions.includes(SPEED_REFUND_ACTION),
  };
}

/** Parses a forwarded queryList response; null for other URLs and malformed bodies. */
export function readQueryList(item: { url: string; body: string }, observedAt: number): QueryListResult | null {
  if (!QUERY_LIST_URL.test(urlPath(item.url))) return null;
  let json: unknown;
  try {
    json = JSON.parse(item.body);
  } catch {
    countDropped('bad-body');
    return null;
  }
  const result = (json as { result?: unknown } | null)?.result as { list?: unknown; total?: unknown } | undefined;
  if (!result || !Array.isArray(result.list)) return null;
  const rows: TrafficRow[] = [];
  for (const raw of result.list) {
    if (raw && typeof raw === 'object') {
      const row = readQueryListItem(raw as Record<string, unknown>, observedAt);
      if (row) rows.push(row);
    }
  }
  return { rows, total: num(result.total) };
}

/**
 * The latest queryList rows by after-sales id. Kept small: only the ids of the
 * last responses (a page holds 10–100 rows).
 */
export class TrafficBook {
  private readonly rows = new Map<string, TrafficRow>();
  /** The latest response said the list is empty. */
  lastEmpty = false;
  /** Epoch ms of the latest response. */
  lastAt = 0;
  private static readonly MAX_ROWS = 500;

  /** Takes a forwarded item; true when it was a queryList response. */
  ingest(item: { url: string; body: string }, now: number): boolean {
    const result = readQueryList(item, now);
    if (!result) return false;
    for (const row of result.rows) {
      this.rows.delete(row.afterSalesId);
      this.rows.set(row.afterSalesId, row);
    }
    while (this.rows.size > TrafficBook.MAX_ROWS) this.rows.delete(this.rows.keys().next().value!);
    this.lastEmpty = result.rows.length === 0;
    this.lastAt = now;
    return true;
  }

  /** The clock these rows were stamped on moved by `shift` ms (it learned the platform's time): their stamps move with it. */
  shift(shift: number): void {
    for (const [id, row] of this.rows) this.rows.set(id, { ...row, observedAt: row.observedAt + shift });
    if (this.lastAt !== 0) this.lastAt += shift;
  }

  get(afterSalesId: string): TrafficRow | undefined {
    return this.rows.get(afterSalesId);
  }
}
