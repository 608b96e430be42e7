/**
 * A computer clock that is fast does not move "today" either, in real
 * Chromium: the browser runs under libfaketime (Debian's `faketime`, which CI
 * installs), ahead of the platform by enough to be past the next Beijing
 * midnight, while the simulator (the platform) keeps the real time. The chat
 * page measures the platform's clock from the socket's server_time; a
 * heartbeat's own time is only a lower bound of it, so the worker takes the
 * page's measured offset to follow a clock that is ahead. Before the chat page
 * speaks, the worker's day is the computer's (tomorrow); after, the platform's.
 * Valid at any hour: only the day is compared, away from the real midnight.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, beijingDayStart, HOUR_MS, MINUTE_MS } from '../../lib/clock';
import { PLATFORM_CLOCK_KEY } from '../../lib/platform-offset';
import { chromiumPath, launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';
import { awayFromMidnight, sendAll } from './pages/popup-page';

let harness: Harness;
let aheadMs = 0;

beforeAll(async () => {
  await awayFromMidnight(10 * MINUTE_MS);
  execFileSync('faketime', ['-f', '+0', 'true']); // throws when faketime is missing: `apt-get install faketime`
  // An hour past the next Beijing midnight, in whole minutes.
  const now = Date.now();
  aheadMs = Math.ceil((beijingDayStart(addDays(beijingDay(now), 1)) + HOUR_MS - now) / MINUTE_MS) * MINUTE_MS;
  const wrapper = path.resolve('.output/fast-clock-chromium.sh');
  fs.mkdirSync(path.dirname(wrapper), { recursive: true });
  // Under the test run's own faketime (its pass at the other half of the day) the browser's shift adds to it.
  const outer = Number(/^([+-]\d+)m$/.exec(process.env.FAKETIME ?? '')?.[1] ?? 0);
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec faketime -f "+${outer + aheadMs / MINUTE_MS}m" "${chromiumPath()}" "$@"\n`, { mode: 0o755 });
  harness = await launchHarness({ executablePath: wrapper, sim: { scenario: 'empty', account: { mallId: '554434', mallName: '快钟店', username: '客服快' } } });
}, 240_000);
afterAll(async () => harness?.close());

describe('a computer clock ahead of the platform, past its midnight', () => {
  it('the worker\'s today is the platform\'s once the chat page has measured the offset', async () => {
    const today = beijingDay(Date.now());
    const page = await harness.openExtensionPage('options.html');
    const todayOfWorker = async () => ((await sendAll(page, [{ type: 'summary/get' }])) as Array<{ today: string }>)[0]!.today;
    expect(await todayOfWorker()).toBe(addDays(today, 1)); // the fast clock alone
    const chat = await ChatPage.open(harness);
    await expect.poll(todayOfWorker, { timeout: 20_000, interval: 500 }).toBe(today);
    type Session = { chrome: { storage: { session: { get(k: string): Promise<Record<string, { offset: number }>> } } } };
    const stored = await page.evaluate((key) => (globalThis as unknown as Session).chrome.storage.session.get(key), PLATFORM_CLOCK_KEY);
    expect(Math.abs(stored[PLATFORM_CLOCK_KEY]!.offset + aheadMs)).toBeLessThan(5_000);
    // Kept by a restarted worker (storage.session).
    await harness.stopServiceWorker();
    expect(await todayOfWorker()).toBe(today);
    await Promise.all([chat.page.close(), page.close()]);
  }, 150_000);
});
