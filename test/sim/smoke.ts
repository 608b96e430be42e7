/**
 * Proves the simulator works in real Chromium (no extension):
 *   npx tsx test/sim/smoke.ts
 * Prints PASS/FAIL lines, saves screenshots to test/sim/.screens/, exits non-zero on failure.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startSimulator, type Simulator } from './index.ts';
import { LIVELY } from './scenarios.ts';

const SCREENS = path.join(path.dirname(fileURLToPath(import.meta.url)), '.screens');
let failures = 0;

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`PASS ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(msg);
}

/** The visible row of a buyer in the conversation list. */
const row = (page: Page, uid: string) => page.locator(`[data-random^="${uid}-"]`).filter({ visible: true });

/** Class of the visible group container of a buyer's row. */
async function groupOf(page: Page, uid: string): Promise<string> {
  return row(page, uid).evaluate((el) => {
    const g = el.closest('.five-minute, .timeout-unreply, ul.already-unreply');
    if (!g) return 'none';
    const title = g.querySelector('.chat-list-title')?.textContent ?? '';
    return `${g.className}|${title.replace(/\(\d+\)$/, '')}`;
  });
}

async function noSendWithin(sim: Simulator, uid: string, ms: number): Promise<boolean> {
  try {
    await sim.chat.waitForSent(uid, ms);
    return false;
  } catch {
    return true;
  }
}

async function main(): Promise<void> {
  await mkdir(SCREENS, { recursive: true });
  const sim = await startSimulator({ scenario: 'lively' });
  const browser = await launchBrowser(sim);
  const ctx = browser.context;
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const NEW = '8300000001';

  try {
    await check('chat page loads under https://mms.pinduoduo.com with rows and a live m-ws socket', async () => {
      await page.goto(sim.urls.chat);
      await page.waitForSelector('li.chat-item > div.chat-item-box[data-random]');
      assert(new URL(page.url()).host === 'mms.pinduoduo.com', `host ${page.url()}`);
      await page.waitForFunction(() => document.querySelector('.conv-today')?.textContent?.startsWith('今日接待('));
      for (let i = 0; i < 50 && sim.chatConnections() === 0; i++) await page.waitForTimeout(100);
      assert(sim.chatConnections() === 1, `chat sockets: ${sim.chatConnections()}`);
      const calls = sim.requests().map((r) => r.path.split('?')[0]);
      for (const p of ['/chats/userinfo/realtime', '/chats/getToken', '/plateau/chat/latest_conversations']) {
        assert(calls.includes(p), `page did not call ${p}`);
      }
      assert((await page.locator('.panel-tab-header .status.online').count()) === 1, 'no .status.online');
    });

    await check('a scripted buyer message appears as a row with a countdown (N秒) in .five-minute', async () => {
      sim.chat.addBuyer({ uid: NEW, nickname: 'K*******e' });
      sim.chat.buyerSays(NEW, '你好，请问这款有优惠吗', { at: sim.clock.now() - 30_000 });
      await row(page, NEW).waitFor();
      const text = await row(page, NEW).locator('p.chat-unreply-time').innerText();
      const m = /(\d+)秒/.exec(text);
      assert(m && Number(m[1]) <= 150 && Number(m[1]) >= 140, `countdown text "${text}"`);
      assert((await groupOf(page, NEW)).startsWith('five-minute'), await groupOf(page, NEW));
      const preview = await row(page, NEW).locator('p.chat-message-content').innerText();
      assert(preview === '你好，请问这款有优惠吗', `preview ${preview}`);
      assert((await page.locator(`[data-random^="${NEW}-"]`).count()) >= 2, 'no hidden duplicate in .all-chat-list');
    });

    await check('clicking the row opens the thread (.active, header name, history)', async () => {
      await row(page, NEW).click();
      await page.waitForFunction((uid) => document.querySelector(`[data-random^="${uid}-"].active`), NEW);
      await page.waitForSelector('#msgListContainer ul.msg-list li.onemsg');
      assert((await page.locator('.chatWindowHeader .base-info .name').innerText()) === 'K*******e', 'header name');
      const txt = await page.locator(`div[currentuid="${NEW}"] > .msg-content > p.msg-content-box`).first().innerText();
      assert(txt === '你好，请问这款有优惠吗', `thread text ${txt}`);
    });

    await check('typing + Enter sends via /plateau/chat/send_message; row leaves the unanswered groups', async () => {
      const sent = sim.chat.waitForSent(NEW, 5000);
      await page.locator('#replyTextarea').click();
      await page.keyboard.type('亲，有的，领券立减10元');
      await page.keyboard.press('Enter');
      const m = await sent;
      assert(m.text === '亲，有的，领券立减10元', `server got "${m.text}"`);
      const body = m.request as { data: { message: Record<string, unknown> } };
      assert(body.data.message['manual_reply'] === 1 && body.data.message['is_aut'] === 0, 'flags manual_reply/is_aut');
      await page.waitForFunction((uid) => {
        const el = [...document.querySelectorAll(`[data-random^="${uid}-"]`)].find((e) => (e as HTMLElement).offsetParent);
        return el && el.closest('ul.already-unreply') && !el.querySelector('.chat-unreply-time');
      }, NEW);
      assert((await groupOf(page, NEW)).endsWith('|已回复'), await groupOf(page, NEW));
      await page.waitForSelector(`#middlePanel_list_${m.msgId} .cs-item.isread`);
      assert((await page.locator('#replyTextarea').inputValue()) === '', 'textarea not cleared');
    });

    await check('Shift+Enter inserts a newline and does not send; Enter then sends both lines', async () => {
      const ta = page.locator('#replyTextarea');
      await ta.click();
      await page.keyboard.type('第一行');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('第二行');
      assert((await ta.inputValue()) === '第一行\n第二行', JSON.stringify(await ta.inputValue()));
      assert(await noSendWithin(sim, NEW, 700), 'Shift+Enter sent a message');
      const sent = sim.chat.waitForSent(NEW, 5000);
      await page.keyboard.press('Enter');
      assert((await sent).text === '第一行\n第二行', 'multi-line text');
    });

    await check('Enter during an IME composition (isComposing / keyCode 229) does not send', async () => {
      await page.locator('#replyTextarea').fill('ni');
      await page.locator('#replyTextarea').evaluate((el) => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, isComposing: true, bubbles: true, cancelable: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Process', keyCode: 229, bubbles: true, cancelable: true }));
      });
      assert(await noSendWithin(sim, NEW, 600), 'sent during composition');
      await page.locator('#replyTextarea').fill('');
    });

    await check('clicking .send-btn sends', async () => {
      const sent = sim.chat.waitForSent(NEW, 5000);
      await page.locator('#replyTextarea').fill('点击发送按钮');
      await page.locator('.reply-box div.send-btn').click();
      assert((await sent).text === '点击发送按钮', 'send-btn text');
    });

    await check('quick reply (快捷短语) inserts text through an input event (v-model sees it)', async () => {
      await page.locator('.reply-box .quick-reply-btn').click();
      await page.locator('.quick-reply-item', { hasText: '微信' }).click();
      const v = await page.locator('#replyTextarea').inputValue();
      assert(v === '有问题可以加我微信 kefu2024 详聊', `textarea "${v}"`);
      const sent = sim.chat.waitForSent(NEW, 5000);
      await page.locator('#replyTextarea').press('Enter');
      assert((await sent).text === v, 'model did not get the phrase');
    });

    await check('switching conversations re-renders the thread', async () => {
      await row(page, LIVELY.showcase).click();
      await page.waitForFunction(() => document.querySelector('.chatWindowHeader .base-info .name')?.textContent === 'S*******n');
      await page.waitForFunction((uid) => document.querySelectorAll(`div[currentuid="${uid}"]`).length > 5, LIVELY.showcase);
      const kinds = await page.evaluate(() => ({
        buyer: document.querySelectorAll('.merchantMessage .buyer-item').length,
        agent: document.querySelectorAll('.merchantMessage .cs-item.isread:not(.callback)').length,
        robot: document.querySelectorAll('.merchantMessage .cs-item.isread.callback').length,
        system: document.querySelectorAll('.merchantMessage [class^="system-msg"]').length,
        goods: document.querySelectorAll('.good-card').length,
        coupon: document.querySelectorAll('.commonCard').length,
        img: document.querySelectorAll('.msg-content img.msg-img').length,
        quote: document.querySelectorAll('.quote-new-msg').length,
        time: document.querySelectorAll('p.message-time').length,
      }));
      for (const [k, v] of Object.entries(kinds)) assert(v > 0, `no ${k} in showcase thread`);
      assert((await page.locator(`div[currentuid="${NEW}"]`).count()) === 0, 'old thread still in DOM');
      await page.screenshot({ path: path.join(SCREENS, 'chat-showcase.png') });
    });

    await check('robot reply moves a waiting row to 已被自动回复; agent reply from elsewhere to 已回复', async () => {
      sim.chat.robotReplies(LIVELY.waiting20s, '亲，在的哦，请问有什么可以帮您', { template: 'mall_answer_with_text' });
      await page.waitForFunction((uid) => {
        const el = [...document.querySelectorAll(`[data-random^="${uid}-"]`)].find((e) => (e as HTMLElement).offsetParent);
        return el?.closest('ul.already-unreply')?.querySelector('.chat-list-title')?.textContent?.startsWith('已被自动回复');
      }, LIVELY.waiting20s);
      sim.chat.agentReplies(LIVELY.waiting150s, '默认中通快递哦', { agent: '小美' });
      await page.waitForFunction((uid) => {
        const el = [...document.querySelectorAll(`[data-random^="${uid}-"]`)].find((e) => (e as HTMLElement).offsetParent);
        return el?.closest('ul.already-unreply')?.querySelector('.chat-list-title')?.textContent?.startsWith('已回复');
      }, LIVELY.waiting150s);
    });

    await check('list re-render replaces row nodes and reorders by recency', async () => {
      const handle = await row(page, LIVELY.timeout4m).elementHandle();
      sim.chat.buyerSays(LIVELY.timeout4m, '还在吗？？');
      await page.waitForFunction((el) => !(el as Element).isConnected, handle);
      const firstTimeout = await page.locator('.timeout-unreply li.chat-item .chat-item-box').first().getAttribute('data-random');
      assert(firstTimeout?.startsWith(LIVELY.timeout4m), `first timeout row ${firstTimeout}`);
    });

    await check('sim.clock.advance moves a countdown row to .timeout-unreply (已等待N分钟)', async () => {
      const uid = LIVELY.batchRemindOnly;
      assert((await groupOf(page, uid)).startsWith('five-minute'), `start group ${await groupOf(page, uid)}`);
      sim.clock.advance(5 * 60_000);
      await page.waitForFunction((u) => {
        const el = [...document.querySelectorAll(`[data-random^="${u}-"]`)].find((e) => (e as HTMLElement).offsetParent);
        return el?.closest('.timeout-unreply') && /已等待\d+分钟/.test(el.querySelector('.chat-unreply-over-time')?.textContent ?? '');
      }, uid);
      sim.clock.reset();
    });

    await check('hash route #/setting unmounts the chat UI; #/ re-creates it', async () => {
      const old = await page.locator('.app-container').elementHandle();
      await page.locator('a.nav-item[href="#/setting"]').click();
      await page.waitForSelector('.setting-container');
      assert((await page.locator('.app-container').count()) === 0, 'chat UI still mounted');
      await page.locator('a.nav-item[href="#/"]').click();
      await page.waitForSelector('.app-container li.chat-item');
      assert(!(await old!.evaluate((e) => e.isConnected)), 'same .app-container node');
      assert(sim.chatConnections() === 1, 'socket dropped on route change');
    });

    await check('robot-text variant renders .cs-item .robot-text (page reload)', async () => {
      sim.setVariant({ robotMarker: 'robot-text' });
      await page.reload();
      await row(page, LIVELY.showcase).click();
      await page.waitForSelector('.cs-item .robot-text');
      assert((await page.locator('.cs-item.callback').count()) === 0, 'callback marker present');
      sim.setVariant({ robotMarker: 'callback' });
    });

    await check('chatListBroken variant renames the list markup', async () => {
      sim.setVariant({ chatListBroken: true });
      await page.reload();
      await page.waitForSelector('[data-session]');
      assert((await page.locator('.chat-item-box, [data-random]').count()) === 0, 'old markup present');
      sim.setVariant({ chatListBroken: false });
    });

    await check('trustedOnly variant ignores element.click() on a row but accepts a real click', async () => {
      sim.setVariant({ trustedOnly: true });
      await page.reload();
      await row(page, LIVELY.timeout70m).evaluate((el) => (el as HTMLElement).click());
      await page.waitForTimeout(300);
      assert((await page.locator('.chatWindowHeader').count()) === 0, 'synthetic click opened the conversation');
      await row(page, LIVELY.timeout70m).click();
      await page.waitForSelector('.chatWindowHeader .base-info .name');
      sim.setVariant({ trustedOnly: false });
    });

    // ---- after-sales ----
    const as = await ctx.newPage();
    as.on('pageerror', (e) => errors.push(e.message));
    const cards = as.locator('[data-testid="aftersale-card"]');

    await check('after-sales list renders 10 cards with the platform texts', async () => {
      await as.goto(sim.urls.aftersalesFromSidenav);
      await as.waitForFunction(() => document.querySelectorAll('[data-testid="aftersale-card"]').length === 10);
      const all = await cards.allInnerTexts();
      const joined = all.join('\n');
      for (const re of [/订单号 \d{6}-\d{12,}/, /售后编号 \d{8,}/, /申请时间: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/, /实付: ¥\d+\.\d\d/, /退款原因: /, /查看详情/, /极速退款/]) {
        assert(re.test(joined), `no ${re}`);
      }
      const req = sim.requests('/mercury/mms/afterSales/queryList').at(-1);
      assert(req && (req.body as { pageSize?: number }).pageSize === 10, 'queryList body');
      await as.screenshot({ path: path.join(SCREENS, 'aftersale-list.png'), fullPage: true });
    });

    await check('countdown "（D 天 H 时 M 分 S 秒未处理，系统将自动退款）" ticks live', async () => {
      const cd = as.locator('[data-testid="aftersale-card"]', { hasText: '系统将自动退款' }).first();
      const re = /（(\d+)\s*天\s*(\d+)\s*时\s*(\d+)\s*分\s*(\d+)\s*秒(未处理|物流无退回轨迹)，系统将自动退款）/;
      const t1 = re.exec(await cd.innerText());
      await as.waitForTimeout(2100);
      const t2 = re.exec(await cd.innerText());
      assert(t1 && t2, 'countdown text not found');
      const sec = (m: RegExpExecArray) => Number(m[1]) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
      const d = sec(t1) - sec(t2);
      assert(d >= 1 && d <= 3, `ticked ${d}s`);
    });

    await check('pager: page 2 re-renders rows (new nodes), aria-current + PGT_pagerItemActive', async () => {
      const first = await cards.first().elementHandle();
      await as.locator('li[title="2"]').click();
      await as.waitForFunction(() => document.querySelectorAll('[data-testid="aftersale-card"]').length === 2);
      assert(!(await first!.evaluate((e) => e.isConnected)), 'old row node still connected');
      const cur = as.locator('[aria-current="page"]');
      assert((await cur.innerText()) === '2', 'aria-current');
      assert(/PGT_pagerItemActive_\d+-\d+-\d+/.test((await cur.getAttribute('class')) ?? ''), 'active class');
    });

    await check('filter tab 仅退款 re-queries (afterSalesType 1) and shows only 仅退款 rows', async () => {
      await as.locator('[role="tab"]', { hasText: '仅退款' }).click();
      await as.waitForFunction(() => [...document.querySelectorAll('[data-testid="aftersale-card"]')].length > 0 && [...document.querySelectorAll('[role=tab][aria-selected=true]')].some((t) => t.textContent?.startsWith('仅退款')));
      await as.waitForTimeout(200);
      const texts = await cards.allInnerTexts();
      assert(texts.length === 6, `rows ${texts.length}`);
      assert(texts.every((t) => t.includes('仅退款') || t.includes('退款成功')), 'non-仅退款 row');
      const body = sim.requests('/mercury/mms/afterSales/queryList').at(-1)?.body as { afterSalesType?: number };
      assert(body.afterSalesType === 1, 'afterSalesType in request');
    });

    await check('sim.aftersales.addRequest + rerender() shows the new row without reload', async () => {
      await as.locator('[role="tab"]', { hasText: '全部' }).click();
      await as.waitForFunction(() => document.querySelectorAll('[data-testid="aftersale-card"]').length === 10);
      await as.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      const r = sim.aftersales.addRequest({ type: '仅退款', reason: '空包裹', amountFen: 8800, shipped: true, appliedAt: sim.clock.now() - 60_000 });
      sim.aftersales.rerender();
      await as.waitForFunction((id) => document.body.innerText.includes(`售后编号 ${id}`), r.id);
      assert(await as.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true), 'page reloaded');
    });

    await check('查看详情 opens /aftersales-ssr/detail?id=… in a new tab', async () => {
      const [popup] = await Promise.all([ctx.waitForEvent('page'), as.getByText('查看详情', { exact: true }).first().click()]);
      await popup.waitForLoadState();
      const u = new URL(popup.url());
      assert(u.pathname === '/aftersales-ssr/detail' && u.searchParams.get('id') && u.searchParams.get('orderSn'), popup.url());
      assert((await popup.locator('body').innerText()).includes('售后信息'), 'detail content');
      await popup.screenshot({ path: path.join(SCREENS, 'aftersale-detail.png') });
      await popup.close();
    });

    await check('sidebar navigates with pushState (no reload) between shell pages', async () => {
      await as.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      await as.locator('a', { hasText: '工单' }).first().click();
      await as.waitForURL('**/aftersales/work_order/list');
      await as.getByText('暂无工单').waitFor();
      await as.locator('a', { hasText: '首页' }).first().click();
      await as.waitForURL('**/home/');
      await as.getByText('拼多多 商家后台').first().waitFor();
      await as.locator('a', { hasText: '售后工作台' }).first().click();
      await as.waitForURL('**/aftersales/aftersale_list?msfrom=mms_sidenav');
      await as.waitForFunction(() => document.querySelectorAll('[data-testid="aftersale-card"]').length === 10);
      await as.goBack();
      await as.waitForURL('**/home/');
      assert(await as.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true), 'page reloaded');
      await as.screenshot({ path: path.join(SCREENS, 'home.png') });
    });

    await page.bringToFront();
    await page.reload();
    await page.waitForSelector('li.chat-item');
    await page.screenshot({ path: path.join(SCREENS, 'chat-list.png') });

    await check('no page errors', async () => {
      assert(errors.length === 0, errors.join(' | '));
    });
  } finally {
    await browser.close();
    await sim.close();
  }
  console.log(failures === 0 ? 'SMOKE OK' : `SMOKE FAILED (${failures})`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
