/**
 * A computer clock a day slow does not move "today" (issue 22 item 8), in
 * real Chromium: the extension is built with its worker's clock a day behind
 * (KG_CLOCK_OFFSET_MS, the demo's build-time shift: lib/clock.ts systemClock),
 * so the worker alone believes it is yesterday. Before the chat page speaks,
 * the popup's day is yesterday; once the chat page's heartbeat brings the
 * platform's time (its PlatformClock), the worker's "today" is the platform's.
 * Valid at any hour: only the day is compared, away from midnight.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, DAY_MS, MINUTE_MS } from '../../lib/clock';
import { buildShifted } from '../sim/daytime';
import { launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';
import { awayFromMidnight, PopupPage, sendAll } from './pages/popup-page';

const SHOTS = path.resolve('.output/shots');
let harness: Harness;

beforeAll(async () => {
  const extensionDir = buildShifted('.output/slow-clock-build', -DAY_MS);
  await awayFromMidnight(5 * MINUTE_MS);
  harness = await launchHarness({ extensionDir, sim: { scenario: 'empty', account: { mallId: '554433', mallName: '慢钟店', username: '客服慢' } } });
}, 240_000);
afterAll(async () => harness?.close());

describe('a computer clock a day slow', () => {
  it('the worker\'s today is the platform\'s once the chat page has spoken', async () => {
    const today = beijingDay(Date.now());
    const page = await harness.openExtensionPage('options.html');
    const todayOfWorker = async () => ((await sendAll(page, [{ type: 'summary/get' }])) as Array<{ today: string }>)[0]!.today;
    expect(await todayOfWorker()).toBe(addDays(today, -1)); // the slow clock alone
    // The Team page, left open: its day (and so its signup verdict) follows the worker's without a reload.
    const team = await harness.openExtensionPage('team.html');
    const teamDay = team.getByTestId('team-page');
    await expect.poll(() => teamDay.getAttribute('data-today')).toBe(addDays(today, -1));
    const chat = await ChatPage.open(harness);
    await expect.poll(todayOfWorker, { timeout: 20_000 }).toBe(today);
    await expect.poll(() => teamDay.getAttribute('data-today'), { timeout: 10_000 }).toBe(today);
    await team.close();
    // The popup reads the same day.
    const popup = await PopupPage.open(harness);
    expect(await popup.page.getByTestId('popup').getAttribute('data-state')).toBe('ready');
    fs.mkdirSync(SHOTS, { recursive: true });
    await popup.page.screenshot({ path: path.join(SHOTS, 'slow-clock-popup.png'), fullPage: true });
    // Kept by a restarted worker (storage.session).
    await harness.stopServiceWorker();
    expect(await todayOfWorker()).toBe(today);
    await Promise.all([popup.page.close(), chat.page.close(), page.close()]);
  }, 120_000);
});
