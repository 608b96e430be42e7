/**
 * `npm run demo`: the simulator with a lively scenario and Chromium with the
 * built extension. With a display it opens a window to play in (Ctrl+C to
 * stop); without one it runs headless, takes screenshots of every overlay and
 * says where they are.
 *
 * It always runs on a Beijing working day: outside 09:00–20:00 Beijing time
 * it builds a copy of the extension whose clock is shifted to 10:30
 * (test/sim/daytime.ts) and starts the simulator at the same time, so the
 * platform's 08:00–23:00 window counts and nothing reads "不计".
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchHarness } from '../test/e2e/harness';
import { beijingClock, buildShifted, daytimeOffsetMs } from '../test/sim/daytime';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const out = path.resolve('.output/demo');
const offsetMs = daytimeOffsetMs(Date.now());
const extensionDir = offsetMs === 0 ? EXTENSION_DIR : buildShifted('.output/demo-build', offsetMs);
const clockNow = () => Date.now() + offsetMs;
console.log(
  offsetMs === 0
    ? `Beijing time ${beijingClock(clockNow())}: the demo runs on the real clock.`
    : `Beijing time is ${beijingClock(Date.now())} (outside working hours): the demo runs on a simulated clock from ${beijingClock(clockNow())} (extension build ${extensionDir}).`,
);
const harness = await launchHarness({
  sim: { scenario: 'lively', clock: offsetMs === 0 ? undefined : { at: clockNow() } },
  headless,
  viewport: { width: 1366, height: 820 },
  extensionDir,
});
const { sim } = harness;
// A few buyers write in the next minute, so the timers and the alert move.
const uids = sim.chat.buyerList().map((b) => b.uid);
uids.slice(0, 3).forEach((uid, i) => sim.chat.buyerSays(uid, ['还在吗？', '什么时候发货呀', '能便宜点吗'][i]!, { at: clockNow() + (i + 1) * 4000 }));

const chat = await harness.context.newPage();
await chat.goto(sim.urls.chat);
await chat.locator('#replyTextarea').waitFor({ state: 'attached' });
const aftersales = await harness.context.newPage();
await aftersales.goto(sim.urls.aftersales);
const popup = await harness.openExtensionPage('popup.html');

if (headless) {
  fs.mkdirSync(out, { recursive: true });
  await chat.waitForTimeout(6000); // badges tick, scripted buyers arrive
  await chat.screenshot({ path: path.join(out, 'chat.png') });
  const open = sim.chat.buyerList()[0]!.uid;
  await chat.locator(`.chat-list-box .chat-item-box[data-random^="${open}-"]`).click();
  await chat.locator('#replyTextarea').fill('');
  await chat.locator('#replyTextarea').pressSequentially('加我薇 信 138 0013 8000');
  await chat.keyboard.press('Enter');
  await chat.locator('[data-testid="guard-panel"]').waitFor();
  await chat.screenshot({ path: path.join(out, 'chat-guard.png') });
  await aftersales.bringToFront();
  await aftersales.waitForTimeout(1500);
  await aftersales.screenshot({ path: path.join(out, 'aftersales.png') });
  await popup.reload();
  await popup.waitForTimeout(1000);
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });
  console.log(`No display: ran headless. Screenshots in ${out}:`);
  for (const file of fs.readdirSync(out)) console.log(`  ${path.join(out, file)}`);
  await harness.close();
} else {
  await chat.bringToFront();
  console.log(`Demo running: the simulated merchant backend is ${sim.origin} (mapped to 127.0.0.1:${sim.port}).`);
  console.log('Chat workbench, after-sales list and the popup are open. Press Ctrl+C to stop.');
  process.on('SIGINT', () => void harness.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}
