// The MMS shell: header, side navigation and client-side routing (history.pushState)
// between /home/, /aftersales/aftersale_list and /aftersales/work_order/list.
// The chat workbench is a separate app: its link is a full page load.

import { h, cx, css, post } from '../lib.js';
import { simBoot } from '/__sim/sim-link.js';
import { mountHome } from './home.js';
import { mountAftersaleList } from './aftersales.js';
import { mountWorkOrder } from './work-order.js';
import { mountServiceData, mountCsReport, mountPilotMall } from './cs-data.js';

const L = (local) => cx('layout', local, '2-31-0');

const ROUTES = {
  '/home/': mountHome,
  '/aftersales/aftersale_list': mountAftersaleList,
  '/aftersales/work_order/list': mountWorkOrder,
  '/mms-chat/overview/service': mountServiceData,
  '/mms-chat/overview/merchant': mountCsReport,
  '/sycm/goods_quality/pilot_mall': mountPilotMall,
};

const NAV = [
  { title: null, items: [{ text: '首页', href: '/home/' }] },
  { title: '订单管理', items: [{ text: '订单查询' }, { text: '发货管理' }, { text: '评价管理' }] },
  {
    title: '售后管理',
    items: [
      { text: '售后工作台', href: '/aftersales/aftersale_list?msfrom=mms_sidenav' },
      { text: '工单', href: '/aftersales/work_order/list' },
      { text: '售后设置' },
    ],
  },
  { title: '多多客服', items: [{ text: '客服工作台', href: '/chat-merchant/index.html#/', external: true }, { text: '消息设置' }, { text: '客服数据', href: '/mms-chat/overview/service' }, { text: '客服绩效', href: '/mms-chat/overview/merchant' }] },
  { title: '店铺管理', items: [{ text: '店铺体验', href: '/sycm/goods_quality/pilot_mall' }] },
  { title: '商品管理', items: [{ text: '商品列表' }, { text: '发布新商品' }] },
];

css(
  'layout',
  `
.${L('root')} { min-height: 100vh; display: flex; flex-direction: column; }
.${L('header')} { height: 56px; background: #fff; border-bottom: 1px solid #e8e8e8; display: flex; align-items: center; padding: 0 24px; position: sticky; top: 0; z-index: 5; }
.${L('logo')} { display: flex; align-items: center; gap: 10px; font-size: 18px; font-weight: 600; color: #e02e24; width: 200px; }
.${L('logoMark')} { width: 30px; height: 30px; border-radius: 7px; background: #e02e24; color: #fff; text-align: center; line-height: 30px; font-size: 16px; }
.${L('headerRight')} { margin-left: auto; display: flex; gap: 18px; align-items: center; color: #58595b; font-size: 13px; }
.${L('shop')} { font-weight: 600; color: #151516; }
.${L('body')} { flex: 1; display: flex; }
.${L('sidenav')} { width: 200px; flex: none; background: #fff; border-right: 1px solid #e8e8e8; padding: 8px 0; }
.${L('navGroupTitle')} { padding: 12px 24px 6px; font-size: 12px; color: #9c9c9c; }
.${L('navItem')} { display: block; padding: 8px 24px 8px 36px; color: #151516; text-decoration: none; font-size: 14px; cursor: pointer; }
.${L('navItem')}:hover { color: #e02e24; }
.${L('navItemActive')} { color: #e02e24; background: #fff2f1; border-right: 3px solid #e02e24; font-weight: 600; }
.${L('navItemDisabled')} { color: #58595b; cursor: default; }
.${L('navItemDisabled')}:hover { color: #58595b; }
.${L('main')} { flex: 1; min-width: 0; padding: 16px 20px 40px; }
`,
);

let unmount = null;
let pageHost;

function normalize(pathname) {
  if (pathname === '/home') return '/home/';
  return pathname;
}

function renderNav(nav) {
  nav.textContent = '';
  const current = normalize(location.pathname);
  for (const g of NAV) {
    const group = h('div', { className: L('navGroup') }, g.title ? h('div', { className: L('navGroupTitle'), text: g.title }) : null);
    for (const it of g.items) {
      if (!it.href) {
        group.appendChild(h('span', { className: [L('navItem'), L('navItemDisabled')], text: it.text }));
        continue;
      }
      const path = it.href.split(/[?#]/)[0];
      const a = h('a', {
        className: [L('navItem'), path === current ? L('navItemActive') : ''],
        attrs: { href: it.href, 'data-testid': 'mms-sidenav-item' },
        text: it.text,
      });
      if (!it.external) {
        a.addEventListener('click', (e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          navigate(it.href);
        });
      }
      group.appendChild(a);
    }
    nav.appendChild(group);
  }
}

/** Client-side navigation between shell pages (no reload). */
export function navigate(href) {
  history.pushState({}, '', href);
  renderRoute();
}

let navEl;
let boot;
function renderRoute() {
  renderNav(navEl);
  if (unmount) unmount();
  unmount = null;
  pageHost.textContent = '';
  const mount = ROUTES[normalize(location.pathname)];
  if (mount) unmount = mount(pageHost, { navigate, boot }) || null;
  else pageHost.appendChild(h('div', { text: '页面不存在' }));
  window.scrollTo(0, 0);
}

async function main() {
  boot = await simBoot();
  // The shell asks who is logged in (the header's shop name comes from here on the real site).
  post('/janus/api/new/userinfo', {}).catch(() => undefined);
  const root = document.getElementById('__next');
  navEl = h('nav', { className: L('sidenav') });
  pageHost = h('main', { className: L('main') });
  root.appendChild(
    h(
      'div',
      { className: L('root') },
      h(
        'header',
        { className: L('header') },
        h('div', { className: L('logo') }, h('span', { className: L('logoMark'), text: '拼' }), h('span', { text: '拼多多 商家后台' })),
        h('div', { className: L('headerRight') }, h('span', { className: L('shop'), text: boot.account.mallName }), h('span', { text: boot.account.username }), h('a', { text: '退出', attrs: { href: '/home/' } })),
      ),
      h('div', { className: L('body') }, navEl, pageHost),
    ),
  );
  window.addEventListener('popstate', renderRoute);
  renderRoute();
}

main().catch((e) => console.error('[mms] boot failed', e));
