/**
 * Issue 11 in real Chromium: the chat page carries a hostile script of its
 * own (a page script in <head>, so it runs after the extension's
 * document_start scripts and before the app, as any page script does). It
 * replays the content-script framework's "started" event for every
 * entrypoint (it knows the public extension id), every window message and
 * every key, click and input event it sees (with changed ids), forges the
 * old tap events, made-up socket messages, and clicks every button it
 * finds in the overlays' shadow roots. The extension must go on: overlays
 * stay, the guard holds, only real traffic is stored. Also: a bad frame is
 * skipped while the next good one counts, both guard races, the broken reply
 * box, and a computer clock 10 minutes slow or fast. Issue 22: URL confusion
 * (fetch / XHR shown a platform URL while the browser loads a data: URL) and
 * drawn 服务数据 cards after a pushState store nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../lib/settings/keys';
import { DEFAULT_SETTINGS } from '../../lib/settings/types';
import { launchHarness, type Harness } from './harness';
import { idHasher } from './pages/stored-ids';
import { ChatPage } from './pages/chat-page';
import { readStore, storedEvents as readStoredEvents } from './pages/store';
import { scenarioRequests, sendAll } from './pages/popup-page';
import { addDays, beijingDay } from '../../lib/clock';
import type { Summary } from '../../lib/messages';
import { pollUntil, within } from './pages/poll';

let harness: Harness;
const ACCOUNT = { mallId: '445566', username: '客服小周' };
const BUYER = '8800000101';
const LIVE_BUYER = '8800000102';
const BAD_FRAME_BUYER = '8800000103';
const FORGED_BUYER = '7700000001';
/** An id as the store keeps it: hashed with the shop's salt (lib/id-hash.ts). */
/** The hash the worker stores for an id of this shop today (./pages/stored-ids.ts), read again before each test. */
let stored: (id: string) => string;
beforeEach(async () => {
  stored = await idHasher(harness, ACCOUNT.mallId);
});

/** The page script: everything a hostile or merely careless page could do to the extension. */
function hostileScript(extensionId: string): string {
  return `(() => {
  const h = (window.__hostile = { seenKefuEvents: 0, replayed: 0, overlayClicks: 0, wxtForged: 0 });
  const rid = () => 'forged-' + Math.random().toString(36).slice(2);
  const names = ['chat', 'aftersales', 'tap-link', 'page-tap'];
  // Every event dispatched from this world is seen here.
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (ev) {
    if (String(ev.type).indexOf('kefu') >= 0 && !ev.__hostile) h.seenKefuEvents++;
    return dispatch.call(this, ev);
  };
  const mark = (ev) => ((ev.__hostile = true), ev);
  const forgedPush = (uid, msgId, extra) => JSON.stringify({ response: 'push', chat_type_id: 1, message: Object.assign({ msg_id: msgId, from: { role: 'user', uid }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: Math.floor(Date.now() / 1000), content: 'x' }, extra || {}) });
  const forgedItems = () => [
    { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: forgedPush('${FORGED_BUYER}', rid()) },
    { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: forgedPush('${BUYER}', rid(), { ts: 1 }) },
    { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: forgedPush('x'.repeat(2000000), rid()) },
    { channel: 'http', url: 'https://mms.pinduoduo.com/chats/userinfo/realtime', body: JSON.stringify({ result: { username: 'forged', mall_id: '999', mall: { mall_id: '999' } } }) },
  ];
  function forge() {
    for (const n of names) {
      const type = '${extensionId}:' + n + ':wxt:content-script-started';
      document.dispatchEvent(mark(new CustomEvent(type, { detail: { contentScriptName: n, messageId: rid() } })));
      window.postMessage({ type, contentScriptName: n, messageId: rid() }, '*');
      window.dispatchEvent(mark(new Event('${extensionId}:' + n + ':wxt:locationchange')));
      h.wxtForged++;
    }
    for (const item of forgedItems()) {
      const detail = JSON.stringify(item);
      for (const type of ['kefu-guard:traffic', 'kefu-guard:tap-ready', 'kefu-guard:tap-hello']) {
        window.dispatchEvent(mark(new CustomEvent(type, { detail })));
        document.dispatchEvent(mark(new CustomEvent(type, { detail })));
        for (const el of document.querySelectorAll('kefu-guard-link')) el.dispatchEvent(mark(new CustomEvent(type, { detail })));
      }
    }
    // Made-up messages on the page's own sockets, once each (the page itself shows them; the tap must not forward them).
    for (const socket of sockets.splice(0)) socket.dispatchEvent(new MessageEvent('message', { data: forgedPush('${FORGED_BUYER}', rid()) }));
    // Every button in every open shadow root of the extension's overlays.
    for (const host of document.querySelectorAll('[data-kefu-guard]')) {
      for (const b of host.shadowRoot ? host.shadowRoot.querySelectorAll('button') : []) {
        b.click();
        h.overlayClicks++;
      }
    }
  }
  // The page's sockets (after the tap's own hook), to dispatch made-up messages on them.
  const sockets = [];
  const WS = window.WebSocket;
  window.WebSocket = new Proxy(WS, { construct(t, a, n) { const s = Reflect.construct(t, a, n); sockets.push(s); return s; } });
  // Every window message replayed, with its ids changed.
  window.addEventListener('message', (e) => {
    if (!e.data || typeof e.data !== 'object' || e.data.__replayed) return;
    h.replayed++;
    const copy = Object.assign({}, e.data, { messageId: rid(), __replayed: true });
    window.postMessage(copy, '*');
    if (typeof copy.type === 'string') document.dispatchEvent(mark(new CustomEvent(copy.type, { detail: copy })));
  }, true);
  // Every real key, click and input event replayed once (untrusted copies).
  for (const type of ['keydown', 'keypress', 'keyup', 'click', 'input', 'mousedown', 'mouseup']) {
    window.addEventListener(type, (e) => {
      if (!e.isTrusted || !e.target || !e.target.dispatchEvent) return;
      h.replayed++;
      const init = { bubbles: true, cancelable: true, key: e.key, code: e.code, keyCode: e.keyCode, shiftKey: e.shiftKey, clientX: e.clientX, clientY: e.clientY };
      const copy = new e.constructor(type, init);
      const target = e.target;
      setTimeout(() => target.dispatchEvent(copy), 0);
    }, true);
  }
  forge();
  setInterval(forge, 300);
})();`;
}

/** Every chat event the extension stored. */
const storedEvents = () => readStoredEvents(harness);

const hostile = (page: Page) => within('the hostile script\'s counters', page.evaluate(() => (window as unknown as { __hostile: Record<string, number> }).__hostile), 10_000);
const sentTexts = (uid: string) => harness.sim.chat.messages(uid).filter((m) => m.via === 'page').map((m) => m.frame.content);
const badgeSeconds = (text: string) => text.replace('≈', '').split(':').reduce((acc, part) => acc * 60 + Number(part), 0);

beforeAll(async () => {
  // The page files waits outside 08:00–23:00 under 非工作时间留言 (no wait, issue 15): off, so this runs the same at any hour.
  harness = await launchHarness({ sim: { scenario: 'empty', account: ACCOUNT, variant: { offHoursGroup: false } } });
});
afterAll(async () => harness?.close());

describe('a hostile page script', () => {
  let chat: ChatPage;

  it('cannot stop the overlays, forge traffic or see the channel; real frames still count, a bad one is skipped', async () => {
    harness.sim.chat.addBuyer({ uid: BUYER });
    harness.sim.chat.buyerSays(BUYER, '在吗', { at: Date.now() - 20_000 });
    harness.sim.setChatPageScript(hostileScript(harness.extensionId));
    const page = await harness.context.newPage();
    chat = await ChatPage.open(harness, page);
    // The WXT "started" event has been replayed for every entrypoint, every 300 ms, from before the app started.
    await chat.waitForBadge(BUYER, (s) => s !== null && badgeSeconds(s.text) >= 20);
    await page.waitForTimeout(1_500);
    const before = await chat.badgeState(BUYER);
    expect((await hostile(page)).wxtForged).toBeGreaterThan(8);
    await chat.waitForBadge(BUYER, (s) => s !== null && badgeSeconds(s.text) > badgeSeconds(before!.text)); // still ticking

    // A frame with an absurd time (the year 2100), then a good one; and a microsecond time.
    harness.sim.pushChatFrame({
      response: 'push',
      chat_type_id: 1,
      message: { msg_id: 'bad-ts-1', from: { role: 'user', uid: BAD_FRAME_BUYER }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: Date.UTC(2100, 0, 1) / 1000, content: 'x' },
    });
    harness.sim.pushChatFrame({
      response: 'push',
      chat_type_id: 1,
      message: { msg_id: 'us-ts-1', from: { role: 'user', uid: BAD_FRAME_BUYER }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: (Date.now() - 5_000) * 1000, content: 'x' },
    });
    harness.sim.chat.addBuyer({ uid: LIVE_BUYER });
    const live = harness.sim.chat.buyerSays(LIVE_BUYER, '你好');

    const events = await pollUntil('stored events', storedEvents, (list) => list.some((e) => e.messageId === stored(live)) && list.some((e) => e.messageId === stored('us-ts-1')), 15_000);
    // Exactly the page's own three messages: nothing forged (other ids, other accounts, moved times), not the year-2100 frame.
    expect(events.map((e) => e.messageId).sort()).toEqual([stored(live), stored('us-ts-1'), events.find((e) => e.conversationId === stored(BUYER))?.messageId].sort());
    expect(events.map((e) => e.conversationId)).not.toContain(stored(FORGED_BUYER));
    expect(new Set(events.map((e) => e.account))).toEqual(new Set([`${ACCOUNT.mallId}:${ACCOUNT.username}`]));
    expect(Math.abs(events.find((e) => e.messageId === stored('us-ts-1'))!.at - (Date.now() - 5_000))).toBeLessThan(20_000);
    const ownBuyer = events.filter((e) => e.conversationId === stored(BUYER));
    expect(ownBuyer).toHaveLength(1);
    expect(ownBuyer[0]!.at).toBeGreaterThan(Date.now() - 60_000); // never moved to 1970 by a forged frame

    const seen = await hostile(page);
    expect(seen.seenKefuEvents).toBe(0); // nothing of the channel passes through the page's world
    expect(await page.locator('kefu-guard-link').count()).toBe(0);
  });

  it('a banned message is held while the page replays every key and click and clicks the overlay buttons itself', async () => {
    await chat.openConversation(BUYER);
    await chat.type('加我薇 信 138 0013 8000');
    await chat.input.press('Enter');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
    const clicks = (await hostile(chat.page)).overlayClicks ?? 0;
    await chat.page.waitForTimeout(1_000);
    expect((await hostile(chat.page)).overlayClicks).toBeGreaterThan(clicks); // it did click our buttons
    expect(sentTexts(BUYER)).toEqual([]);
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('held');
    expect(await chat.badge(BUYER).count()).toBe(1);

    // A link may be sent anyway, but only by the agent's own click.
    await chat.input.fill('详情可以看 www.example.com 的说明');
    await chat.input.press('Enter');
    await chat.page.locator('[data-testid="guard-send-anyway"]').waitFor();
    await chat.page.waitForTimeout(700); // the page "clicks" 仍然发送 twice in this time
    expect(sentTexts(BUYER)).toEqual([]);
  });

  it('race: text changed inside the typing debounce is re-checked when 仍然发送 is clicked', async () => {
    // Held for the link (send anyway allowed); contact details added, then 仍然发送 at once
    // (a real mouse click where the button is, well inside the 250 ms typing debounce).
    const box = (await chat.page.locator('[data-testid="guard-send-anyway"]').boundingBox())!;
    await chat.input.fill('详情可以看 www.example.com 的说明 加我微信 13800138000');
    await chat.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await chat.page.waitForTimeout(800);
    expect(sentTexts(BUYER)).toEqual([]);
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('held');
    expect(await chat.guardPanel.locator('li[data-category="contact"], li[data-category="phone"]').count()).toBeGreaterThan(0);
    expect(await chat.page.locator('[data-testid="guard-send-anyway"]').count()).toBe(0);
  });

  it('race: Enter inside the typing debounce checks at once and the "warned" notice stays', async () => {
    // Only a category the shop set to 提醒 warns and sends (issue 16: 拦截 holds every finding of its category).
    const warnContact = { ...DEFAULT_SETTINGS, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, actions: { ...DEFAULT_SETTINGS.phraseGuard.actions, contact: 'warn' } } };
    await harness.serviceWorker.evaluate((settings) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings }), warnContact);
    await chat.page.waitForTimeout(1_000); // the background publishes the checked settings to the page's script
    const sent = harness.sim.chat.waitForSent(BUYER);
    // 有微信吗 is a warning of the contact category, set to 提醒 above: not a clear case (加个微信 is, and is held whatever
    // the setting); paying 微信付款 at the checkout is clean since issue 21.
    await chat.input.fill('有微信吗');
    await chat.input.press('Enter'); // well within the 250 ms debounce of the fill's input event
    expect((await sent).frame.content).toBe('有微信吗');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('warned');
    await chat.page.waitForTimeout(1_000);
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('warned');
    await chat.page.close();
  });
});

describe('one time base: the platform clock measured from the page traffic', () => {
  beforeAll(() => harness.sim.setChatPageScript(null));
  it.each([
    ['slow (platform 10 min ahead)', 10 * 60_000],
    ['fast (platform 10 min behind)', -10 * 60_000],
  ])('a computer clock that is %s shows the true wait', async (_label, platformAhead) => {
    harness.sim.reset({ account: ACCOUNT, variant: { offHoursGroup: false } });
    harness.sim.clock.advance(platformAhead);
    const buyer = platformAhead > 0 ? '8800000201' : '8800000202'; // new buyers: the store keeps earlier waits
    harness.sim.chat.addBuyer({ uid: buyer });
    harness.sim.chat.buyerSays(buyer, '在吗', { at: harness.sim.clock.now() - 30_000 });
    const chat = await ChatPage.open(harness);
    // Before the first frame the computer's clock is all there is; from then on the platform's.
    const right = (s: { text: string } | null) => s !== null && badgeSeconds(s.text) >= 28 && badgeSeconds(s.text) < 60;
    await chat.waitForBadge(buyer, right);
    await chat.page.waitForTimeout(1_500);
    expect(right(await chat.badgeState(buyer))).toBe(true);
    await chat.page.close();
  });
});

describe('a changed reply box', () => {
  it('says so at once in Chinese and holds a click on the renamed send button', async () => {
    harness.sim.reset({ account: ACCOUNT, variant: { replyBoxBroken: true, offHoursGroup: false } });
    const buyer = '8800000301';
    harness.sim.chat.addBuyer({ uid: buyer });
    harness.sim.chat.buyerSays(buyer, '在吗', { at: Date.now() - 5_000 });
    const page = await harness.context.newPage();
    await page.goto(harness.sim.urls.chat);
    const opened = Date.now();
    const notice = page.locator('kefu-guard-send-notice [data-testid="page-notice"]');
    await notice.waitFor({ timeout: 5_000 });
    expect(Date.now() - opened).toBeLessThan(5_000);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('发送按钮');
    expect(text).not.toMatch(/sendButton|replyInput|[a-z][A-Z]/);

    await page.locator(`.chat-list-box [data-random^="${buyer}-"]`).click();
    const input = page.locator('#chatInput');
    await input.click();
    await input.pressSequentially('加我微信 13800138000');
    await page.locator('.send-button').click();
    await page.locator('[data-testid="guard-panel"][data-mode="held"]').waitFor();
    await input.press('Enter');
    await page.waitForTimeout(600);
    expect(sentTexts(buyer)).toEqual([]);
    await page.close();
  });
});

/**
 * Issue 22: the page script shows the tap one URL while the browser loads
 * another (a Request subclass with its own url, a toString that changes
 * between reads, XMLHttpRequest.open with such an object), each time a
 * data: URL carrying a forged body; and it draws 服务数据 cards and switches
 * the route to 服务数据 itself. Nothing forged is stored, the agent's real
 * next message lands under the real shop, and the signup verdict stays.
 */
const FORGED_MALL = '999';
const USERINFO = 'https://mms.pinduoduo.com/chats/userinfo/realtime';

/** Shared by both page scripts: `shifting(first, then)` and `forgedFetches(platformUrl, body)`. */
const CONFUSION_HELPERS = `
  const shifting = (first, then) => { let n = 0; return { toString: () => (n++ === 0 ? first : then) }; };
  const dataUrl = (body) => 'data:application/json,' + encodeURIComponent(body);
  const forgedFetches = (platform, body) => {
    class Forged extends Request { get url() { return platform; } }
    fetch(new Forged(dataUrl(body))).catch(() => {});
    fetch(shifting(dataUrl(body), platform)).catch(() => {});
    const xhr = new XMLHttpRequest();
    xhr.open('GET', shifting(platform, dataUrl(body)));
    xhr.send();
  };`;

function forgedLoginScript(): string {
  const login = JSON.stringify({ result: { username: 'forged', mall_id: FORGED_MALL, mall: { mall_id: FORGED_MALL } } });
  return `(() => {${CONFUSION_HELPERS}
  forgedFetches(${JSON.stringify(USERINFO)}, ${JSON.stringify(login)});
})();`;
}

function forgedFiguresScript(): string {
  const forged = JSON.stringify({ success: true, result: { consultUserCnt: 90, needManuReplyConsultUserCnt: 80, manuReplyRate3Min: 0.99, replyRate30s: 0.99 } });
  const card = (label: string, value: string) => `<div class="card"><div class="card-label"><span>${label}</span></div><div class="card-value">${value}</div></div>`;
  const drawn = `<div><button class="btn btn-active">近1天</button>${card('咨询人数', '90')}${card('3分钟人工回复率', '99%')}</div>`;
  return `(() => {${CONFUSION_HELPERS}
  const day = (n) => new Date(Date.now() + 8 * 3600e3 + n * 86400e3).toISOString().slice(0, 10);
  for (const n of [-3, -2, -1]) {
    forgedFetches(location.origin + '/desert/stat/mallServiceOverviewData?startDate=' + day(n) + '&endDate=' + day(n), ${JSON.stringify(forged)});
  }
  // Two drawn cards, then the route switched to 服务数据 by the script itself.
  window.addEventListener('load', () => setTimeout(() => {
    const box = document.createElement('div');
    box.innerHTML = ${JSON.stringify(drawn)};
    document.body.append(box);
    history.pushState(null, '', '/mms-chat/overview/service');
    window.__drawn = true;
  }, 300));
})();`;
}

describe('URL confusion and drawn numbers (issue 22)', () => {
  beforeAll(() => harness.sim.reset({ account: ACCOUNT, variant: { offHoursGroup: false } }));

  it('a forged login through fetch(Request subclass), fetch(lying toString) and XHR.open(shifting URL) is not taken: the next real message lands under the real shop', async () => {
    harness.sim.setChatPageScript(forgedLoginScript());
    const before = new Set((await storedEvents()).map((e) => `${e.account}/${e.messageId}`));
    const page = await harness.context.newPage();
    await ChatPage.open(harness, page);
    const uid = '8800000201';
    harness.sim.chat.addBuyer({ uid });
    const msgId = harness.sim.chat.buyerSays(uid, '在吗');
    const newEvents = async () => (await storedEvents()).filter((e) => !before.has(`${e.account}/${e.messageId}`));
    // Under a forged shop the message would be stored under its account, hashed with its salt: only the real one is waited for.
    const fresh = await pollUntil('new events stored', newEvents, (list) => list.length > 0, 15_000);
    await page.waitForTimeout(1_000);
    expect((await newEvents()).map((e) => [e.account, e.messageId])).toEqual([[`${ACCOUNT.mallId}:${ACCOUNT.username}`, stored(msgId)]]);
    expect(fresh.map((e) => e.account.split(':')[0])).not.toContain(FORGED_MALL);
    expect((await storedEvents()).map((e) => e.account.split(':')[0])).not.toContain(FORGED_MALL);
    await page.close();
    harness.sim.setChatPageScript(null);
  });

  it('on the after-sales page, forged 服务数据 responses and two drawn cards after a pushState store nothing; the verdict stays', async () => {
    const helper = await harness.openExtensionPage('managed-schema.json');
    const account = { key: `${ACCOUNT.mallId}:${ACCOUNT.username}` };
    const day = (n: number) => addDays(beijingDay(Date.now()), n);
    // The agent's own record: three days of 150 buyers, 40 % answered within the hour: fail ×3.
    await sendAll(helper, scenarioRequests({ account, plans: [-3, -2, -1].map((n) => ({ day: day(n), buyers: 150, repliedWithinHour: 60, coverage: 1 })) }));
    // The owner's rule: the 1-hour rate on each of the 3 days, 80 % (no threshold typed means no verdict at all).
    await helper.evaluate(async (key) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
      const current = ((await storage.get(key))[key] ?? {}) as Record<string, unknown>;
      await storage.set({ [key]: { ...current, signup: { preset: 'rate1h-3d', thresholds: { rate1h: 0.8, rate5min: 0.5, rate3min: 0 } } } });
    }, SETTINGS_KEY);
    const verdict = async () => ((await sendAll(helper, [{ type: 'summary/get', account: account.key }])) as Summary[])[0]!.signup.verdict;
    const before = await pollUntil('the verdict under the 80 % rule', verdict, (v) => v.outcome === 'fail', 10_000);

    harness.sim.setShellPageScript(forgedFiguresScript());
    const page = await harness.context.newPage();
    await page.goto(harness.sim.urls.aftersales);
    await page.waitForFunction(() => (window as unknown as { __drawn?: boolean }).__drawn === true, undefined, { timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/mms-chat/overview/service');
    // Past the text fallback's wait (3 s) and the capture's next evaluations.
    await page.waitForTimeout(6_000);
    expect(await readStore(helper, 'officialFigures')).toEqual([]);
    const after = await verdict();
    expect(after.outcome).toBe('fail');
    expect(after.days.map((d) => [d.day, d.outcome, d.basis])).toEqual(before.days.map((d) => [d.day, d.outcome, d.basis]));
    harness.sim.setShellPageScript(null);
    await page.close();
    await helper.close();
  });
});
