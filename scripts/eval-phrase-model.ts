/**
 * Measures the phrase classifier with a whole tuning file held out: for each
 * file, the model (threshold and weights) is fitted on the other tuning files
 * as scripts/train-phrase-model.ts would, then the rules plus that model score
 * the held file (message level and per category), beside the rules alone.
 * A file written by another hand is the nearest thing to text nobody here saw.
 *
 *   npx tsx scripts/eval-phrase-model.ts [held files…]
 *
 * Options by environment (experiments): BUCKETS, EPOCHS, L2, MARGIN, MARGINS, PRECISION, CLEANRATE,
 * CATS (per category buckets:bits, e.g. abuse:16384:2,deal:8192:4), TRAINER (sgd, nb, bag, avg, mlp),
 * FEATURES (a name from scripts/lib/phrase-features.ts' experiments, default the shipped).
 * LOWO=1: each tuning file held out, the model alone, recall at fixed precision (no thresholds; seconds, not minutes).
 * The default mode also prints, per category, what other margins would have flagged on the held files.
 * Never on a blind corpus. A writer's check file may be held out in aggregate
 * only (how the margins were chosen): MISSES=1 is refused for it.
 */
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { scan, type Finding } from '@/lib/phrases';
import { MODEL_CATEGORIES } from '@/lib/phrases/model';
import { formatScore, loadCorpus, score, type Counts } from '../test/corpus/score';
import { DEFAULTS, example, fitAll, logit, maskDown, quantiseShape, shapeOf, train as trainOne, TUNING, type Example, type TableShape, type TrainOptions } from './lib/phrase-model';
import { EXPERIMENTS } from './lib/phrase-features';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

function options(): TrainOptions {
  return {
    ...DEFAULTS,
    buckets: env('BUCKETS', DEFAULTS.buckets),
    epochs: env('EPOCHS', DEFAULTS.epochs),
    l2: env('L2', DEFAULTS.l2),
    margin: env('MARGIN', DEFAULTS.margin),
    precision: env('PRECISION', DEFAULTS.precision),
    // MARGINS=abuse:0.25,bank:-1 replaces the per-category margins (MARGIN alone: one margin for every category).
    margins: process.env.MARGINS
      ? Object.fromEntries(process.env.MARGINS.split(',').map((kv) => [kv.split(':')[0]!, Number(kv.split(':')[1])]))
      : process.env.MARGIN
        ? {}
        : DEFAULTS.margins,
    trainer: (process.env.TRAINER as TrainOptions['trainer']) ?? DEFAULTS.trainer,
    bags: env('BAGS', DEFAULTS.bags ?? 5),
    posWeight: env('POS', DEFAULTS.posWeight ?? 1),
    cleanRate: env('CLEANRATE', DEFAULTS.cleanRate ?? 0),
    dim: env('DIM', 8),
    mlpRate: env('MLPRATE', 0.1),
    features: process.env.FEATURES ? EXPERIMENTS[process.env.FEATURES]! : DEFAULTS.features,
    // CATS=abuse:16384:2,deal:8192:4 — per category its table's buckets and bits (the rest: BUCKETS at int8).
    tables: process.env.CATS
      ? Object.fromEntries(process.env.CATS.split(',').map((s) => s.split(':')).map(([c, n, bits]) => [c!, { buckets: Number(n), bits: Number(bits) as TableShape['bits'] }]))
      : process.env.BUCKETS
        ? {}
        : DEFAULTS.tables,
  };
}

/** Out of fold over all tuning text: per category, the open positives above the n-th highest open clean message (+ margin). */
function curve(opts: TrainOptions) {
  const data = TUNING.flatMap((f) => loadCorpus(f)).map((e) => example(e, opts));
  const { oof, reports } = fitAll(data, opts);
  console.log(reports.join('\n'));
  oof.forEach((list, k) => {
    const open = list.filter((s) => s.open);
    const clean = open.filter((s) => s.clean).map((s) => s.z).sort((a, b) => b - a);
    const pos = open.filter((s) => s.y).map((s) => s.z);
    const other = open.filter((s) => !s.y && !s.clean).map((s) => s.z);
    const at = (t: number) => `${pos.filter((z) => z >= t).length}/${pos.length}+${other.filter((z) => z >= t).length}o`;
    const cells = [0, 1, 2, 4, 8].map((n) => `clean#${n + 1} ${at(clean[n]! + 1e-9)} m ${at(clean[n]! + opts.margin)}`);
    console.log(`${MODEL_CATEGORIES[k]} ${cells.join(' | ')}`);
  });
}

/**
 * Leave one tuning file out (LOWO=1), the model alone: each file scored by weights fitted on every other file, no
 * threshold (a threshold is chosen per fold in the default mode). Per category, pooled over the held files: recall at
 * precision 0.95 and 0.9 among the messages the model may speak on, and the same among those the rules miss in the
 * category (the model's own job on text where the rules fall short). A file is one writer: near-duplicate lines of one
 * hand never straddle training and scoring.
 */
function lowo(opts: TrainOptions) {
  const byFile = TUNING.map((f) => loadCorpus(f).map((e) => example(e, opts)));
  const scored: Array<Array<{ z: number; y: number; open: boolean }>> = MODEL_CATEGORIES.map(() => []);
  byFile.forEach((held, h) => {
    const train: Example[] = byFile.filter((_, i) => i !== h).flat();
    MODEL_CATEGORIES.forEach((_, k) => {
      const table = fitOne(train, k, opts);
      for (const ex of held) if (!ex.cleared) scored[k]!.push({ z: table(ex), y: ex.y[k]!, open: !ex.ruled[k] });
    });
  });
  const atPrecision = (list: ReadonlyArray<{ z: number; y: number }>, p: number) => {
    const sorted = [...list].sort((a, b) => b.z - a.z);
    const all = sorted.filter((s) => s.y).length;
    let tp = 0;
    let best = 0;
    sorted.forEach((s, i) => {
      tp += s.y;
      if (tp / (i + 1) >= p) best = tp;
    });
    return `${(best / Math.max(1, all)).toFixed(3)} (${best}/${all})`;
  };
  MODEL_CATEGORIES.forEach((c, k) => {
    const all = scored[k]!;
    const open = all.filter((s) => s.open);
    console.log(`LOWO ${c.padEnd(6)} all: R@P.95 ${atPrecision(all, 0.95)} R@P.9 ${atPrecision(all, 0.9)} | rules miss: R@P.9 ${atPrecision(open, 0.9)} R@P.75 ${atPrecision(open, 0.75)}`);
  });
}

/** One category's weights fitted on `train` in its table's shape, as a logit function (the shipped quantised table). */
function fitOne(train: readonly Example[], k: number, opts: TrainOptions): (ex: Example) => number {
  const shape = shapeOf(k, opts);
  const { w, b } = trainOne(maskDown(train, shape.buckets), k, { ...opts, buckets: shape.buckets });
  const { q, scale } = quantiseShape(w, shape.bits);
  return (ex) => logit(ex, q, scale, b);
}

function main() {
  addTraditionalPairs(traditionalPairs());
  addTraditionalPairs(HAND_TRAD_PAIRS);
  const opts = options();
  if (process.env.CURVE === '1') return curve(opts);
  if (process.env.LOWO === '1') return lowo(opts);
  const held = process.argv.slice(2).length ? process.argv.slice(2) : TUNING;
  if (held.some((f) => /blind/.test(f))) throw new Error('a blind corpus is never scored here');
  if (process.env.MISSES === '1' && held.some((f) => /check/.test(f))) throw new Error('a check file is held out: aggregates only');
  const files = [...new Set([...TUNING, ...held])];
  const byFile = new Map(files.map((f) => [f, loadCorpus(f).map((e) => ({ entry: e, ex: example(e, opts) }))]));
  const totals = { rules: { tp: 0, fp: 0, fn: 0 }, model: { tp: 0, fp: 0, fn: 0 } };
  // Per category over every held file (the model's categories and the rules' others alike).
  const pooled = { rules: new Map<string, Counts>(), model: new Map<string, Counts>() };
  // Per category, each open message's logit minus its fold's threshold: what another margin would have flagged.
  const margins: Array<Array<{ d: number; y: number; clean: boolean }>> = MODEL_CATEGORIES.map(() => []);
  for (const file of held) {
    const train: Example[] = files.filter((f) => f !== file && TUNING.includes(f)).flatMap((f) => byFile.get(f)!.map((r) => r.ex));
    const { tables } = fitAll(train, opts);
    const rows = byFile.get(file)!;
    const modelFound = new Map<string, Finding[]>();
    for (const { ex } of rows) {
      const extra: Finding[] = [];
      tables.forEach((t, k) => {
        if (t.threshold === null || ex.ruled[k] || ex.cleared) return;
        const z = t.score ? t.score(ex) : logit(ex, t.q, t.scale, t.bias);
        margins[k]!.push({ d: z - t.threshold, y: ex.y[k]!, clean: ex.clean });
        if (z >= t.threshold)
          extra.push({ category: MODEL_CATEGORIES[k]!, ruleId: 'chat-abuse', severity: 'warn', start: 0, end: ex.text.length, match: ex.text });
      });
      modelFound.set(ex.text, extra);
    }
    const corpus = rows.map((r) => r.entry);
    const rules = score(corpus, (text) => scan(text, { model: false }));
    const both = score(corpus, (text) => [...scan(text, { model: false }), ...(modelFound.get(text) ?? [])]);
    for (const [k, s] of [['rules', rules], ['model', both]] as const) {
      totals[k].tp += s.message.tp;
      totals[k].fp += s.message.fp;
      totals[k].fn += s.message.fn;
      for (const [c, n] of s.categories) {
        const t = pooled[k].get(c) ?? { tp: 0, fp: 0, fn: 0 };
        pooled[k].set(c, { tp: t.tp + n.tp, fp: t.fp + n.fp, fn: t.fn + n.fn });
      }
    }
    const shipped = tables.map((t) => `${t.category} ${t.threshold ?? '—'}`).join(', ');
    console.log(`\n== ${file} held out (thresholds ${shipped})`);
    console.log(formatScore('rules alone', rules, false));
    console.log(formatScore('rules + model', both, process.env.MISSES === '1'));
  }
  const f = (c: { tp: number; fp: number; fn: number }) => `P ${(c.tp / (c.tp + c.fp)).toFixed(3)} R ${(c.tp / (c.tp + c.fn)).toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
  console.log(`\nALL held: rules ${f(totals.rules)}; rules + model ${f(totals.model)}`);
  for (const c of [...pooled.model.keys()].sort())
    console.log(`  ${c.padEnd(8)} rules ${f(pooled.rules.get(c) ?? { tp: 0, fp: 0, fn: 0 })}; rules + model ${f(pooled.model.get(c)!)}`);
  // What the model adds (right / clean flagged / other violation) at each offset from the chosen thresholds.
  margins.forEach((list, k) => {
    const at = (o: number) => {
      const up = list.filter((m) => m.d >= o);
      return `${o >= 0 ? '+' : ''}${o} ${up.filter((m) => m.y).length}/${up.filter((m) => m.clean).length}c/${up.filter((m) => !m.y && !m.clean).length}o`;
    };
    console.log(`  offset ${MODEL_CATEGORIES[k]!.padEnd(6)} ${[-1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5].map(at).join(' | ')}`);
  });
}

main();
