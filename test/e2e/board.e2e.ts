/**
 * The live board (issue 24) in real Chromium with the built extension: a
 * server speaking CouchDB's protocol started here on 127.0.0.1 (express-pouchdb
 * in memory, test/couch/server.ts), set up as scripts/board-setup.ts does; two
 * agents replicate with the extension's own engine (BoardSync over PouchDB);
 * the Team page's 实时 tab follows them, through the server stopped and
 * restarted mid-day, and never shows a forged document. Then two real agent
 * browsers (the built extension, each its own profile, simulator and
 * credentials, replicating through its offscreen document) join the same shop
 * and the same Team page follows both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDay, beijingDayStart, beijingTimeOfDay, DAY_MS, MINUTE_MS } from '../../lib/clock';
import type { Page } from 'playwright-core';
import { launchHarness, type Harness } from './harness';
import { startCouch, type CouchServer } from '../couch/server';
import { NodePouch } from '../couch/pouch';
import { BoardSync } from '../../lib/background/replication/sync';
import { statusDoc } from '../../lib/team/board/status';
import { boardFile as fileAt, evAt } from '../unit/team/board/helpers';
import { ChatPage } from './pages/chat-page';
import { awayFromMidnight } from './pages/popup-page';
import { storedEvents } from './pages/store';
import { grantSiteAccess, offscreenOpen, popupPausedNote, switchBoardOn, writeBoard } from './pages/board-agent';

/** The shop of every agent here: the simulator's mall id, so the real browsers' documents and the node agents' merge as one shop. */
const MALL = '778899';

let couch: CouchServer;
let harness: Harness;
let page: Page;
const agents: Record<string, BoardSync> = {};
let a1StatusAt = 0;

/**
 * The board shows the Beijing day of the page's clock (today), counting buyers
 * in the shop's counted window. The agents' events go up to 10 minutes before
 * an anchor of today: now, or 00:12 in the first minutes after midnight (up to
 * 12 minutes ahead, inside the server's now + 1 h). The shop's counted window is
 * set to the whole day (a setting a shop may have, replyTimer.countedWindow), so
 * these events are counted buyers at any hour: with the platform's 08:00–23:00,
 * no moment of today is both counted and at most an hour ahead before 07:00
 * Beijing. That window itself is tested at any hour in
 * test/unit/team/board/board.test.ts. A run starting in the last 3 minutes
 * of a Beijing day waits for the next, so the board's day does not turn mid-test.
 */
const EVENTS_BACK_MS = 12 * MINUTE_MS;
let anchor = Date.now();
let ev = evAt(anchor);
const boardFile = (agent: string, events?: Parameters<typeof fileAt>[1]) => fileAt(agent, events, { shop: { id: MALL, name: '测试店' } }, anchor);

async function anchorToday(): Promise<void> {
  const left = DAY_MS - beijingTimeOfDay(Date.now());
  if (left < 3 * MINUTE_MS) await new Promise((r) => setTimeout(r, left + 1000));
  const now = Date.now();
  anchor = Math.max(now, beijingDayStart(beijingDay(now)) + EVENTS_BACK_MS);
  ev = evAt(anchor);
}

const status = (agent: string, agentId: string, waiting: number, now = Date.now()) =>
  statusDoc({ agent, shop: MALL, agentId, agentName: `客服${agentId}`, reports: [{ waiting, overFirstThreshold: Math.min(1, waiting), longestWaitingSince: waiting ? now - 200_000 : null, pageRecognised: true, reportedAt: now }], heldToday: 2, now });

beforeAll(async () => {
  await anchorToday();
  couch = await startCouch();
  await couch.setupShop('kg_mall1', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }, { name: 'a2', password: 'p2' }, { name: 'a3', password: 'p3' }, { name: 'a4', password: 'p4' }]);
  for (const [user, pw] of [['a1', 'p1'], ['a2', 'p2']] as const) {
    agents[user] = new BoardSync({ Pouch: NodePouch, localName: `e2e-${user}`, url: couch.url, database: 'kg_mall1', user, password: pw });
  }
  a1StatusAt = Date.now();
  await agents.a1!.run({ file: boardFile('A'), status: status('a1', 'A', 2, a1StatusAt), now: a1StatusAt });
  await agents.a2!.run({ file: boardFile('B', [ev('buyer', 5, 'c-A2', 'm-A3'), ev('human', 4, 'c-A2', 'm-B9'), ev('buyer', 3, 'c-B5', 'm-B5')]), status: status('a2', 'B', 0), now: Date.now() });
  harness = await launchHarness({ viewport: { width: 1280, height: 900 } });
  page = await harness.openExtensionPage('team.html');
  await page.evaluate(async (board) => {
    const area = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
    // A whole settings object (a partial one is refused as invalid): what the background published, plus the board.
    let published: { settings?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 100 && !published?.settings; i++) {
      published = (await area.get('effectiveSettings')).effectiveSettings as typeof published;
      if (!published?.settings) await new Promise((r) => setTimeout(r, 100));
    }
    const replyTimer = { ...(published!.settings!.replyTimer as object), countedWindow: { startHour: 0, endHour: 24 } };
    await area.set({ settings: { ...published!.settings, replyTimer, board } });
  }, { enabled: true, url: couch.url, database: 'kg_mall1', user: 'owner', password: 'o-pw' });
  // The Team page renders once the worker answers its first request; a worker still starting may not, so open again.
  for (let i = 0; i < 6; i++) {
    // A new document each time: a goto to the same page with only a hash is no reload (the settings read at load).
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${harness.extensionId}/team.html#live`);
    if (await page.getByTestId('team-tab-live').waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
  }
}, 300_000);

const agentBrowsers: Harness[] = [];

afterAll(async () => {
  await Promise.all(agentBrowsers.map((b) => b.close()));
  await harness?.close();
  await couch?.stop();
});

const row = (user: string) => page.getByTestId(`live-agent-${user}`);

describe('Team page 实时 tab', () => {
  it('follows both agents: online, waiting, longest wait, held, today\'s rates, shop-wide figures and signup', async () => {
    await page.getByTestId('live-board').and(page.locator('[data-agents="2"]')).waitFor({ timeout: 15_000 });
    await expect.poll(() => row('a1').getAttribute('data-waiting')).toBe('2');
    // The longest wait grows while the board is open: 200 s when a1 wrote its status, plus the time since.
    const text = await row('a1').innerText();
    const [, min, sec] = /客服A\s+在线\s+2\s+(\d+):(\d\d)/.exec(text) ?? [];
    const shown = Number(min) * 60 + Number(sec);
    expect(shown).toBeGreaterThanOrEqual(200);
    expect(shown).toBeLessThanOrEqual(200 + Math.ceil((Date.now() - a1StatusAt) / 1000));
    expect(await page.getByTestId('live-buyers').innerText()).toContain('3');
    expect(await page.getByTestId('team-signup-verdict').count()).toBe(1);
    await page.screenshot({ path: '.output/board-live.png', fullPage: true });
  });

  it('an agent\'s new event and status appear within seconds', async () => {
    const t0 = Date.now();
    await agents.a2!.run({ file: boardFile('B', [ev('buyer', 5, 'c-A2', 'm-A3'), ev('human', 4, 'c-A2', 'm-B9'), ev('buyer', 3, 'c-B5', 'm-B5'), ev('buyer', 0.5, 'c-B6', 'm-B6')]), status: status('a2', 'B', 1, Date.now() + 20_000), now: Date.now() });
    await expect.poll(() => row('a2').getAttribute('data-waiting'), { timeout: 10_000 }).toBe('1');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await page.getByTestId('live-buyers').innerText()).toContain('4');
  });

  it('the server stopped mid-day: 同步暂停 with the reason; restarted: the board catches up, nothing doubled', async () => {
    await couch.stop();
    const down = await agents.a1!.run({ file: boardFile('A'), status: status('a1', 'A', 5, Date.now() + 20_000), now: Date.now() });
    expect(down).toMatchObject({ ok: false, reason: 'offline' });
    await expect.poll(() => page.getByTestId('live-tab').getAttribute('data-paused'), { timeout: 15_000 }).toBe('offline');
    expect(await page.getByTestId('live-paused').innerText()).toContain('同步暂停：连不上店铺服务器');
    await couch.start();
    expect(await agents.a1!.run({ file: boardFile('A'), status: status('a1', 'A', 5, Date.now() + 20_000), now: Date.now() })).toMatchObject({ ok: true });
    await expect.poll(() => row('a1').getAttribute('data-waiting'), { timeout: 20_000 }).toBe('5');
    expect(await page.getByTestId('live-buyers').innerText()).toContain('4');
  });

  // Follows the tests above (their agents and documents).
  it('a document forged for another agent is refused by the server, counted, and never on the board', async () => {
    await agents.a1!.local.bulkDocs([{ ...status('a2', 'B', 99), _id: 'status:a2' }]);
    const state = await agents.a1!.run({ file: boardFile('A'), status: null, now: Date.now() });
    expect(state.refused.agent).toBe(1);
    await page.waitForTimeout(1500);
    expect(await row('a2').getAttribute('data-waiting')).toBe('1');
  });
});

/**
 * An agent's own browser: the built extension in a fresh profile with its own
 * simulator (an agent of the shop MALL), the board switched on with the
 * agent's own credentials (origin granted through site access), and one
 * buyer's message on its chat page, stored at any hour.
 */
async function agentBrowser(user: string, password: string, name: string, buyerUid: string): Promise<Harness> {
  const b = await launchHarness({ viewport: { width: 1000, height: 700 }, sim: { scenario: 'empty', account: { mallId: MALL, username: name }, variant: { offHoursGroup: false } } });
  agentBrowsers.push(b);
  const options = await b.openExtensionPage('options.html');
  await writeBoard(options, { enabled: false, url: couch.url, database: 'kg_mall1', user, password });
  await grantSiteAccess(b, 'http://127.0.0.1/*');
  const buyer = b.sim.chat.addBuyer({ uid: buyerUid }).uid;
  await ChatPage.open(b);
  b.sim.chat.buyerSays(buyer, '在吗');
  await expect.poll(async () => (await storedEvents(b)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await switchBoardOn(options);
  return b;
}

let b3: Harness;
let b4: Harness;
/** The shop's buyers on the board before the agent browsers' buyers. */
let before = 0;

const buyersShown = async () => Number(/\d+/.exec(await page.getByTestId('live-buyers').innerText())?.[0]);

describe('two agent browsers and the Team page', () => {
  it('the board follows both real agent browsers: each online with its buyer waiting, the shop\'s buyers counting both', async () => {
    await awayFromMidnight(150_000); // the buyers' messages, their day documents and the board's today: one Beijing day
    await page.getByTestId('live-board').waitFor();
    before = await buyersShown();
    const t0 = Date.now();
    [b3, b4] = await Promise.all([agentBrowser('a3', 'p3', '客服小三', '6300000003'), agentBrowser('a4', 'p4', '客服小四', '6300000004')]);
    await page.getByTestId('live-board').and(page.locator('[data-agents="4"]')).waitFor({ timeout: 90_000 });
    for (const user of ['a3', 'a4']) {
      await expect.poll(() => row(user).getAttribute('data-online'), { timeout: 90_000, interval: 1000 }).toBe('true');
      await expect.poll(async () => Number(await row(user).locator('td').nth(4).innerText()), { timeout: 30_000 }).toBe(1);
      // Its live status: the buyer waits (unanswered), the longest wait counted from the agent's own report.
      await expect.poll(() => row(user).getAttribute('data-waiting'), { timeout: 30_000 }).toBe('1');
      expect(await row(user).locator('td').nth(3).innerText()).toMatch(/^\d+:\d\d$/);
    }
    await expect.poll(buyersShown, { timeout: 30_000 }).toBe(before + 2);
    console.log(`two agent browsers launched, switched on and on the board in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Each browser's replication runs in its own offscreen document (Chrome), not in a page of ours.
    expect(await offscreenOpen(b3)).toBe(true);
    expect(await offscreenOpen(b4)).toBe(true);
    await page.screenshot({ path: '.output/board-live-browsers.png', fullPage: true });
  }, 240_000);

  // Follows the test above (its browsers and buyers).
  it('the server stopped mid-day with both browsers on: their popups say 同步暂停; restarted, what each agent did meanwhile reaches the board, once', async () => {
    await couch.stop();
    await expect.poll(() => page.getByTestId('live-tab').getAttribute('data-paused'), { timeout: 15_000 }).toBe('offline');
    for (const [b, uid] of [[b3, '6300000013'], [b4, '6300000014']] as const) b.sim.chat.buyerSays(b.sim.chat.addBuyer({ uid }).uid, '还在吗');
    const t0 = Date.now();
    for (const b of [b3, b4]) await expect.poll(() => popupPausedNote(b), { timeout: 60_000, interval: 1000 }).toContain('连不上店铺服务器');
    const t1 = Date.now();
    await couch.start();
    await expect.poll(buyersShown, { timeout: 90_000, interval: 1000 }).toBe(before + 4);
    console.log(`both popups paused ${((t1 - t0) / 1000).toFixed(1)} s after the server stopped; the board caught up ${((Date.now() - t1) / 1000).toFixed(1)} s after it restarted`);
    for (const user of ['a3', 'a4']) {
      await expect.poll(() => row(user).getAttribute('data-waiting'), { timeout: 30_000 }).toBe('2');
      expect(Number(await row(user).locator('td').nth(4).innerText())).toBe(2);
    }
    expect(await page.getByTestId('live-tab').getAttribute('data-paused')).toBe('');
    for (const b of [b3, b4]) await expect.poll(() => popupPausedNote(b), { timeout: 30_000, interval: 1000 }).toBe('');
  }, 240_000);
});
