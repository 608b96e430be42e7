/**
 * Everything the extension knows about the after-sales pages' DOM
 * (mms.pinduoduo.com/aftersales/aftersale_list and /aftersales-ssr/detail).
 * The list is a React app whose CSS-module class names are hashed and carry a
 * version suffix (PDD-PAGES.md §(c)), so rows are found by TEXT: the 查看详情
 * button, 订单号, 售后编号, 申请时间 and the countdown; attributes come next
 * (aria-current, role=tab, data-testid); class fragments are fallbacks only.
 * Sources are the ids in shared/PDD-PAGES.md.
 */
import type { SelectorSpec } from './selectors';

/** The pages this adapter knows (PDD-PAGES §(a)); the MMS shell moves between them with pushState. */
export const AFTERSALES_PATHS = {
  list: /^\/aftersales\/aftersale_list\/?$/,
  detail: /^\/aftersales-ssr\/detail\/?$/,
} as const;

export type AfterSalesPageKind = keyof typeof AFTERSALES_PATHS;

/** Which after-sales page a URL is, or null. */
export function aftersalesPageKind(href: string): AfterSalesPageKind | null {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  if (AFTERSALES_PATHS.list.test(path)) return 'list';
  if (AFTERSALES_PATHS.detail.test(path)) return 'detail';
  return null;
}

const RPA_2026 = 'fs#71201825752 (RPA bot, 2026)';
const LIST_FIXTURE = 'fs#71089733690 (test mirroring the real list, 2026-09)';

/** A text pattern with where it was seen; like a SelectorSpec, first alternative wins. */
export interface TextAlternative {
  pattern: RegExp;
  source: string;
}

export interface TextAnchor {
  description: string;
  alternatives: readonly TextAlternative[];
}

/** The first match of any alternative, trying them in order. */
export function matchText(text: string, anchor: TextAnchor): RegExpExecArray | null {
  for (const alt of anchor.alternatives) {
    const m = alt.pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** CSS selectors: attributes first, class fragments as fallbacks. */
export const AFTERSALES_SELECTORS = {
  pagerActive: {
    description: 'the active page number of the pager',
    alternatives: [
      { css: '[aria-current="page"]', source: RPA_2026 },
      { css: '[class*="pagerItemActive"]', source: `${RPA_2026}: PGT_pagerItemActive_<version>` },
    ],
  },
  activeTab: {
    description: 'the selected filter tab',
    alternatives: [
      { css: '[role="tab"][aria-selected="true"]', source: 'WAI-ARIA tabs (beast-core TAB)' },
      { css: '[class*="tabItem"][class*="active" i]', source: 'fallback: beast-core TAB_tabItem / TAB_active' },
    ],
  },
  cardFallback: {
    description: 'a row card found by markup (self-check evidence only; rows are found by text)',
    alternatives: [
      { css: '[data-testid="aftersale-card"]', source: 'simulator GUESS (test/sim/README.md)' },
      { css: '[class*="aftersale_card__"]', source: 'fallback: CSS-module class fragment' },
    ],
  },
  rowBoundary: {
    description: 'what a row card never contains: the climb from 查看详情 stops below it (matters when the list has one row)',
    alternatives: [
      {
        css: [
          '[role="tablist"]',
          '[role="tab"]',
          '[aria-current="page"]',
          '[data-testid="beast-core-pagination"]',
          '[class*="pagerItem"]',
          'nav',
          'header',
          'main',
          'h1',
          'h2',
          'input:not([type])',
          'input[type="text"]',
          'input[type="search"]',
          'textarea',
        ].join(', '),
        source: 'page chrome around the list (tabs, pager, search form, shell); PDD-PAGES §(c)',
      },
    ],
  },
  modal: {
    description: 'a beast-core dialog over the list',
    alternatives: [{ css: '[data-testid="beast-core-modal"]', source: RPA_2026 }],
  },
} as const satisfies Record<string, SelectorSpec>;

const DATETIME = String.raw`(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?)`;
/** D天H时M分S秒 with optional spaces (digits sit in their own spans, PDD-PAGES §(f)). */
const DHMS = String.raw`(?:(\d+)\s*天\s*)?(?:(\d+)\s*(?:小时|时)\s*)?(?:(\d+)\s*分(?:钟)?\s*)?(\d+)\s*秒`;
const CONDITION = String.raw`(未处理|物流无退回轨迹|[^，,（）()\d\s]{1,16}?)`;

/** Text anchors: patterns over a row's whitespace-collapsed text. */
export const AFTERSALES_TEXT = {
  detailButton: {
    description: '查看详情 button (one per row: rows are the largest ancestors holding exactly one)',
    alternatives: [{ pattern: /^查看详情$/, source: RPA_2026 }],
  },
  orderId: {
    description: 'order number',
    alternatives: [
      { pattern: /订单号\s*[:：]?\s*(\d{6}-\d{12,})/, source: LIST_FIXTURE },
      { pattern: /(?<![\d-])(\d{6}-\d{12,})(?!\d)/, source: `${LIST_FIXTURE}: bare \\d{6}-\\d{12,}` },
    ],
  },
  afterSalesId: {
    description: 'after-sales number',
    alternatives: [
      { pattern: /售后(?:编号|编码)\s*[:：]?\s*([A-Za-z0-9]{8,})/, source: `${LIST_FIXTURE}: 售后(编号|编码)` },
      { pattern: /售后单号\s*[:：]?\s*([A-Za-z0-9]{8,})/, source: 'fallback: 售后单号 (guess)' },
    ],
  },
  applyTime: {
    description: 'apply time (Beijing time)',
    alternatives: [{ pattern: new RegExp(String.raw`申请时间\s*[:：]?\s*${DATETIME}`), source: LIST_FIXTURE }],
  },
  countdown: {
    description: "the page's countdown to the automatic refund",
    alternatives: [
      {
        pattern: new RegExp(String.raw`[（(]\s*${DHMS}\s*[，,]?\s*${CONDITION}\s*[，,]\s*系统将自动退款\s*[）)]`),
        source: `${RPA_2026}; ${LIST_FIXTURE}: （D天H时M分S秒(未处理|物流无退回轨迹)，系统将自动退款）`,
      },
      {
        pattern: new RegExp(String.raw`剩余(?:处理)?时间\s*[:：]?\s*${DHMS}\s*[，,]?\s*${CONDITION}\s*[，,]\s*系统将自动退款`),
        source: 'detail page: 剩余处理时间：D天H时M分S秒，未处理，系统将自动退款 (simulator, unconfirmed)',
      },
    ],
  },
  autoRefundMention: {
    description: 'any mention of the automatic refund (a countdown that failed to parse is a broken anchor)',
    alternatives: [{ pattern: /系统将自动退款/, source: RPA_2026 }],
  },
  type: {
    description: 'after-sales type',
    alternatives: [{ pattern: /(仅退款|退货退款|换货|补寄)/, source: `${LIST_FIXTURE}; fs#53136064217 (type codes 1–4)` }],
  },
  typedStatus: {
    description: 'status line "type，state" (e.g. 退货退款，待商家确认收货)',
    alternatives: [
      {
        pattern: /(仅退款|退货退款|换货|补寄)\s*[，,]\s*([^\s，,]{2,12}(?:\s*[，,]\s*[^\s，,]{2,12})?)/,
        source: LIST_FIXTURE,
      },
    ],
  },
  bareStatus: {
    description: 'a status shown without its type (退款成功, 退款关闭, …)',
    alternatives: [
      {
        pattern: /(退款成功|退款关闭|换货完成|换货关闭|补寄完成|售后关闭|售后完成|已撤销|已关闭|待商家处理|待商家确认收货)/,
        source: 'PDD-PAGES §(d) status names; fs#124450950',
      },
    ],
  },
  reason: {
    description: 'refund reason',
    alternatives: [{ pattern: /(?:退款|售后|申请)原因\s*[:：]?\s*([^\s,，;；]+)/, source: 'simulator (unconfirmed): 退款原因: X' }],
  },
  refundAmount: {
    description: 'refund amount',
    alternatives: [{ pattern: /退款金额\s*[:：]?\s*[¥￥]\s*(\d[\d,]*(?:\s*\.\s*\d{1,2})?)/, source: 'simulator (unconfirmed)' }],
  },
  paidAmount: {
    description: 'amount paid (实付)',
    alternatives: [{ pattern: /实付(?:金额)?\s*[:：]?\s*[¥￥]\s*(\d[\d,]*(?:\s*\.\s*\d{1,2})?)/, source: LIST_FIXTURE }],
  },
  shipped: {
    description: 'shipped (已发货) or not (未发货 / 待发货)',
    alternatives: [{ pattern: /(已发货|未发货|待发货)/, source: 'PDD-PAGES §(d) sellerAfterSalesShippingStatusDesc' }],
  },
  tracking: {
    description: 'forward carrier and tracking number (not the return one)',
    alternatives: [
      { pattern: /([\u4e00-\u9fa5]{2,8}(?:快递|速递|速运|快运|物流|邮政|EMS))\s*[:：]?\s*([A-Za-z0-9]{8,})/, source: 'simulator (unconfirmed): 中通快递 7731…' },
      { pattern: /(?<!退货|退回)(?:运单号|快递单号|物流单号)\s*[:：]?\s*([A-Za-z0-9]{8,})/, source: 'fallback: 运单号 label' },
    ],
  },
  latestLogistics: {
    description: 'latest logistics time',
    alternatives: [{ pattern: new RegExp(String.raw`最新物流(?:时间|更新)\s*[:：]?\s*${DATETIME}`), source: LIST_FIXTURE }],
  },
  instantRefund: {
    description: '极速退款 tag',
    alternatives: [{ pattern: /极速退款/, source: 'RULES.md §3; PDD-PAGES §(d) speedRefund' }],
  },
  emptyList: {
    description: "the list's own empty state",
    alternatives: [{ pattern: /暂无(?:售后|数据|记录|相关)/, source: 'simulator (暂无售后单); common beast-core wording 暂无数据' }],
  },
} as const satisfies Record<string, TextAnchor>;

/** Where a row's state falls, for "does the merchant have to act?". */
export type AfterSalesStatusKind =
  | 'awaiting-merchant'
  | 'awaiting-receipt'
  | 'awaiting-buyer'
  | 'refused'
  | 'done'
  | 'closed'
  | 'unknown';

/** Status wording → kind, first match wins (so 商家已拒绝，待买家处理 is refused). */
export const STATUS_KINDS: ReadonlyArray<{ pattern: RegExp; kind: AfterSalesStatusKind }> = [
  { pattern: /已拒绝|驳回/, kind: 'refused' },
  { pattern: /关闭|撤销|已取消/, kind: 'closed' },
  { pattern: /成功|完成|已退款/, kind: 'done' },
  { pattern: /待商家(?:确认)?收货/, kind: 'awaiting-receipt' },
  { pattern: /待商家|待处理|待审核/, kind: 'awaiting-merchant' },
  { pattern: /待买家|待消费者/, kind: 'awaiting-buyer' },
];

/** Kinds that need the merchant to act (the row is pending). */
export const ACTION_KINDS: ReadonlySet<AfterSalesStatusKind> = new Set(['awaiting-merchant', 'awaiting-receipt']);

/** Kinds that never need action, whatever else the row shows. */
export const SETTLED_KINDS: ReadonlySet<AfterSalesStatusKind> = new Set(['refused', 'done', 'closed']);

/** Labels of the detail page's field list (label → value pairs). */
export const DETAIL_LABELS = {
  afterSalesId: ['售后编号', '售后编码', '售后单号'],
  orderId: ['订单号', '订单编号'],
  type: ['售后类型'],
  applyTime: ['申请时间'],
  reason: ['退款原因', '售后原因', '申请原因'],
  shipped: ['发货状态'],
  trackingNumber: ['运单号', '快递单号'],
  latestLogistics: ['最新物流时间'],
} as const;
