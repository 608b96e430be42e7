/**
 * Where the chat overlay's added main-thread time goes: the chat-tick
 * scenario (200 conversations, 50 waiting, a re-render every 2 s) traced
 * with DevTools' timeline categories, with and without the extension, and
 * the renderer main thread's self time summed by event name. Events inside
 * one of the extension's own calls are counted apart ("ours:"), so a forced
 * layout or style recalc in our code shows as such.
 *
 * Run: npm run build && npx tsx test/bench/chat-trace.ts
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchHarness } from '../e2e/harness';
import { launchBrowser } from '../sim/browser';
import type { Simulator } from '../sim/index';

let traceCount = 0;
const CONVERSATIONS = 200;
const WAITING = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; functionName?: string; sourceURL?: string } };
}

function seed(sim: Simulator): string[] {
  sim.reset({ variant: { offHoursGroup: false } });
  const now = Date.now();
  const waiting: string[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    const uid = String(9_100_000_000 + i);
    sim.chat.addBuyer({ uid });
    const at = now - (i * 97 + 5) * 1000;
    sim.chat.buyerSays(uid, '请问这个有货吗', { at });
    if (i >= WAITING) sim.chat.agentReplies(uid, '有的亲', { at: at + 20_000 });
    else waiting.push(uid);
  }
  return waiting;
}

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

async function collect(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'blink.user_timing'] },
  });
  await work();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Self time (ms) by event name on the busiest renderer main thread; "ours:" inside an extension call. */
function summarise(events: TraceEvent[], seconds: number): Map<string, number> {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const add = (k: string, us: number) => totals.set(k, (totals.get(k) ?? 0) + us / 1000 / seconds);
  // Thread time (CPU) where the trace has it: a loaded machine's waits for a core do not count.
  const cost = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  const stack: Array<{ e: TraceEvent; end: number; child: number; ours: boolean }> = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      add(`${top.ours ? 'ours: ' : ''}${top.e.name}`, cost(top.e) - top.child);
      if (top.ours && !stack[stack.length - 1]?.ours) add('= ours (outermost calls, incl. their layout/GC)', cost(top.e));
    }
  };
  for (const e of busiest) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += cost(e);
    else add('= top-level tasks', cost(e));
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.sourceURL ?? '';
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0, ours: (parent?.ours ?? false) || url.startsWith('chrome-extension://') });
  }
  close(Infinity);
  return totals;
}

async function measure(context: BrowserContext, sim: Simulator, chatUrl: string): Promise<Map<string, number>> {
  const waiting = seed(sim);
  const page = await context.newPage();
  await page.goto(chatUrl);
  await loadWholeList(page);
  await page.waitForTimeout(3_000);
  const cdp = await context.newCDPSession(page);
  const started = Date.now();
  const events = await collect(cdp, async () => {
    let i = 0;
    while (Date.now() - started < SECONDS * 1000) {
      sim.chat.buyerSays(waiting[i++ % waiting.length]!, '还在吗');
      await page.waitForTimeout(2_000);
    }
  });
  const elapsed = (Date.now() - started) / 1000;
  await page.close();
  if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(`${process.env.TRACE_OUT}-${traceCount++}.json`, JSON.stringify(events));
  return summarise(events, elapsed);
}

// EXT_DIRS=dirA,dirB compares builds (A/B) in one run, each beside the same baseline.
const dirs = (process.env.EXT_DIRS ?? '.output/chrome-mv3').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const harnesses = [];
for (const extensionDir of dirs) harnesses.push(await launchHarness({ sim: { scenario: 'empty' }, extensionDir }));
const sim = harnesses[0]!.sim;
const baselineBrowser = await launchBrowser(sim);
const mean = (runs: Array<Map<string, number>>) => {
  const out = new Map<string, number>();
  for (const run of runs) for (const [k, v] of run) out.set(k, (out.get(k) ?? 0) + v / runs.length);
  return out;
};
try {
  const without: Array<Map<string, number>> = [];
  const withExt: Array<Array<Map<string, number>>> = dirs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    without.push(await measure(baselineBrowser.context, sim, sim.urls.chat));
    for (let i = 0; i < dirs.length; i++) withExt[i]!.push(await measure(harnesses[i]!.context, harnesses[i]!.sim, harnesses[i]!.sim.urls.chat));
  }
  const base = mean(without);
  const exts = withExt.map(mean);
  const names = [...new Set([...base.keys(), ...exts.flatMap((m) => [...m.keys()])])];
  const rows = names.map((n) => [n, base.get(n) ?? 0, ...exts.map((m) => m.get(n) ?? 0)] as const).sort((a, b) => (b[2] as number) - b[1] - ((a[2] as number) - a[1]));
  console.log('event (self CPU ms/s)'.padEnd(60) + 'baseline'.padStart(10) + dirs.map((d) => d.split('/').slice(-2, -1)[0]!.slice(-10).padStart(12)).join(''));
  for (const [n, a, ...b] of rows.filter((r) => r.slice(2).some((v) => Math.abs((v as number) - r[1]) >= 0.1) || String(r[0]).startsWith('=')))
    console.log(String(n).slice(0, 59).padEnd(60) + a.toFixed(2).padStart(10) + b.map((v) => (v as number).toFixed(2).padStart(12)).join(''));
} finally {
  await baselineBrowser.close();
  for (const h of harnesses) await h.close();
}
