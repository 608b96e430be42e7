/**
 * The after-sales list on a computer whose clock is 4 h slow, in real
 * Chromium: the browser runs under libfaketime (Debian's `faketime`) 4 h
 * behind the simulator (the platform), as the Firefox e2e's second pass found
 * it. The page's countdown stops at 0 once a refund falls due, so how long ago
 * it did is counted on a clock: the platform's, as the chat page measured it
 * and the worker keeps (lib/content/worker-clock.ts asks it over
 * 'clock/offset'). On the computer's clock a refund 2 h overdue read 已超时 0 分,
 * and the worker (on the platform's clock) counted the urgent one overdue.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBeijing, HOUR_MS, MINUTE_MS } from '../../lib/clock';
import type { Summary } from '../../lib/messages';
import type { LearnedOffset } from '../../lib/platform-offset';
import { chromiumPath, launchHarness, type Harness } from './harness';
import { AftersalesPage } from './pages/aftersales-page';
import { ChatPage } from './pages/chat-page';
import { sendAll } from './pages/popup-page';

const SLOW_MS = 4 * HOUR_MS;
const SHOTS = path.resolve('.output/shots');
let harness: Harness;
/** When the requests were made (the simulator's clock: the platform's), and their ids. */
let madeAt = 0;
let overdue = '';
let urgent = '';

beforeAll(async () => {
  execFileSync('faketime', ['-f', '+0', 'true']); // throws when faketime is missing: `apt-get install faketime`
  // Under the test run's own faketime (its pass at the other half of the day) the browser's shift adds to it.
  const outer = Number(/^([+-]\d+)m$/.exec(process.env.FAKETIME ?? '')?.[1] ?? 0);
  const shift = outer - SLOW_MS / MINUTE_MS;
  const wrapper = path.resolve('.output/slow-clock-chromium.sh');
  fs.mkdirSync(path.dirname(wrapper), { recursive: true });
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec faketime -f "${shift < 0 ? '' : '+'}${shift}m" "${chromiumPath()}" "$@"\n`, { mode: 0o755 });
  harness = await launchHarness({ executablePath: wrapper, sim: { scenario: 'empty', account: { mallId: '554435', mallName: '慢钟售后店', username: '客服售后' } } });
  // Made once (a retried test finds them): 2 h overdue by the 48-hour rule, and 3 h left on the page's countdown.
  madeAt = Date.now();
  const { aftersales } = harness.sim;
  overdue = String(aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 990, shipped: false, appliedAt: madeAt - 50 * HOUR_MS }).id);
  urgent = String(aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 1990, shipped: false, appliedAt: madeAt - 45 * HOUR_MS }).id);
}, 240_000);
afterAll(async () => harness?.close());

describe('the after-sales list on a computer clock 4 h slow', () => {
  it('counts how long ago a refund fell due on the platform\'s clock once the chat page measured it', async () => {
    const page = await harness.openExtensionPage('options.html');
    const learned = async () => ((await sendAll(page, [{ type: 'clock/offset' }])) as Array<{ learned: LearnedOffset | null }>)[0]!.learned;
    expect(Math.abs((await page.evaluate(() => Date.now())) + SLOW_MS - Date.now())).toBeLessThan(MINUTE_MS); // the browser is 4 h slow

    const chat = await ChatPage.open(harness);
    await expect.poll(async () => Math.abs(((await learned())?.offset ?? 0) - SLOW_MS), { timeout: 20_000, interval: 500 }).toBeLessThan(5_000);

    const list = await AftersalesPage.open(harness);
    await list.badge(overdue).waitFor();
    await expect.poll(() => list.badgeState(overdue)).toMatchObject({ text: '已超时 2 小时', stage: 'overdue' });
    // The urgent row's time left is the page's countdown; the instant it names is in Beijing time on the platform's clock.
    expect(await list.badgeState(urgent)).toMatchObject({ text: expect.stringMatching(/^剩 [23] 小时 \d+ 分$/), stage: 'urgent' });
    const title = await list.badge(urgent).evaluate((host) => host.shadowRoot!.querySelector('.badge')!.getAttribute('title'));
    // Due at madeAt + 3 h; the countdown's whole seconds and the measured offset may put it a few seconds either side of a minute.
    const minutes = [-5_000, 0, 5_000].map((ms) => formatBeijing(madeAt + 3 * HOUR_MS + ms).slice(0, 16));
    expect(minutes.some((at) => title!.includes(at)), title!).toBe(true);
    expect(await list.panelCounts()).toMatchObject({ overdue: 1, urgent: 1 });
    // The snapshot's deadlines are on the platform's clock too, as the worker's: the popup counts the same stages.
    const refunds = async () => ((await sendAll(page, [{ type: 'summary/get' }])) as Summary[])[0]!.refunds;
    await expect.poll(refunds, { timeout: 10_000 }).toMatchObject({ pending: 2, overdue: 1, urgent: 1 });
    fs.mkdirSync(SHOTS, { recursive: true });
    await list.page.screenshot({ path: path.join(SHOTS, 'aftersales-slow-clock.png') });
    await Promise.all([list.page.close(), chat.page.close(), page.close()]);
  }, 120_000);
});
