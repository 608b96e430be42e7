/**
 * Trains the phrase guard's classifier (lib/phrases/model.ts) and writes its
 * weights to lib/phrases/model-weights.ts. Run: npx tsx scripts/train-phrase-model.ts
 *
 * Text: the team's tuning corpora only (TUNING below), never the frozen blind
 * corpora (phrases-blind*.json). Per category (abuse, deal, bank) a logistic
 * regression over hashed character 1–3-grams of the folded text, trained by
 * SGD in a fixed order (seeded shuffle): the same text gives the same bytes.
 * The threshold is chosen on out-of-fold scores (5-fold cross-validation over
 * the tuning text): the lowest logit at which, among the messages the rules
 * leave without a finding of that category, no clean message is flagged and
 * the flagged ones are right at least PRECISION of the time, plus a margin.
 * The final weights are then trained on all of the tuning text. A category
 * whose model catches, out of fold, nothing the rules miss is not shipped
 * (threshold null, no weights): it could only add false alarms.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fold, scan, type PassedWord } from '@/lib/phrases';
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { MODEL_CATEGORIES, MODEL_MIN_CHARS, ngramBuckets } from '@/lib/phrases/model';
import { loadCorpus, type CorpusEntry } from '../test/corpus/score';

export const TUNING = [
  'test/corpus/phrases.json',
  'test/corpus/phrases-own21.json',
  'test/corpus/phrases-own26.json',
  'test/corpus/phrases-train26.json',
  'test/corpus/phrases-unseen.json',
  'test/corpus/phrases-model-own.json',
];
export const BUCKETS = 2048;
const EPOCHS = Number(process.env.EPOCHS ?? 40);
const RATE = 0.3;
const L2 = Number(process.env.L2 ?? 2e-4);
const FOLDS = 5;
const SEED = 21;
/** Out-of-fold precision the threshold must reach among the messages the rules miss. */
const PRECISION = 0.9;
/** Added to the chosen logit: text nobody here wrote scores less tidily than ours. */
const MARGIN = 0.5;

interface Example {
  text: string;
  x: number[];
  /** 1 when labelled with the category, per MODEL_CATEGORIES. */
  y: number[];
  /** The rules already found the category (per MODEL_CATEGORIES). */
  ruled: boolean[];
  /** The model may not speak: the rules cleared a word by scope or context, or the text is too short. */
  cleared: boolean;
  clean: boolean;
}

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function example(e: CorpusEntry): Example {
  const labels = new Set(e.expect.map((l) => l.category));
  const passed: PassedWord[] = [];
  const found = new Set(scan(e.text, { passed, model: false }).map((f) => f.category));
  return {
    text: e.text,
    x: ngramBuckets(fold(e.text), BUCKETS),
    y: MODEL_CATEGORIES.map((c) => (labels.has(c) ? 1 : 0)),
    ruled: MODEL_CATEGORIES.map((c) => found.has(c)),
    // The model stays silent on short texts, as where the rules cleared a word.
    cleared: passed.some((p) => p.reason.kind === 'context') || fold(e.text).replace(/ /g, '').length < MODEL_MIN_CHARS,
    clean: labels.size === 0,
  };
}

/** SGD for one category; returns float weights and bias. */
function train(data: readonly Example[], k: number): { w: Float64Array; b: number } {
  const w = new Float64Array(BUCKETS);
  let b = 0;
  const rand = mulberry32(SEED + k);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.1);
    for (const i of order) {
      const ex = data[i]!;
      const norm = 1 / Math.sqrt(Math.max(1, ex.x.length));
      let z = b;
      for (const f of ex.x) z += (f >= 0 ? w[f]! : -w[~f]!) * norm;
      const g = 1 / (1 + Math.exp(-z)) - ex.y[k]!;
      b -= rate * g;
      for (const f of ex.x) {
        const h = f >= 0 ? f : ~f;
        w[h] = w[h]! * (1 - rate * L2) - rate * g * norm * (f >= 0 ? 1 : -1);
      }
    }
  }
  return { w, b };
}

/** Int8 weights with one scale: max |w| → 127. */
function quantise(w: Float64Array): { q: Int8Array; scale: number } {
  let max = 1e-9;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale);
  return { q, scale };
}

function logit(ex: Example, q: Int8Array, scale: number, b: number): number {
  let s = 0;
  for (const f of ex.x) s += f >= 0 ? q[f]! : -q[~f]!;
  return b + (scale * s) / Math.sqrt(Math.max(1, ex.x.length));
}

interface Scored {
  z: number;
  y: number;
  clean: boolean;
  /** The model may speak: the rules found nothing of the category and cleared nothing. */
  open: boolean;
}

/**
 * The lowest logit (plus MARGIN) above every clean message the model may
 * speak on, at which out-of-fold precision over all tuning messages is at
 * least PRECISION. Recall is counted over every labelled message: the rules
 * were tuned on this text, so the few it still misses say little alone.
 */
function chooseThreshold(scored: readonly Scored[]): number {
  let cleanMax = -Infinity;
  for (const s of scored) if (s.open && s.clean) cleanMax = Math.max(cleanMax, s.z);
  const sorted = [...scored].sort((a, b) => b.z - a.z);
  let tp = 0;
  let fp = 0;
  let best = Infinity;
  for (const s of sorted) {
    if (s.z < cleanMax) break;
    if (s.y) tp++;
    else fp++;
    if (tp / (tp + fp) >= PRECISION) best = s.z;
  }
  return Math.max(best, cleanMax) + MARGIN;
}

function report(category: string, scored: readonly Scored[], threshold: number): string {
  const r = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
  const at = (list: readonly Scored[]) => {
    const flagged = list.filter((s) => s.z >= threshold);
    const tp = flagged.filter((s) => s.y).length;
    return `P ${r(tp, flagged.length)} R ${r(tp, list.filter((s) => s.y).length)} (${tp}/${flagged.length - tp}/${list.filter((s) => s.y).length - tp})`;
  };
  const open = scored.filter((s) => s.open);
  return `${category} threshold ${threshold}: all messages ${at(scored)}; where the model may speak ${at(open)}, clean flagged ${open.filter((s) => s.clean && s.z >= threshold).length}/${open.filter((s) => s.clean).length}`;
}

function debug(oof: Scored[], data: Example[], folds: number[]) {
  const texts: string[] = [];
  for (let f = 0; f < FOLDS; f++) data.forEach((ex, i) => folds[i] === f && texts.push(ex.text));
  const rows = oof.map((s, i) => ({ ...s, text: texts[i] })).filter((s) => s.open);
  rows.sort((a, b) => b.z - a.z);
  for (const r of rows.slice(0, 25)) console.log(r.z.toFixed(2), r.y, r.clean ? 'clean' : 'other', r.text);
  for (const r of rows.filter((s) => s.y)) console.log('MISS', r.z.toFixed(2), r.text);
}

function main() {
  addTraditionalPairs(traditionalPairs());
  addTraditionalPairs(HAND_TRAD_PAIRS);
  const corpus = TUNING.flatMap((f) => loadCorpus(f));
  const data = corpus.map(example);
  const rand = mulberry32(SEED);
  const fold_ = data.map(() => Math.floor(rand() * FOLDS));
  const out: string[] = [];
  const tables = MODEL_CATEGORIES.map((category, k) => {
    const oof: Scored[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const { w, b } = train(data.filter((_, i) => fold_[i] !== f), k);
      const { q, scale } = quantise(w);
      data.forEach((ex, i) => {
        if (fold_[i] === f) oof.push({ z: logit(ex, q, scale, b), y: ex.y[k]!, clean: ex.clean, open: !ex.ruled[k] && !ex.cleared });
      });
    }
    const chosen = Number(chooseThreshold(oof).toFixed(3));
    // A category's model ships only if, out of fold, it caught a message the rules missed (and, by the threshold, no clean one).
    const useful = oof.some((s) => s.open && s.y && s.z >= chosen);
    out.push(report(category, oof, chosen) + (useful ? '' : ' → not shipped: it adds nothing the rules miss'));
    if (!useful) return { category, bias: 0, scale: 0, threshold: null, weights: '' };
    const threshold = chosen;
    if (process.env.DEBUG_MODEL === category) debug(oof, data, fold_);
    const { w, b } = train(data, k);
    const { q, scale } = quantise(w);
    return { category, bias: Number(b.toFixed(5)), scale: Number(scale.toPrecision(6)), threshold, weights: Buffer.from(q.buffer).toString('base64') };
  });
  const file = resolve(process.cwd(), 'lib/phrases/model-weights.ts');
  writeFileSync(file, render(tables, corpus.length));
  console.log(`trained on ${corpus.length} messages (${TUNING.length} tuning files)\n${out.join('\n')}`);
}

function render(tables: ReadonlyArray<{ category: string; bias: number; scale: number; threshold: number | null; weights: string }>, messages: number): string {
  const lines = tables.map(
    (t) => `    { category: '${t.category}', bias: ${t.bias}, scale: ${t.scale}, threshold: ${t.threshold},\n      weights: '${t.weights}' },`,
  );
  return `/**
 * Weights of the phrase classifier (model.ts), written by
 * scripts/train-phrase-model.ts from ${messages} messages of the team's tuning
 * text (never the blind corpora). Do not edit: run the script.
 */
export const MODEL_DATA = {
  buckets: ${BUCKETS},
  categories: [
${lines.join('\n')}
  ],
} as const;
`;
}

main();
