/**
 * The overlay's reads of the page (lib/pdd does the reading): the rows of the
 * list or of one refund's detail, their self-check, the container to observe,
 * whether a change is the page's and not its countdown ticking, and where
 * the panel has room (layout reads on re-scans and resizes only, never per tick).
 */
import { readDetailPage } from '../../pdd/aftersales-detail';
import { checkAfterSalesList, readAfterSalesRows, type AfterSalesRow, type ListCheck } from '../../pdd/aftersales-page';
import { rowKeepClear, type Span } from '../../pdd/aftersales-layout';
import { placePanel } from './panel-place';
import { isOwnNode } from '../../dom/shadow-host';
import type { PanelLayout, RefundPage } from './state';

export function readPageRows(page: RefundPage, doc: Document, href: string): AfterSalesRow[] {
  if (page === 'list') return readAfterSalesRows(doc);
  const row = readDetailPage(doc, href);
  return row ? [row] : [];
}

export function checkPageRows(page: RefundPage, doc: Document, rows: readonly AfterSalesRow[]): ListCheck {
  if (page === 'list') return checkAfterSalesList(doc, rows);
  const broken = rows.some((r) => r.countdownUnreadable);
  return { recognised: !broken, missing: broken ? ['countdown'] : [], state: rows.length ? 'rows' : 'loading' };
}

/** The rows' common container on the list (the whole body while there are none, and on the detail page). */
export function rowsContainer(page: RefundPage, doc: Document, rows: readonly AfterSalesRow[]): Element {
  let target: Element = doc.body;
  if (page === 'list' && rows.length > 0) {
    target = rows[0]!.element.parentElement ?? doc.body;
    while (target !== doc.body && target.parentElement && !rows.every((r) => target.contains(r.element))) target = target.parentElement;
  }
  return target;
}

/** A change of the page's rows, not the page's countdown ticking (inside `countdowns`) nor our own nodes. */
export function isPageChange(record: MutationRecord, countdowns: readonly Element[]): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (!target || countdowns.some((el) => el.contains(target))) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length === 0 || !nodes.every(isOwnNode);
}

/** Where the open panel can go: right of the rows, else a free column of the list that covers none of any row's amounts, logistics, countdown or actions. */
export function measureLayout(page: RefundPage, win: Window, rows: Iterable<AfterSalesRow>): PanelLayout {
  if (page !== 'list') return { roomOnRight: false, panelRight: null, panelWidth: null, placed: false };
  let right = 0;
  const keepClear: Span[] = [];
  for (const row of rows) {
    right = Math.max(right, row.element.getBoundingClientRect().right);
    keepClear.push(...rowKeepClear(row));
  }
  return placePanel(win.innerWidth || 0, right, keepClear);
}
