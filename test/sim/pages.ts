/**
 * HTML the server renders itself: the MMS shell document (a Next.js-like app whose
 * client code lives in public/main/_next/) and the SSR after-sales detail page.
 */
import { statusText, TYPE_CODE } from './aftersales-store.ts';
import { imageUrl } from './images.ts';
import { formatDateTime } from './time.ts';
import type { Account, AfterSalesRecord } from './types.ts';

/** Paths the MMS shell serves (client-side routed between each other). */
export const SHELL_PATHS = [
  '/home/',
  '/aftersales/aftersale_list',
  '/aftersales/work_order/list',
  '/mms-chat/overview/service',
  '/mms-chat/overview/merchant',
  '/sycm/goods_quality/pilot_mall',
] as const;

export function isShellPath(p: string): boolean {
  return (SHELL_PATHS as readonly string[]).includes(p) || p === '/home';
}

export function renderShellHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>拼多多 商家后台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/main/_next/static/css/app.c1f3e2a9.css">
</head>
<body>
<div id="__next"></div>
<script type="module" src="/main/_next/static/chunks/pages/_app.js"></script>
</body>
</html>
`;
}

const V = '1-12-0';
const c = (name: string): string => `detail_${name}_${V}`;

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function yuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** The after-sales detail page, rendered on the server like PDD's /aftersales-ssr/. */
export function renderDetailHtml(r: AfterSalesRecord | undefined, now: number, account: Account): string {
  const head = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>售后详情 - 拼多多 商家后台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/aftersales-ssr/_next/static/css/detail.css">
</head>
<body>
<div id="__next">`;
  if (!r) {
    return `${head}<div class="${c('empty')}">售后单不存在或已删除</div></div></body></html>\n`;
  }
  const remain = r.deadlineAt === null ? null : Math.max(0, Math.floor((r.deadlineAt - now) / 1000));
  const d = remain === null ? null : splitDuration(remain);
  const countdown =
    d === null
      ? '<!-- -->'
      : `<div class="${c('countdown')}" data-remain="${remain}">剩余处理时间：<span class="${c('num')}">${d.d}</span>天<span class="${c('num')}">${d.h}</span>时<span class="${c('num')}">${d.m}</span>分<span class="${c('num')}">${d.s}</span>秒，${esc(r.countdownCondition)}，系统将自动退款</div>`;
  const field = (label: string, value: string): string =>
    `<div class="${c('field')}"><span class="${c('label')}">${label}</span><span class="${c('value')}">${value}</span></div>`;
  const data = {
    props: {
      pageProps: {
        afterSalesId: r.id,
        orderSn: r.orderSn,
        afterSalesType: TYPE_CODE[r.type],
        expireRemainTime: remain ?? 0,
        mallId: account.mallId,
      },
    },
    page: '/detail',
    query: { id: String(r.id), orderSn: r.orderSn },
    buildId: 'sim-aftersales-ssr',
  };
  return `${head}
<div class="${c('page')}">
  <div class="${c('breadcrumb')}"><a href="/aftersales/aftersale_list">售后工作台</a> / 售后详情</div>
  <div class="${c('statusCard')}">
    <div class="${c('statusTitle')}">${esc(statusText(r.type, r.status))}</div>
    ${countdown}
    <div class="${c('actions')}">${
      r.status === 'pending' || r.status === 'awaiting-receipt'
        ? `<button class="${c('btnPrimary')}" type="button">同意${r.type === '仅退款' ? '退款' : '退货'}</button><button class="${c('btn')}" type="button">拒绝</button>`
        : '<!-- -->'
    }<button class="${c('btn')}" type="button">联系买家</button></div>
  </div>
  <div class="${c('card')}">
    <div class="${c('cardTitle')}">售后信息</div>
    ${field('售后编号', String(r.id))}
    ${field('订单号', esc(r.orderSn))}
    ${field('售后类型', r.type)}
    ${field('申请时间', formatDateTime(r.appliedAt))}
    ${field('退款原因', esc(r.reason))}
    ${field('退款金额', yuan(r.amountFen))}
    ${field('实付金额', yuan(r.orderAmountFen))}
    ${r.speedRefund ? field('极速退款', '<span class="' + c('tag') + '">极速退款</span>') : ''}
  </div>
  <div class="${c('card')}">
    <div class="${c('cardTitle')}">商品信息</div>
    <div class="${c('goods')}"><img src="${imageUrl('goods', `as-${r.id}`)}" alt=""><div><div>${esc(r.goodsName)}</div><div class="${c('spec')}">${esc(r.goodsSpec)}</div></div></div>
  </div>
  <div class="${c('card')}">
    <div class="${c('cardTitle')}">物流信息</div>
    ${field('发货状态', r.shipped ? '已发货' : '未发货')}
    ${r.shipped ? field('快递公司', esc(r.carrier ?? '')) + field('运单号', esc(r.trackingNo ?? '')) : ''}
    ${r.logisticsUpdatedAt !== null ? field('最新物流时间', formatDateTime(r.logisticsUpdatedAt)) : ''}
    ${r.returnTrackingNo ? field('退货运单号', esc(r.returnTrackingNo)) : ''}
  </div>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script type="module" src="/aftersales-ssr/_next/static/chunks/detail.js"></script>
</body>
</html>
`;
}

export function splitDuration(sec: number): { d: number; h: number; m: number; s: number } {
  return {
    d: Math.floor(sec / 86400),
    h: Math.floor((sec % 86400) / 3600),
    m: Math.floor((sec % 3600) / 60),
    s: sec % 60,
  };
}
