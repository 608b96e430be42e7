// The after-sales adapter on the saved simulator pages (test/fixtures/pages) and on
// hand-made variants: selector and text-anchor counts, every field of every row,
// the countdown with and without spaces, and the self-check.
import { describe, expect, it } from 'vitest';
import { formatBeijing, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import { readDetailPage, detailIdFromUrl } from '@/lib/pdd/aftersales-detail';
import { anchorCounts, checkAfterSalesList, findRowElements, readAfterSalesRows } from '@/lib/pdd/aftersales-page';
import { parseRefundCountdown, statusKind } from '@/lib/pdd/aftersales-status';
import { collectText } from '@/lib/pdd/aftersales-text';
import { AFTERSALES_SELECTORS, aftersalesPageKind } from '@/lib/pdd/aftersales-selectors';
import { countMatches } from '@/lib/pdd/selectors';
import { loadPage } from './helpers';

const DAY = 24 * HOUR_MS;
const dhms = (d: number, h: number, m: number, s: number) => d * DAY + h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS;

describe('aftersale-list.html: selector counts', () => {
  const doc = loadPage('aftersale-list.html');

  it.each([
    ['pagerActive', [1, 1]],
    ['activeTab', [1, 1]],
    ['cardFallback', [10, 10]],
    ['modal', [0]],
    ['rowBoundary', [17]], // tablist, 6 tabs, pager, 4 pager items, nav, header, main, h2, search box
  ] as const)('%s matches %j per alternative', (name, counts) => {
    expect(countMatches(doc, AFTERSALES_SELECTORS[name])).toEqual(counts);
  });

  it('text anchors: 10 查看详情 → 10 rows, each field found where the page shows it', () => {
    expect(anchorCounts(doc)).toMatchObject({
      detailButton: 10,
      rowElements: 10,
      rows: 10,
      'with:orderId': 10,
      'with:type': 8, // the two 退款成功 rows do not name their type
      'with:statusText': 10,
      'with:reason': 10,
      'with:appliedAt': 10,
      'with:countdown': 7,
      'with:trackingNumber': 7,
      'with:latestLogisticsAt': 7,
      'with:instantRefund': 2,
      pending: 7,
    });
  });

  it('each row is the card holding exactly one 查看详情 (not the list, not the button)', () => {
    const rows = findRowElements(doc);
    expect(rows.every((r) => r.getAttribute('data-testid') === 'aftersale-card')).toBe(true);
  });

  it('self-check passes', () => {
    expect(checkAfterSalesList(doc)).toEqual({ recognised: true, missing: [], state: 'rows' });
  });
});

describe('aftersale-list.html: rows read correctly', () => {
  const rows = readAfterSalesRows(loadPage('aftersale-list.html'));
  const byId = new Map(rows.map((r) => [r.afterSalesId, r]));

  it.each([
    // id, order, type, status, pending, reason, shipped, tracking, countdown, instant, applied
    ['2311087972', '261121-111001185185172', '退货退款', '待买家退货', false, '不想要了', true, '773134814804', null, false, '2026-11-23 09:30:00'],
    ['2311014662', '261121-111000197530862', '仅退款', '待商家处理', true, '不想要了', false, null, dhms(1, 22, 0, 0), true, '2026-11-23 08:00:00'],
    ['2311080641', '261121-111001086419741', null, '退款成功', false, '不想要了', false, null, null, true, '2026-11-23 04:00:00'],
    ['2311073310', '261121-111000987654310', '换货', '待商家处理', true, '质量问题', true, '773132345670', dhms(1, 15, 0, 0), false, '2026-11-23 01:00:00'],
    ['2311051317', '261120-111000691358017', '退货退款', '待商家处理', true, '描述不符', true, '773128641969', dhms(1, 4, 0, 0), false, '2026-11-22 14:00:00'],
    ['2311058648', '261120-111000790123448', null, '退款成功', false, '缺货', false, null, null, false, '2026-11-22 08:00:00'],
    ['2311036655', '261120-111000493827155', '仅退款', '待商家处理', true, '假货', true, '773126172835', dhms(0, 18, 0, 0), false, '2026-11-22 04:00:00'],
    ['2311007331', '261119-111000098765431', '仅退款', '待商家处理', true, '质量问题', true, '773121234567', dhms(0, 1, 0, 0), false, '2026-11-21 11:00:00'],
    ['2311043986', '261119-111000592592586', '仅退款', '待商家处理', true, '空包裹', true, '773127407402', dhms(0, 0, 10, 0), false, '2026-11-21 10:10:00'],
    ['2311021993', '261118-111000296296293', '退货退款', '待商家确认收货', true, '描述不符', true, '773123703701', dhms(6, 21, 53, 27), false, '2026-11-20 10:00:00'],
  ] as const)('%s', (id, order, type, status, pending, reason, shipped, tracking, countdown, instant, applied) => {
    const row = byId.get(id)!;
    expect(row).toBeDefined();
    expect({
      order: row.orderId,
      type: row.type,
      status: row.statusText,
      pending: row.pending,
      reason: row.reason,
      shipped: row.shipped,
      tracking: row.trackingNumber,
      countdown: row.countdown?.remainingMs ?? null,
      instant: row.instantRefund,
      applied: row.appliedAt === null ? null : formatBeijing(row.appliedAt),
    }).toEqual({ order, type, status, pending, reason, shipped, tracking, countdown, instant, applied });
  });

  it('reads amounts, carrier, logistics time and the kind of status', () => {
    const row = byId.get('2311021993')!;
    expect(row).toMatchObject({ refundAmountFen: 3800, paidAmountFen: 3800, carrier: '中通快递', statusKind: 'awaiting-receipt', awaitingFirstResponse: false });
    expect(formatBeijing(row.latestLogisticsAt!)).toBe('2026-11-23 05:00:00');
    expect(byId.get('2311014662')).toMatchObject({ statusKind: 'awaiting-merchant', awaitingFirstResponse: true });
    expect(byId.get('2311087972')!.statusKind).toBe('awaiting-buyer');
  });

  it('the badge goes in the card header (the countdown line), the countdown element is the bracketed span', () => {
    const row = byId.get('2311014662')!;
    expect(row.anchor.className).toMatch(/^aftersale_cardHeader__/);
    expect(row.countdownElement?.className).toMatch(/^aftersale_countdown__/);
    expect(byId.get('2311087972')!.anchor.className).toMatch(/^aftersale_cardHeader__/); // no countdown: the 申请时间 line
  });
});

describe('countdown parsing', () => {
  it.each([
    ['（1 天 22 时 0 分 0 秒未处理，系统将自动退款）', dhms(1, 22, 0, 0), '未处理'],
    ['（1天22时0分0秒未处理，系统将自动退款）', dhms(1, 22, 0, 0), '未处理'],
    ['（6 天 21 时 53 分 27 秒物流无退回轨迹，系统将自动退款）', dhms(6, 21, 53, 27), '物流无退回轨迹'],
    ['（6天21时53分27秒物流无退回轨迹，系统将自动退款）', dhms(6, 21, 53, 27), '物流无退回轨迹'],
    ['申请时间: 2026-09-28 07:58:03 （ 0 天 0 时 0 分 9 秒未处理，系统将自动退款）', 9 * SECOND_MS, '未处理'],
    ['(2天3时4分5秒未处理,系统将自动退款)', dhms(2, 3, 4, 5), '未处理'],
    ['剩余处理时间：6天21时53分27秒，未处理，系统将自动退款', dhms(6, 21, 53, 27), '未处理'],
    ['（0 天 0 时 0 分 0 秒未处理，系统将自动退款）', 0, '未处理'],
  ])('%s', (text, ms, condition) => {
    expect(parseRefundCountdown(text)).toEqual({ remainingMs: ms, condition });
  });

  it.each([
    '剩余1天22时0分0秒后系统将自动退款', // the simulator's "broken" wording: no brackets
    '（1 天 22 时 0 分 0 秒未处理，系统将自动关闭）', // not a refund
    '申请时间: 2026-09-28 07:58:03',
    '',
  ])('no countdown in %j', (text) => {
    expect(parseRefundCountdown(text)).toBeNull();
  });
});

describe('status kinds', () => {
  it.each([
    ['待商家处理', 'awaiting-merchant'],
    ['待商家确认收货', 'awaiting-receipt'],
    ['待买家退货', 'awaiting-buyer'],
    ['商家已拒绝，待买家处理', 'refused'],
    ['退款成功', 'done'],
    ['换货完成', 'done'],
    ['退款关闭', 'closed'],
    ['换货关闭', 'closed'],
    ['买家已撤销', 'closed'],
    ['新的状态', 'unknown'],
    [null, 'unknown'],
  ] as const)('%s → %s', (text, kind) => {
    expect(statusKind(text)).toBe(kind);
  });
});

/** A list page built by hand, for markup the simulator does not render. */
function listOf(...cards: string[]): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body><main><div class="x_list">${cards.join('')}</div></main></body>`, 'text/html');
}

const card = (inner: string, detail = '<button>查看详情</button>') =>
  `<div class="c_a1b2_9-9-9"><div class="h">${inner}</div><div class="ops">${detail}<button>添加备注</button></div></div>`;

describe('other markup', () => {
  it('finds rows whatever the classes and the button tag; 售后编码 and a refused status', () => {
    const doc = listOf(
      card('<span>订单号：260929-111222333444555</span><span>售后编码：2311ABCDEF99</span><span>申请时间：2026/9/28 07:58</span><p>仅退款，商家已拒绝，待买家处理</p>', '<a role="button"><span>查看详情</span></a>'),
      card('<span>订单号 260929-111222333444556</span><span>售后编号 2311000000001</span><span>补寄，待商家处理</span>', '<span class="link">查看详情</span>'),
    );
    const rows = readAfterSalesRows(doc);
    expect(rows.map((r) => [r.afterSalesId, r.type, r.statusKind, r.pending])).toEqual([
      ['2311ABCDEF99', '仅退款', 'refused', false],
      ['2311000000001', '补寄', 'awaiting-merchant', true],
    ]);
    expect(formatBeijing(rows[0]!.appliedAt!)).toBe('2026-09-28 07:58:00');
  });

  it('a list with one row: the row stops below the tabs, pager and search box', () => {
    const doc = loadPage('aftersale-list.html');
    const all = [...doc.querySelectorAll('[data-testid="aftersale-card"]')];
    all.slice(1).forEach((c) => c.remove());
    const rows = readAfterSalesRows(doc);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.element.className).toMatch(/^aftersale_(card|list)__/);
    expect(rows[0]!.element.querySelector('[role="tab"], input')).toBeNull();
    expect(rows[0]).toMatchObject({ afterSalesId: '2311087972', type: '退货退款', instantRefund: false, pending: false });
  });

  it('a countdown on a row with an unknown status makes it pending', () => {
    const doc = listOf(card('<span>售后编号 2311000000002</span><span>（0天3时0分0秒未处理，系统将自动退款）</span><span>神秘状态</span>'));
    expect(readAfterSalesRows(doc)[0]).toMatchObject({ statusKind: 'unknown', pending: true, awaitingFirstResponse: false });
  });

  it('our own badge host inside a row changes nothing that is read', () => {
    const doc = loadPage('aftersale-list.html');
    const before = readAfterSalesRows(doc).map(({ element: _e, countdownElement: _c, anchor: _a, ...rest }) => rest);
    for (const row of readAfterSalesRows(doc)) {
      const host = doc.createElement('kefu-refund-badge');
      host.setAttribute('data-kefu-guard', '');
      host.textContent = '查看详情 售后编号 9999999999'; // would confuse the reader if it were read
      row.anchor.append(host);
    }
    const after = readAfterSalesRows(doc).map(({ element: _e, countdownElement: _c, anchor: _a, ...rest }) => rest);
    expect(after).toEqual(before);
  });

  it('collectText puts a space between text nodes so adjacent spans do not glue', () => {
    const doc = listOf('<p><span>售后编号 2311087972</span><span>2026-11-23</span></p>');
    expect(collectText(doc.body)).toBe('售后编号 2311087972 2026-11-23');
  });
});

describe('self-check', () => {
  it('fails when the page shows orders but no 查看详情 (the simulator\'s aftersalesBroken wording)', () => {
    const doc = listOf(card('<span>订单编号：260929-111222333444555</span><span>售后单：2311000000003</span>', '<button>详情</button>'));
    expect(checkAfterSalesList(doc)).toEqual({ recognised: false, missing: ['detailButton'], state: 'rows' });
  });

  it('fails when rows have no after-sales number', () => {
    const doc = listOf(card('<span>订单号 260929-111222333444555</span><span>售后单：2311000000003</span>'));
    expect(checkAfterSalesList(doc)).toMatchObject({ recognised: false, missing: ['afterSalesId'] });
  });

  it('fails when an auto-refund countdown does not parse', () => {
    const doc = listOf(card('<span>售后编号 2311000000004</span><span>剩余1天后系统将自动退款</span><span>仅退款，待商家处理</span>'));
    expect(checkAfterSalesList(doc)).toMatchObject({ recognised: false, missing: ['countdown'] });
  });

  it('an empty tab is recognised (state empty); a page still rendering is "loading"', () => {
    expect(checkAfterSalesList(listOf('<div>暂无售后单</div>'))).toEqual({ recognised: true, missing: [], state: 'empty' });
    expect(checkAfterSalesList(listOf(''))).toEqual({ recognised: true, missing: [], state: 'loading' });
  });
});

describe('detail page', () => {
  const url = 'https://mms.pinduoduo.com/aftersales-ssr/detail?id=2311021993&orderSn=261118-111000296296293';

  it('reads the saved detail page', () => {
    const row = readDetailPage(loadPage('aftersale-detail.html'), url)!;
    expect(row).toMatchObject({
      afterSalesId: '2311021993',
      orderId: '261118-111000296296293',
      type: '退货退款',
      statusText: '待商家确认收货',
      pending: true,
      reason: '描述不符',
      shipped: true,
      trackingNumber: '773123703701',
      countdown: { remainingMs: dhms(6, 21, 53, 27), condition: '未处理' },
    });
    expect(formatBeijing(row.appliedAt!)).toBe('2026-11-20 10:00:00');
    expect(formatBeijing(row.latestLogisticsAt!)).toBe('2026-11-23 05:00:00');
    expect(row.countdownElement?.className).toBe('detail_countdown_1-12-0');
    expect(row.anchor.className).toBe('detail_statusCard_1-12-0');
  });

  it('ids from the URL; page kinds', () => {
    expect(detailIdFromUrl(url)).toBe('2311021993');
    expect(detailIdFromUrl('https://mms.pinduoduo.com/aftersales-ssr/detail')).toBeNull();
    expect(aftersalesPageKind('https://mms.pinduoduo.com/aftersales/aftersale_list?msfrom=mms_sidenav')).toBe('list');
    expect(aftersalesPageKind('https://mms.pinduoduo.com/aftersales/aftersale_list/')).toBe('list');
    expect(aftersalesPageKind(url)).toBe('detail');
    expect(aftersalesPageKind('https://mms.pinduoduo.com/aftersales/work_order/list')).toBeNull();
    expect(aftersalesPageKind('https://mms.pinduoduo.com/home/')).toBeNull();
  });
});
