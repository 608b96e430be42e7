// /home/: a minimal 首页 of 拼多多 商家后台.

import { h, cx, css } from '../lib.js';

const H = (local) => cx('home', local, '3-8-2');

css(
  'home',
  `
.${H('welcome')} { background: #fff; border-radius: 4px; padding: 18px 22px; margin-bottom: 14px; }
.${H('welcome')} h1 { margin: 0 0 6px; font-size: 20px; }
.${H('cards')} { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; }
.${H('card')} { background: #fff; border-radius: 4px; padding: 16px 18px; }
.${H('cardLabel')} { color: #9c9c9c; font-size: 13px; }
.${H('cardValue')} { font-size: 24px; font-weight: 600; margin-top: 6px; }
.${H('todo')} { background: #fff; border-radius: 4px; padding: 16px 18px; margin-top: 14px; }
.${H('todo')} a { margin-right: 24px; color: #1e6fff; text-decoration: none; }
`,
);

export function mountHome(host, { navigate }) {
  const link = (text, href) =>
    h('a', {
      attrs: { href },
      text,
      on: {
        click: (e) => {
          e.preventDefault();
          navigate(href);
        },
      },
    });
  host.appendChild(
    h(
      'div',
      null,
      h('div', { className: H('welcome') }, h('h1', { text: '拼多多 商家后台' }), h('div', { text: '欢迎回来，今天也要好好经营店铺哦' })),
      h(
        'div',
        { className: H('cards') },
        ...[
          ['今日成交金额(元)', '12,580.40'],
          ['今日成交订单数', '326'],
          ['今日访客数', '4,812'],
          ['3分钟人工回复率', '92.6%'],
        ].map(([label, value]) => h('div', { className: H('card') }, h('div', { className: H('cardLabel'), text: label }), h('div', { className: H('cardValue'), text: value }))),
      ),
      h('div', { className: H('todo') }, h('span', { text: '待办事项：' }), link('待处理售后', '/aftersales/aftersale_list?msfrom=mms_sidenav'), link('工单', '/aftersales/work_order/list'), h('a', { attrs: { href: '/chat-merchant/index.html#/' }, text: '多多客服' })),
    ),
  );
}
