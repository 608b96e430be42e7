/**
 * Where a list row's own parts are on screen (layout reads: call on re-scans
 * and resizes only, never per tick): the horizontal spans our panel must
 * never cover (issue 23 item 7) — the amounts (实付 / 退款金额), the
 * logistics (发货 state, carrier and number, 最新物流), the page's own
 * countdown and the row's action column.
 */
import { AFTERSALES_TEXT as T } from './aftersales-selectors';
import type { AfterSalesRow } from './aftersales-page';
import { rowActionsLeft } from './aftersales-page';
import { smallestMatching } from './aftersales-text';
import type { TextAnchor } from './aftersales-selectors';

/** A horizontal span in viewport px. */
export interface Span {
  left: number;
  right: number;
}

const test = (anchor: TextAnchor) => (text: string) => anchor.alternatives.some((a) => a.pattern.test(text));

/** The text seeds of each part, and the anchor its element's text must match. */
const PARTS: ReadonlyArray<{ seeds: readonly string[]; matches: (text: string) => boolean }> = [
  { seeds: ['实付'], matches: test(T.paidAmount) },
  { seeds: ['退款金额'], matches: test(T.refundAmount) },
  { seeds: ['已发货', '未发货', '待发货'], matches: test(T.shipped) },
  { seeds: ['最新物流'], matches: test(T.latestLogistics) },
];

const spanOf = (el: Element): Span | null => {
  const r = el.getBoundingClientRect();
  return r.width > 0 ? { left: r.left, right: r.right } : null;
};

/** The spans of one row's amounts, logistics, countdown and actions (those it shows). */
export function rowKeepClear(row: Pick<AfterSalesRow, 'element' | 'countdownElement' | 'trackingNumber'>): Span[] {
  const elements: Element[] = [];
  if (row.countdownElement) elements.push(row.countdownElement);
  for (const part of PARTS) {
    for (const seed of part.seeds) {
      const el = smallestMatching(row.element, seed, part.matches, false);
      if (el) elements.push(el);
    }
  }
  if (row.trackingNumber) {
    const el = smallestMatching(row.element, row.trackingNumber, test(T.tracking), false);
    if (el) elements.push(el);
  }
  const spans = elements.map(spanOf).filter((s): s is Span => s !== null);
  const actions = rowActionsLeft(row.element);
  if (actions !== null) spans.push({ left: actions, right: row.element.getBoundingClientRect().right });
  return spans;
}
