/**
 * The store benchmark's page side: bundled by store-browser.bench.ts and run
 * in Chromium, so the figures are those of Chromium's own IndexedDB. A day of
 * `perDay` buyer messages is stored, then live batches of one event are timed,
 * beside the former cost of such a batch: recomputing the whole day.
 */
import { beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { AccountInfo, ChatEvent } from '@/lib/events';
import { recomputeDays } from '@/lib/store/aggregates';
import { addChatEvents } from '@/lib/store/chat';
import { StoreConnection } from '@/lib/store/db';
import { inTransaction } from '@/lib/store/tx';

const TODAY = '2026-11-23';
const NOW = beijingDayStart(TODAY) + 22 * HOUR_MS;
const ACCOUNT: AccountInfo = { key: 'bench-mall:bench-agent', mallName: '基准店' };
const WINDOW = { startHour: 8, endHour: 23 };

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Conversations of 1–5 buyer messages between 08:00 and 22:30, most answered by a human. */
function dayEvents(perDay: number, rand: () => number): { events: ChatEvent[]; conversations: number } {
  const events: ChatEvent[] = [];
  const start = beijingDayStart(TODAY);
  let c = 0;
  for (let messages = 0; messages < perDay; c += 1) {
    const conversationId = `c${c}`;
    const buyerId = `b${c}`;
    let at = Math.floor(start + 8 * HOUR_MS + rand() * 14.5 * HOUR_MS);
    const n = Math.min(1 + Math.floor(rand() * 5), perDay - messages);
    for (let i = 0; i < n; i += 1) {
      events.push({ kind: 'buyer', conversationId, buyerId, messageId: `${conversationId}-m${i}`, at });
      at += Math.floor(rand() * 20 * SECOND_MS);
    }
    messages += n;
    if (rand() < 0.9) events.push({ kind: 'human', conversationId, buyerId, messageId: `${conversationId}-h`, at: at + Math.floor(rand() * 3 * MINUTE_MS) });
  }
  return { events: events.sort((a, b) => a.at - b.at), conversations: c };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export interface BrowserStoreFigures {
  perDay: number;
  events: number;
  liveP50: number;
  liveP95: number;
  fullDayP50: number;
  fullDayP95: number;
}

async function runOne(perDay: number, liveBatches: number, baselineRuns: number): Promise<BrowserStoreFigures> {
  const name = `bench-${perDay}-${Date.now()}`;
  const store = new StoreConnection({ name, clock: { now: () => NOW } });
  const db = await store.db();
  const rand = rng(perDay);
  const { events, conversations } = dayEvents(perDay, rand);
  for (let i = 0; i < events.length; i += 500) await addChatEvents(db, ACCOUNT, events.slice(i, i + 500), WINDOW, NOW);

  // Live traffic: a new message in a random conversation, or a reply to one.
  const live: number[] = [];
  for (let i = 0; i < liveBatches; i += 1) {
    const c = Math.floor(rand() * conversations);
    const kind = i % 2 === 0 ? 'buyer' : 'human';
    const event: ChatEvent = { kind, conversationId: `c${c}`, buyerId: `b${c}`, messageId: `live-${i}`, at: NOW - 30 * MINUTE_MS + i * SECOND_MS };
    const t0 = performance.now();
    await addChatEvents(db, ACCOUNT, [event], WINDOW, NOW);
    live.push(performance.now() - t0);
  }
  // Baseline: what each of those batches cost before (the whole day recomputed).
  const full: number[] = [];
  for (let i = 0; i < baselineRuns; i += 1) {
    const t0 = performance.now();
    await inTransaction(db, ['chatEvents', 'dailyAggregates'], 'readwrite', (tx) => recomputeDays(tx, ACCOUNT.key, [TODAY], WINDOW, NOW));
    full.push(performance.now() - t0);
  }
  await store.close();
  indexedDB.deleteDatabase(name);
  return {
    perDay,
    events: events.length + liveBatches,
    liveP50: percentile(live, 50),
    liveP95: percentile(live, 95),
    fullDayP50: percentile(full, 50),
    fullDayP95: percentile(full, 95),
  };
}

(globalThis as unknown as { runStoreBench: unknown }).runStoreBench = async (sizes: number[], liveBatches: number, baselineRuns: number) => {
  const out: BrowserStoreFigures[] = [];
  for (const perDay of sizes) out.push(await runOne(perDay, liveBatches, baselineRuns));
  return out;
};
