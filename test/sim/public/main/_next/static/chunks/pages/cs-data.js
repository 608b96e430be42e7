// 客服数据 · 服务数据 (/mms-chat/overview/service), 客服绩效 (/mms-chat/overview/merchant)
// and 店铺体验 (/sycm/goods_quality/pilot_mall), after shared/PDD-PAGES.md §(h).
// 服务数据: quick buttons 近1天 / 近7天 / 近30天 and a custom range picker (two inputs);
// every change POSTs /desert/stat/mallServiceOverviewData {startDate, endDate} and redraws
// the five figure cards. 客服绩效: GET /chats/csReport/overview, one table row per agent.
// 店铺体验: rendered 30-day scores with 已达标 / 未达标.

import { h, cx, bc, css, post } from '../lib.js';
import { pageNow } from '/__sim/sim-link.js';

const D = (local) => cx('csData', local, '1-4-7');
const BJ = 8 * 3600000;
const pad = (n) => String(n).padStart(2, '0');
const dayOf = (ms) => {
  const d = new Date(ms + BJ);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const addDays = (day, n) => {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

css(
  'csData',
  `
.${D('page')} { max-width: 1180px; }
.${D('tabs')} { display: flex; gap: 2px; background: #fff; border-radius: 4px 4px 0 0; padding: 0 10px; border-bottom: 1px solid #eee; }
.${D('tab')} { padding: 12px 16px; color: #58595b; text-decoration: none; border-bottom: 2px solid transparent; }
.${D('tabActive')} { color: #e02e24; border-bottom-color: #e02e24; font-weight: 600; }
.${D('bar')} { background: #fff; padding: 12px 18px; display: flex; gap: 10px; align-items: center; }
.${bc('RDO', 'button')} { height: 30px; padding: 0 14px; border: 1px solid #d9d9d9; background: #fff; border-radius: 4px; cursor: pointer; font: inherit; font-size: 13px; }
.${bc('RDO', 'buttonChecked')} { border-color: #e02e24; color: #e02e24; }
.${bc('RPR', 'outerWrapper')} { display: inline-flex; align-items: center; gap: 6px; border: 1px solid #d9d9d9; border-radius: 4px; padding: 0 8px; height: 30px; }
.${bc('RPR', 'outerWrapper')} input { border: 0; width: 96px; font: inherit; font-size: 13px; outline: none; }
.${D('cards')} { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; background: #fff; padding: 14px 18px 20px; }
.${D('card')} { border: 1px solid #eee; border-radius: 4px; padding: 14px; }
.${D('cardLabel')} { color: #58595b; font-size: 13px; }
.${D('cardValue')} { font-size: 22px; font-weight: 600; margin-top: 8px; }
.${D('error')} { background: #fff; padding: 30px; text-align: center; color: #9c9c9c; }
.${D('note')} { color: #9c9c9c; font-size: 12px; padding: 0 18px 14px; background: #fff; }
.${D('table')} { width: 100%; border-collapse: collapse; background: #fff; font-size: 13px; }
.${D('table')} th, .${D('table')} td { border-bottom: 1px solid #eee; padding: 10px 12px; text-align: left; }
.${D('scores')} { background: #fff; padding: 16px 18px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.${D('score')} { border: 1px solid #eee; border-radius: 4px; padding: 12px; }
.${D('bad')} { color: #e02e24; }
.${D('good')} { color: #07a35a; }
`,
);

const TABS = [
  { text: '服务数据', href: '/mms-chat/overview/service' },
  { text: '销售数据', href: '/mms-chat/overview/marketing' },
  { text: '客服绩效', href: '/mms-chat/overview/merchant' },
];

function tabs(current, navigate) {
  return h(
    'div',
    { className: D('tabs') },
    TABS.map((t) =>
      h('a', {
        className: [D('tab'), t.href === current ? D('tabActive') : ''],
        attrs: { href: t.href },
        text: t.text,
        on: { click: (e) => { e.preventDefault(); navigate(t.href); } },
      }),
    ),
  );
}

const pct = (v) => (typeof v === 'string' ? v : `${(v * 100).toFixed(2)}%`);
const count = (v) => Number(v).toLocaleString('en-US');
const secs = (v) => (typeof v === 'string' ? v : `${v}秒`);

/** 服务数据: cards per §(h) field; the broken variant renames the labels and has no date control. */
export function mountServiceData(host, { navigate, boot }) {
  const variant = boot.variant;
  const broken = variant.officialBroken;
  const yesterday = addDays(dayOf(pageNow()), -1);
  let range = { quick: variant.officialQuickDays, from: addDays(yesterday, 1 - variant.officialQuickDays), to: yesterday };
  let alive = true;

  const labels = broken
    ? { consult: '咨询量', need: '待人工咨询', receive: '接待量', rate: '人工3分钟回复占比', time: '人工响应均时' }
    : { consult: '咨询人数', need: '需人工回复的咨询人数', receive: '人工接待人数', rate: '3分钟人工回复率', time: '平均人工响应时长' };

  const cards = h('div', { className: D('cards') });
  const fromInput = h('input', { attrs: { placeholder: '开始日期', 'data-testid': 'range-from' } });
  const toInput = h('input', { attrs: { placeholder: '结束日期', 'data-testid': 'range-to' } });
  const quickButtons = [1, 7, 30].map((n) =>
    h('button', {
      className: bc('RDO', 'button'),
      attrs: { type: 'button', 'data-days': n },
      text: `近${n}天`,
      on: { click: () => select({ quick: n, from: addDays(yesterday, 1 - n), to: yesterday }) },
    }),
  );
  const onPick = () => {
    const from = fromInput.value.trim();
    const to = toInput.value.trim() || from;
    if (/^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to)) select({ quick: null, from, to });
  };
  fromInput.addEventListener('change', onPick);
  toInput.addEventListener('change', onPick);

  const bar = broken
    ? h('div', { className: D('bar') }, h('span', { text: '统计周期：昨日' }))
    : h('div', { className: D('bar') }, h('span', { text: '统计时间' }), quickButtons, h('div', { className: bc('RPR', 'outerWrapper') }, fromInput, h('span', { text: '~' }), toInput));

  function drawControls() {
    for (const b of quickButtons) b.className = [bc('RDO', 'button'), Number(b.dataset.days) === range.quick ? bc('RDO', 'buttonChecked') : ''].filter(Boolean).join(' ');
    fromInput.value = range.from;
    toInput.value = range.to;
  }

  function card(label, value) {
    return h('div', { className: D('card') }, h('div', { className: D('cardLabel') }, h('span', { text: label })), h('div', { className: D('cardValue'), text: value }));
  }

  async function select(next) {
    range = next;
    drawControls();
    cards.textContent = '';
    let res;
    try {
      res = await post('/desert/stat/mallServiceOverviewData', { startDate: range.from, endDate: range.to });
    } catch {
      res = null;
    }
    if (!alive) return;
    cards.textContent = '';
    if (!res || !res.success || !res.result) {
      cards.appendChild(h('div', { className: D('error'), text: (res && res.error_msg) || '数据加载失败' }));
      return;
    }
    const r = res.result;
    const list = [
      [labels.consult, r.consultUserCnt, count],
      [labels.need, r.needManuReplyConsultUserCnt, count],
      [labels.receive, r.receiveUserCnt, count],
      [labels.rate, r.manuReplyRate3Min, pct],
      [labels.time, r.artificialResponseTime, secs],
    ];
    for (const [label, value, fmt] of list) cards.appendChild(card(label, value === undefined ? '-' : fmt(value)));
  }

  host.appendChild(
    h('div', { className: D('page') }, tabs('/mms-chat/overview/service', navigate), bar, cards, h('div', { className: D('note'), text: '数据统计时间为8:00-23:00，次日更新' })),
  );
  select(range);
  return () => {
    alive = false;
  };
}

/** 客服绩效: today's live figures per agent account. */
export function mountCsReport(host, { navigate }) {
  const body = h('tbody');
  const table = h(
    'table',
    { className: D('table') },
    h('thead', null, h('tr', null, ['客服账号', '咨询人数', '询单转化率', '客服销售额', '3分钟人工回复率(8-23点)', '30秒应答率(8-23点)', '客服服务分'].map((t) => h('th', { text: t })))),
    body,
  );
  let alive = true;
  fetch('/chats/csReport/overview', { credentials: 'include', headers: { accept: 'application/json' } })
    .then((r) => r.json())
    .then((res) => {
      if (!alive) return;
      if (!res.success) {
        body.appendChild(h('tr', null, h('td', { attrs: { colspan: 7 }, text: res.error_msg || '数据加载失败' })));
        return;
      }
      for (const a of res.result.list) {
        body.appendChild(
          h('tr', null, [a.csName, count(a.consultUserCnt), pct(a.inquiryOrderTransformRate), `¥${a.csSalesAmount}`, pct(a.manuReplyRate3Min), pct(a.replyRate30s), String(a.csServiceScore)].map((t) => h('td', { text: t }))),
        );
      }
    })
    .catch(() => undefined);
  host.appendChild(
    h(
      'div',
      { className: D('page') },
      tabs('/mms-chat/overview/merchant', navigate),
      h('div', { className: D('bar') }, h('span', { text: `今日实时 ${dayOf(pageNow())}` }), h('a', { attrs: { href: '#' }, text: '下载表单' })),
      table,
    ),
  );
  return () => {
    alive = false;
  };
}

/** 店铺体验 / 领航员: rendered 30-day scores. */
export function mountPilotMall(host, { boot }) {
  const p = boot.pilot;
  const score = (label, value, met) =>
    h('div', { className: D('score') }, h('div', { className: D('cardLabel'), text: label }), h('div', { className: D('cardValue'), text: value }), h('div', { className: met ? D('good') : D('bad'), text: met ? '已达标' : '未达标' }));
  host.appendChild(
    h(
      'div',
      { className: D('page') },
      h('div', { className: D('bar') }, h('b', { text: '店铺体验' }), h('span', { text: '服务体验（近30天）' })),
      h('div', { className: D('scores') }, score('近30天3分钟人工回复率', `${(p.rate * 100).toFixed(2)}%`, p.met), score('近30天平均人工响应时长', '28秒', true), score('商品评价分', '4.8', true)),
    ),
  );
}
