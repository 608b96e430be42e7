#!/usr/bin/env node
// npm run screenshots → docs/*.png: the popup (empty, a normal day, a bad day,
// and the first 600 px Chrome gives a popup), the options page, the welcome
// page, the rules page and the overlays on the simulated chat and after-sales
// pages (1366 and 1280 px), plus the store listing's 1280×800 screenshots in
// docs/store/, rendered by the built extension in
// Debian's Chromium. The store is seeded through the real message contract
// (chat/events, chat/heartbeat, guard/event, aftersales/snapshot, chat/waiting)
// from an extension page, like the content scripts do.
//
// Always on a Beijing working day: outside 09:00–20:00 Beijing time it builds
// a copy of the extension whose clock is shifted to 10:30 (test/sim/daytime.ts)
// and starts the simulator there. Otherwise it builds first when
// .output/chrome-mv3 is missing or older than the sources (--build forces it,
// --no-build skips it). Re-runs itself under tsx to import the TypeScript
// harness (test/e2e/harness.ts) and page objects.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);

if (!process.env.KG_SCREENSHOTS_TSX) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, KG_SCREENSHOTS_TSX: '1' },
  });
  process.exit(child.status ?? 1);
}

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ['entrypoints', 'components', 'lib', 'locales', 'public', 'assets']) walk(dir);
  return Math.max(newest, fs.statSync('wxt.config.ts').mtimeMs);
}

const daytime = await import('../test/sim/daytime.ts');
const offsetMs = daytime.daytimeOffsetMs(Date.now());
const manifest = '.output/chrome-mv3/manifest.json';
const stale = !fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs < newestSource();
let extensionDir;
if (offsetMs !== 0) {
  console.log(`Beijing time ${daytime.beijingClock(Date.now())}: rendering on a simulated clock from ${daytime.beijingClock(Date.now() + offsetMs)} …`);
  extensionDir = daytime.buildShifted('.output/shots-build', offsetMs);
} else if (!args.includes('--no-build') && (stale || args.includes('--build'))) {
  console.log('building .output/chrome-mv3 …');
  const build = spawnSync(path.resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { launchHarness } = await import('../test/e2e/harness.ts');
const pages = await import('../test/e2e/pages/popup-page.ts');
const clock = await import('../lib/clock.ts');
const { PopupPage, sendAll, scenarioRequests, reportWaiting, awayFromMidnight } = pages;
const { addDays, beijingDay, HOUR_MS, MINUTE_MS } = clock;

const out = path.resolve('docs');
fs.mkdirSync(out, { recursive: true });
const shots = [];
const shot = async (page, name, options = {}) => {
  const file = path.join(out, name);
  await page.screenshot({ path: file, fullPage: true, ...options });
  shots.push(path.relative(root, file));
};
/** A whole page with its sticky save bar at the bottom: the viewport made as tall as the page. */
const shotTall = async (page, name) => {
  const { width } = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  await shot(page, name, { fullPage: false });
  await page.setViewportSize({ width, height: 900 });
};

await awayFromMidnight();
const now = Date.now() + offsetMs;
const today = beijingDay(now);
const day = (n) => addDays(today, n);

// Reply waits (seconds) of buyers answered within the hour: a quick team and a slow one.
const QUICK = [6, 8, 9, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 12, 9, 17, 100, 240, 1500];
const SLOW = [20, 45, 70, 150, 200, 280, 400, 900, 1800, 25, 160, 330];

/** A good week: rates around 90 %, one day without data (a gap in the trend), today half done. */
const normal = {
  account: { key: 'mall-1001:agent-07', mallName: '橙子生活旗舰店', agentName: '客服小美' },
  plans: [
    { day: day(-6), buyers: 132, repliedWithinHour: 121, coverage: 1, waitOffset: 0, waits: QUICK },
    { day: day(-4), buyers: 118, repliedWithinHour: 109, coverage: 1, waitOffset: 2, waits: QUICK },
    { day: day(-3), buyers: 141, repliedWithinHour: 131, coverage: 1, waitOffset: 1, waits: QUICK },
    { day: day(-2), buyers: 126, repliedWithinHour: 114, coverage: 1, waitOffset: 3, waits: QUICK },
    { day: day(-1), buyers: 137, repliedWithinHour: 127, coverage: 0.97, waitOffset: 0, waits: QUICK },
    { day: today, buyers: 64, repliedWithinHour: 60, coverage: 0.5, waitOffset: 1, waits: QUICK },
  ],
  guard: [
    { at: now - 3 * HOUR_MS, category: 'contact', ruleId: 'chat-contact', outcome: 'held' },
    { at: now - 2 * HOUR_MS, category: 'contact', ruleId: 'chat-contact', outcome: 'held' },
    { at: now - 90 * MINUTE_MS, category: 'platform', ruleId: 'chat-platform', outcome: 'held' },
    { at: now - 40 * MINUTE_MS, category: 'url', ruleId: 'chat-third-party', outcome: 'sent-anyway' },
    { at: now - 20 * MINUTE_MS, category: 'custom', ruleId: 'custom', outcome: 'warned' },
  ],
  refunds: {
    seenAt: now - 12 * MINUTE_MS,
    rows: [
      { afterSalesId: 'AS-1', pending: true, deadlineAt: now + 30 * HOUR_MS, flags: [] },
      { afterSalesId: 'AS-2', pending: true, deadlineAt: now + 9 * HOUR_MS, flags: ['shippedRefundOnly'] },
      { afterSalesId: 'AS-3', pending: true, deadlineAt: now + 10 * HOUR_MS, flags: [] },
      { afterSalesId: 'AS-4', pending: true, deadlineAt: now + 3 * HOUR_MS, flags: ['escalateReason'] },
      { afterSalesId: 'AS-5', pending: true, deadlineAt: now + 40 * MINUTE_MS, flags: [] },
    ],
  },
};

/** A bad day: slow replies today, one of the 3 days below the required rate, an overdue refund. */
const bad = {
  account: { key: 'mall-2002:agent-11', mallName: '好运家居专营店', agentName: '客服阿杰' },
  plans: [
    { day: day(-6), buyers: 104, repliedWithinHour: 90, coverage: 1, waitOffset: 6, waits: SLOW },
    { day: day(-5), buyers: 122, repliedWithinHour: 98, coverage: 1, waitOffset: 7, waits: SLOW },
    { day: day(-3), buyers: 131, repliedWithinHour: 110, coverage: 1, waitOffset: 8, waits: SLOW },
    { day: day(-2), buyers: 128, repliedWithinHour: 88, coverage: 1, waitOffset: 9, waits: SLOW },
    { day: day(-1), buyers: 96, repliedWithinHour: 81, coverage: 1, waitOffset: 8, waits: SLOW },
    { day: today, buyers: 58, repliedWithinHour: 37, coverage: 0.6, waitOffset: 9, waits: SLOW },
  ],
  guard: [
    { at: now - 4 * HOUR_MS, category: 'contact', ruleId: 'chat-contact', outcome: 'held' },
    { at: now - 3 * HOUR_MS, category: 'phone', ruleId: 'chat-contact', outcome: 'held' },
    { at: now - 2 * HOUR_MS, category: 'abuse', ruleId: 'chat-abuse', outcome: 'held' },
    { at: now - 1 * HOUR_MS, category: 'email', ruleId: 'chat-third-party', outcome: 'sent-anyway' },
  ],
  refunds: {
    seenAt: now - 3 * HOUR_MS,
    rows: [
      { afterSalesId: 'BS-1', pending: true, deadlineAt: now - 1 * HOUR_MS, flags: [] },
      { afterSalesId: 'BS-2', pending: true, deadlineAt: now + 50 * MINUTE_MS, flags: ['escalateReason'] },
      { afterSalesId: 'BS-3', pending: true, deadlineAt: now + 2 * HOUR_MS, flags: [] },
    ],
  },
};

const harness = await launchHarness({
  viewport: { width: 1100, height: 900 },
  extensionDir,
  sim: offsetMs === 0 ? undefined : { clock: { at: now } },
});
const storeDir = path.join(out, 'store');
fs.mkdirSync(storeDir, { recursive: true });
/** A store listing screenshot: exactly 1280×800. */
const storeShot = async (page, name) => {
  const file = path.join(storeDir, name);
  await page.screenshot({ path: file, fullPage: false, clip: { x: 0, y: 0, width: 1280, height: 800 } });
  shots.push(path.relative(root, file));
};
try {
  // Welcome: the tab the background opened on install.
  const welcome = await harness.openExtensionPage('welcome.html');
  await welcome.getByTestId('welcome').waitFor();
  await welcome.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await shot(welcome, 'welcome.png');
  await welcome.setViewportSize({ width: 1280, height: 800 });
  await storeShot(welcome, 'store-4-welcome.png');

  // Popup, fresh install.
  const empty = await PopupPage.open(harness, { width: 380, height: 100 });
  await shot(empty.page, 'popup-empty.png');
  await empty.page.close();

  // Seed both shops; the normal one is seeded last, so it is the popup's default account.
  const seeder = await harness.openExtensionPage('options.html');
  await sendAll(seeder, scenarioRequests(bad));
  await sendAll(seeder, scenarioRequests(normal));
  await reportWaiting(seeder, { waiting: 3, overFirstThreshold: 2, longestWaitingSince: now - (5 * 60 + 31) * 1000, pageRecognised: true });

  const popup = await PopupPage.open(harness, { width: 380, height: 100 });
  await shot(popup.page, 'popup-normal.png');
  // What Chrome shows without scrolling: a popup is at most 600 px tall.
  await popup.page.setViewportSize({ width: 380, height: 600 });
  await shot(popup.page, 'popup-600.png', { fullPage: false });
  await popup.page.setViewportSize({ width: 380, height: 100 });
  // The popup beside the page for the store: a 1280×800 frame with the popup at its first 600 px.
  // Drawn in an extension page (rules.html, its content replaced by this static frame), which may embed popup.html.
  const frame = await harness.openExtensionPage('rules.html');
  await frame.setViewportSize({ width: 1280, height: 800 });
  await frame.getByTestId('rules-page').waitFor();
  const popupUrl = `chrome-extension://${harness.extensionId}/popup.html`;
  await frame.evaluate(
    (html) => {
      document.body.outerHTML = html;
    },
    `<body style="margin:0;background:linear-gradient(135deg,#fff4f2,#f5f6f8);font-family:'WenQuanYi Micro Hei',sans-serif">` +
      `<div style="position:absolute;left:80px;top:120px;width:560px;color:#1f2329"><h1 style="font-size:40px;margin:0 0 16px">客服守护</h1>` +
      `<p style="font-size:22px;line-height:1.6;color:#4e5969">今日回复率、活动报名检查、待处理退款，一眼看清。<br>数字均为插件估算，以平台“客服数据”为准。</p></div>` +
      `<iframe src="${popupUrl}" style="position:absolute;right:120px;top:100px;width:380px;height:600px;border:0;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.18);background:#fff"></iframe></body>`,
  );
  await frame.frameLocator('iframe').locator('[data-testid="popup"]').waitFor();
  await frame.waitForTimeout(800);
  await storeShot(frame, 'store-3-popup.png');
  await frame.close();
  await popup.selectAccount(bad.account.key);
  await shot(popup.page, 'popup-bad-day.png');
  await popup.page.close();

  // The rules page, opened at a rule as a § chip does.
  const rules = await harness.openExtensionPage('rules.html#reply-5min');
  await rules.setViewportSize({ width: 1000, height: 900 });
  await rules.getByTestId('rules-page').waitFor();
  await rules.evaluate(() => document.getElementById('reply-5min')?.scrollIntoView());
  await shot(rules, 'rules.png', { fullPage: false });
  await rules.setViewportSize({ width: 1280, height: 800 });
  await rules.evaluate(() => window.scrollTo(0, 0));
  await storeShot(rules, 'store-5-rules.png');
  await rules.close();

  // Options: defaults, then an invalid value and the live phrase check.
  const options = await harness.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.getByTestId('options').waitFor();
  await shotTall(options, 'options.png');
  await options.locator('#f-replyTimer-warnRatio').fill('120');
  await options.locator('[data-path="phraseGuard.customWords"] textarea').fill('返现\n私下退款');
  await options.getByTestId('sample').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(options, 'options-editing.png', { fullPage: false });
  // A broken team file: rejected with the field named, nothing changed.
  await options.reload();
  await options.getByTestId('options').waitFor();
  const broken = { format: 'kefu-guard-settings', version: 1, exportedAt: new Date().toISOString(), settings: { replyTimer: { warnRatio: 2 } } };
  await options.getByTestId('import-input').setInputFiles({ name: 'team-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await options.getByTestId('import-error').waitFor();
  await options.getByTestId('section-team').scrollIntoViewIfNeeded();
  await shot(options, 'options-import-error.png', { fullPage: false });
  await options.close();
  await seeder.close();

  // The overlays on the simulated merchant pages (test/sim, lively scenario).
  const { sim } = harness;
  sim.reset({ resetClock: false }); // keep the daytime clock
  sim.scenario('lively');
  const chat = await harness.context.newPage();
  await chat.setViewportSize({ width: 1280, height: 760 });
  await chat.goto(sim.urls.chat);
  await chat.locator('kefu-wait-badge').first().waitFor();
  const first = await chat.locator('.chat-list-box .chat-item-box').nth(1).getAttribute('data-random');
  await chat.locator(`.chat-list-box .chat-item-box[data-random="${first}"]`).click();
  await chat.locator('#replyTextarea').pressSequentially('加我薇 信 138 0013 8000');
  await chat.keyboard.press('Enter');
  await chat.getByTestId('guard-panel').waitFor();
  await chat.mouse.move(700, 300); // no hover effects in the picture
  await chat.waitForTimeout(1200);
  await shot(chat, 'chat-overlay.png', { fullPage: false });
  await chat.setViewportSize({ width: 1280, height: 800 });
  await chat.waitForTimeout(300);
  await storeShot(chat, 'store-1-chat.png');
  await chat.close();
  // The after-sales list as an agent opens it: the panel opens by itself (urgent refunds), at 1366 and 1280 px.
  for (const width of [1366, 1280]) {
    const aftersales = await harness.context.newPage();
    await aftersales.setViewportSize({ width, height: 800 });
    await aftersales.goto(sim.urls.aftersales);
    await aftersales.getByTestId('refund-list').waitFor();
    await aftersales.mouse.move(600, 790);
    await aftersales.waitForTimeout(1200);
    await shot(aftersales, width === 1280 ? 'aftersales-overlay.png' : `aftersales-overlay-${width}.png`, { fullPage: false });
    if (width === 1280) await storeShot(aftersales, 'store-2-aftersales.png');
    await aftersales.close();
  }
} finally {
  await harness.close();
}
console.log(shots.map((s) => `wrote ${s}`).join('\n'));
