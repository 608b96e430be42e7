/**
 * Experiment (scripts/eval-phrase-model.ts TRAINER=mlp): a tiny network over the same hashed n-grams. Each feature
 * reads a row of D int8 values (signed hashing as the linear model); the rows are summed and divided by √n (the linear
 * model's normalisation), a bias added and clipped at zero (ReLU): D hidden units shared by the categories; each
 * category's logit is a weighted sum of them. Rude service that differs from its polite twin only in how the words
 * combine (你 … 自己 … without 亲 / 哦) is what a hidden unit can and a single weight per n-gram cannot express.
 * Trained jointly by SGD in a seeded order (deterministic).
 */
import { MODEL_CATEGORIES } from '@/lib/phrases/model';
import { mulberry32, type Example, type TrainOptions } from './phrase-model';

export interface Mlp {
  dim: number;
  /** buckets × dim, row-major. */
  e: Float64Array;
  b1: Float64Array;
  /** categories × dim. */
  w2: Float64Array;
  b2: Float64Array;
}

const K = MODEL_CATEGORIES.length;

function hidden(ex: Example, net: Mlp, h: Float64Array): number {
  const d = net.dim;
  h.fill(0);
  const norm = 1 / Math.sqrt(Math.max(1, ex.x.length));
  for (const f of ex.x) {
    const row = (f >= 0 ? f : ~f) * d;
    const s = f >= 0 ? norm : -norm;
    for (let j = 0; j < d; j++) h[j] = h[j]! + s * net.e[row + j]!;
  }
  for (let j = 0; j < d; j++) h[j] = h[j]! + net.b1[j]!;
  return norm;
}

/** The logits of `ex` (MODEL_CATEGORIES order). */
export function mlpLogits(ex: Example, net: Mlp): number[] {
  const h = new Float64Array(net.dim);
  hidden(ex, net, h);
  return MODEL_CATEGORIES.map((_, k) => {
    let z = net.b2[k]!;
    for (let j = 0; j < net.dim; j++) z += net.w2[k * net.dim + j]! * Math.max(0, h[j]!);
    return z;
  });
}

export function trainMlp(data: readonly Example[], opts: TrainOptions): Mlp {
  const d = opts.dim ?? 8;
  const rand = mulberry32(opts.seed * 31 + 7);
  const net: Mlp = {
    dim: d,
    e: Float64Array.from({ length: opts.buckets * d }, () => (rand() - 0.5) * 0.2),
    b1: new Float64Array(d).fill(0.1),
    w2: Float64Array.from({ length: K * d }, () => (rand() - 0.5) * 0.5),
    b2: new Float64Array(K).fill(-2),
  };
  const h = new Float64Array(d);
  const gh = new Float64Array(d);
  const order = data.map((_, i) => i);
  const pos = opts.posWeight ?? 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = (opts.mlpRate ?? 0.1) / (1 + epoch * 0.1);
    for (const i of order) {
      const ex = data[i]!;
      const norm = hidden(ex, net, h);
      gh.fill(0);
      for (let k = 0; k < K; k++) {
        let z = net.b2[k]!;
        for (let j = 0; j < d; j++) z += net.w2[k * d + j]! * Math.max(0, h[j]!);
        const g = (1 / (1 + Math.exp(-z)) - ex.y[k]!) * (ex.y[k] ? pos : 1);
        net.b2[k] = net.b2[k]! - rate * g;
        for (let j = 0; j < d; j++) {
          if (h[j]! <= 0) continue;
          gh[j] = gh[j]! + g * net.w2[k * d + j]!;
          net.w2[k * d + j] = net.w2[k * d + j]! - rate * g * h[j]!;
        }
      }
      for (let j = 0; j < d; j++) net.b1[j] = net.b1[j]! - rate * gh[j]!;
      for (const f of ex.x) {
        const row = (f >= 0 ? f : ~f) * d;
        const s = f >= 0 ? norm : -norm;
        for (let j = 0; j < d; j++) net.e[row + j] = net.e[row + j]! * (1 - rate * opts.l2) - rate * gh[j]! * s;
      }
    }
  }
  return net;
}

/** The embedding rows as int8 with one scale (max |e| → 127), as they would ship. */
export function quantiseMlp(net: Mlp): Mlp {
  let max = 1e-9;
  for (const v of net.e) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  return { ...net, e: net.e.map((v) => Math.round(v / scale) * scale) };
}
