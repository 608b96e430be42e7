/**
 * Store benchmark: 90 days × 2,000 buyer messages a day (plus replies),
 * inserted through the store, then the popup's summary query (today + 7-day
 * trend + 3-day signup check) from daily aggregates, side by side with a
 * baseline that recomputes the same figures from raw events.
 *
 * Run: npx tsx test/bench/store.bench.ts
 * Runs on fake-indexeddb in Node: absolute figures differ in Chromium.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { addDays, beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '../../lib/clock';
import type { BeijingDay } from '../../lib/clock';
import type { AccountInfo, ChatEvent } from '../../lib/events';
import { dayMetrics } from '../../lib/metrics';
import { popupSignup } from '../../lib/store/summary-signup';
import { SIGNUP_CHECK_DAYS } from '../../lib/rules';
import { DEFAULT_SETTINGS } from '../../lib/settings/types';
import { putAfterSalesSnapshot } from '../../lib/store/aftersales';
import { addChatEvents } from '../../lib/store/chat';
import { readCoverage } from '../../lib/store/coverage';
import { StoreConnection } from '../../lib/store/db';
import { addGuardEvent } from '../../lib/store/guard';
import type { KefuDb } from '../../lib/store/schema';
import { daysBefore, getSummary, TREND_DAYS } from '../../lib/store/summary';

const DAYS = 90;
const BUYER_MESSAGES_PER_DAY = 2_000;
const BATCH = 250;
const SUMMARY_RUNS = 40;
const BUDGET_SUMMARY_P95_MS = 100;
/** One new message on a full day (recomputes that day's aggregate): well under a second. */
const BUDGET_LIVE_BATCH_P95_MS = 250;

const TODAY: BeijingDay = '2026-11-23';
const NOW = beijingDayStart(TODAY) + 22 * HOUR_MS;
const ACCOUNT: AccountInfo = { key: 'bench-mall:bench-agent', mallName: '基准店' };
const WINDOW = DEFAULT_SETTINGS.replyTimer.countedWindow;

/** Deterministic pseudo-random numbers (Park–Miller). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** One day of chats: conversations of 1–5 buyer messages, most answered by a human, some only by the robot. */
function dayEvents(day: BeijingDay, rand: () => number): ChatEvent[] {
  const events: ChatEvent[] = [];
  const start = beijingDayStart(day);
  let buyerMessages = 0;
  for (let c = 0; buyerMessages < BUYER_MESSAGES_PER_DAY; c += 1) {
    const conversationId = `${day}-c${c}`;
    const buyerId = `b${Math.floor(rand() * 1e6)}`;
    // 5 % outside the counted window (07:00–08:00, 23:00–23:30).
    const outside = rand() < 0.05;
    let at = outside ? start + (rand() < 0.5 ? 7 * HOUR_MS : 23 * HOUR_MS) + rand() * 30 * MINUTE_MS : start + 8 * HOUR_MS + rand() * 14.5 * HOUR_MS;
    at = Math.floor(at);
    const n = Math.min(1 + Math.floor(rand() * 5), BUYER_MESSAGES_PER_DAY - buyerMessages);
    for (let i = 0; i < n; i += 1) {
      events.push({ kind: 'buyer', conversationId, buyerId, messageId: `${conversationId}-m${i}`, at });
      at += Math.floor(rand() * 20 * SECOND_MS);
    }
    buyerMessages += n;
    if (rand() < 0.3) events.push({ kind: 'robot', conversationId, buyerId, messageId: `${conversationId}-r`, at: at + SECOND_MS });
    const r = rand();
    const wait = r < 0.7 ? rand() * 30 * SECOND_MS : r < 0.9 ? rand() * 3 * MINUTE_MS : r < 0.97 ? rand() * HOUR_MS : null;
    if (wait !== null) events.push({ kind: 'human', conversationId, buyerId, messageId: `${conversationId}-h`, at: at + Math.floor(wait) });
  }
  return events.sort((a, b) => a.at - b.at);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The summary's figures straight from raw events (no aggregates): what the aggregates save. */
async function baselineSummary(db: KefuDb) {
  const today = TODAY;
  const trendFrom = addDays(today, -(TREND_DAYS - 1));
  const trend = [];
  const metricsByDay = new Map<BeijingDay, ReturnType<typeof dayMetrics>>();
  for (let i = 0; i < TREND_DAYS; i += 1) {
    const day = addDays(trendFrom, i);
    const events = await db.getAllFromIndex('chatEvents', 'byDay', IDBKeyRange.bound([ACCOUNT.key, day], [ACCOUNT.key, addDays(day, 1)]));
    const metrics = dayMetrics(events, day, { window: WINDOW });
    metricsByDay.set(day, metrics);
    trend.push({ day, rate1h: metrics.rate1h, rate5min: metrics.rate5min, buyers: metrics.buyers });
  }
  const signupDays = daysBefore(today, SIGNUP_CHECK_DAYS);
  const coverage = await readCoverage(db, ACCOUNT.key, signupDays[0]!, signupDays[signupDays.length - 1]!, WINDOW);
  // No official figures in this dataset: the check is the estimate's, with its plan ahead.
  const signup = popupSignup({
    settings: DEFAULT_SETTINGS,
    today,
    now: NOW,
    window: WINDOW,
    days: signupDays,
    metricsOf: (day) => metricsByDay.get(day) ?? null,
    coverageOf: (day) => coverage.get(day) ?? 0,
    official: new Map(),
    agentsSeen: 1,
  });
  const guardEvents = await db.getAllFromIndex('guardEvents', 'byDay', [ACCOUNT.key, today]);
  return { metrics: metricsByDay.get(today)!, trend, signup, guardEvents: guardEvents.length };
}

async function storeSizes(db: KefuDb): Promise<Array<[string, number, number]>> {
  const rows: Array<[string, number, number]> = [];
  for (const name of ['chatEvents', 'guardEvents', 'afterSales', 'dailyAggregates', 'coverage', 'accounts'] as const) {
    const values: unknown[] = await db.getAll(name);
    rows.push([name, values.length, values.reduce<number>((sum, v) => sum + JSON.stringify(v).length, 0)]);
  }
  return rows;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const store = new StoreConnection({ name: `kefu-guard-bench-${Date.now()}`, clock: { now: () => NOW } });
  const db = await store.db();
  const rand = rng(20261123);

  // Insert: day after day, in batches as the content script would send a history load.
  let inserted = 0;
  let insertMs = 0;
  const firstDay = addDays(TODAY, -(DAYS - 1));
  for (let d = 0; d < DAYS; d += 1) {
    const day = addDays(firstDay, d);
    const events = dayEvents(day, rand);
    for (let i = 0; i < events.length; i += BATCH) {
      const t0 = performance.now();
      const { added } = await addChatEvents(db, ACCOUNT, events.slice(i, i + BATCH), WINDOW, NOW);
      insertMs += performance.now() - t0;
      inserted += added;
    }
    // Observed all day (written directly: 900 heartbeats a day would only slow the setup).
    await db.put('coverage', { account: ACCOUNT.key, day, spans: [[8 * 60, 23 * 60]] });
    for (let g = 0; g < 5; g += 1) {
      await addGuardEvent(db, ACCOUNT, { id: `${day}-g${g}`, at: beijingDayStart(day) + (10 + g) * HOUR_MS, category: g % 2 ? 'contact' : 'platform', ruleId: 'chat-contact', outcome: 'held' }, WINDOW, NOW);
    }
  }
  await putAfterSalesSnapshot(
    db,
    ACCOUNT,
    NOW,
    Array.from({ length: 40 }, (_, i) => ({ afterSalesId: `as${i}`, pending: i % 4 !== 0, deadlineAt: NOW + (i - 5) * HOUR_MS, flags: [] })),
    NOW,
  );

  // A live batch on a full day: the cost the content script sees per message.
  const live: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const at = NOW - 10 * MINUTE_MS + i * SECOND_MS;
    const t0 = performance.now();
    await addChatEvents(db, ACCOUNT, [{ kind: 'buyer', conversationId: `live-c${i}`, buyerId: `live-b${i}`, messageId: `live-m${i}`, at }], WINDOW, NOW);
    live.push(performance.now() - t0);
  }

  // Summary from aggregates vs. baseline from raw events, interleaved in the same run.
  const input = { account: ACCOUNT.key, now: NOW, settings: DEFAULT_SETTINGS, live: null, storeError: null };
  await getSummary(db, input); // warm-up
  await baselineSummary(db);
  const fast: number[] = [];
  const slow: number[] = [];
  let check: Awaited<ReturnType<typeof getSummary>> | null = null;
  let base: Awaited<ReturnType<typeof baselineSummary>> | null = null;
  for (let i = 0; i < SUMMARY_RUNS; i += 1) {
    let t0 = performance.now();
    check = await getSummary(db, input);
    fast.push(performance.now() - t0);
    t0 = performance.now();
    base = await baselineSummary(db);
    slow.push(performance.now() - t0);
  }
  fast.sort((a, b) => a - b);
  slow.sort((a, b) => a - b);
  const same = JSON.stringify(check!.trend) === JSON.stringify(base!.trend) && JSON.stringify(check!.signup) === JSON.stringify(base!.signup);

  const sizes = await storeSizes(db);
  const totalBytes = sizes.reduce((s, [, , b]) => s + b, 0);
  live.sort((a, b) => a - b);

  const p95 = percentile(fast, 95);
  const rows: Array<[string, string]> = [
    ['environment', `Node ${process.version}, fake-indexeddb (in-memory; Chromium's IndexedDB will differ)`],
    ['dataset', `${DAYS} days × ${BUYER_MESSAGES_PER_DAY} buyer messages/day; ${inserted} events incl. replies`],
    ['insert', `${inserted} events in ${(insertMs / 1000).toFixed(1)} s = ${Math.round(inserted / (insertMs / 1000))} events/s (batches of ${BATCH}, aggregates recomputed per batch)`],
    ['live batch of 1 event (full day) p50 / p95', `${ms(percentile(live, 50))} / ${ms(percentile(live, 95))}`],
    [`summary from aggregates p50 / p95 (${SUMMARY_RUNS} runs)`, `${ms(percentile(fast, 50))} / ${ms(p95)}`],
    [`baseline from raw events p50 / p95 (${SUMMARY_RUNS} runs)`, `${ms(percentile(slow, 50))} / ${ms(percentile(slow, 95))}`],
    ['speed-up (p50)', `${(percentile(slow, 50) / percentile(fast, 50)).toFixed(0)}×`],
    ['same trend and signup check as the baseline', same ? 'yes' : 'NO'],
    ...sizes.map(([name, count, bytes]): [string, string] => [`size ${name}`, `${count} records, ${(bytes / 1e6).toFixed(2)} MB (JSON)`]),
    ['size total (JSON of records, excl. indexes)', `${(totalBytes / 1e6).toFixed(2)} MB`],
    ['wall time', `${((performance.now() - startedAt) / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('kefu-guard store benchmark (fake-indexeddb/auto in Node — the real figure in Chromium may differ)');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);

  const budgets: Array<[string, number, number, string]> = [
    ['store.summary.p95', p95, BUDGET_SUMMARY_P95_MS, 'ms'],
    ['store.events.live.p95', percentile(live, 95), BUDGET_LIVE_BATCH_P95_MS, 'ms'],
  ];
  let failed = !same;
  for (const [name, value, limit, unit] of budgets) {
    const pass = value <= limit;
    failed ||= !pass;
    console.log(`BUDGET ${name} ${value.toFixed(1)} ${unit} <= ${limit} ${pass ? 'PASS' : 'FAIL'}`);
  }
  await store.close();
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
