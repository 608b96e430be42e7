/**
 * The after-sales side: requests and the JSON of POST /mercury/mms/afterSales/queryList
 * (item fields as PDD-PAGES §(d)).
 */
import type { SimClock } from './clock.ts';
import { imageUrl } from './images.ts';
import { formatYyMmDd } from './time.ts';
import type { AfterSalesInput, AfterSalesRecord, AfterSalesState, AfterSalesTypeName } from './types.ts';

export const TYPE_CODE: Record<AfterSalesTypeName, number> = { 仅退款: 1, 退货退款: 2, 换货: 3 };

/**
 * afterSalesStatus codes. 5/6/10/11/12/16/17 are the ones PDD-PAGES lists (L);
 * 2 (待商家处理) and 4 (商家已拒绝) are GUESSES (README).
 */
export function statusCode(type: AfterSalesTypeName, st: AfterSalesState): number {
  switch (st) {
    case 'pending':
      return 2;
    case 'refused':
      return 4;
    case 'awaiting-return':
      return 10;
    case 'awaiting-receipt':
      return 11;
    case 'refunded':
      return type === '换货' ? 16 : 5;
    case 'closed':
      return type === '仅退款' ? 6 : type === '退货退款' ? 12 : 17;
  }
}

/** "仅退款，待商家处理" etc.: the type + state text a row shows. */
export function statusText(type: AfterSalesTypeName, st: AfterSalesState): string {
  switch (st) {
    case 'pending':
      return `${type}，待商家处理`;
    case 'refused':
      return `${type}，商家已拒绝，待买家处理`;
    case 'awaiting-return':
      return type === '换货' ? '换货，待买家寄回' : '退货退款，待买家退货';
    case 'awaiting-receipt':
      return type === '换货' ? '换货，待商家确认收货' : '退货退款，待商家确认收货';
    case 'refunded':
      return type === '换货' ? '换货完成' : '退款成功';
    case 'closed':
      return type === '换货' ? '换货关闭' : '退款关闭';
  }
}

export const REASON_CODE: Record<string, number> = {
  不想要了: 101,
  多拍错拍: 102,
  质量问题: 103,
  假货: 104,
  描述不符: 105,
  空包裹: 106,
  缺货: 107,
  未按约定时间发货: 108,
  少件漏发: 109,
};

const GOODS_NAMES = [
  ['加厚纯棉四件套 床单被套 1.8m床', '灰色; 1.8m床(被套200x230)'],
  ['不锈钢保温杯 大容量 316内胆 500ml', '象牙白; 500ml'],
  ['儿童防滑拖鞋 夏季软底 卡通', '粉色小兔; 28-29码'],
  ['家用抽纸 整箱 24包 原木纸巾', '24包/箱'],
  ['男士速干T恤 夏季冰丝短袖', '黑色; XL'],
  ['厨房置物架 免打孔 多层收纳', '三层; 白色'],
];

/** Tabs of the list page and the request filter each one sends. */
export const STATUS_GROUPS = {
  pendingMerchant: [2, 11],
  closed: [6, 12, 17],
  done: [5, 16],
} as const;

export class AfterSalesStore {
  private list: AfterSalesRecord[] = [];
  private seq = 0;

  constructor(private readonly clock: SimClock) {}

  clear(): void {
    this.list = [];
    this.seq = 0;
  }

  /** Adds a request; fills ids, order number and the default deadline. */
  add(i: AfterSalesInput): AfterSalesRecord {
    const n = ++this.seq;
    const status = i.status ?? 'pending';
    const shipped = i.shipped;
    const defaultDeadline = (): number | null => {
      if (status === 'pending') return i.appliedAt + 48 * 3600_000;
      if (status === 'awaiting-receipt') return i.appliedAt + 7 * 24 * 3600_000;
      return null;
    };
    const goods = GOODS_NAMES[(n - 1) % GOODS_NAMES.length]!;
    const rec: AfterSalesRecord = {
      id: i.id ?? 2311000000 + n * 7331,
      orderSn: i.orderSn ?? `${formatYyMmDd(i.appliedAt - 2 * 24 * 3600_000)}-${String(111000000000000 + n * 98765431)}`,
      type: i.type,
      reason: i.reason,
      amountFen: i.amountFen,
      orderAmountFen: i.orderAmountFen ?? i.amountFen,
      shipped,
      trackingNo: shipped ? (i.trackingNo ?? `7731${String(20000000 + n * 1234567).slice(0, 8)}`) : null,
      carrier: shipped ? (i.carrier ?? '中通快递') : null,
      logisticsUpdatedAt: shipped ? (i.logisticsUpdatedAt ?? i.appliedAt - 6 * 3600_000) : null,
      returnTrackingNo: i.returnTrackingNo ?? null,
      status,
      appliedAt: i.appliedAt,
      deadlineAt: i.deadlineAt === undefined ? defaultDeadline() : i.deadlineAt,
      countdownCondition: i.countdownCondition ?? '未处理',
      speedRefund: i.speedRefund ?? false,
      goodsName: i.goodsName ?? goods[0]!,
      goodsSpec: i.goodsSpec ?? goods[1]!,
      buyerUid: i.buyerUid ?? String(8200000000 + n * 131),
    };
    this.list.push(rec);
    return rec;
  }

  all(): AfterSalesRecord[] {
    return [...this.list];
  }

  get(id: number): AfterSalesRecord | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Changes a request (e.g. its status); returns it, or undefined if unknown. */
  update(id: number, patch: Partial<Omit<AfterSalesRecord, 'id'>>): AfterSalesRecord | undefined {
    const r = this.get(id);
    if (r) Object.assign(r, patch);
    return r;
  }

  /** The queryList item of one request (PDD-PAGES §(d) field names). */
  item(r: AfterSalesRecord): Record<string, unknown> {
    const now = this.clock.now();
    const remain = r.deadlineAt === null ? 0 : Math.max(0, Math.floor((r.deadlineAt - now) / 1000));
    const closed = r.status === 'closed' || r.status === 'refunded';
    return {
      id: r.id,
      orderSn: r.orderSn,
      uid: Number(r.buyerUid),
      version: 1,
      // GUESS: unix seconds.
      createdAt: Math.floor(r.appliedAt / 1000),
      afterSalesType: TYPE_CODE[r.type],
      afterSalesTitle: r.type,
      afterSalesStatus: statusCode(r.type, r.status),
      afterSalesStatusDesc: statusText(r.type, r.status),
      afterSalesReasonCode: REASON_CODE[r.reason] ?? 199,
      afterSalesReasonDesc: r.reason,
      expireRemainTime: remain,
      // GUESS: the condition is part of the action text; '' = no countdown on the page.
      expireActionDesc: r.deadlineAt === null ? '' : `${r.countdownCondition}，系统将自动退款`,
      rejectChatTipExpireRemainTime: 0,
      rejectChatTipDesc: '',
      sellerAfterSalesShippingStatus: r.shipped ? 1 : 0,
      sellerAfterSalesShippingStatusDesc: r.shipped ? '已发货' : '未发货',
      shippingName: r.carrier ?? '',
      trackingNumber: r.trackingNo ?? '',
      latestLogisticsTime: r.logisticsUpdatedAt === null ? 0 : Math.floor(r.logisticsUpdatedAt / 1000),
      reverseTrackingNumber: r.returnTrackingNo ?? '',
      refundAmount: r.amountFen,
      orderAmount: r.orderAmountFen,
      receiveAmount: r.orderAmountFen,
      goodsName: r.goodsName,
      goodsSpec: r.goodsSpec,
      goodsNumber: 1,
      thumbUrl: imageUrl('goods', `as-${r.id}`),
      mallRemark: '',
      ticketId: 0,
      assignedProcessorName: '',
      closeTime: closed ? r.appliedAt + 3600_000 : 0,
      actions: r.speedRefund ? [1000] : [],
      speedRefund: r.speedRefund,
    };
  }

  /** Body of POST /mercury/mms/afterSales/queryList. */
  queryList(body: Record<string, unknown>): unknown {
    let rows = this.filter(body);
    if (body['orderByExpireTimeAsc'] === true) {
      rows = rows.sort((a, b) => (a.deadlineAt ?? Infinity) - (b.deadlineAt ?? Infinity));
    } else {
      rows = rows.sort((a, b) => b.appliedAt - a.appliedAt || b.id - a.id);
    }
    const pageSize = clampInt(body['pageSize'], 10, 1, 100);
    const pageNumber = clampInt(body['pageNumber'], 1, 1, 10_000);
    const start = (pageNumber - 1) * pageSize;
    return {
      success: true,
      errorCode: 1000000,
      errorMsg: null,
      result: { total: rows.length, list: rows.slice(start, start + pageSize).map((r) => this.item(r)) },
    };
  }

  /** Body of POST /mercury/mms/afterSales/queryGroupCount (GUESS: tab counts). */
  groupCount(): unknown {
    const count = (f: Record<string, unknown>): number => this.filter(f).length;
    return {
      success: true,
      errorCode: 1000000,
      result: {
        all: count({}),
        pendingMerchant: count({ afterSalesStatusList: [...STATUS_GROUPS.pendingMerchant] }),
        refundOnly: count({ afterSalesType: 1 }),
        returnRefund: count({ afterSalesType: 2 }),
        closed: count({ afterSalesStatusList: [...STATUS_GROUPS.closed] }),
        done: count({ afterSalesStatusList: [...STATUS_GROUPS.done] }),
      },
    };
  }

  private filter(body: Record<string, unknown>): AfterSalesRecord[] {
    const type = body['afterSalesType'];
    const statuses = Array.isArray(body['afterSalesStatusList']) ? (body['afterSalesStatusList'] as unknown[]) : [];
    const text = typeof body['searchText'] === 'string' ? body['searchText'].trim() : '';
    const speed = body['speedRefund'];
    return this.list.filter((r) => {
      if (typeof type === 'number' && TYPE_CODE[r.type] !== type) return false;
      if (statuses.length > 0 && !statuses.includes(statusCode(r.type, r.status))) return false;
      if (text && !r.orderSn.includes(text) && !String(r.id).includes(text)) return false;
      if (speed === true && !r.speedRefund) return false;
      return true;
    });
  }
}

function clampInt(v: unknown, dflt: number, min: number, max: number): number {
  const n = typeof v === 'number' ? Math.floor(v) : typeof v === 'string' ? parseInt(v, 10) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
}
