/**
 * After-sales detail adapter (/aftersales-ssr/detail?id=…, server-rendered,
 * opened in a new tab). The page lists label → value pairs (售后编号, 订单号,
 * 售后类型, …) and a "剩余处理时间：…，系统将自动退款" countdown; both are read
 * by text, like the list. Pure, over a document.
 */
import { parseBeijingDateTime } from '../clock';
import { DETAIL_LABELS } from './aftersales-selectors';
import type { AfterSalesRow } from './aftersales-page';
import { COUNTDOWN_SEED, parseRefundCountdown, readStatus } from './aftersales-status';
import { collectText, smallestMatching } from './aftersales-text';

type Labels = (typeof DETAIL_LABELS)[keyof typeof DETAIL_LABELS];

/** Label → value: the text of the element right after the label's element. */
function readFields(doc: Document): Map<string, string> {
  const fields = new Map<string, string>();
  const wanted = new Set<string>(Object.values(DETAIL_LABELS).flat());
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const label = (node as Text).data.trim().replace(/[:：]$/, '');
    if (!wanted.has(label) || fields.has(label)) continue;
    const value = node.parentElement?.nextElementSibling;
    if (value) fields.set(label, collectText(value));
  }
  return fields;
}

const field = (fields: Map<string, string>, labels: Labels): string | null => {
  for (const label of labels) {
    const v = fields.get(label);
    if (v) return v;
  }
  return null;
};

/** The after-sales id from the URL (?id=…), the page's own key for the request. */
export function detailIdFromUrl(url: string): string | null {
  try {
    const id = new URL(url).searchParams.get('id');
    return id && /^[A-Za-z0-9]{6,}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** Reads the detail page; null when it shows no recognisable request. */
export function readDetailPage(doc: Document, url: string): AfterSalesRow | null {
  const fields = readFields(doc);
  const afterSalesId = field(fields, DETAIL_LABELS.afterSalesId) ?? detailIdFromUrl(url);
  if (!afterSalesId || !fields.size) return null;
  const { typedType, status } = readStatus(collectText(doc.body));
  // The page's body never counts as the countdown element.
  const countdownElement = status.countdown ? smallestMatching(doc.body, COUNTDOWN_SEED, (t) => parseRefundCountdown(t) !== null, false) : null;
  const shippedText = field(fields, DETAIL_LABELS.shipped);
  const trackingNumber = field(fields, DETAIL_LABELS.trackingNumber);
  const applied = field(fields, DETAIL_LABELS.applyTime);
  const logistics = field(fields, DETAIL_LABELS.latestLogistics);
  const anchor = countdownElement?.parentElement ?? doc.body;
  return {
    afterSalesId,
    orderId: field(fields, DETAIL_LABELS.orderId),
    type: field(fields, DETAIL_LABELS.type) ?? typedType,
    ...status,
    reason: field(fields, DETAIL_LABELS.reason),
    refundAmountFen: null,
    paidAmountFen: null,
    shipped: shippedText ? shippedText.includes('已发货') : trackingNumber ? true : null,
    carrier: null,
    trackingNumber,
    latestLogisticsAt: logistics ? parseBeijingDateTime(logistics) : null,
    appliedAt: applied ? parseBeijingDateTime(applied) : null,
    element: anchor,
    countdownElement,
    anchor,
  };
}
