/**
 * The phrase classifier's training (used by scripts/train-phrase-model.ts,
 * which writes the shipped weights, and scripts/eval-phrase-model.ts, which
 * measures a change with a whole tuning file held out). Per category a
 * logistic regression over the hashed features of lib/phrases/model.ts,
 * trained by SGD in a fixed order (seeded shuffle): the same text gives the
 * same bytes. The threshold is chosen on out-of-fold scores (k-fold over the
 * training text): the lowest logit at which, among the messages the rules
 * leave without a finding of that category, no clean message is flagged and
 * the flagged ones are right at least `precision` of the time, plus a margin.
 * A category whose model flags, out of fold, no labelled message at its
 * threshold is not shipped (threshold null, no weights).
 */
import { fold, scan, type PassedWord } from '@/lib/phrases';
import { MODEL_CATEGORIES, MODEL_MIN_CHARS, ngramBuckets, type ModelCategory } from '@/lib/phrases/model';
import type { CorpusEntry } from '../../test/corpus/score';
import { mlpLogits, quantiseMlp, trainMlp } from './phrase-mlp';

/** The team's tuning text (never the frozen blind corpora, never a writer's check file). */
export const TUNING = [
  'test/corpus/phrases.json',
  'test/corpus/phrases-own21.json',
  'test/corpus/phrases-own26.json',
  'test/corpus/phrases-train26.json',
  'test/corpus/phrases-unseen.json',
  'test/corpus/phrases-model-own.json',
  'test/corpus/phrases-train-w3.json',
  'test/corpus/phrases-train-w4.json',
  'test/corpus/phrases-train-w7.json',
  'test/corpus/phrases-train-w8.json',
  'test/corpus/phrases-train-w9.json',
  'test/corpus/phrases-train-w10.json',
];

export interface TrainOptions {
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  folds: number;
  /** How many times the cross-validation is run, each over folds drawn with another seed. */
  repeats: number;
  seed: number;
  /** Out-of-fold precision the threshold must reach among the messages the rules miss. */
  precision: number;
  /** Added to the chosen logit: text nobody here wrote scores less tidily than ours. */
  margin: number;
  /**
   * Per category, replacing `margin`. Chosen on the four writers' check sets in aggregate only (2026-12-07, with the
   * seventh and eighth writers' text in TUNING; message P / R over the four): deal at −1 instead of 0.5, 0.817 → 0.827 at
   * the same precision 0.953 (out of fold on tuning text it flags 12 of 6156 clean scores: watch it); abuse at 0 flagged a
   * clean check message, at 0.25 none. Bank below 0.5 added nothing at message level and cost bank precision on our text.
   * Revised for the 4096-bucket model with pairs and the ninth and tenth writers in TUNING (2026-12-07): abuse −0.1 and
   * bank 0. Held-out writers (each of w3, w4, w7–w10 held out): abuse 0.25 → 0 → −0.25 → −0.5 gives message recall
   * 0.839 → 0.845 → 0.854 → 0.864 at the same precision 0.975 (35 false alarms each); bank 0.5 → 0: bank recall 0.834 →
   * 0.859, no false alarm added. The check sets in aggregate (and their floors) stop it at −0.1: below −0.15 one more
   * clean check message is flagged.
   */
  margins?: Partial<Record<ModelCategory, number>>;
  /** The features of a folded text (the shipped model's ngramBuckets unless an experiment says otherwise). */
  features: (folded: string, buckets: number) => number[];
  /**
   * How the linear weights are fitted (every way gives the same table, so inference is unchanged): 'sgd' plain logistic
   * regression; 'nb' NBSVM (features scaled by their naive-Bayes log-count ratio, folded back into the weights); 'bag'
   * the average of `bags` models each fitted on a seeded bootstrap sample.
   */
  trainer?: 'sgd' | 'nb' | 'bag' | 'mlp';
  /** TRAINER=mlp experiment (scripts/lib/phrase-mlp.ts): hidden units and learning rate. */
  dim?: number;
  mlpRate?: number;
  bags?: number;
  /** Weight of a labelled message's gradient (1: as a clean one). */
  posWeight?: number;
}

/** The shipped model's pair window after 你 / 您 (lib/phrases/model.ts; 0: n-grams only). */
export const PAIRS = 6;

export const DEFAULTS: TrainOptions = {
  // 4096 buckets and the second-person pairs (PAIRS) rather than 2048 and n-grams alone: held-out writers (2026-12-07,
  // scripts/eval-phrase-model.ts) — each of w3, w4, w7, w8 held out, message P / R 0.977 / 0.834 → 0.977 / 0.851; w9 and
  // w10 before they were tuning text 0.968 / 0.819 → 0.969 / 0.837. Either change alone moved neither beyond noise; NBSVM
  // scaling, bagging, a heavier positive class, other L2 and a 2048×8 hidden-layer network did not beat the plain fit.
  buckets: 4096,
  // 20 rather than 40: with the 1,200 messages of the seventh and eighth writers, 40 epochs fit the tuning text's wording
  // more closely than wording nobody here wrote (check sets' message recall 0.816 → 0.827 at the same margins, same precision).
  epochs: 20,
  rate: 0.3,
  l2: 2e-4,
  folds: 5,
  repeats: 3,
  seed: 21,
  precision: 0.9,
  margin: 0.5,
  margins: { abuse: -0.1, deal: -1, bank: 0 },
  features: (folded, buckets) => ngramBuckets(folded, buckets, PAIRS),
};

export interface Example {
  text: string;
  x: number[];
  /** 1 when labelled with the category, per MODEL_CATEGORIES. */
  y: number[];
  /** The rules already found the category (per MODEL_CATEGORIES). */
  ruled: boolean[];
  /** The rules found anything at all. */
  flagged: boolean;
  /** The model may not speak: the rules cleared a word by scope or context, or the text is too short. */
  cleared: boolean;
  clean: boolean;
}

export function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function example(e: CorpusEntry, opts: TrainOptions): Example {
  const labels = new Set(e.expect.map((l) => l.category));
  const passed: PassedWord[] = [];
  const found = new Set(scan(e.text, { passed, model: false }).map((f) => f.category));
  const folded = fold(e.text);
  return {
    text: e.text,
    x: opts.features(folded, opts.buckets),
    y: MODEL_CATEGORIES.map((c) => (labels.has(c) ? 1 : 0)),
    ruled: MODEL_CATEGORIES.map((c) => found.has(c)),
    flagged: found.size > 0,
    // The model stays silent on short texts, as where the rules cleared a word.
    cleared: passed.some((p) => p.reason.kind === 'context') || folded.replace(/ /g, '').length < MODEL_MIN_CHARS,
    clean: labels.size === 0,
  };
}

/** Naive-Bayes log-count ratio per bucket (sign of the hashed feature ignored), smoothed by `alpha`. */
export function nbRatio(data: readonly Example[], k: number, buckets: number, alpha = 1): Float64Array {
  const p = new Float64Array(buckets).fill(alpha);
  const q = new Float64Array(buckets).fill(alpha);
  for (const ex of data) {
    const t = ex.y[k] ? p : q;
    for (const f of new Set(ex.x.map((f) => (f >= 0 ? f : ~f)))) t[f]! += 1;
  }
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < buckets; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  const r = new Float64Array(buckets);
  for (let i = 0; i < buckets; i++) r[i] = Math.log(p[i]! / sp / (q[i]! / sq));
  return r;
}

/** Fits one category the way `opts.trainer` says; returns float weights and bias in the shipped linear form. */
export function train(data: readonly Example[], k: number, opts: TrainOptions): { w: Float64Array; b: number } {
  if (opts.trainer === 'nb') {
    const r = nbRatio(data, k, opts.buckets);
    const { w, b } = sgd(data, k, opts, r);
    for (let i = 0; i < w.length; i++) w[i] = w[i]! * r[i]!;
    return { w, b };
  }
  if (opts.trainer === 'bag') {
    const bags = opts.bags ?? 5;
    const w = new Float64Array(opts.buckets);
    let b = 0;
    for (let m = 0; m < bags; m++) {
      const rand = mulberry32(opts.seed * 7919 + m * 104729 + k);
      const sample = data.map(() => data[Math.floor(rand() * data.length)]!);
      const fit = sgd(sample, k, { ...opts, seed: opts.seed + 31 * m });
      for (let i = 0; i < w.length; i++) w[i] = w[i]! + fit.w[i]! / bags;
      b += fit.b / bags;
    }
    return { w, b };
  }
  return sgd(data, k, opts);
}

/** SGD for one category (features scaled by `r` per bucket when given); returns float weights and bias. */
function sgd(data: readonly Example[], k: number, opts: TrainOptions, r?: Float64Array): { w: Float64Array; b: number } {
  const w = new Float64Array(opts.buckets);
  const pos = opts.posWeight ?? 1;
  const s = (h: number) => (r ? r[h]! : 1);
  let b = 0;
  const rand = mulberry32(opts.seed + k);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = opts.rate / (1 + epoch * 0.1);
    for (const i of order) {
      const ex = data[i]!;
      const norm = 1 / Math.sqrt(Math.max(1, ex.x.length));
      let z = b;
      for (const f of ex.x) z += (f >= 0 ? w[f]! * s(f) : -w[~f]! * s(~f)) * norm;
      const g = (1 / (1 + Math.exp(-z)) - ex.y[k]!) * (ex.y[k] ? pos : 1);
      b -= rate * g;
      for (const f of ex.x) {
        const h = f >= 0 ? f : ~f;
        w[h] = w[h]! * (1 - rate * opts.l2) - rate * g * norm * s(h) * (f >= 0 ? 1 : -1);
      }
    }
  }
  return { w, b };
}

/** Int8 weights with one scale: max |w| → 127. */
export function quantise(w: Float64Array): { q: Int8Array; scale: number } {
  let max = 1e-9;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale);
  return { q, scale };
}

export function logit(ex: Example, q: Int8Array, scale: number, b: number): number {
  let s = 0;
  for (const f of ex.x) s += f >= 0 ? q[f]! : -q[~f]!;
  return b + (scale * s) / Math.sqrt(Math.max(1, ex.x.length));
}

export interface Scored {
  z: number;
  y: number;
  clean: boolean;
  /** The model may speak: the rules found nothing of the category and cleared nothing. */
  open: boolean;
  text: string;
}

/**
 * The lowest logit (plus the margin) above every clean message the model may
 * speak on, at which out-of-fold precision over all tuning messages is at
 * least the precision asked. Recall is counted over every labelled message:
 * the rules were tuned on this text, so the few it still misses say little alone.
 */
export function chooseThreshold(scored: readonly Scored[], opts: TrainOptions, category?: ModelCategory): number {
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
    if (tp / (tp + fp) >= opts.precision) best = s.z;
  }
  return Math.max(best, cleanMax) + ((category && opts.margins?.[category]) ?? opts.margin);
}

export function report(category: string, scored: readonly Scored[], threshold: number): string {
  const r = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
  const at = (list: readonly Scored[]) => {
    const flagged = list.filter((s) => s.z >= threshold);
    const tp = flagged.filter((s) => s.y).length;
    return `P ${r(tp, flagged.length)} R ${r(tp, list.filter((s) => s.y).length)} (${tp}/${flagged.length - tp}/${list.filter((s) => s.y).length - tp})`;
  };
  const open = scored.filter((s) => s.open);
  return `${category} threshold ${threshold}: all messages ${at(scored)}; where the model may speak ${at(open)}, clean flagged ${open.filter((s) => s.clean && s.z >= threshold).length}/${open.filter((s) => s.clean).length}`;
}

export interface Table {
  category: string;
  bias: number;
  scale: number;
  threshold: number | null;
  weights: string;
  /** The int8 table itself (empty when not shipped), for evaluation. */
  q: Int8Array;
  /** An experiment's logit (TRAINER=mlp), in place of the table. */
  score?: (ex: Example) => number;
}

export interface Fitted {
  tables: Table[];
  reports: string[];
  /** Out-of-fold scores per category (MODEL_CATEGORIES order), in fold order, once per repeat. */
  oof: Scored[][];
}

/** Per category: out-of-fold threshold, then the weights trained on all of `data`. */
export function fitAll(data: readonly Example[], opts: TrainOptions): Fitted {
  if (opts.trainer === 'mlp') return fitMlp(data, opts);
  // Cross-validation repeated over differently seeded folds: the threshold rests on the highest clean score of any repeat,
  // not on one draw of the folds (one draw moved it by ±0.2 when a few lines were added).
  const foldings = Array.from({ length: opts.repeats }, (_, r) => {
    const rand = mulberry32(opts.seed + 1000 * r);
    return data.map(() => Math.floor(rand() * opts.folds));
  });
  const reports: string[] = [];
  const oofs: Scored[][] = [];
  const tables = MODEL_CATEGORIES.map((category, k): Table => {
    const oof: Scored[] = [];
    for (const foldOf of foldings)
      for (let f = 0; f < opts.folds; f++) {
        const { w, b } = train(
          data.filter((_, i) => foldOf[i] !== f),
          k,
          opts,
        );
        const { q, scale } = quantise(w);
        data.forEach((ex, i) => {
          if (foldOf[i] === f) oof.push({ z: logit(ex, q, scale, b), y: ex.y[k]!, clean: ex.clean, open: !ex.ruled[k] && !ex.cleared, text: ex.text });
        });
      }
    oofs.push(oof);
    const chosen = Number(chooseThreshold(oof, opts, category).toFixed(3));
    // A category's model ships if, out of fold, it flags labelled messages at its threshold (and, by the threshold, no clean one
    // it may speak on). Whether the rules also catch them says little: the rules were tuned on this very text, and on the
    // writers' files before they were tuned on (scripts/eval-phrase-model.ts) the model caught what the rules missed.
    const useful = oof.some((s) => s.y && s.z >= chosen);
    reports.push(report(category, oof, chosen) + (useful ? '' : ' → not shipped: it flags nothing out of fold'));
    if (!useful) return { category, bias: 0, scale: 0, threshold: null, weights: '', q: new Int8Array(0) };
    const { w, b } = train(data, k, opts);
    const { q, scale } = quantise(w);
    return { category, bias: Number(b.toFixed(5)), scale: Number(scale.toPrecision(6)), threshold: chosen, weights: Buffer.from(q.buffer).toString('base64'), q };
  });
  return { tables, reports, oof: oofs };
}

/** fitAll for the TRAINER=mlp experiment: one network per fold scores every category; thresholds as for the tables. */
function fitMlp(data: readonly Example[], opts: TrainOptions): Fitted {
  const oofs: Scored[][] = MODEL_CATEGORIES.map(() => []);
  for (let r = 0; r < opts.repeats; r++) {
    const rand = mulberry32(opts.seed + 1000 * r);
    const foldOf = data.map(() => Math.floor(rand() * opts.folds));
    for (let f = 0; f < opts.folds; f++) {
      const net = quantiseMlp(trainMlp(data.filter((_, i) => foldOf[i] !== f), opts));
      data.forEach((ex, i) => {
        if (foldOf[i] !== f) return;
        const z = mlpLogits(ex, net);
        MODEL_CATEGORIES.forEach((_, k) => oofs[k]!.push({ z: z[k]!, y: ex.y[k]!, clean: ex.clean, open: !ex.ruled[k] && !ex.cleared, text: ex.text }));
      });
    }
  }
  const net = quantiseMlp(trainMlp(data, opts));
  const reports: string[] = [];
  const tables = MODEL_CATEGORIES.map((category, k): Table => {
    const chosen = Number(chooseThreshold(oofs[k]!, opts, category).toFixed(3));
    const useful = oofs[k]!.some((s) => s.y && s.z >= chosen);
    reports.push(report(category, oofs[k]!, chosen));
    return { category, bias: 0, scale: 0, threshold: useful ? chosen : null, weights: '', q: new Int8Array(0), score: (ex) => mlpLogits(ex, net)[k]! };
  });
  return { tables, reports, oof: oofs };
}
