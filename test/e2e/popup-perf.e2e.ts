/**
 * The popup opens in under 100 ms with 90 days of data (issue #8). Seeds 90
 * Beijing days through the message contract, then opens popup.html ten times
 * and reads the popup's own `kg:summary-rendered` mark: ms from navigation
 * start to the figures being in the DOM (one summary/get round trip, the
 * settings read, the render). Also a few opens with the service worker
 * stopped first, as Chrome stops it when idle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay } from '../../lib/clock';
import { launchHarness, type Harness } from './harness';
import { awayFromMidnight, PopupPage, scenarioRequests, sendAll, type Scenario } from './pages/popup-page';

const DAYS = 90;
const WARM_OPENS = 10;
const COLD_OPENS = 3;
let harness: Harness;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]!, all: values.map((v) => Math.round(v)) };
};

// Seeding and opening take about a minute: start away from Beijing midnight
// so "today" keeps its data (the hook may wait up to 3 minutes).
beforeAll(async () => {
  await awayFromMidnight(3 * 60_000);
  harness = await launchHarness();
}, 4 * 60_000);
afterAll(async () => harness?.close());

describe('popup open time', () => {
  it(`renders the figures quickly with ${DAYS} days of data`, async () => {
    const today = beijingDay(Date.now());
    const scenario: Scenario = {
      account: { key: 'mall-perf:agent-1', mallName: '九十天小店' },
      plans: Array.from({ length: DAYS }, (_, i) => ({
        day: addDays(today, i - (DAYS - 1)),
        buyers: 120 + (i % 17),
        repliedWithinHour: 108 + (i % 11),
        // Heartbeats only where the popup reads coverage (the 3 signup days), to keep seeding short.
        coverage: i >= DAYS - 4 && i < DAYS - 1 ? 1 : 0,
        waitOffset: i % 12,
      })),
    };
    const seeder = await harness.openExtensionPage('options.html');
    const requests = scenarioRequests(scenario);
    const started = Date.now();
    await sendAll(seeder, requests, 8);
    const events = requests.reduce((n, r) => n + (r.type === 'chat/events' ? r.events.length : 0), 0);
    console.log(`[popup perf] seeded ${DAYS} days, ${events} chat events, ${requests.length} requests in ${Date.now() - started} ms`);
    await seeder.close();

    // First open warms the browser's caches of the extension's files; not counted.
    const first = await PopupPage.open(harness);
    expect(await first.text('stat-buyers')).not.toBe('0');
    await first.page.close();

    const warm: number[] = [];
    const ours: number[] = [];
    const pageLoad: number[] = [];
    for (let i = 0; i < WARM_OPENS; i++) {
      const popup = await PopupPage.open(harness);
      const t = await popup.timings();
      warm.push(t.rendered);
      pageLoad.push(t.domContentLoaded);
      ours.push(t.rendered - t.domContentLoaded);
      await popup.page.close();
    }
    const cold: number[] = [];
    for (let i = 0; i < COLD_OPENS; i++) {
      await harness.stopServiceWorker();
      const popup = await PopupPage.open(harness);
      cold.push(await popup.renderedAt());
      await popup.page.close();
    }
    const w = stats(warm);
    const c = stats(cold);
    const l = stats(pageLoad);
    const o = stats(ours);
    console.log(
      `[popup perf] navigation start → figures rendered, ${DAYS} days of data:\n` +
        `  worker running: p50 ${w.p50.toFixed(1)} ms, p95 ${w.p95.toFixed(1)} ms, max ${w.max.toFixed(1)} ms over ${WARM_OPENS} opens ${JSON.stringify(w.all)}\n` +
        `    of which Chromium loading the page and its scripts (DOMContentLoaded): p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms;\n` +
        `    then summary/get + settings + render: p50 ${o.p50.toFixed(1)} ms, p95 ${o.p95.toFixed(1)} ms\n` +
        `  worker stopped: p50 ${c.p50.toFixed(1)} ms, max ${c.max.toFixed(1)} ms over ${COLD_OPENS} opens ${JSON.stringify(c.all)}`,
    );
    expect(warm.every(Number.isFinite)).toBe(true);
    // The target is 100 ms; the bound asserted is generous so a loaded CI machine does not flake.
    expect(w.p50).toBeLessThan(250);
    expect(w.p95).toBeLessThan(500);
  });
});
