/**
 * After-sales list adapter: turns the page's row cards into plain data. Pure
 * functions over a root (document or element), so tests run them on saved
 * simulator pages; nothing here writes to the page. Rows are found by text
 * (see aftersales-selectors.ts): each 查看详情 button, climbed to the largest
 * ancestor that holds exactly one, is a row.
 */
import { parseBeijingDateTime } from '../clock';
import { AFTERSALES_SELECTORS as S, AFTERSALES_TEXT as T, matchText } from './aftersales-selectors';
import { COUNTDOWN_SEED, readStatus, type RequestStatus } from './aftersales-status';
import { collectText, findTextElements, smallestMatching } from './aftersales-text';
import { queryAll, type SelfCheck } from './selectors';

type Root = Document | Element;

/** One row of the after-sales list, as the page shows it. No buyer data. */
export interface AfterSalesRow extends RequestStatus {
  afterSalesId: string;
  orderId: string | null;
  /** 仅退款 / 退货退款 / 换货 / 补寄; null when the row does not say (e.g. 退款成功). */
  type: string | null;
  reason: string | null;
  refundAmountFen: number | null;
  paidAmountFen: number | null;
  shipped: boolean | null;
  carrier: string | null;
  trackingNumber: string | null;
  latestLogisticsAt: number | null;
  appliedAt: number | null;
  /** The row container (largest ancestor of its 查看详情 holding exactly one). */
  element: Element;
  /** The smallest element holding the countdown text; its changes are the page ticking. */
  countdownElement: Element | null;
  /** Where our badge goes: the line with the countdown / 申请时间, else the row. */
  anchor: Element;
}

const BOUNDARY = S.rowBoundary.alternatives.map((a) => a.css).join(', ');

/**
 * Row containers: for each 查看详情 button, the largest ancestor that holds
 * exactly one such button (fs#71201825752). With a single row on the list
 * that would be the whole app, so the climb also stops below anything a card
 * never holds (tabs, pager, search box, shell landmarks) and below <body>.
 */
export function findRowElements(root: Root): Element[] {
  const buttons = findTextElements(root, T.detailButton);
  const counts = new Map<Element, number>();
  for (const button of buttons) {
    for (let el: Element | null = button; el; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  const rows: Element[] = [];
  for (const button of buttons) {
    let row: Element = button;
    for (let parent = row.parentElement; parent && counts.get(parent) === 1; parent = parent.parentElement) {
      if (parent.tagName === 'BODY' || parent.tagName === 'HTML' || parent.matches(BOUNDARY) || parent.querySelector(BOUNDARY)) break;
      row = parent;
    }
    if (row !== button) rows.push(row);
  }
  return rows;
}

/**
 * The left edge (viewport px) of a row's own action column (查看详情, and the
 * 同意退款 / 添加备注 beside it): the 查看详情 button's container. Our panel
 * stays left of it so it never covers the row's actions. Null when not found.
 */
export function rowActionsLeft(row: Element): number | null {
  const button = findTextElements(row, T.detailButton)[0];
  if (!button) return null;
  const column = button.parentElement && button.parentElement !== row ? button.parentElement : button;
  return Math.min(column.getBoundingClientRect().left, button.getBoundingClientRect().left);
}

const yuanToFen = (v: string | undefined): number | null => {
  if (!v) return null;
  const n = Number(v.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? Math.round(n * 100) : null;
};

/** The row's header line: the smallest element holding both the apply time and the order number. */
function headerLine(row: Element, orderId: string | null): Element | null {
  const walker = row.ownerDocument.createTreeWalker(row, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.includes('申请时间')) continue;
    for (let el = node.parentElement; el && el !== row; el = el.parentElement) {
      if (!orderId || collectText(el).includes(orderId)) return el;
    }
    return null;
  }
  return null;
}

/** Reads one row container; null when it has no after-sales id. */
export function readRow(element: Element): AfterSalesRow | null {
  const text = collectText(element);
  const afterSalesId = matchText(text, T.afterSalesId)?.[1] ?? null;
  if (!afterSalesId) return null;
  const orderId = matchText(text, T.orderId)?.[1] ?? null;
  const { typedType, status } = readStatus(text);
  const shippedText = matchText(text, T.shipped)?.[1];
  const tracking = matchText(text, T.tracking);
  const carrier = tracking && tracking.length > 2 ? (tracking[1] ?? null) : null;
  const trackingNumber = tracking ? (tracking[tracking.length - 1] ?? null) : null;
  const applied = matchText(text, T.applyTime)?.[1];
  const logistics = matchText(text, T.latestLogistics)?.[1];
  const countdownPattern = T.countdown.alternatives[0]!.pattern;
  const countdownElement = status.countdown ? smallestMatching(element, COUNTDOWN_SEED, (t) => countdownPattern.test(t)) : null;
  return {
    afterSalesId,
    orderId,
    type: typedType ?? matchText(text, T.type)?.[1] ?? null,
    ...status,
    reason: matchText(text, T.reason)?.[1] ?? null,
    refundAmountFen: yuanToFen(matchText(text, T.refundAmount)?.[1]),
    paidAmountFen: yuanToFen(matchText(text, T.paidAmount)?.[1]),
    shipped: shippedText === '已发货' ? true : shippedText ? false : trackingNumber ? true : null,
    carrier,
    trackingNumber,
    latestLogisticsAt: logistics ? parseBeijingDateTime(logistics) : null,
    appliedAt: applied ? parseBeijingDateTime(applied) : null,
    element,
    countdownElement,
    anchor: countdownElement?.parentElement ?? headerLine(element, orderId) ?? element,
  };
}

/** Every row on the list, one per after-sales id (the first wins if the page repeats one). */
export function readAfterSalesRows(root: Root): AfterSalesRow[] {
  const byId = new Map<string, AfterSalesRow>();
  for (const element of findRowElements(root)) {
    const row = readRow(element);
    if (row && !byId.has(row.afterSalesId)) byId.set(row.afterSalesId, row);
  }
  return [...byId.values()];
}

/** What the list shows right now. */
export type ListState = 'rows' | 'empty' | 'loading';

export interface ListCheck extends SelfCheck {
  state: ListState;
}

const ORDER_NUMBERS = /(?<![\d-])\d{6}-\d{12,}(?!\d)/g;

/**
 * Is this the after-sales list we know? Text anchors cannot be "required" the
 * way CSS ones are (an empty filter tab has no rows), so the check looks for
 * evidence of breakage: order numbers on the page but no 查看详情 rows; rows
 * without an after-sales number; an auto-refund countdown that does not parse.
 */
export function checkAfterSalesList(root: Root, rows: readonly AfterSalesRow[] = readAfterSalesRows(root)): ListCheck {
  const missing: string[] = [];
  const body = (root as Document).body ?? root;
  if (rows.length === 0) {
    const text = collectText(body);
    const orderNumbers = text.match(ORDER_NUMBERS)?.length ?? 0;
    const cards = queryAll(root, S.cardFallback).length;
    if (orderNumbers > 0 || cards > 0) {
      const elements = findRowElements(root);
      missing.push(elements.length === 0 ? 'detailButton' : 'afterSalesId');
      return { recognised: false, missing, state: 'rows' };
    }
    return { recognised: true, missing, state: matchText(text, T.emptyList) ? 'empty' : 'loading' };
  }
  if (rows.some((r) => r.countdownUnreadable)) missing.push('countdown');
  return { recognised: missing.length === 0, missing, state: 'rows' };
}

/** Counts per selector and text anchor, for the saved-page tests and the self-check report. */
export function anchorCounts(root: Root): Record<string, number> {
  const rows = readAfterSalesRows(root);
  const counts: Record<string, number> = {
    detailButton: findTextElements(root, T.detailButton).length,
    rowElements: findRowElements(root).length,
    rows: rows.length,
  };
  for (const [name, spec] of Object.entries(S)) counts[name] = queryAll(root, spec).length;
  const fields = ['orderId', 'type', 'statusText', 'reason', 'appliedAt', 'countdown', 'trackingNumber', 'latestLogisticsAt'] as const;
  for (const field of fields) counts[`with:${field}`] = rows.filter((r) => r[field] !== null).length;
  counts['with:instantRefund'] = rows.filter((r) => r.instantRefund).length;
  counts.pending = rows.filter((r) => r.pending).length;
  return counts;
}
