// /aftersales/work_order/list: 工单 (an empty list is enough for navigation tests).

import { h, cx, css } from '../lib.js';

const W = (local) => cx('workorder', local, '1-4-7');

css(
  'workorder',
  `
.${W('page')} { background: #fff; border-radius: 4px; padding: 18px 22px; }
.${W('page')} h2 { margin: 0 0 14px; font-size: 20px; }
.${W('table')} { width: 100%; border-collapse: collapse; font-size: 13px; }
.${W('table')} th { text-align: left; background: #f7f8fa; padding: 10px; color: #58595b; font-weight: 400; }
.${W('table')} td { padding: 30px; text-align: center; color: #9c9c9c; }
`,
);

export function mountWorkOrder(host) {
  host.appendChild(
    h(
      'div',
      { className: W('page') },
      h('h2', { text: '工单' }),
      h(
        'table',
        { className: W('table') },
        h('thead', null, h('tr', null, ...['工单号', '订单号', '工单类型', '创建时间', '状态', '操作'].map((t) => h('th', { text: t })))),
        h('tbody', null, h('tr', null, h('td', { attrs: { colspan: '6' }, text: '暂无工单' }))),
      ),
    ),
  );
}
