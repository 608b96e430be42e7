// The open conversation: .chatWindowHeader and #msgListContainer ul.msg-list.
// Switching conversations re-renders the list; pushed messages are inserted in place.

import { SCOPE, scoped, clear, append } from '../dom.js';
import { fmtChineseDateTime } from '/__sim/sim-link.js';
import { store, subscribe, classify } from '../store.js';

const hM = scoped(SCOPE.middle);
const h = scoped(SCOPE.msg);

/** `threadBroken` renames the thread markup. */
const NORMAL = { list: 'msg-list', row: 'onemsg', idPrefix: 'middlePanel_list_', buyer: 'buyer-item', cs: 'cs-item', text: 'msg-content-box' };
const BROKEN = { list: 'message-list', row: 'msg-row', idPrefix: 'msg_', buyer: 'customer-msg', cs: 'seller-msg', text: 'msg-text' };

const TIME_GAP_S = 5 * 60;

export function mountThread(root) {
  const C = store.variant.threadBroken ? BROKEN : NORMAL;
  const headerHost = hM('div', { class: 'chat-window-header-wrap' });
  const ul = h('ul', { class: C.list });
  const container = hM('div', { id: 'msgListContainer', class: 'msg-list-container custom-scroll' }, ul);
  const empty = hM('div', { class: 'empty-chat' }, hM('div', { class: 'empty-icon' }), hM('p', { text: '暂未选择会话，请在左侧列表选择买家' }));
  append(root, [headerHost, container, empty]);

  function renderHeader() {
    clear(headerHost);
    const c = store.openUid ? store.convs.get(store.openUid) : null;
    if (!c) {
      headerHost.appendChild(document.createComment(''));
      return;
    }
    headerHost.appendChild(
      hM(
        'div',
        { class: 'chatWindowHeader' },
        hM('div', { class: 'base-info' }, hM('span', { class: 'name', text: c.nickname }), hM('span', { class: 'buyer-tag', text: '咨询未下单' })),
        hM('div', { class: 'header-btns' }, hM('span', { class: 'checkbox-transfer-btn', text: '转移会话' }), hM('span', { class: 'header-btn', text: '加入收藏' })),
      ),
    );
  }

  function renderAll() {
    renderHeader();
    clear(ul);
    const uid = store.openUid;
    const list = uid ? store.threads.get(uid) : null;
    container.style.display = uid ? '' : 'none';
    empty.style.display = uid ? 'none' : '';
    if (!list) return;
    let prev = 0;
    for (const m of list) {
      ul.appendChild(messageRow(m, uid, m.ts - prev > TIME_GAP_S));
      prev = m.ts;
    }
    scrollToBottom();
  }

  /** Keep the newest message in view, also once pictures have loaded. */
  function scrollToBottom() {
    container.scrollTop = container.scrollHeight;
    for (const img of ul.querySelectorAll('img')) {
      if (!img.complete) img.addEventListener('load', () => (container.scrollTop = container.scrollHeight), { once: true });
    }
  }

  function insert(uid, m) {
    if (uid !== store.openUid) return;
    const list = store.threads.get(uid);
    const i = list.indexOf(m);
    const prevTs = i > 0 ? list[i - 1].ts : 0;
    const li = messageRow(m, uid, m.ts - prevTs > TIME_GAP_S);
    const next = list[i + 1] && document.getElementById(C.idPrefix + list[i + 1].msg_id);
    if (next) ul.insertBefore(li, next);
    else ul.appendChild(li);
    scrollToBottom();
  }

  function messageRow(m, uid, withTime) {
    return h(
      'li',
      { class: ['clearfix', C.row], id: C.idPrefix + m.msg_id },
      withTime ? h('p', { class: 'message-time', text: fmtChineseDateTime(m.ts * 1000) }) : null,
      h('div', { class: 'merchantMessage', attrs: { messagelist: '[object Object]' } }, body(m, uid)),
    );
  }

  function textBox(m, uid, extraClass) {
    return h('div', { attrs: { currentuid: uid }, class: 'msg-box' }, h('div', { class: 'msg-content' }, h('p', { class: [C.text, extraClass], text: m.content })));
  }

  function contentBox(uid, ...inner) {
    return h('div', { attrs: { currentuid: uid }, class: 'msg-box' }, h('div', { class: 'msg-content' }, ...inner));
  }

  function buyerContent(m, uid) {
    const info = m.info || {};
    if (m.type === 1) return contentBox(uid, h('img', { class: 'msg-img', attrs: { src: m.content, alt: '' } }), null);
    if (m.type === 41) {
      return contentBox(
        uid,
        h('div', { class: 'BuyerFromCard' }, h('p', { class: 'from-title', text: m.content }), h('div', { class: 'from-goods' }, h('img', { attrs: { src: info.goods_thumb_url, alt: '' } }), h('span', { text: info.goods_name }))),
      );
    }
    if (m.type === 64) return contentBox(uid, goodsCard(info), info.text ? h('p', { class: C.text, text: info.text }) : null);
    if (info.quote_msg) {
      const q = info.quote_msg;
      return contentBox(
        uid,
        h(
          'div',
          { class: 'quote-msg' },
          h('p', { class: 'quote-new-msg', text: m.content }),
          h('div', { class: 'be-quote' }, h('span', { class: 'be-quote-name', text: `${q.nickname}：` }), h('span', { class: 'be-quote-content', text: q.content })),
        ),
      );
    }
    return textBox(m, uid);
  }

  function goodsCard(info) {
    return h(
      'div',
      { class: 'good-card' },
      h('img', { class: 'good-card-img', attrs: { src: info.goods_thumb_url, alt: '' } }),
      h(
        'div',
        { class: 'good-card-info' },
        h('p', { class: 'good-card-title', text: info.goods_name }),
        h('p', { class: 'good-card-price', text: `¥${(info.goods_price / 100).toFixed(2)}` }),
        info.sales_tip ? h('p', { class: 'good-card-sales', text: info.sales_tip }) : null,
      ),
    );
  }

  function card(m) {
    const info = m.info || {};
    const t = m.template_name;
    if (t === 'mall_goods_card') return goodsCard(info);
    if (t === 'mall_coupon_card') {
      return h(
        'div',
        { class: 'commonCard coupon-card' },
        h('div', { class: 'commonCard-title' }, h('span', { text: info.title || '优惠券' })),
        h(
          'div',
          { class: 'commonCard-body' },
          h('p', { class: 'coupon-amount', text: `¥${(info.discount / 100).toFixed(0)}` }),
          h('div', null, h('p', { class: 'coupon-name', text: info.coupon_name }), h('p', { class: 'coupon-rule', text: `满${info.min_amount / 100}元可用` }), h('p', { class: 'coupon-valid', text: info.valid_desc })),
        ),
        h('div', { class: 'commonCard-btn', text: '立即领取' }),
      );
    }
    if (t === 'pay_remind_card' || t === 'batch_pay_remind' || t === 'auto_pay_remind') {
      const tag = t === 'batch_pay_remind' ? '批量催付' : t === 'auto_pay_remind' ? '自动催付' : null;
      return h(
        'div',
        { class: ['commonCard', 'pay-remind-card', tag ? 'is-batch' : ''] },
        h('div', { class: 'commonCard-title' }, h('span', { text: '催付' }), tag ? h('span', { class: 'commonCard-tag', text: tag }) : null),
        h('div', { class: 'commonCard-body' }, h('p', { class: 'remind-title', text: info.title }), h('p', { class: 'remind-goods', text: info.goods_name }), h('p', { class: 'remind-amount', text: `待支付 ¥${(info.amount / 100).toFixed(2)}` }), h('p', { class: 'remind-order', text: `订单编号：${info.order_sn}` })),
        h('div', { class: 'commonCard-btn', text: '去支付' }),
      );
    }
    return h('div', { class: 'commonCard' }, h('div', { class: 'commonCard-title', text: m.content }));
  }

  function body(m, uid) {
    const kind = classify(m);
    if (m.type === 31 || (kind === 'system' && m.from.role !== 'user')) {
      const text = m.content;
      const link = '立即恢复接待';
      const parts = text.endsWith(link) ? [h('span', { text: text.slice(0, -link.length) }), h('a', { class: 'system-link', text: link })] : [h('span', { text })];
      return h('div', { class: `system-msg-${m.type}` }, h('div', { class: 'system-msg-content' }, ...parts));
    }
    if (m.from.role === 'user') {
      return h('div', { class: C.buyer }, h('div', { class: 'avatar' }, h('img', { attrs: { src: store.convs.get(uid)?.avatar ?? '', alt: '' } })), buyerContent(m, uid));
    }
    // mall_cs: agent, robot, system reminders
    const robot = kind === 'robot';
    const robotText = robot && store.variant.robotMarker === 'robot-text';
    const cls = robotText ? [C.cs] : [C.cs, 'isread', robot ? 'callback' : ''];
    const content =
      m.type === 64
        ? contentBox(uid, card(m))
        : m.type === 1
          ? contentBox(uid, h('img', { class: 'msg-img', attrs: { src: m.content, alt: '' } }), null)
          : textBox(m, uid, robotText ? 'robot-text' : '');
    return h(
      'div',
      { class: cls },
      h('p', { class: 'nickname' }, h('span', { text: m.nickname }), robotText ? null : h('span', { class: 'msg-status', text: '已读' })),
      content,
      h('div', { class: 'avatar' }, h('img', { attrs: { src: 'https://img.pddpic.com/mms-logo/shop.jpeg', alt: '' } })),
    );
  }

  renderAll();
  const off = subscribe((what, detail) => {
    if (what === 'open') renderAll();
    else if (what === 'thread') insert(detail.uid, detail.msg);
    else if (what === 'list') renderHeader();
  });
  return off;
}
