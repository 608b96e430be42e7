/**
 * Before/after for a change to the phrase engine's speed: the engine of a
 * git revision (lib/phrases extracted with git archive into .tmp/) and the
 * working tree's, timed interleaved in one process on the bench's inputs
 * (300 messages of 500 characters, built-in words + 5,000 shop words), so
 * the machine's load falls on both alike. Also checks that both decide the
 * same on every message.
 *
 *   npx tsx test/bench/phrases-ab.ts [revision=HEAD] [passes=21]
 *
 * Per message the median of its passes (the order alternates), then p50,
 * p99 and the mean over messages, and the load average.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { prng } from '../fixtures/prng.ts';
import { phraseBenchInputs } from './phrases-inputs.ts';

const [revision = 'HEAD', passesArg = '21'] = process.argv.slice(2);
const root = new URL('../../', import.meta.url).pathname;
const dir = `${root}.tmp/phrases-ab/${revision.replace(/[^\w.-]/g, '_')}`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execSync(`git archive ${JSON.stringify(revision)} lib/phrases | tar -x -C ${JSON.stringify(dir)}`, { cwd: root });

type Engine = typeof import('../../lib/phrases/index.ts');
type Fold = typeof import('../../lib/phrases/fold.ts');
const before = (await import(`${dir}/lib/phrases/index.ts`)) as Engine;
const after = (await import('../../lib/phrases/index.ts')) as Engine;
// Each engine has its own fold table: both get the unit tests' traditional pairs.
const { HAND_TRAD_PAIRS } = await import('../../lib/phrases/trad-pairs.ts');
for (const fold of [(await import(`${dir}/lib/phrases/fold.ts`)) as Fold, (await import('../../lib/phrases/fold.ts')) as Fold]) fold.addTraditionalPairs(HAND_TRAD_PAIRS);

const { MESSAGES_500: messages, SYNTHETIC } = phraseBenchInputs(prng(20261123));
const scanners = [before, after].map((engine) => {
  const custom = engine.compile({ customWords: SYNTHETIC });
  return (text: string) => engine.scan(text, { custom });
});

const differing = messages.filter((m) => JSON.stringify(scanners[0]!(m)) !== JSON.stringify(scanners[1]!(m))).length;
const now = () => Number(process.hrtime.bigint()) / 1e6;
let sink = 0;
for (let i = 0; i < 2000; i++) for (const scan of scanners) sink += scan(messages[i % messages.length]!).length;

const passes = Number(passesArg);
const samples = scanners.map(() => messages.map((): number[] => []));
for (let p = 0; p < passes; p++) {
  messages.forEach((m, i) => {
    for (const k of (p + i) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = now();
      sink += scanners[k]!(m).length;
      samples[k]![i]!.push(now() - t0);
    }
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(`phrase engine, ${revision} vs working tree: ${messages.length} messages of 500 characters, ${passes} interleaved passes`);
['before', 'after'].forEach((name, k) => {
  const perMessage = samples[k]!.map(median).sort((a, b) => a - b);
  const mean = perMessage.reduce((a, b) => a + b, 0) / perMessage.length;
  console.log(`  ${name.padEnd(6)} p50 ${at(perMessage, 0.5).toFixed(4)}  p99 ${at(perMessage, 0.99).toFixed(4)}  mean ${mean.toFixed(4)} ms`);
});
console.log(`  decisions differing: ${differing} of ${messages.length}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (sink < 0) console.log(sink);
