// The left panel: header with the agent status, the 今日接待 / 全部会话 tabs and the
// conversation groups. Every change re-renders the whole list (new DOM nodes, like a
// non-keyed framework update); the per-second countdown only patches text in place.

import { SCOPE, scoped, clear, append } from '../dom.js';
import { pageNow, fmtListTime } from '/__sim/sim-link.js';
import { store, subscribe, groupOf, isToday, previewOf, REPLY_LIMIT_S, emit } from '../store.js';
import { setCsStatus } from '../api.js';

const hL = scoped(SCOPE.left);
const h = scoped(SCOPE.list);

/** Class names per variant: `chatListBroken` renames them so a list adapter's self-check must fail. */
const NORMAL = {
  listBox: 'chat-list-box',
  five: 'five-minute',
  timeout: 'timeout-unreply',
  already: 'already-unreply',
  all: 'all-chat-list',
  mark: 'mark-chat-list',
  title: 'chat-list-title',
  item: 'chat-item',
  box: 'chat-item-box',
  keyAttr: 'data-random',
  portrait: 'chat-portrait',
  detail: 'chat-detail',
  nickname: 'chat-nickname',
  nicknameSpan: 'nickname-span',
  bottom: 'bottom-message',
  content: 'chat-message-content',
  time: 'chat-time',
  note: 'item-note',
  unreplyTime: 'chat-unreply-time',
  overTime: 'chat-unreply-over-time',
};
const BROKEN = {
  listBox: 'session-list-wrap',
  five: 'pending-sessions',
  timeout: 'overdue-sessions',
  already: 'handled-sessions',
  all: 'session-list-all',
  mark: 'session-list-marked',
  title: 'session-group-title',
  item: 'session-row',
  box: 'session-card',
  keyAttr: 'data-session',
  portrait: 'session-avatar',
  detail: 'session-main',
  nickname: 'session-name',
  nicknameSpan: 'session-name-text',
  bottom: 'session-last',
  content: 'session-last-text',
  time: 'session-side',
  note: 'session-time',
  unreplyTime: 'session-countdown',
  overTime: 'session-overdue',
};

/** data-random suffix per group (GUESS, README: unTimeout / unRead / reply / all). */
const SUFFIX = { five: 'unTimeout', timeout: 'unRead', offhours: 'reply', auto: 'reply', replied: 'reply', all: 'all' };

export function mountLeftPanel(root, { onOpen, onLoadMore }) {
  const C = store.variant.chatListBroken ? BROKEN : NORMAL;
  let statusOpen = false;
  /** uid → [{unreplyEl, overEl}] for in-place ticking */
  let tickTargets = [];
  let lastGroups = '';

  const header = hL('div', { class: 'header panel-tab-header' });
  const content = hL('div', { class: 'content' });
  const panel = hL('div', { class: 'left-panel' }, header, content);
  root.appendChild(panel);

  function renderHeader() {
    clear(header);
    const label = { online: '在线', busy: '忙碌', offline: '离线' }[store.csStatus];
    append(header, [
      hL(
        'div',
        { class: 'cs-info' },
        hL('img', { class: 'cs-avatar', attrs: { src: 'https://img.pddpic.com/mms-logo/shop.jpeg', alt: '' } }),
        hL('div', { class: 'cs-text' }, hL('p', { class: 'cs-name', text: store.user?.nickname ?? '' }), hL('p', { class: 'mall-name', text: store.user?.mall?.mall_name ?? '' })),
      ),
      hL(
        'div',
        {
          class: ['status', store.csStatus],
          on: {
            click: () => {
              statusOpen = !statusOpen;
              renderHeader();
            },
          },
        },
        hL('i', { class: 'status-dot' }),
        hL('span', { class: 'status-text', text: label }),
        hL('i', { class: 'el-icon-arrow-down' }),
      ),
      statusOpen
        ? hL(
            'ul',
            { class: 'status-box' },
            ...[
              ['online', '在线'],
              ['busy', '忙碌'],
              ['offline', '离线'],
            ].map(([k, t]) =>
              hL('li', {
                class: k === store.csStatus ? 'cur' : '',
                text: t,
                on: {
                  click: (e) => {
                    e.stopPropagation();
                    store.csStatus = k;
                    statusOpen = false;
                    setCsStatus({ online: 1, busy: 3, offline: 0 }[k]).catch(() => {});
                    renderHeader();
                  },
                },
              }),
            ),
          )
        : null,
    ]);
  }

  function row(c, group, nowMs) {
    const nowSec = Math.floor(nowMs / 1000);
    const g = groupOf(c, nowSec);
    const waiting = g === 'five' || g === 'timeout';
    const elapsed = nowSec - c.waitingSince;
    const unreplyEl = g === 'five' ? h('p', { class: C.unreplyTime, text: countdownText(elapsed) }) : null;
    const overEl = g === 'timeout' ? h('div', { class: C.overTime, text: overText(elapsed) }) : null;
    if (waiting) tickTargets.push({ c, unreplyEl, overEl });
    const attrs = {};
    attrs[C.keyAttr] = `${c.uid}-0-${SUFFIX[group]}`;
    const box = h(
      'div',
      {
        class: [C.box, 'transition', store.openUid === c.uid ? 'active' : ''],
        attrs,
        on: {
          click: (e) => {
            if (store.variant.trustedOnly && !e.isTrusted) return;
            onOpen(c.uid);
          },
        },
      },
      h(
        'div',
        { class: C.portrait },
        h(
          'div',
          { class: 'el-badge item' },
          h('img', { attrs: { src: c.avatar, alt: '' } }),
          c.unread > 0 ? h('sup', { class: 'el-badge__content el-badge__content--undefined is-fixed', text: c.unread > 99 ? '99+' : c.unread }) : null,
        ),
      ),
      h(
        'div',
        { class: C.detail },
        h('div', { class: C.nickname }, h('span', { class: C.nicknameSpan, text: c.nickname }), null),
        h('div', { class: C.bottom }, h('p', { class: C.content, text: previewOf(c.last) })),
      ),
      h('div', { class: C.time }, h('p', { class: C.note, text: fmtListTime(c.last.ts * 1000, nowMs) }), unreplyEl, overEl),
    );
    return h('li', { class: C.item }, box, h('div', { class: 'transfer-chat-item-btn', text: '转移会话' }));
  }

  function group(cls, title, items, nowMs, key, tag = 'div') {
    const style = items.length ? undefined : 'display: none;';
    if (tag === 'ul') {
      return h('ul', { class: cls, style }, h('div', { class: C.title, text: `${title}(${items.length})` }), ...items.map((c) => row(c, key, nowMs)));
    }
    return h('div', { class: cls, style }, h('div', { class: C.title, text: `${title}(${items.length})` }), h('ul', null, ...items.map((c) => row(c, key, nowMs))));
  }

  function renderContent() {
    tickTargets = [];
    clear(content);
    const nowMs = pageNow();
    const nowSec = Math.floor(nowMs / 1000);
    const all = [...store.convs.values()].sort((a, b) => b.last.ts - a.last.ts || Number(b.last.msg_id) - Number(a.last.msg_id));
    const today = all.filter((c) => isToday(c, nowMs));
    const by = { five: [], timeout: [], offhours: [], auto: [], replied: [] };
    for (const c of today) by[groupOf(c, nowSec)].push(c);
    lastGroups = signature(nowSec);
    const tab = (cls, text, key) =>
      h('div', {
        class: [cls, store.tab === key ? 'sel' : ''],
        text,
        on: {
          click: () => {
            store.tab = key;
            renderContent();
          },
        },
      });
    append(content, [
      h('div', { class: 'conv-tab-wrapper' }, h('div', { class: 'conv-tab' }, tab('conv-today', `今日接待(${today.length})`, 'today'), tab('conv-all', '全部会话', 'all'), tab('conv-mark', '标记会话', 'mark'))),
      h('div', { class: 'search-wrap' }, h('div', { class: 'el-input el-input--small el-input--prefix' }, h('input', { class: 'el-input__inner', attrs: { type: 'text', autocomplete: 'off', placeholder: '搜索买家昵称/订单号' } }), h('span', { class: 'el-input__prefix' }, h('i', { class: 'el-input__icon el-icon-search' })))),
      h(
        'div',
        { class: ['chat-list-wrap', 'custom-scroll'] },
        h(
          'div',
          { class: C.listBox, style: store.tab === 'today' ? undefined : 'display: none;' },
          group(C.five, '新消息', by.five, nowMs, 'five'),
          group(C.timeout, '超时未回复', by.timeout, nowMs, 'timeout'),
          by.five.length + by.timeout.length === 0 ? h('div', { class: 'more-unreply' }, h('a', { text: '加载未回复会话' })) : null,
          group(C.already, '已回复', by.replied, nowMs, 'replied', 'ul'),
          group(C.already, '已被自动回复', by.auto, nowMs, 'auto', 'ul'),
          group(C.already, '非工作时间留言', by.offhours, nowMs, 'offhours', 'ul'),
        ),
        h(
          'div',
          { class: C.all, style: store.tab === 'all' ? undefined : 'display: none;' },
          h('ul', null, ...all.map((c) => row(c, 'all', nowMs))),
          h('div', { class: 'more-btn-box' }, h('span', { text: '加载更多会话', on: { click: () => onLoadMore() } })),
        ),
        h(
          'div',
          { class: C.mark, style: store.tab === 'mark' ? undefined : 'display: none;' },
          ...['收藏', '咨询未下单', '垃圾消息'].map((t) => h('div', { class: 'mark-group' }, h('div', { class: C.title, text: `${t}(0)` }), h('ul', null))),
        ),
      ),
    ]);
  }

  function signature(nowSec) {
    return [...store.convs.values()].map((c) => `${c.uid}:${groupOf(c, nowSec)}`).join(',');
  }

  /** Every second: re-render if a row changes group, else patch countdown texts. */
  function tick() {
    const nowSec = Math.floor(pageNow() / 1000);
    if (signature(nowSec) !== lastGroups) {
      renderContent();
      return;
    }
    for (const t of tickTargets) {
      const elapsed = nowSec - t.c.waitingSince;
      if (t.unreplyEl) {
        const s = countdownText(elapsed);
        if (t.unreplyEl.textContent !== s) t.unreplyEl.textContent = s;
      }
      if (t.overEl) {
        const s = overText(elapsed);
        if (t.overEl.textContent !== s) t.overEl.textContent = s;
      }
    }
  }

  renderHeader();
  renderContent();
  const timer = setInterval(tick, 1000);
  const off = subscribe((what) => {
    if (what === 'list' || what === 'open') renderContent();
    if (what === 'user') renderHeader();
  });
  return () => {
    clearInterval(timer);
    off();
  };
}

/** GUESS (README): "剩余N秒" = seconds left of the platform's 180 s. */
function countdownText(elapsed) {
  return `剩余${Math.max(0, REPLY_LIMIT_S - elapsed)}秒`;
}

/** "已等待N分钟" after the limit, "已等待N小时" from an hour on. */
function overText(elapsed) {
  const min = Math.floor(elapsed / 60);
  return min < 60 ? `已等待${min}分钟` : `已等待${Math.floor(min / 60)}小时`;
}

export { emit };
