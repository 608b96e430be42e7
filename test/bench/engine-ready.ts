/**
 * What loading the phrase engine costs the chat page, on the thread the agent
 * types on: the shipped .output/chrome-mv3/phrase-engine.js (the unlisted
 * script the worker injects into the chat tab, issue 25 item 3) read, parsed
 * and run as one task, then the guard's warm-up (engine-warm.ts) of the
 * engine's own texts: one per idle callback, each its own task. Each sample is a fresh node process
 * (V8, as Chromium's), so no compilation cache is warm: the cold cost of
 * each chat page load. Beside it, same processes: what the first check
 * would cost without the warm-up (the same file, the first text typed).
 *
 *   npx tsx test/bench/engine-ready.ts [samples]      (after `npx wxt build`)
 *
 * The file is read from the extension's own package, never over a network:
 * its gzip size costs nothing; its raw size costs parse time, in "run".
 * Budget: no task of the engine's as long as the browser's long task (50 ms).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { PhraseEngine } from '../../lib/features/phrase-guard/engine-slot.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/types.ts';

const FILE = path.resolve('.output/chrome-mv3/phrase-engine.js');
/** Texts not among the warm-up's: what an agent types first. */
const FIRST_TYPED = ['亲，这边给您登记好了，明早第一批发出哦', '您好，亲，可以加下我vx吗，私下给您便宜点'];

interface Sample {
  /** Read + parse + run of the injected file (one task). */
  run: number;
  /** Each warm-up step (one idle task each). */
  steps: number[];
  /** The first typed texts after the warm-up. */
  afterWarm: number[];
  /** In a second cold engine, the first typed text with no warm-up. */
  coldFirst: number;
}

function loadEngine(): { decide: (text: string) => unknown; warmTexts: readonly string[]; run: number } {
  const t0 = performance.now();
  const source = readFileSync(FILE, 'utf8');
  // The isolated world's globals the engine uses (a content script has them all).
  const world: Record<string, unknown> = { atob, TextDecoder, TextEncoder };
  vm.createContext(world);
  new vm.Script(source, { filename: 'phrase-engine.js' }).runInContext(world);
  const run = performance.now() - t0;
  const engine = world.__kefuGuardPhraseEngine as PhraseEngine;
  return { decide: engine.decider(() => DEFAULT_SETTINGS, () => null), warmTexts: engine.warmTexts, run };
}

function timed(work: () => unknown): number {
  const t = performance.now();
  if (!work()) throw new Error('no decision from the injected engine');
  return performance.now() - t;
}

function sampleOnce(mode: string): Sample | number {
  const { decide, warmTexts, run } = loadEngine();
  if (mode === 'cold') return timed(() => decide(FIRST_TYPED[0]!));
  const steps = warmTexts.map((text) => timed(() => decide(text)));
  const afterWarm = FIRST_TYPED.map((text) => timed(() => decide(text)));
  return { run, steps, afterWarm, coldFirst: NaN };
}

const child = (mode: string) => {
  const out = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', mode], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`engine load failed:\n${out.stderr.slice(-2000)}`);
  return JSON.parse(out.stdout) as Sample | number;
};

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(sampleOnce(process.argv[3]!)));
} else {
  const n = Number(process.argv[2] ?? 9);
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) samples.push({ ...(child('warm') as Sample), coldFirst: child('cold') as number });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const f = (ms: number) => ms.toFixed(1);
  const raw = readFileSync(FILE).length / 1024;
  const steps = samples[0]!.steps.map((_, k) => median(samples.map((s) => s.steps[k]!)));
  const run = median(samples.map((s) => s.run));
  const longest = Math.max(run, ...steps);
  console.log(`phrase-engine.js ${raw.toFixed(1)} KB raw, cold, median of ${n} fresh processes (ms):`);
  console.log(`  read + parse + run (one task)       ${f(run)}`);
  console.log(`  warm-up steps (one idle task each)  ${steps.map(f).join(' / ')}  (total ${f(steps.reduce((a, b) => a + b, 0))})`);
  console.log(`  first typed texts after warm-up     ${FIRST_TYPED.map((_, k) => f(median(samples.map((s) => s.afterWarm[k]!)))).join(' / ')}`);
  console.log(`  baseline: first typed text, no warm-up (the whole cold build on that keystroke)  ${f(median(samples.map((s) => s.coldFirst)))}`);
  console.log(`  longest step per sample: ${samples.map((s) => f(Math.max(s.run, ...s.steps))).join(' ')}`);
  console.log(`BUDGET phrases.engine-load.longest-task ${f(longest)} ms <= 50 ${longest <= 50 ? 'PASS' : 'FAIL'}`);
}
