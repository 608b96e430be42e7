/**
 * Issue #15 in real Chromium: the page's own signals first. Each case the
 * issue reports from a page shaped like the real workbench is rebuilt in the
 * simulator; the test asserts the badge, the count and the alert the agent
 * should see. Screenshots go to .output/shots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';

const SEC = 1000;
const MIN = 60 * SEC;
const DAY = 24 * 60 * MIN;
const SHOTS = '.output/shots';
let harness: Harness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await launchHarness({ sim: { scenario: 'empty' } });
});
afterAll(async () => harness?.close());
afterEach(async () => {
  for (const page of harness.context.pages()) if (page.url().startsWith('https://')) await page.close();
});

const waitCount = (chat: ChatPage) => chat.page.locator('[data-testid="wait-count"]').textContent();

describe("the page's grouping and notes, with only the DOM to go by", () => {
  it('no wait for a replied conversation whose thread ends with an unstamped buyer message; "已等待1小时" is at least an hour', async () => {
    const { sim } = harness;
    sim.reset({ variant: { trafficUnseen: true, offHoursGroup: false } });
    const now = Date.now();
    // Replied: days ago a question (stamped) and a reply one minute later (no
    // stamp of its own); today another question (stamped), a reply and a
    // "好的谢谢" the platform needs no reply to, both within 5 minutes (no stamps).
    const replied = sim.chat.addBuyer({ uid: '7700000001' }).uid;
    sim.chat.buyerSays(replied, '这个有货吗', { at: now - 9 * DAY });
    sim.chat.agentReplies(replied, '有的亲', { at: now - 9 * DAY + MIN });
    sim.chat.buyerSays(replied, '还有一个问题', { at: now - 10 * MIN });
    sim.chat.agentReplies(replied, '您说', { at: now - 9 * MIN });
    sim.chat.buyerSays(replied, '好的谢谢', { at: now - 8 * MIN, needReply: false });
    // Overdue: the row shows only the page's elapsed note.
    const overdue = sim.chat.addBuyer({ uid: '7700000002' }).uid;
    sim.chat.buyerSays(overdue, '怎么还不发货', { at: now - 65 * MIN });

    const chat = await ChatPage.open(harness);
    await chat.page.locator(`.already-unreply .chat-item-box[data-random^="${replied}-"]`).waitFor();
    expect(await chat.row(overdue).locator('.chat-unreply-over-time').textContent()).toBe('已等待1小时');
    const late = await chat.waitForBadge(overdue, (s) => s !== null);
    expect(late!.level).toBe(4); // past the 1-hour threshold, not a fresh 0:0x
    expect(late!.text).toMatch(/^≥1:0\d:\d\d$/);

    await chat.openConversation(replied);
    await chat.page.waitForTimeout(2500); // a few ticks with the thread read
    expect(await chat.badgeState(replied)).toBeNull();
    expect(await waitCount(chat)).toBe('1');
    expect(await chat.page.locator('[data-testid="wait-longest"]').textContent()).toMatch(/^≥1:0\d:\d\d$/);
    await chat.page.screenshot({ path: `${SHOTS}/issue15-replied-and-elapsed-note.png` });
  });

  it('counts only the rows the page lists as unanswered, not those under 已被自动回复 or 非工作时间留言', async () => {
    const { sim } = harness;
    sim.reset();
    const now = Date.now();
    const waiting = ['7710000001', '7710000002', '7710000003'];
    [20, 100, 240].forEach((ago, i) => {
      sim.chat.addBuyer({ uid: waiting[i] });
      sim.chat.buyerSays(waiting[i]!, '在吗', { at: now - ago * SEC });
    });
    // Answered by the robot: the page moves it to 已被自动回复.
    const robot = sim.chat.addBuyer({ uid: '7710000004' }).uid;
    sim.chat.buyerSays(robot, '发什么快递', { at: now - 50 * SEC });
    sim.chat.robotReplies(robot, '亲，默认中通哦', { at: now - 45 * SEC });
    // Written at 23:30 Beijing, at least two hours back: under 非工作时间留言.
    const BEIJING = 8 * 3600 * SEC;
    const dayStart = Math.floor((now + BEIJING) / DAY) * DAY - BEIJING;
    let night = dayStart + 23.5 * 3600 * SEC;
    while (night > now - 2 * 3600 * SEC) night -= DAY;
    const offHours = sim.chat.addBuyer({ uid: '7710000005' }).uid;
    sim.chat.buyerSays(offHours, '还在吗', { at: night });

    // At night (Beijing) the page files the three waiting buyers under
    // 非工作时间留言 too: whatever the hour, a badge goes exactly on the rows the
    // page lists as unanswered, and the count is theirs.
    const chat = await ChatPage.open(harness);
    await chat.page.locator(`.already-unreply .chat-item-box[data-random^="${robot}-"]`).waitFor();
    await chat.page.locator(`.already-unreply .chat-item-box[data-random^="${offHours}-"]`).waitFor();
    await chat.page.waitForTimeout(2500);
    const unanswered = chat.page.locator('.chat-list-box :is(.five-minute, .timeout-unreply) .chat-item-box');
    const listed = new Set(await unanswered.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-random')!.split('-')[0]!)));
    expect(listed.has(robot) || listed.has(offHours)).toBe(false);
    for (const uid of [...waiting, robot, offHours]) expect([uid, (await chat.badgeState(uid)) !== null]).toEqual([uid, listed.has(uid)]);
    if (listed.size > 0) expect(await waitCount(chat)).toBe(String(listed.size));
    else expect(await chat.alert.count()).toBe(0);
    await chat.page.screenshot({ path: `${SHOTS}/issue15-groups-that-do-not-wait.png` });
  });
});
