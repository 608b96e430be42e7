/**
 * Benchmark of the chat overlay's cost on the page (issue #4): 200
 * conversations in the list, 50 of them waiting, the list re-rendered by the
 * page every 2 s (a new buyer message), 1 Hz ticks. Measured in real Chromium
 * with DevTools' own counters (Performance.getMetrics: ScriptDuration) and the
 * Long Tasks API, side by side with a baseline in the same run: the same page
 * and scenario in a browser without the extension. Our cost per tick is the
 * difference, so nothing is added to the extension to measure it.
 *
 * Run: npm run build && npx tsx test/bench/chat-tick.bench.ts
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { launchHarness } from '../e2e/harness';
import { launchBrowser } from '../sim/browser';
import type { Simulator } from '../sim/index';

const CONVERSATIONS = 200;
const WAITING = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RERENDER_EVERY_MS = Number(process.env.BENCH_RERENDER_MS ?? 2_000);
// Issue 13's targets: the extension's own script time per second, the main
// thread's task time it adds to the page's (style and layout its badge
// updates cause count there), and no long animation frame with our scripts in it.
const BUDGET_SCRIPT_MS_PER_TICK = 1;
const BUDGET_ADDED_TASK_MS_PER_SECOND = 5;
const BUDGET_OWN_LONG_FRAMES = 0;

function seed(sim: Simulator): string[] {
  sim.reset({ variant: { offHoursGroup: false } }); // the same rows wait at any hour (issue #15: the page's grouping decides)
  const now = Date.now();
  const waiting: string[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    const uid = String(9_100_000_000 + i);
    sim.chat.addBuyer({ uid });
    // Spread over the last hours so the list has old and new rows and every stage.
    const at = now - (i * 97 + 5) * 1000;
    sim.chat.buyerSays(uid, '请问这个有货吗', { at });
    if (i >= WAITING) sim.chat.agentReplies(uid, '有的亲', { at: at + 20_000 });
    else waiting.push(uid);
  }
  return waiting;
}

interface RunFigures {
  /** Sampled CPU time in the extension's own scripts (chrome-extension:// frames), per second. */
  extensionMsPerSecond: number;
  /**
   * The same counted in samples × the sampling interval: a sample's time
   * delta also holds any time the thread was off the CPU (a loaded machine),
   * the sample count does not.
   */
  extensionSampledMsPerSecond: number;
  /**
   * The part of extensionMsPerSecond carried by samples of ours followed by a
   * gap of LONG_GAP_US or more (10 sampling intervals): time the thread most
   * likely spent off the CPU or in GC after our code, which a loaded machine
   * inflates. Printed beside the budget's figure, never subtracted from it.
   */
  extensionLongGapMsPerSecond: number;
  /**
   * The same samples, each counted for at most the profile's median sample
   * interval (measured in the same profile: ~190 µs on this machine, not the
   * 100 µs asked for): a thread taken off the CPU after a sample of ours adds
   * one interval, not the whole gap. It neither undercounts like the sample
   * count at the nominal interval nor counts time off the CPU like the deltas.
   * Printed beside the budget's figure, not used by it.
   */
  extensionCappedMsPerSecond: number;
  /** The profile's median sample interval (µs): what the capped figure counts a sample for at most. */
  medianIntervalUs: number;
  scriptMsPerSecond: number;
  taskMsPerSecond: number;
  /** The main thread's CPU time (DevTools' ThreadTime): unlike task time, not inflated by waits for a core on a loaded machine. */
  threadMsPerSecond: number;
  /** Layouts and style recalculations per second (counts: the least noisy figures here). */
  layoutsPerSecond: number;
  recalcsPerSecond: number;
  longTasks: number;
  maxLongTaskMs: number;
  /** The most time the extension's scripts took inside one long animation frame. */
  maxOwnScriptInLongFrameMs: number;
  /**
   * Long animation frames with one of our scripts in them: LoAF lists only
   * scripts that ran 5 ms or more, so any entry of ours is a long script.
   */
  ownLongFrames: number;
  badges: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Prints the extension functions with the most self time (build with KG_PROFILE=1 for names). */
function topFunctions(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    if (!node?.callFrame.url.startsWith('chrome-extension://')) return;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

const SAMPLING_INTERVAL_US = 100;
const LONG_GAP_US = 10 * SAMPLING_INTERVAL_US;
let profileCount = 0;

/** The median of the profile's sample intervals (µs): the interval the sampler really kept on this machine. */
function medianInterval(profile: CpuProfile): number {
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  return deltas[deltas.length >> 1] ?? SAMPLING_INTERVAL_US;
}

/**
 * Self time (ms) of samples whose top frame is in an extension script: by time
 * deltas (the budget's figure), by sample count at the nominal interval, the
 * part in long gaps, and by deltas capped at the profile's median interval.
 */
function extensionSelfMs(profile: CpuProfile): { byDeltas: number; bySamples: number; inLongGaps: number; capped: number; medianUs: number } {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  const medianUs = medianInterval(profile);
  let micros = 0;
  let samples = 0;
  let longGapMicros = 0;
  let cappedMicros = 0;
  profile.samples.forEach((id, i) => {
    if (!ours.has(id)) return;
    const delta = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    micros += delta;
    cappedMicros += Math.min(delta, medianUs);
    if (delta >= LONG_GAP_US) longGapMicros += delta;
    samples++;
  });
  return { byDeltas: micros / 1000, bySamples: (samples * SAMPLING_INTERVAL_US) / 1000, inLongGaps: longGapMicros / 1000, capped: cappedMicros / 1000, medianUs };
}

/**
 * The page loads conversations 100 at a time; like an agent, open 全部会话,
 * press 加载更多会话 until all are listed, and go back to 今日接待. The DOM then
 * holds every conversation once under 全部会话 (hidden) plus today's under
 * 今日接待, whatever the hour.
 */
async function loadWholeList(page: Page): Promise<void> {
  const all = page.locator('.all-chat-list .chat-item-box');
  await all.first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('.conv-all').click();
  while ((await all.count()) < CONVERSATIONS) {
    const before = await all.count();
    await page.locator('.all-chat-list .more-btn-box span').click();
    await page.waitForFunction((n) => document.querySelectorAll('.all-chat-list .chat-item-box').length > n, before, { timeout: 10_000 });
  }
  await page.locator('.conv-today').click();
}

/**
 * Where in the page's own second the re-renders land. The page updates its
 * countdown texts once a second (a layout and paint of the workbench); a
 * re-render shortly after that update makes a frame of its own (1.5 layouts/s),
 * one shortly before it shares the second with it (the next update finds its
 * texts written: 1 layout/s). Left to chance (the page's timer starts when it
 * loads), that phase moved the baseline's layouts/s between 1.0 and 1.5 and
 * the task time with them, and differed between the builds of one A/B. Each
 * round lands its re-renders at a fixed delay after one of the page's updates,
 * alternating between these two, the same for every build in the round;
 * BENCH_PHASE_MS pins one.
 */
const PHASES_MS = process.env.BENCH_PHASE_MS === undefined ? [100, 900] : [Number(process.env.BENCH_PHASE_MS)];

/** Resolves when the page next writes one of its own countdown texts (its 1-s timer), or after 3 s. */
async function pageTicked(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(() => {
    let watch: MutationObserver | undefined;
    return new Promise<void>((resolve) => {
      watch = new MutationObserver((records) => {
        if (records.some((r) => /剩余\d+秒|已等待/.test(r.target.textContent ?? ''))) resolve();
      });
      watch.observe(document.body, { childList: true, characterData: true, subtree: true });
      setTimeout(resolve, 3_000);
    }).finally(() => watch?.disconnect());
  });
}

async function measure(context: BrowserContext, sim: Simulator, chatUrl: string, phaseMs: number): Promise<RunFigures> {
  const waiting = seed(sim);
  const page: Page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    const ours: number[] = [];
    Object.assign(window, { __longTasks: tasks, __ourLongFrameMs: ours });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that ran in them: the share of
    // the extension's own scripts is what the "no long task over 50 ms" budget is about.
    try {
      new PerformanceObserver((list) =>
        list.getEntries().forEach((frame) => {
          const scripts = (frame as unknown as { scripts: Array<{ sourceURL: string; duration: number }> }).scripts ?? [];
          ours.push(scripts.filter((s) => s.sourceURL.startsWith('chrome-extension://')).reduce((n, s) => n + s.duration, 0));
        }),
      ).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      /* no LoAF in this Chromium */
    }
  });
  await page.goto(chatUrl);
  await loadWholeList(page);
  await page.waitForTimeout(3_000); // warm-up: first render, badges attached
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __ourLongFrameMs: number[] };
    w.__longTasks.length = 0;
    w.__ourLongFrameMs.length = 0;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration'), thread: get('ThreadTime'), layouts: get('LayoutCount'), recalcs: get('RecalcStyleCount') };
  };
  // The V8 sampling profiler sees the content script's frames too (isolated
  // worlds share the page's isolate): their self time is exactly our cost.
  await pageTicked(page);
  const pageTickAt = Date.now();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const before = await metric();
  const started = Date.now();
  for (let i = 0; pageTickAt + phaseMs + i * RERENDER_EVERY_MS < started + SECONDS * 1000; i++) {
    await page.waitForTimeout(Math.max(0, pageTickAt + phaseMs + i * RERENDER_EVERY_MS - Date.now()));
    // A waiting buyer writes again: the page re-renders its whole list with new nodes.
    sim.chat.buyerSays(waiting[i % waiting.length]!, '还在吗');
  }
  await page.waitForTimeout(Math.max(0, started + SECONDS * 1000 - Date.now()));
  const elapsed = (Date.now() - started) / 1000;
  const after = await metric();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  if (process.env.KG_PROFILE) topFunctions(profile);
  if (process.env.KG_PROFILE_OUT) fs.writeFileSync(`${process.env.KG_PROFILE_OUT}-${profileCount++}.cpuprofile`, JSON.stringify(profile));
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const ourLongFrameMs = await page.evaluate(() => (window as unknown as { __ourLongFrameMs: number[] }).__ourLongFrameMs);
  const badges = await page.locator('kefu-wait-badge').count();
  await page.close();
  const self = extensionSelfMs(profile);
  return {
    extensionMsPerSecond: self.byDeltas / elapsed,
    extensionSampledMsPerSecond: self.bySamples / elapsed,
    extensionLongGapMsPerSecond: self.inLongGaps / elapsed,
    extensionCappedMsPerSecond: self.capped / elapsed,
    medianIntervalUs: self.medianUs,
    scriptMsPerSecond: ((after.script - before.script) * 1000) / elapsed,
    taskMsPerSecond: ((after.task - before.task) * 1000) / elapsed,
    threadMsPerSecond: ((after.thread - before.thread) * 1000) / elapsed,
    layoutsPerSecond: (after.layouts - before.layouts) / elapsed,
    recalcsPerSecond: (after.recalcs - before.recalcs) / elapsed,
    longTasks: longTasks.length,
    maxLongTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    maxOwnScriptInLongFrameMs: ourLongFrameMs.length ? Math.max(...ourLongFrameMs) : 0,
    ownLongFrames: ourLongFrameMs.filter((ms) => ms > 0).length,
    badges,
  };
}

// KG_AB_DIRS=dir1,dir2 measures other builds beside this one in the same run
// (A/B on a loaded machine: the same load falls on all); the budgets are this build's.
const others = (process.env.KG_AB_DIRS ?? '').split(',').filter(Boolean);
const harness = await launchHarness({ sim: { scenario: 'empty' } });
const otherHarnesses = [];
for (const extensionDir of others) otherHarnesses.push(await launchHarness({ sim: { scenario: 'empty' }, extensionDir }));
const baselineBrowser = await launchBrowser(harness.sim);
try {
  // Alternate runs so machine load affects both alike.
  const withExt: RunFigures[] = [];
  const without: RunFigures[] = [];
  const withOthers: RunFigures[][] = others.map(() => []);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  for (let round = 0; round < rounds; round++) {
    const phase = PHASES_MS[round % PHASES_MS.length]!;
    without.push(await measure(baselineBrowser.context, harness.sim, harness.sim.urls.chat, phase));
    withExt.push(await measure(harness.context, harness.sim, harness.sim.urls.chat, phase));
    for (const [i, other] of otherHarnesses.entries()) withOthers[i]!.push(await measure(other.context, other.sim, other.sim.urls.chat, phase));
  }
  const mean = (runs: RunFigures[], key: keyof RunFigures) => runs.reduce((n, r) => n + r[key], 0) / runs.length;
  const max = (runs: RunFigures[], key: keyof RunFigures) => Math.max(...runs.map((r) => r[key]));
  const fmt = (n: number) => n.toFixed(2).padStart(10);
  console.log(`\nChat page: ${CONVERSATIONS} conversations, ${WAITING} waiting, list re-rendered every ${RERENDER_EVERY_MS / 1000} s, ${SECONDS} s × ${rounds} runs each`);
  console.log(
    'run'.padEnd(28) + 'ext ms/s'.padStart(12) + 'samples'.padStart(9) + 'capped'.padStart(9) + 'script ms/s'.padStart(12) + 'task ms/s'.padStart(12) + 'cpu ms/s'.padStart(10) + 'layout/s'.padStart(10) + 'style/s'.padStart(9) +
      'long tasks'.padStart(12) + 'max long ms'.padStart(12) + 'own long'.padStart(10) + 'badges'.padStart(8),
  );
  for (const [label, runs] of [
    ['baseline (no extension)', without],
    ['with kefu-guard', withExt],
    ...others.map((dir, i) => [`with ${dir.split('/').slice(-2).join('/')}`.slice(0, 27), withOthers[i]!] as const),
  ] as const) {
    console.log(
      label.padEnd(28) + fmt(mean(runs, 'extensionMsPerSecond')).padStart(12) + mean(runs, 'extensionSampledMsPerSecond').toFixed(2).padStart(9) + mean(runs, 'extensionCappedMsPerSecond').toFixed(2).padStart(9) + fmt(mean(runs, 'scriptMsPerSecond')).padStart(12) +
        fmt(mean(runs, 'taskMsPerSecond')).padStart(12) + mean(runs, 'threadMsPerSecond').toFixed(2).padStart(10) + mean(runs, 'layoutsPerSecond').toFixed(2).padStart(10) + mean(runs, 'recalcsPerSecond').toFixed(2).padStart(9) +
        String(max(runs, 'longTasks')).padStart(12) + fmt(max(runs, 'maxLongTaskMs')).padStart(12) +
        String(max(runs, 'ownLongFrames')).padStart(10) + String(max(runs, 'badges')).padStart(8),
    );
  }
  // Each run's rounds, for the spread a loaded machine gives (the budgets use the means).
  const range = (runs: RunFigures[], key: keyof RunFigures) => `${Math.min(...runs.map((r) => r[key])).toFixed(2)}–${max(runs, key).toFixed(2)}`;
  for (const [label, runs] of [['baseline', without], ['with kefu-guard', withExt], ...others.map((dir, i) => [dir.split('/').slice(-2).join('/'), withOthers[i]!] as const)] as const)
    console.log(
      `  rounds, ${label}: ext ms/s ${range(runs, 'extensionMsPerSecond')} (of it after a long gap ${range(runs, 'extensionLongGapMsPerSecond')}; capped at the median interval ` +
        `${range(runs, 'extensionCappedMsPerSecond')}, median interval ${range(runs, 'medianIntervalUs')} µs), task ms/s ${range(runs, 'taskMsPerSecond')}, layouts/s ${range(runs, 'layoutsPerSecond')}`,
    );
  // One tick per second: the extension's CPU time per second is its cost per
  // tick, re-attachment after each re-render included. The script-time
  // difference to the baseline is printed as a cross-check (noisier).
  const perTick = mean(withExt, 'extensionMsPerSecond');
  const difference = mean(withExt, 'scriptMsPerSecond') - mean(without, 'scriptMsPerSecond');
  // The page's own re-render of 200 rows can make a long task by itself (see
  // the baseline); what the budget limits is the extension's part of one.
  const ownLongFrames = max(withExt, 'ownLongFrames');
  const addedTask = mean(withExt, 'taskMsPerSecond') - mean(without, 'taskMsPerSecond');
  console.log(
    `extension CPU per tick (profiled, the time after each sample of ours summed): ${perTick.toFixed(3)} ms (by sample count × ${SAMPLING_INTERVAL_US} µs: ${mean(withExt, 'extensionSampledMsPerSecond').toFixed(3)} ms; ` +
      `in samples followed by a gap ≥ ${LONG_GAP_US / 1000} ms: ${mean(withExt, 'extensionLongGapMsPerSecond').toFixed(3)} ms; each sample capped at the profile's median interval of ` +
      `${mean(withExt, 'medianIntervalUs').toFixed(0)} µs: ${mean(withExt, 'extensionCappedMsPerSecond').toFixed(3)} ms); script time with − baseline: ${difference.toFixed(3)} ms/s; ` +
      `task time with − baseline: ${addedTask.toFixed(3)} ms/s (main-thread CPU: ${(mean(withExt, 'threadMsPerSecond') - mean(without, 'threadMsPerSecond')).toFixed(3)} ms/s); most of our script in one long frame: ${max(withExt, 'maxOwnScriptInLongFrameMs').toFixed(1)} ms`,
  );
  const budgets = [
    ['chat.tick.script', perTick, 'ms', BUDGET_SCRIPT_MS_PER_TICK],
    ['chat.tick.added-task', addedTask, 'ms/s', BUDGET_ADDED_TASK_MS_PER_SECOND],
    ['chat.longframes.extension-script', ownLongFrames, 'frames', BUDGET_OWN_LONG_FRAMES],
  ] as const;
  let failed = false;
  for (const [name, value, unit, limit] of budgets) {
    const ok = value <= limit;
    failed ||= !ok;
    console.log(`BUDGET ${name} ${value.toFixed(3)} ${unit} <= ${limit} ${ok ? 'PASS' : 'FAIL'}`);
  }
  if (max(withExt, 'badges') < WAITING) {
    console.log(`FAIL: expected ${WAITING} badges, saw ${max(withExt, 'badges')}`);
    failed = true;
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  await baselineBrowser.close();
  await harness.close();
  for (const other of otherHarnesses) await other.close();
}
