/**
 * Issue #4 in real Chromium: wait badges, the longest-wait alert, the toolbar
 * badge, and their survival across reloads and SPA navigation. The extension
 * runs on the browser's real clock, so the scenario back-dates messages to
 * just before a threshold and the test watches the badge cross it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isInCountedWindow } from '../../lib/clock';
import { launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';

const SEC = 1000;
// No 非工作时间留言 group: which rows wait must not depend on the hour the test runs at
// (the page's grouping decides who waits, issue #15).
const ANY_HOUR = { offHoursGroup: false };
let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty', variant: ANY_HOUR } });
});
afterAll(async () => harness?.close());
// A failed test must not leave a chat tab behind: its live report would
// count in the toolbar badge of the next test.
afterEach(async () => {
  for (const page of harness.context.pages()) if (page.url().startsWith('https://')) await page.close();
});

async function toolbarBadge(): Promise<string> {
  return harness.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

describe('wait badges', () => {
  it('start on a buyer message, count up and change colour at each threshold', async () => {
    const { sim } = harness;
    // A fresh page of buyers: a retry must not find the first attempt's older messages.
    sim.reset({ variant: ANY_HOUR });
    const now = Date.now();
    // Each buyer wrote LEAD s before a threshold: 30 s, 3 min, 5 min, 1 h. Opening the page must take
    // less than that on a loaded 2-core machine; still within 45 % of every threshold (a warning).
    const LEAD = 12;
    const cases = [
      { uid: '7000000001', before: 30, from: 0, to: 1 },
      { uid: '7000000002', before: 180, from: 1, to: 2 },
      { uid: '7000000003', before: 300, from: 2, to: 3 },
      { uid: '7000000004', before: 3600, from: 3, to: 4 },
    ];
    for (const c of cases) {
      sim.chat.addBuyer({ uid: c.uid });
      sim.chat.buyerSays(c.uid, '在吗，请问有货吗', { at: now - (c.before - LEAD) * SEC });
    }
    // Colours follow the raw wait at any hour; whether the platform counts the
    // message depends on the hour it was sent (08:00–23:00 Beijing).
    const counted = (c: (typeof cases)[number]) => isInCountedWindow(now - (c.before - LEAD) * SEC);
    const chat = await ChatPage.open(harness);
    for (const c of cases) {
      const before = await chat.waitForBadge(c.uid, (s) => s !== null);
      expect(before!.level).toBe(c.from);
      expect(before!.warning).toBe(true); // within 45 % of every threshold
    }
    for (const c of cases) {
      const after = await chat.waitForBadge(c.uid, (s) => s?.level === c.to, 15 * SEC);
      expect(after!.counted).toBe(counted(c));
    }
    // Counting up: 0:3x for the 30-second buyer, at the next tick a bigger number, and the
    // number is the seconds since the message (a tick under load may come late, never wrong).
    const wroteAt = now - (30 - LEAD) * SEC;
    const seconds = (text: string) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
    const first = (await chat.badgeState('7000000001'))!.text;
    expect(first).toMatch(/^0:3\d$/);
    const second = (await chat.waitForBadge('7000000001', (s) => (s?.text ?? '') > first, 3 * SEC))!.text;
    expect(Math.abs(seconds(second) - (Date.now() - wroteAt) / SEC)).toBeLessThanOrEqual(2);
    await chat.page.close();
  });

  it('keeps counting after a batch payment reminder and, quieter, after a robot reply (已被自动回复); stops on a typed reply and a coupon; none where the platform needs no reply', async () => {
    const { sim } = harness;
    sim.reset({ variant: ANY_HOUR });
    const robot = sim.chat.addBuyer({ uid: '7100000001' }).uid;
    const typed = sim.chat.addBuyer({ uid: '7100000002' }).uid;
    const coupon = sim.chat.addBuyer({ uid: '7100000003' }).uid;
    const batch = sim.chat.addBuyer({ uid: '7100000004' }).uid;
    const now = Date.now();
    for (const uid of [robot, typed, coupon, batch]) sim.chat.buyerSays(uid, '这个什么时候发货', { at: now - 20 * SEC });
    // "好的谢谢", which the platform marks as needing no reply (no_unreply_hint on the list's head): no wait.
    const thanks = sim.chat.addBuyer({ uid: '7100000006' }).uid;
    sim.chat.buyerSays(thanks, '什么时候能到', { at: now - 15 * 60 * SEC });
    sim.chat.agentReplies(thanks, '亲，预计后天送达哦', { at: now - 14 * 60 * SEC });
    sim.chat.buyerSays(thanks, '好的谢谢', { at: now - 13 * 60 * SEC, needReply: false });
    const chat = await ChatPage.open(harness);
    for (const uid of [robot, typed, coupon, batch]) await chat.waitForBadge(uid, (s) => s !== null);

    sim.chat.robotReplies(robot, '亲，一般48小时内发货哦');
    sim.chat.agentSendsCard(batch, 'pay-remind-batch');
    sim.chat.agentSendsCard(coupon, 'coupon');
    await chat.openConversation(typed);
    await chat.type('亲，今天下午就发货');
    const sent = sim.chat.waitForSent(typed);
    await chat.input.press('Enter');
    await sent;

    // "当前用户来自 商品详情页" is a platform notice shown on the buyer's side: no wait.
    const visitor = sim.chat.addBuyer({ uid: '7100000005' }).uid;
    sim.chat.buyerSays(visitor, '你好', { at: Date.now() - 30 * SEC });
    sim.chat.agentReplies(visitor, '您好', { at: Date.now() - 25 * SEC });
    await chat.row(visitor).waitFor();
    sim.chat.buyerSource(visitor);

    await chat.waitForBadge(coupon, (s) => s === null);
    await chat.waitForBadge(typed, (s) => s === null);
    // A robot reply is no human reply (RULES.md §1): filed under 已被自动回复, the buyer keeps a quieter timer (issue 20 item 4).
    await chat.page.locator(`.already-unreply .chat-item-box[data-random^="${robot}-"]`).waitFor();
    await chat.waitForBadge(robot, (s) => s?.text.startsWith('机器人已答 · 待人工 ') === true);
    await chat.page.waitForTimeout(2 * SEC);
    expect(await chat.badgeState(batch)).not.toBeNull();
    expect(await chat.row(visitor).count()).toBe(1);
    expect(await chat.badgeState(visitor)).toBeNull();
    expect(await chat.row(thanks).count()).toBe(1);
    expect(await chat.badgeState(thanks)).toBeNull();
    await chat.page.close();
  });

  it('marks a message sent outside 08:00–23:00 Beijing time as not counted but still shows the wait (a page without an off-hours group)', async () => {
    const { sim } = harness;
    sim.reset({ variant: ANY_HOUR });
    // A 23:30 Beijing message is always outside the counted window.
    const BEIJING = 8 * 3600 * SEC;
    const dayStart = Math.floor((Date.now() + BEIJING) / (24 * 3600 * SEC)) * 24 * 3600 * SEC - BEIJING;
    let at = dayStart + 23.5 * 3600 * SEC;
    // At least two hours back, so the wait is past every threshold (level 4).
    while (at > Date.now() - 2 * 3600 * SEC) at -= 24 * 3600 * SEC;
    const uid = sim.chat.addBuyer({ uid: '7200000001' }).uid;
    sim.chat.buyerSays(uid, '还在吗', { at });
    const chat = await ChatPage.open(harness);
    const state = await chat.waitForBadge(uid, (s) => s !== null);
    expect(state!.counted).toBe(false);
    expect(state!.level).toBe(4);
    await chat.page.close();
  });
});

describe('longest-wait alert and toolbar badge', () => {
  it('counts who waits, shows the longest, jumps to it, and the toolbar matches', async () => {
    const { sim } = harness;
    sim.reset({ variant: ANY_HOUR });
    const now = Date.now();
    const buyers = ['7300000001', '7300000002', '7300000003'];
    buyers.forEach((uid, i) => {
      sim.chat.addBuyer({ uid });
      // Ages that stay clear of a threshold's warning stage while the test runs: 前往 then goes to the longest
      // (a wait about to cross its next threshold would come first, issue 20 item 5).
      sim.chat.buyerSays(uid, '你好', { at: now - [600, 40, 35][i]! * SEC });
    });
    const chat = await ChatPage.open(harness);
    await chat.alert.waitFor();
    expect(await chat.page.locator('[data-testid="wait-count"]').textContent()).toBe('3');
    // The longest wait the platform counts is shown first; just after 08:00
    // Beijing the 600 s message may be from before the counted window.
    const longestIndex = Math.max(0, [600, 40, 35].findIndex((ago) => isInCountedWindow(now - ago * SEC)));
    const longestText = await chat.page.locator('[data-testid="wait-longest"]').textContent();
    expect(longestText).toMatch(longestIndex === 0 ? /^10 分$/ : /^0:\d\d$/); // past 5 min in whole minutes
    await expect.poll(toolbarBadge, { timeout: 5000 }).toBe('3'); // past 30 s: all three buyers

    await chat.page.locator('[data-testid="wait-jump"]').click();
    await expect.poll(() => chat.row(buyers[longestIndex]!).getAttribute('class')).toContain('active');

    // Answer everyone: the alert hides and the toolbar clears.
    for (const uid of buyers) sim.chat.agentReplies(uid, '在的亲');
    await chat.alert.waitFor({ state: 'detached' });
    await expect.poll(toolbarBadge, { timeout: 5000 }).toBe('');
    await chat.page.close();
  });

  it('asks the agent to click when the page ignores a synthetic click (trusted input only)', async () => {
    const { sim } = harness;
    sim.reset({ variant: { ...ANY_HOUR, trustedOnly: true } });
    const uid = sim.chat.addBuyer({ uid: '7400000001' }).uid;
    sim.chat.buyerSays(uid, '你好', { at: Date.now() - 50 * SEC });
    const chat = await ChatPage.open(harness);
    await chat.alert.waitFor();
    await chat.page.locator('[data-testid="wait-jump"]').click();
    await chat.alert.getByText('请点击高亮的会话').waitFor();
    sim.setVariant({ trustedOnly: false });
    await chat.page.close();
  });
});

describe('timers survive the page', () => {
  it('follow the agent to 全部会话 and back: the badge sits on the row in view, once', async () => {
    const { sim } = harness;
    sim.reset({ variant: ANY_HOUR });
    const uid = sim.chat.addBuyer({ uid: '7500000101' }).uid;
    sim.chat.buyerSays(uid, '在吗', { at: Date.now() - 40 * SEC });
    const chat = await ChatPage.open(harness);
    await chat.waitForBadge(uid, (s) => s !== null);
    const badgeIn = (row: ReturnType<ChatPage['row']>) => row.locator('kefu-wait-badge').count();
    const allRow = chat.page.locator(`.all-chat-list .chat-item-box[data-random^="${uid}-"]`);
    expect(await badgeIn(chat.row(uid))).toBe(1);
    await chat.page.locator('.conv-all').click();
    await expect.poll(() => badgeIn(allRow)).toBe(1);
    expect(await chat.badge(uid).count()).toBe(1);
    expect(await chat.badge(uid).isVisible()).toBe(true);
    await chat.page.locator('.conv-today').click();
    await expect.poll(() => badgeIn(chat.row(uid))).toBe(1);
    expect(await chat.badge(uid).count()).toBe(1);
    await chat.page.close();
  });

  it('keep the original waiting-since across a reload, re-renders and an SPA route change', async () => {
    const { sim } = harness;
    sim.reset({ variant: ANY_HOUR });
    const uid = sim.chat.addBuyer({ uid: '7500000001' }).uid;
    const other = sim.chat.addBuyer({ uid: '7500000002' }).uid;
    sim.chat.buyerSays(uid, '第一条', { at: Date.now() - 100 * SEC });
    sim.chat.buyerSays(uid, '第二条', { at: Date.now() - 20 * SEC });
    const chat = await ChatPage.open(harness);
    const first = await chat.waitForBadge(uid, (s) => s !== null);
    expect(first!.text).toMatch(/^1:4\d$/); // from the first unanswered message

    // A new message elsewhere re-renders the whole list with new nodes.
    sim.chat.buyerSays(other, '在吗');
    await chat.waitForBadge(other, (s) => s !== null);
    expect(await chat.badge(uid).count()).toBe(1);

    await chat.page.reload();
    await chat.input.waitFor({ state: 'attached' });
    const afterReload = await chat.waitForBadge(uid, (s) => s !== null);
    expect(afterReload!.text).toMatch(/^1:[45]\d$/);

    await chat.page.evaluate(() => (location.hash = '#/setting'));
    await chat.page.locator('.app-container').waitFor({ state: 'detached' });
    await chat.page.evaluate(() => (location.hash = '#/'));
    const afterRoute = await chat.waitForBadge(uid, (s) => s !== null);
    expect(afterRoute!.text).toMatch(/^1:[45]\d$/);
    expect(await chat.badge(uid).count()).toBe(1);

    // Switching conversations keeps every timer.
    await chat.openConversation(other);
    expect(await chat.badgeState(uid)).not.toBeNull();
    await chat.page.close();
  });

  it("restores the waiting-since from the background's store when the page's list tells only the last message", async () => {
    const { sim } = harness;
    sim.reset({ variant: { ...ANY_HOUR, noUnreplyTime: true } });
    const uid = sim.chat.addBuyer({ uid: '7550000001' }).uid;
    const chat = await ChatPage.open(harness);
    // Seen live (pushed while the page is open): stored by the background.
    sim.chat.buyerSays(uid, '第一条');
    await chat.waitForBadge(uid, (s) => s !== null);
    await chat.page.waitForTimeout(5000); // events are flushed to the background once a second
    sim.chat.buyerSays(uid, '第二条');
    await chat.page.waitForTimeout(1000);
    const before = (await chat.badgeState(uid))!.text;

    await chat.page.reload();
    await chat.input.waitFor({ state: 'attached' });
    const after = await chat.waitForBadge(uid, (s) => s !== null && s.text >= before);
    // From the first message (≥ 6 s); the list's last message alone would say ≤ 0:03.
    expect(after!.text).toMatch(/^0:(0[6-9]|1\d)$/);
    sim.setVariant({ noUnreplyTime: false });
    await chat.page.close();
  });

  it('shows "page not recognised" and nothing else when the list markup changed', async () => {
    const { sim } = harness;
    sim.reset({ variant: { ...ANY_HOUR, chatListBroken: true } });
    const uid = sim.chat.addBuyer({ uid: '7600000001' }).uid;
    sim.chat.buyerSays(uid, '你好', { at: Date.now() - 40 * SEC });
    const chat = await ChatPage.open(harness);
    await chat.page.locator('[data-testid="page-notice"]').waitFor({ timeout: 25_000 });
    expect(await chat.page.locator('kefu-wait-badge').count()).toBe(0);
    expect(await chat.alert.count()).toBe(0);
    sim.setVariant({ chatListBroken: false });
    await chat.page.close();
  });
});
