/**
 * After-sales list adapter: turns the page's row cards into plain data. Pure
 * functions over a root (document or element), so tests run them on saved
 * simulator pages; nothing here writes to the page. Rows are found by text
 * (see aftersales-selectors.ts): each 查看详情 button, climbed to the largest
 * ancestor that holds exactly one, is a row.
 */
import { parseBeijingDateTime } from '../clock';
import { isOwnNode } from '../dom/shadow-host';
import {
  ACTION_KINDS,
  AFTERSALES_SELECTORS as S,
  AFTERSALES_TEXT as T,
  SETTLED_KINDS,
  STATUS_KINDS,
  matchText,
  type AfterSalesStatusKind,
  type TextAnchor,
} from './aftersales-selectors';
import { queryAll, type SelfCheck } from './selectors';

type Root = Document | Element;

export interface PageCountdown {
  /** Remaining time as the page shows it (ms). */
  remainingMs: number;
  /** 未处理 / 物流无退回轨迹 / other wording. */
  condition: string;
}

/** One row of the after-sales list, as the page shows it. No buyer data. */
export interface AfterSalesRow {
  afterSalesId: string;
  orderId: string | null;
  /** 仅退款 / 退货退款 / 换货 / 补寄; null when the row does not say (e.g. 退款成功). */
  type: string | null;
  statusText: string | null;
  statusKind: AfterSalesStatusKind;
  /** Needs the merchant to act (not closed, agreed/退款成功 or refused). */
  pending: boolean;
  /** Awaiting the merchant's first response: the 48-hour rule applies. */
  awaitingFirstResponse: boolean;
  reason: string | null;
  refundAmountFen: number | null;
  paidAmountFen: number | null;
  shipped: boolean | null;
  carrier: string | null;
  trackingNumber: string | null;
  latestLogisticsAt: number | null;
  appliedAt: number | null;
  countdown: PageCountdown | null;
  /** The row mentions the automatic refund but no countdown could be read. */
  countdownUnreadable: boolean;
  instantRefund: boolean;
  /** The row container (largest ancestor of its 查看详情 holding exactly one). */
  element: Element;
  /** The smallest element holding the countdown text; its changes are the page ticking. */
  countdownElement: Element | null;
  /** Where our badge goes: the line with the countdown / 申请时间, else the row. */
  anchor: Element;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Text of a subtree, one space between text nodes, whitespace collapsed; the
 * extension's own hosts are skipped. textContent would glue adjacent spans
 * ("2311087972申请时间"); layout-based innerText would force a reflow.
 */
export function collectText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName) && !isOwnNode(child)) walk(child);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements whose own text is exactly the anchor's (deepest match only). */
export function findTextElements(root: Root, anchor: TextAnchor): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    if (!text || text.length > 12) continue;
    const parent = node.parentElement;
    if (!parent || found.includes(parent) || isInsideOwn(parent)) continue;
    // The button's own full text (its children may split it) must be the anchor.
    const own = collectText(parent).replace(/\s+/g, '');
    if (anchor.alternatives.some((a) => a.pattern.test(text) || a.pattern.test(own))) found.push(parent);
  }
  return found;
}

function isInsideOwn(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isOwnNode(e)) return true;
  return false;
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

/** Parses the page's countdown ('（1 天 22 时 0 分 0 秒未处理，系统将自动退款）', with or without spaces). */
export function parseRefundCountdown(text: string): PageCountdown | null {
  const m = matchText(text, T.countdown);
  if (!m) return null;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : Number(v))) as [number, number, number, number];
  return { remainingMs: (((d * 24 + h) * 60 + mi) * 60 + s) * 1000, condition: (m[5] ?? '').trim() };
}

/** Classifies a status text (e.g. 待商家确认收货) into a kind. */
export function statusKind(statusText: string | null): AfterSalesStatusKind {
  if (!statusText) return 'unknown';
  return STATUS_KINDS.find((s) => s.pattern.test(statusText))?.kind ?? 'unknown';
}

const yuanToFen = (v: string | undefined): number | null => {
  if (!v) return null;
  const n = Number(v.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? Math.round(n * 100) : null;
};

/**
 * The smallest element inside `root` whose text `matches`, climbing from the
 * text node holding `seed`; `root` itself counts unless `rootCounts` is false.
 */
export function smallestMatching(root: Element, seed: string, matches: (text: string) => boolean, rootCounts = true): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.includes(seed)) continue;
    for (let el = node.parentElement; el && root.contains(el); el = el.parentElement) {
      if (el === root && !rootCounts) break;
      if (matches(collectText(el))) return el;
      if (el === root) break;
    }
  }
  return null;
}

/** The text the page shows next to the countdown ("…，系统将自动退款"), where the countdown element is looked for. */
export const COUNTDOWN_SEED = '系统将自动退款';

/** The request's state as a row or the detail page states it, read from its whole text. */
export function readStatus(text: string): {
  /** The type written in front of the status ("仅退款 待商家处理"), when it is. */
  typedType: string | null;
  status: Pick<AfterSalesRow, 'statusText' | 'statusKind' | 'pending' | 'awaitingFirstResponse' | 'countdown' | 'countdownUnreadable' | 'instantRefund'>;
} {
  const typed = matchText(text, T.typedStatus);
  const statusText = typed?.[2]?.replace(/\s+/g, '') ?? matchText(text, T.bareStatus)?.[1] ?? null;
  const kind = statusKind(statusText);
  const countdown = parseRefundCountdown(text);
  return {
    typedType: typed?.[1] ?? null,
    status: {
      statusText,
      statusKind: kind,
      pending: ACTION_KINDS.has(kind) || (countdown !== null && !SETTLED_KINDS.has(kind)),
      awaitingFirstResponse: kind === 'awaiting-merchant',
      countdown,
      countdownUnreadable: matchText(text, T.autoRefundMention) !== null && countdown === null,
      instantRefund: matchText(text, T.instantRefund) !== null,
    },
  };
}

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
