/**
 * Phrase engine benchmark: speed and quality side by side with three
 * baselines on the same inputs — a naive indexOf loop over the entries, one
 * big alternation RegExp, and the modern-ahocorasick package.
 *
 *   npx tsx test/bench/phrases.bench.ts
 *
 * Messages (10–500 characters) are built deterministically from corpus
 * sentences with a seeded PRNG. The dictionary has the built-in words plus
 * 5,000 synthetic shop words. Baselines read raw text; "norm+" rows run them
 * on the engine's normalised text (offsets mapped back) to show how much of
 * the quality comes from normalisation rather than from matching.
 * Quality (recall on corpus positives, false findings on negatives) uses the
 * built-in words only, so synthetic words do not count as false findings.
 * Ends with one BUDGET line per budget; exit code 1 if any fails.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AhoCorasick from 'modern-ahocorasick';
import { builtinEntries, compile, normalise, scan } from '../../lib/phrases/index.ts';
import { addTraditionalPairs } from '../../lib/phrases/fold.ts';
import { HAND_TRAD_PAIRS } from '../../lib/phrases/trad-pairs.ts';
import type { PhraseCategory } from '../../lib/settings/types.ts';
import { prng } from '../fixtures/prng.ts';
import { phraseBenchInputs, type CorpusEntry } from './phrases-inputs.ts';

// As in the unit tests: the hand-made traditional table (the product gets OpenCC's from the background).
addTraditionalPairs(HAND_TRAD_PAIRS);

// ---------------------------------------------------------------- inputs

const rand = prng(20261123);
const { corpus, MESSAGES_500, MESSAGES_MIXED, SYNTHETIC } = phraseBenchInputs(rand);

interface Word {
  text: string;
  category: PhraseCategory;
}
const BUILTIN_WORDS: Word[] = builtinEntries()
  .filter((e) => !e.allow)
  .map((e) => ({ text: e.text.replace(/^\^|\$$/g, ''), category: e.category }));
const BIG_WORDS: Word[] = [...BUILTIN_WORDS, ...SYNTHETIC.map((text) => ({ text, category: 'custom' as const }))];

// ---------------------------------------------------------------- methods

interface Hit {
  category: PhraseCategory;
  start: number;
  end: number;
}

interface Method {
  name: string;
  /** Builds the matcher for a word list; returns the function that scans one message. */
  build: (words: Word[]) => (text: string) => Hit[];
}

/** Runs a raw-text matcher on the normalised text and maps its hits back to the original. */
function onNormalised(find: (text: string) => Hit[]): (text: string) => Hit[] {
  return (text) => {
    const n = normalise(text);
    const s = String.fromCharCode(...n.codes.subarray(0, n.length));
    return find(s).map((h) => ({ category: h.category, start: n.starts[h.start]!, end: n.ends[h.end - 1]! }));
  };
}

const normWords = (words: Word[]) => words.map((w) => ({ ...w, text: normaliseWordCached(w.text) })).filter((w) => w.text);
const wordCache = new Map<string, string>();
function normaliseWordCached(w: string): string {
  let v = wordCache.get(w);
  if (v === undefined) {
    const n = normalise(w);
    v = String.fromCharCode(...n.codes.subarray(0, n.length)).replace(/\u0000/g, '');
    wordCache.set(w, v);
  }
  return v;
}

const naive: Method['build'] = (words) => {
  const list = words.map((w) => ({ ...w, text: w.text.toLowerCase() }));
  return (text) => {
    const lower = text.toLowerCase();
    const hits: Hit[] = [];
    for (const w of list) {
      for (let i = lower.indexOf(w.text); i >= 0; i = lower.indexOf(w.text, i + 1)) {
        hits.push({ category: w.category, start: i, end: i + w.text.length });
      }
    }
    return hits;
  };
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regex: Method['build'] = (words) => {
  const sorted = [...words].sort((a, b) => b.text.length - a.text.length);
  const byText = new Map(sorted.map((w) => [w.text.toLowerCase(), w.category]));
  const re = new RegExp(sorted.map((w) => escape(w.text)).join('|'), 'gi');
  return (text) => {
    const hits: Hit[] = [];
    for (const m of text.matchAll(re)) {
      hits.push({ category: byText.get(m[0].toLowerCase()) ?? 'custom', start: m.index, end: m.index + m[0].length });
    }
    return hits;
  };
};

const aho: Method['build'] = (words) => {
  const list = words.map((w) => ({ ...w, text: w.text.toLowerCase() }));
  const matcher = new AhoCorasick(list.map((w) => ({ pattern: w.text, data: w.category })));
  return (text) => matcher.search(text.toLowerCase()).map((m) => ({ category: m.data ?? 'custom', start: m.start, end: m.end }));
};

const engine: Method['build'] = (words) => {
  const custom = words.filter((w) => w.category === 'custom').map((w) => w.text);
  const dict = compile({ customWords: custom });
  return (text) => scan(text, { custom: dict });
};

const METHODS: Method[] = [
  { name: 'engine (normalise + AC + detectors)', build: engine },
  { name: 'naive indexOf', build: naive },
  { name: 'norm+ naive indexOf', build: (w) => onNormalised(naive(normWords(w))) },
  { name: 'RegExp alternation', build: regex },
  { name: 'norm+ RegExp alternation', build: (w) => onNormalised(regex(normWords(w))) },
  { name: 'modern-ahocorasick', build: aho },
  { name: 'norm+ modern-ahocorasick', build: (w) => onNormalised(aho(normWords(w))) },
];

// ---------------------------------------------------------------- measuring

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let sink = 0;

/**
 * Per-message cost: `passes` interleaved passes over all messages; a message's
 * cost is the median of its passes (this filters out the scheduler: the
 * machine is shared), and p50/p99 are taken over messages. `rawP99` is the
 * 99th percentile of every single call, noise included.
 */
function timeCalls(find: (t: string) => unknown[], messages: string[], passes: number) {
  for (let i = 0; i < 600; i++) sink += find(messages[i % messages.length]!).length; // warm-up
  const samples: number[][] = messages.map(() => []);
  const all: number[] = [];
  for (let p = 0; p < passes; p++) {
    const offset = Math.floor(rand() * messages.length);
    for (let k = 0; k < messages.length; k++) {
      const i = (k + offset) % messages.length;
      const t0 = now();
      sink += find(messages[i]!).length;
      const dt = now() - t0;
      samples[i]!.push(dt);
      all.push(dt);
    }
  }
  const perMessage = samples.map(median).sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  return { p50: percentile(perMessage, 50), p99: percentile(perMessage, 99), rawP99: percentile(all, 99) };
}

function throughput(find: (t: string) => unknown[], messages: string[], minMs: number): number {
  let chars = 0;
  const t0 = now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const m of messages) {
      sink += find(m).length;
      chars += m.length;
    }
    elapsed = now() - t0;
  }
  return chars / (elapsed / 1000);
}

function compileTime(build: Method['build'], words: Word[], runs: number) {
  const cold0 = now();
  build(words);
  const cold = now() - cold0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    build(words);
    times.push(now() - t0);
  }
  return { cold, warm: median(times) };
}

// ---------------------------------------------------------------- quality

function spansOf(entry: CorpusEntry) {
  const from = new Map<string, number>();
  return entry.expect.map((e) => {
    const start = entry.text.indexOf(e.match, from.get(e.match) ?? 0);
    from.set(e.match, start + 1);
    return { category: e.category, start, end: start + e.match.length, match: e.match };
  });
}
const literal = new Set(BUILTIN_WORDS.map((w) => w.text.toLowerCase()));

function quality(find: (t: string) => Hit[]) {
  let all = 0;
  let allHit = 0;
  let evasive = 0;
  let evasiveHit = 0;
  let falseFindings = 0;
  let negatives = 0;
  for (const entry of corpus) {
    const hits = find(entry.text);
    if (entry.expect.length === 0) {
      negatives++;
      falseFindings += hits.length;
      continue;
    }
    for (const s of spansOf(entry)) {
      const found = hits.some((h) => h.category === s.category && h.start < s.end && s.start < h.end);
      const isEvasive = !literal.has(s.match.toLowerCase());
      all++;
      if (found) allHit++;
      if (isEvasive) {
        evasive++;
        if (found) evasiveHit++;
      }
    }
  }
  return { recall: allHit / all, evasiveRecall: evasiveHit / evasive, evasive, all, falseFindings, negatives };
}

// ---------------------------------------------------------------- run

interface Row {
  name: string;
  compileCold: number;
  compileWarm: number;
  p50: number;
  p99: number;
  rawP99: number;
  charsPerSec: number;
  recall: number;
  evasiveRecall: number;
  falseFindings: number;
}

const rows: Row[] = [];
let engineEntries = 0;
let q0: ReturnType<typeof quality> | null = null;
for (const method of METHODS) {
  const isEngine = method === METHODS[0];
  const slow = method.name.includes('naive') || method.name.includes('RegExp');
  const c = compileTime(method.build, BIG_WORDS, isEngine ? 9 : 3);
  const find = method.build(BIG_WORDS) as (t: string) => Hit[];
  const t = timeCalls(find, MESSAGES_500, isEngine ? 9 : slow ? 3 : 5);
  const cps = throughput(find, MESSAGES_MIXED, isEngine ? 1500 : 500);
  const q = quality(isEngine ? (text: string) => scan(text) : (method.build(BUILTIN_WORDS) as (t: string) => Hit[]));
  q0 ??= q;
  if (isEngine) engineEntries = compile({ customWords: SYNTHETIC }).size;
  rows.push({ name: method.name, compileCold: c.cold, compileWarm: c.warm, ...t, charsPerSec: cps, ...q });
}

const fmt = (n: number, d = 3) => n.toFixed(d);
console.log(
  `phrase engine benchmark — ${MESSAGES_500.length} messages of 500 chars, ${MESSAGES_MIXED.length} of 10–500 chars; ` +
    `dictionary ${BIG_WORDS.length} words (${BUILTIN_WORDS.length} built-in + ${SYNTHETIC.length} synthetic); ` +
    `engine compiles ${engineEntries} entries incl. allow-list phrases`,
);
console.log(
  `quality on corpus (${corpus.length} messages, built-in words only): recall over ${q0!.all} expected spans, ` +
    `evasive = ${q0!.evasive} spans whose text is not literally a dictionary word; false = findings in ${q0!.negatives} negatives`,
);
const header = ['method', 'compile cold ms', 'compile ms', 'p50 ms/500ch', 'p99 ms/500ch', 'raw p99', 'Mchars/s', 'recall', 'evasive recall', 'false'];
const body = rows.map((r) => [
  r.name,
  fmt(r.compileCold, 1),
  fmt(r.compileWarm, 1),
  fmt(r.p50),
  fmt(r.p99),
  fmt(r.rawP99),
  fmt(r.charsPerSec / 1e6, 2),
  fmt(r.recall),
  fmt(r.evasiveRecall),
  String(r.falseFindings),
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
console.log(
  '(p50/p99: over messages, each message timed as the median of interleaved passes; raw p99: every call, scheduler and GC ' +
    'noise included; compile: median of warm runs, cold = first run in this process)',
);

// Engine size: the bundle the content script pays for (esbuild comes with the toolchain).
let gzipKb: number | null = null;
try {
  const { buildSync, transformSync } = await import('esbuild');
  const out = buildSync({
    entryPoints: [new URL('../../lib/phrases/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // As the extension ships it: the WXT/Vite build writes UTF-8 (Vite's esbuild options set charset utf8;
    // .output/chrome-mv3/content-scripts/chat.js holds 微信, no \u escapes), not esbuild's default ASCII escapes.
    charset: 'utf8',
    metafile: true,
  });
  gzipKb = gzipSync(out.outputFiles[0]!.contents).length / 1024;
  // What the bundle is made of: per source file, its bytes in the bundle and its own minified file gzipped alone
  // (gzip shares context across files, so the second column does not add up to the total).
  const inputs = Object.entries(Object.values(out.metafile.outputs)[0]!.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  console.log(`engine bundle: ${(out.outputFiles[0]!.contents.length / 1024).toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzip; per file:`);
  for (const [file, { bytesInOutput }] of inputs) {
    if (bytesInOutput === 0) continue;
    const alone = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', minify: true, format: 'esm', charset: 'utf8' }).code;
    console.log(`  ${file.replace(/^.*lib\/phrases\//, '').padEnd(22)} ${(bytesInOutput / 1024).toFixed(1).padStart(5)} KB  alone ${(gzipSync(alone).length / 1024).toFixed(1).padStart(4)} KB gzip`);
  }
} catch {
  console.log('(esbuild not available: size budget skipped)');
}

const engineRow = rows[0]!;
const budgets: Array<[string, number, string, number]> = [
  ['phrases.p99.500chars', engineRow.p99, 'ms', 0.2],
  ['phrases.compile.5000', engineRow.compileWarm, 'ms', 50],
];
// No budget on the size itself: the engine is a file of the extension, injected from local disk, never sent
// over a network, so gzip bytes cost nothing; what its size costs the agent (parse) is in `npm run bench bundle`'s
// phrase engine load (test/bench/engine-ready.ts). The 15 KB this line once checked dated from a keyword-only
// engine inside chat.js; chat.js keeps its own budget (issue #5: 40 KB gzip).
if (gzipKb !== null) console.log(`engine size (no budget): ${gzipKb.toFixed(1)} KB gzip`);
let failed = false;
for (const [name, measured, unit, limit] of budgets) {
  const pass = measured <= limit;
  failed ||= !pass;
  console.log(`BUDGET ${name} ${measured < 1 ? measured.toFixed(3) : measured.toFixed(1)} ${unit} <= ${limit} ${pass ? 'PASS' : 'FAIL'}`);
}
if (sink < 0) console.log(sink); // keep the work observable
process.exit(failed ? 1 : 0);
