#!/usr/bin/env node
// Issue 21 item 9: what the background worker and the options page cost to
// start, for two builds side by side in one run (default: a base build given
// as the first argument against this tree's .output/chrome-mv3).
//   node scripts/measure-load.mjs <base chrome-mv3 dir> [<new chrome-mv3 dir>] [runs]
// Per build, in a fresh headless Chromium: the worker is stopped (CDP
// ServiceWorker.stopAllWorkers) and woken by a message from the options page
// ('diagnostics/list'); wake-up = send → reply. Memory = the worker's JS heap
// after a wake-up (CDP Runtime.getHeapUsage on the worker target).
// Options-open = navigation start → the settings form rendered.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';

const [baseDir, newDir = '.output/chrome-mv3', runsArg = '7'] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: node scripts/measure-load.mjs <base chrome-mv3> [<new chrome-mv3>] [runs]');
const runs = Number(runsArg);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function launch(dir) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
  const ext = path.resolve(dir);
  const child = spawn(ensureChromium(), [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, 'about:blank',
  ], { stdio: 'ignore' });
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const port = fs.readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const close = async () => {
    await browser.close().catch(() => {});
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await exited;
    fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
  };
  return { browser, close };
}

async function workerTarget(cdp) {
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (sw) return sw;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no extension service worker');
}

async function measure(dir) {
  const { browser, close } = await launch(dir);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const sw = await workerTarget(cdp);
    const id = new URL(sw.url).host;
    const context = browser.contexts()[0];
    const options = await context.newPage();
    const openTimes = [];
    for (let i = 0; i < runs; i++) {
      const t0 = Date.now();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.waitForFunction(() => document.querySelectorAll('#app input, #app textarea').length > 0);
      openTimes.push(Date.now() - t0);
    }
    const page = await context.newCDPSession(options);
    await page.send('ServiceWorker.enable');
    const wakeTimes = [];
    let heap = 0;
    for (let i = 0; i < runs; i++) {
      await page.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 300));
      wakeTimes.push(await options.evaluate(async () => {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'diagnostics/list' });
        return performance.now() - t;
      }));
      const target = await workerTarget(cdp);
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      heap = Math.max(heap, await heapOf(cdp, sessionId));
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
    const size = fs.statSync(path.join(dir, 'background.js')).size;
    return { size, wake: median(wakeTimes), open: median(openTimes), heap };
  } finally {
    await close();
  }
}

/** Runtime.getHeapUsage on the worker, relayed through the browser session (non-flat attach). */
async function heapOf(cdp, sessionId) {
  const reply = new Promise((resolve) => {
    const on = (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message);
      if (m.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', on);
      resolve(m.result ? m.result.usedSize : NaN);
    };
    cdp.on('Target.receivedMessageFromTarget', on);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  return Promise.race([reply, new Promise((r) => setTimeout(() => r(NaN), 3000))]);
}

const rows = [];
for (let round = 0; round < 2; round++) for (const [name, dir] of [['base', baseDir], ['new', newDir]]) rows.push({ name, round, ...(await measure(dir)) });
console.log('build  round  background.js   wake-up (median)   worker heap   options open (median)');
for (const r of rows)
  console.log(`${r.name.padEnd(6)} ${String(r.round).padStart(5)}  ${(r.size / 1024).toFixed(1).padStart(9)} KB  ${r.wake.toFixed(1).padStart(12)} ms  ${(r.heap / 1048576).toFixed(1).padStart(9)} MB  ${String(r.open).padStart(14)} ms`);
