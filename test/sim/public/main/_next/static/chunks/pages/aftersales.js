// 售后工作台 (/aftersales/aftersale_list): filter tabs, a list of request cards and a
// pager. Data from POST /mercury/mms/afterSales/queryList; every filter / page change
// (and a sim "aftersales-rerender") re-renders the cards as new DOM nodes. The countdown
// "（D天H时M分S秒未处理，系统将自动退款）" ticks live, patching the digit spans in place.

import { h, cx, bc, css, post, antiContent, yuan } from '../lib.js';
import { pageNow, fmtDateTime } from '/__sim/sim-link.js';

const A = (local) => cx('aftersale', local);
const PAGE_SIZE = 10;

/** Tabs and the request filter each sends (status codes: see test/sim/aftersales-store.ts). */
const TABS = [
  { key: 'all', text: '全部', filter: {} },
  { key: 'pendingMerchant', text: '待商家处理', filter: { afterSalesStatusList: [2, 11] } },
  { key: 'refundOnly', text: '仅退款', filter: { afterSalesType: 1 } },
  { key: 'returnRefund', text: '退货退款', filter: { afterSalesType: 2 } },
  { key: 'closed', text: '已关闭', filter: { afterSalesStatusList: [6, 12, 17] } },
  { key: 'done', text: '退款成功', filter: { afterSalesStatusList: [5, 16] } },
];

css(
  'aftersale',
  `
.${A('page')} { max-width: 1180px; }
.${A('titleBar')} { display: flex; align-items: baseline; gap: 12px; margin-bottom: 12px; }
.${A('title')} { font-size: 20px; font-weight: 600; margin: 0; }
.${A('subTitle')} { color: #9c9c9c; font-size: 12px; }
.ImportantList_wrapper_3-2-0 { background: #fff8e6; border: 1px solid #ffe1a6; border-radius: 4px; padding: 8px 14px; font-size: 13px; color: #8a5a00; margin-bottom: 12px; }
.${A('searchForm')} { background: #fff; border-radius: 4px; padding: 14px 18px; display: flex; gap: 12px; align-items: center; margin-bottom: 12px; }
.${bc('IPT', 'input')} { height: 32px; border: 1px solid #d9d9d9; border-radius: 4px; padding: 0 10px; width: 260px; font: inherit; outline: none; }
.${bc('BTN', 'outerWrapper')} { height: 32px; padding: 0 16px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fff; cursor: pointer; font: inherit; font-size: 13px; }
.${bc('BTN', 'primary')} { background: #e02e24; border-color: #e02e24; color: #fff; }
.${bc('BTN', 'textPrimary')} { border: 0; background: none; color: #1e6fff; padding: 0 4px; }
.${A('advanced')} { color: #1e6fff; font-size: 13px; cursor: pointer; }
.${bc('TAB', 'outerWrapper')} { display: flex; gap: 2px; background: #fff; border-radius: 4px 4px 0 0; padding: 0 10px; border-bottom: 1px solid #eee; }
.${bc('TAB', 'tabItem')} { padding: 12px 16px; cursor: pointer; color: #58595b; border-bottom: 2px solid transparent; }
.${bc('TAB', 'active')} { color: #e02e24; border-bottom-color: #e02e24; font-weight: 600; }
.${A('list')} { background: #fff; padding: 12px; min-height: 120px; }
.${A('empty')} { text-align: center; padding: 40px; color: #9c9c9c; }
.${A('card')} { border: 1px solid #ebebeb; border-radius: 4px; margin-bottom: 12px; }
.${A('cardHeader')} { background: #f7f8fa; padding: 8px 14px; display: flex; flex-wrap: wrap; gap: 6px 22px; font-size: 13px; color: #58595b; align-items: center; }
.${A('countdown')} { color: #e02e24; }
.${A('countdownNum')} { font-weight: 600; }
.${A('speedTag')} { color: #fff; background: #ff7a00; border-radius: 3px; padding: 0 5px; font-size: 12px; }
.${A('cardBody')} { display: grid; grid-template-columns: 2.2fr 1.4fr 1fr 1.5fr 120px; gap: 14px; padding: 12px 14px; font-size: 13px; align-items: start; }
.${A('goods')} { display: flex; gap: 10px; }
.${A('goods')} img { width: 60px; height: 60px; border-radius: 4px; }
.${A('goodsName')} { color: #151516; }
.${A('goodsSpec')} { color: #9c9c9c; font-size: 12px; }
.${A('status')} { font-weight: 600; color: #151516; }
.${A('reason')} { color: #58595b; }
.${A('muted')} { color: #9c9c9c; font-size: 12px; }
.${A('amount')} div:first-child { color: #151516; }
.${A('actions')} { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.${bc('PGT', 'outerWrapper')} { display: flex; gap: 6px; justify-content: flex-end; align-items: center; padding: 14px 12px; background: #fff; border-top: 1px solid #eee; list-style: none; margin: 0; }
.${bc('PGT', 'totalText')} { margin-right: 10px; color: #58595b; font-size: 13px; }
.${bc('PGT', 'pagerItem')} { min-width: 30px; height: 30px; line-height: 28px; text-align: center; border: 1px solid #d9d9d9; border-radius: 4px; cursor: pointer; font-size: 13px; background: #fff; }
.${bc('PGT', 'pagerItemActive')} { border-color: #e02e24; color: #e02e24; font-weight: 600; }
.${bc('PGT', 'pagerItemDisabled')} { color: #c0c0c0; cursor: not-allowed; }
`,
);

export function mountAftersaleList(host, { boot }) {
  const variant = boot.variant;
  const state = { tab: 'all', page: 1, searchText: '', total: 0, list: [], counts: null, fetchedAt: 0 };
  let tickTargets = [];
  let alive = true;

  const tabsEl = h('div', { className: bc('TAB', 'outerWrapper'), attrs: { role: 'tablist' } });
  const listEl = h('div', { className: A('list') });
  const pagerEl = h('ul', { className: bc('PGT', 'outerWrapper'), attrs: { 'data-testid': 'beast-core-pagination' } });
  const input = h('input', { className: bc('IPT', 'input'), attrs: { placeholder: '请输入订单号/售后编号', type: 'text' } });

  host.appendChild(
    h(
      'div',
      { className: A('page') },
      h('div', { className: A('titleBar') }, h('h2', { className: A('title'), text: '售后工作台' }), h('span', { className: A('subTitle'), text: '请在倒计时结束前处理售后申请，超时系统将自动退款' })),
      h('div', { className: 'ImportantList_wrapper_3-2-0' }, h('div', { className: 'MsgItem_item_3-2-0', text: '【重要】48小时内未处理的仅退款申请，系统将自动同意退款，请及时处理。' })),
      h(
        'div',
        { className: A('searchForm') },
        h('span', { text: '订单号' }),
        input,
        h('button', { className: [bc('BTN', 'outerWrapper'), bc('BTN', 'primary')], attrs: { type: 'button' }, text: '查询', on: { click: () => { state.searchText = input.value.trim(); state.page = 1; load(); } } }),
        h('button', { className: bc('BTN', 'outerWrapper'), attrs: { type: 'button' }, text: '重置', on: { click: () => { input.value = ''; state.searchText = ''; state.page = 1; load(); } } }),
        h('a', { className: A('advanced'), text: '展开高级查询' }),
      ),
      tabsEl,
      listEl,
      pagerEl,
    ),
  );

  async function load() {
    const tab = TABS.find((t) => t.key === state.tab);
    const body = {
      pageNumber: state.page,
      pageSize: PAGE_SIZE,
      quickSearchType: 0,
      searchText: state.searchText,
      afterSalesType: null,
      afterSalesStatusList: [],
      reasonCodeList: [],
      sellerAfterSalesShipping: null,
      operateType: null,
      startCreatedTime: null,
      endCreatedTime: null,
      speedRefund: null,
      disputeRefund: null,
      orderByExpireTimeAsc: false,
      mallRemarkStatus: null,
      fromAfterSalesListPage: true,
      ...tab.filter,
    };
    const headers = { 'anti-content': antiContent() };
    const [res, counts] = await Promise.all([
      post('/mercury/mms/afterSales/queryList', body, headers),
      post('/mercury/mms/afterSales/queryGroupCount', { fromAfterSalesListPage: true }, headers),
    ]);
    if (!alive) return;
    state.list = res.result.list;
    state.total = res.result.total;
    state.counts = counts.result;
    state.fetchedAt = pageNow();
    render();
  }

  function render() {
    renderTabs();
    renderList();
    renderPager();
  }

  function renderTabs() {
    tabsEl.textContent = '';
    for (const t of TABS) {
      const n = state.counts ? state.counts[t.key] : null;
      tabsEl.appendChild(
        h('div', {
          className: [bc('TAB', 'tabItem'), t.key === state.tab ? bc('TAB', 'active') : ''],
          attrs: { role: 'tab', 'aria-selected': t.key === state.tab ? 'true' : 'false' },
          text: n === null || n === undefined ? t.text : `${t.text}(${n})`,
          on: {
            click: () => {
              state.tab = t.key;
              state.page = 1;
              load();
            },
          },
        }),
      );
    }
  }

  function renderList() {
    tickTargets = [];
    listEl.textContent = '';
    if (state.list.length === 0) {
      listEl.appendChild(h('div', { className: A('empty'), text: '暂无售后单' }));
      return;
    }
    for (const item of state.list) listEl.appendChild(card(item));
  }

  function remainOf(item) {
    return Math.max(0, item.expireRemainTime - Math.floor((pageNow() - state.fetchedAt) / 1000));
  }

  function countdown(item) {
    if (!item.expireActionDesc) return null;
    const spans = { d: numSpan(), h: numSpan(), m: numSpan(), s: numSpan() };
    const gap = variant.aftersalesCountdownCompact ? '' : ' ';
    const unit = (u) => `${gap}${u}${gap}`;
    const el = variant.aftersalesBroken
      ? h('span', { className: A('countdown') }, '剩余', spans.d, '天', spans.h, '时', spans.m, '分', spans.s, '秒后', item.expireActionDesc.replace(/^.*，/, ''))
      : h('span', { className: A('countdown') }, '（', spans.d, unit('天'), spans.h, unit('时'), spans.m, unit('分'), spans.s, `${gap}秒${item.expireActionDesc}）`);
    tickTargets.push({ item, spans });
    setDigits(spans, remainOf(item));
    return el;
  }

  function numSpan() {
    return h('span', { className: A('countdownNum') });
  }

  function setDigits(spans, sec) {
    const parts = { d: Math.floor(sec / 86400), h: Math.floor((sec % 86400) / 3600), m: Math.floor((sec % 3600) / 60), s: sec % 60 };
    for (const k of ['d', 'h', 'm', 's']) {
      const t = String(parts[k]);
      if (spans[k].textContent !== t) spans[k].textContent = t;
    }
  }

  function card(item) {
    const broken = variant.aftersalesBroken;
    const shipped = item.sellerAfterSalesShippingStatus === 1;
    const pending = item.afterSalesStatus === 2 || item.afterSalesStatus === 11;
    const detailUrl = `/aftersales-ssr/detail?id=${item.id}&orderSn=${encodeURIComponent(item.orderSn)}`;
    return h(
      'div',
      { className: A('card'), attrs: { 'data-testid': 'aftersale-card' } },
      h(
        'div',
        { className: A('cardHeader') },
        h('span', { className: A('headerItem') }, broken ? '订单编号：' : '订单号 ', h('span', { className: A('copyText'), text: item.orderSn })),
        h('span', { className: A('headerItem') }, broken ? '售后单：' : '售后编号 ', h('span', { className: A('copyText'), text: String(item.id) })),
        h('span', { className: A('headerItem'), text: `申请时间: ${fmtDateTime(item.createdAt * 1000)}` }),
        countdown(item),
        item.speedRefund ? h('span', { className: A('speedTag'), text: '极速退款' }) : null,
      ),
      h(
        'div',
        { className: A('cardBody') },
        h(
          'div',
          { className: A('goods') },
          h('img', { attrs: { src: item.thumbUrl, alt: '' } }),
          h('div', null, h('div', { className: A('goodsName'), text: item.goodsName }), h('div', { className: A('goodsSpec'), text: `${item.goodsSpec}  x${item.goodsNumber}` })),
        ),
        h('div', null, h('div', { className: A('status'), text: item.afterSalesStatusDesc }), h('div', { className: A('reason'), text: `退款原因: ${item.afterSalesReasonDesc}` })),
        h('div', { className: A('amount') }, h('div', { text: `实付: ${yuan(item.orderAmount)}` }), h('div', { className: A('muted'), text: `退款金额: ${yuan(item.refundAmount)}` })),
        h(
          'div',
          { className: A('shipping') },
          h('div', { text: item.sellerAfterSalesShippingStatusDesc }),
          shipped ? h('div', { className: A('muted'), text: `${item.shippingName} ${item.trackingNumber}` }) : null,
          item.latestLogisticsTime ? h('div', { className: A('muted'), text: `最新物流时间: ${fmtDateTime(item.latestLogisticsTime * 1000)}` }) : null,
          item.reverseTrackingNumber ? h('div', { className: A('muted'), text: `退货运单号: ${item.reverseTrackingNumber}` }) : null,
        ),
        h(
          'div',
          { className: A('actions') },
          h('button', {
            className: [bc('BTN', 'outerWrapper'), bc('BTN', 'textPrimary')],
            attrs: { type: 'button' },
            text: broken ? '详情' : '查看详情',
            on: { click: () => window.open(detailUrl, '_blank') },
          }),
          pending ? h('button', { className: [bc('BTN', 'outerWrapper'), bc('BTN', 'textPrimary')], attrs: { type: 'button' }, text: item.afterSalesType === 1 ? '同意退款' : '同意退货' }) : null,
          h('button', { className: [bc('BTN', 'outerWrapper'), bc('BTN', 'textPrimary')], attrs: { type: 'button' }, text: '添加备注' }),
        ),
      ),
    );
  }

  function renderPager() {
    pagerEl.textContent = '';
    const pages = Math.max(1, Math.ceil(state.total / PAGE_SIZE));
    const go = (p) => () => {
      if (p < 1 || p > pages || p === state.page) return;
      state.page = p;
      load();
    };
    pagerEl.appendChild(h('li', { className: bc('PGT', 'totalText'), text: `共 ${state.total} 条` }));
    pagerEl.appendChild(h('li', { className: [bc('PGT', 'pagerItem'), state.page === 1 ? bc('PGT', 'pagerItemDisabled') : ''], attrs: { title: '上一页', 'aria-label': 'prev' }, text: '<', on: { click: go(state.page - 1) } }));
    for (let p = 1; p <= pages; p++) {
      const active = p === state.page;
      pagerEl.appendChild(
        h('li', {
          className: [bc('PGT', 'pagerItem'), active ? bc('PGT', 'pagerItemActive') : ''],
          attrs: { 'aria-current': active ? 'page' : null, title: String(p) },
          text: String(p),
          on: { click: go(p) },
        }),
      );
    }
    pagerEl.appendChild(h('li', { className: [bc('PGT', 'pagerItem'), state.page === pages ? bc('PGT', 'pagerItemDisabled') : ''], attrs: { title: '下一页', 'aria-label': 'next' }, text: '>', on: { click: go(state.page + 1) } }));
  }

  const timer = setInterval(() => {
    for (const t of tickTargets) setDigits(t.spans, remainOf(t.item));
  }, 1000);
  const onRerender = () => load();
  window.addEventListener('sim:aftersales-rerender', onRerender);
  renderTabs();
  load();
  return () => {
    alive = false;
    clearInterval(timer);
    window.removeEventListener('sim:aftersales-rerender', onRerender);
  };
}
