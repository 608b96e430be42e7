// Entry of the simulated 多多客服 chat workbench (a Vue-2 + element-ui look-alike).
// Load order like the real page: userinfo → getToken → latest_conversations → m-ws socket.
// Hash routes: #/ (chat) and #/setting; leaving #/ unmounts the chat UI.

import { SCOPE, scoped, clear, append } from './dom.js';
import { simBoot, onClockChange } from '/__sim/sim-link.js';
import * as api from './api.js';
import { store, emit, setConversations, applyMessage } from './store.js';
import { mountLeftPanel } from './views/conv-list.js';
import { mountThread } from './views/thread.js';
import { mountReplyBox } from './views/reply-box.js';
import { connectTitan } from './titan.js';

const hA = scoped(SCOPE.app);
const hN = scoped(SCOPE.nav);
const hR = scoped(SCOPE.right);
const hS = scoped(SCOPE.setting);

let routeHost;
let unmount = null;
let socket = null;
let titan = null;
let reloadTimer = null;

async function main() {
  const boot = await simBoot();
  store.variant = boot.variant;
  store.account = boot.account;

  const app = document.getElementById('app');
  routeHost = hA('div', { class: 'chat-root' });
  app.appendChild(routeHost);
  window.addEventListener('hashchange', route);
  onClockChange(() => emit('list'));
  route();

  const info = await api.userInfo();
  store.user = info.result;
  emit('user');
  await loadConversations();
  const tok = await api.getToken();
  connect(tok.result.token);
}

function route() {
  const hash = location.hash || '#/';
  if (unmount) unmount();
  unmount = null;
  clear(routeHost);
  routeHost.appendChild(nav(hash));
  if (hash === '#/setting') unmount = mountSetting(routeHost);
  else if (hash === '#/' || hash === '#') unmount = mountChat(routeHost);
  else routeHost.appendChild(hA('div', { class: 'not-found', text: '页面不存在' }));
}

function nav(hash) {
  const item = (href, text) => hN('a', { class: ['nav-item', hash === href ? 'active' : ''], attrs: { href }, text });
  return hN(
    'div',
    { class: 'nav-bar' },
    hN('div', { class: 'nav-logo' }, hN('i', { class: 'logo-icon' }), hN('span', { text: '多多客服' })),
    hN('div', { class: 'nav-items' }, item('#/', '聊天'), item('#/setting', '设置'), hN('a', { class: 'nav-item', attrs: { href: '/home/' }, text: '返回商家后台' })),
  );
}

function mountChat(host) {
  const container = hA('div', { class: 'app-container' });
  host.appendChild(container);
  const offLeft = mountLeftPanel(container, { onOpen: openConversation, onLoadMore: loadMoreConversations });
  const middle = hA('div', { class: 'middle-panel' });
  container.appendChild(middle);
  const offThread = mountThread(middle);
  const offReply = mountReplyBox(middle);
  const right = rightPanel();
  container.appendChild(right.el);
  return () => {
    offLeft();
    offThread();
    offReply();
    right.off();
  };
}

function rightPanel() {
  const el = hR('div', { class: 'right-panel' });
  function render() {
    clear(el);
    const c = store.openUid ? store.convs.get(store.openUid) : null;
    append(el, [
      hR('div', { class: 'right-tabs' }, hR('span', { class: 'right-tab sel', text: '用户信息' }), hR('span', { class: 'right-tab', text: '订单' }), hR('span', { class: 'right-tab', text: '商品' })),
      c
        ? hR(
            'div',
            { class: 'user-info' },
            hR('img', { class: 'user-avatar', attrs: { src: c.avatar, alt: '' } }),
            hR('p', { class: 'user-name', text: c.nickname }),
            hR('p', { class: 'user-tip', text: '近30天无订单' }),
            hR('div', { class: 'order-empty', text: '暂无订单' }),
          )
        : null,
    ]);
  }
  render();
  const listener = (what) => {
    if (what === 'open') render();
  };
  store.listeners.add(listener);
  return { el, off: () => store.listeners.delete(listener) };
}

function mountSetting(host) {
  const field = (label, ...control) => hS('div', { class: 'el-form-item' }, hS('label', { class: 'el-form-item__label', text: label }), hS('div', { class: 'el-form-item__content' }, ...control));
  host.appendChild(
    hS(
      'div',
      { class: 'setting-container' },
      hS('h3', { class: 'setting-title', text: '客服设置' }),
      hS(
        'form',
        { class: 'el-form setting-form' },
        field('自动回复', hS('span', { class: 'el-switch is-checked' }, hS('span', { class: 'el-switch__core' }))),
        field('接待上限', hS('div', { class: 'el-input' }, hS('input', { class: 'el-input__inner', attrs: { value: '50' } }))),
        field('欢迎语', hS('div', { class: 'el-textarea' }, hS('textarea', { class: 'el-textarea__inner', text: '亲，您好，欢迎光临本店~' }))),
      ),
      hS('a', { class: 'back-link', attrs: { href: '#/' }, text: '返回聊天' }),
    ),
  );
  return () => {};
}

async function openConversation(uid) {
  if (store.openUid === uid && store.threads.has(uid)) return;
  store.openUid = uid;
  const c = store.convs.get(uid);
  if (c) c.unread = 0;
  emit('open');
  const res = await api.chatList(uid);
  if (store.openUid !== uid) return;
  // The list comes newest first (PDD-PAGES §(i)); the thread shows oldest first.
  store.threads.set(uid, (res.result?.messages ?? []).slice().sort((a, b) => a.ts - b.ts || Number(a.msg_id) - Number(b.msg_id)));
  emit('open');
}

/** Pages of latest_conversations the agent has loaded ("加载更多会话"); a reload keeps them all. */
const PAGE_SIZE = 100;
let loadedPages = 1;
let hasMore = false;

async function loadConversations() {
  const list = [];
  for (let page = 1; page <= loadedPages; page++) {
    const res = await api.latestConversations(page, PAGE_SIZE);
    list.push(...(res.result?.conversations ?? []));
    hasMore = Boolean(res.result?.has_more);
    if (!hasMore) break;
  }
  setConversations(list);
}

function loadMoreConversations() {
  if (!hasMore) return;
  loadedPages++;
  loadConversations().catch(() => {});
}

function scheduleReload() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => loadConversations().catch(() => {}), 150);
}

function connect(token) {
  const url = `wss://m-ws.pinduoduo.com/?access_token=${encodeURIComponent(token)}&role=mall_cs&client=web&version=${api.API_VERSION}`;
  socket = new (api.natives().WebSocket)(url);
  // Late-2026 pages get their chat pushes on titan-ws, as binary frames (variant chatTransport).
  if (store.variant.chatTransport !== 'm-ws') {
    titan?.close();
    titan = connectTitan(api.natives().WebSocket, token, (message) => {
      if (!applyMessage(message)) scheduleReload();
    });
  }
  let heartbeat = null;
  socket.onopen = () => {
    heartbeat = setInterval(() => {
      if (socket.readyState === 1) socket.send(JSON.stringify({ cmd: 'heartbeat', request_id: api.requestId() }));
    }, 30000);
  };
  socket.onmessage = (ev) => {
    let frame;
    try {
      frame = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (frame.response === 'push' && frame.message) {
      if (!applyMessage(frame.message)) scheduleReload();
    }
  };
  socket.onclose = () => {
    clearInterval(heartbeat);
    setTimeout(async () => {
      try {
        const tok = await api.getToken();
        await loadConversations();
        connect(tok.result.token);
      } catch {
        setTimeout(() => connect(token), 3000);
      }
    }, 2000);
  };
}

main().catch((err) => {
  console.error('[chat-merchant] boot failed', err);
});
