/**
 * Store benchmark in Chromium's own IndexedDB (issue 13): a live batch of one
 * event on a day of 2,000 and of 20,000 buyer messages, beside the former cost
 * of such a batch in the same run (the whole day recomputed).
 *
 * Run: npx tsx test/bench/store-browser.bench.ts   (part of `npm run bench`)
 * The page code (store-browser.page.ts) is bundled with esbuild and served to
 * a blank Chromium under a made-up https origin, so IndexedDB is the browser's.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../sim/browser';
import type { BrowserStoreFigures } from './store-browser.page';

const SIZES = (process.env.BENCH_SIZES ?? "2000,20000").split(",").map(Number);
const LIVE_BATCHES = 200;
const BASELINE_RUNS = 20;
const BUDGET_LIVE_P95_MS = 5;
const ORIGIN = 'https://bench.kefu-guard.test';

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [path.resolve('test/bench/store-browser.page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    tsconfig: path.resolve('tsconfig.json'),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/bench.js')
        ? route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0]!.text })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script src="/bench.js"></script>' }),
    );
    await page.goto(`${ORIGIN}/`);
    const version = browser.version();
    const figures = (await page.evaluate(
      ([sizes, live, runs]) => (globalThis as unknown as { runStoreBench: (s: number[], l: number, r: number) => Promise<unknown> }).runStoreBench(sizes, live, runs),
      [SIZES, LIVE_BATCHES, BASELINE_RUNS] as [number[], number, number],
    )) as BrowserStoreFigures[];

    console.log(`kefu-guard store benchmark in Chromium ${version} (its own IndexedDB)`);
    console.log(`  ${'buyer messages a day'.padEnd(22)}${'events'.padStart(8)}${'live batch p50 / p95'.padStart(24)}${'baseline: whole day p50 / p95'.padStart(34)}`);
    for (const f of figures) {
      console.log(
        `  ${String(f.perDay).padEnd(22)}${String(f.events).padStart(8)}${`${f.liveP50.toFixed(2)} / ${f.liveP95.toFixed(2)} ms`.padStart(24)}${`${f.fullDayP50.toFixed(1)} / ${f.fullDayP95.toFixed(1)} ms`.padStart(34)}`,
      );
    }
    let failed = false;
    for (const f of figures) {
      const pass = f.liveP95 < BUDGET_LIVE_P95_MS;
      failed ||= !pass;
      console.log(`BUDGET store.chromium.live.${f.perDay}.p95 ${f.liveP95.toFixed(2)} ms < ${BUDGET_LIVE_P95_MS} ${pass ? 'PASS' : 'FAIL'}`);
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
