/**
 * After-sales detail adapter (/aftersales-ssr/detail?id=…, server-rendered,
 * opened in a new tab). The page lists label → value pairs (售后编号, 订单号,
 * 售后类型, …) and a "剩余处理时间：…，系统将自动退款" countdown; both are read
 * by text, like the list. Pure, over a document.
 */
import { parseBeijingDateTime } from '../clock';
import { DETAIL_LABELS, AFTERSALES_TEXT as T, ACTION_KINDS, SETTLED_KINDS, matchText } from './aftersales-selectors';
import { collectText, parseRefundCountdown, statusKind, type AfterSalesRow } from './aftersales-page';

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
  const text = collectText(doc.body);
  const typed = matchText(text, T.typedStatus);
  const statusText = typed?.[2]?.replace(/\s+/g, '') ?? matchText(text, T.bareStatus)?.[1] ?? null;
  const kind = statusKind(statusText);
  const countdown = parseRefundCountdown(text);
  let countdownElement: Element | null = null;
  if (countdown) {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node && !countdownElement; node = walker.nextNode()) {
      if (!(node as Text).data.includes('系统将自动退款')) continue;
      for (let el = node.parentElement; el && el !== doc.body; el = el.parentElement) {
        if (parseRefundCountdown(collectText(el))) {
          countdownElement = el;
          break;
        }
      }
    }
  }
  const shippedText = field(fields, DETAIL_LABELS.shipped);
  const trackingNumber = field(fields, DETAIL_LABELS.trackingNumber);
  const applied = field(fields, DETAIL_LABELS.applyTime);
  const logistics = field(fields, DETAIL_LABELS.latestLogistics);
  const anchor = countdownElement?.parentElement ?? doc.body;
  return {
    afterSalesId,
    orderId: field(fields, DETAIL_LABELS.orderId),
    type: field(fields, DETAIL_LABELS.type) ?? typed?.[1] ?? null,
    statusText,
    statusKind: kind,
    pending: ACTION_KINDS.has(kind) || (countdown !== null && !SETTLED_KINDS.has(kind)),
    awaitingFirstResponse: kind === 'awaiting-merchant',
    reason: field(fields, DETAIL_LABELS.reason),
    refundAmountFen: null,
    paidAmountFen: null,
    shipped: shippedText ? shippedText.includes('已发货') : trackingNumber ? true : null,
    carrier: null,
    trackingNumber,
    latestLogisticsAt: logistics ? parseBeijingDateTime(logistics) : null,
    appliedAt: applied ? parseBeijingDateTime(applied) : null,
    countdown,
    countdownUnreadable: matchText(text, T.autoRefundMention) !== null && countdown === null,
    instantRefund: matchText(text, T.instantRefund) !== null,
    element: anchor,
    countdownElement,
    anchor,
  };
}
