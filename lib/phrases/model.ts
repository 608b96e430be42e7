/**
 * The on-device classifier (issue 21 item 6): character 1–3-grams of the
 * folded text, hashed into a small table per category, a linear model
 * (logistic regression) whose int8 weights ship as data (model-weights.ts,
 * written by scripts/train-phrase-model.ts from the team's tuning text only).
 * It reaches what no keyword does: contempt, blame, sarcasm, dealing without
 * a banned word. Inference is one pass over the folded string, three table
 * loads per n-gram order and no allocation (the p99 budget).
 */

/** The categories the model scores, in the order of its weight tables. */
export const MODEL_CATEGORIES = ['abuse', 'deal', 'bank'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** One category's table: logit = bias + scale · Σ w[bucket] / √(n-grams). */
export interface CategoryModel {
  bias: number;
  scale: number;
  /** The logit a message must reach to be flagged (chosen on held-out tuning text for high precision); null: not shipped, never flags. */
  threshold: number | null;
  /** `buckets` weights, or none when the category is not shipped. */
  weights: Int8Array;
}

export interface PhraseModel {
  /** Buckets per table: a power of two. */
  buckets: number;
  categories: readonly CategoryModel[];
}

/** Fewer characters than this (spaces aside) say too little: the model stays silent ("苹果香蕉"). */
export const MODEL_MIN_CHARS = 6;

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const SPACE = 32;

/** Every digit reads as 0: a phone number's shape, not its value, is what generalises. */
const unit = (c: number) => (c >= DIGIT_0 && c <= DIGIT_9 ? DIGIT_0 : c);

/** murmur3's finaliser: spreads a 32-bit key over the table. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The keys of the uni-, bi- and trigram ending with c0 (c1, c2 before it; -1 before the text). */
const key1 = (c0: number) => fmix(c0 + 0x9e3779b9);
const key2 = (c0: number, c1: number) => fmix(Math.imul(c1 + 1, 0x01000193) ^ c0 ^ 0x3c6ef372);
const key3 = (c0: number, c1: number, c2: number) => fmix(Math.imul(Math.imul(c2 + 1, 0x01000193) ^ c1, 0x01000193) ^ c0 ^ 0x78dde6e4);

/**
 * Each n-gram's feature: its bucket (key & mask), negated (~bucket) when the
 * key's top bit is set: signed hashing, so n-grams sharing a bucket cancel
 * rather than add up. The weight read is w[b] for b ≥ 0 and −w[~b] for b < 0.
 */
const feature = (key: number, mask: number) => (key >>> 31 ? ~(key & mask) : key & mask);
const weight = (w: Int8Array, f: number) => (f >= 0 ? w[f]! : -w[~f]!);

/**
 * The feature of every n-gram of `folded` (unigrams, then the bigram and
 * trigram ending at each character; spaces are skipped, digits read as 0).
 * For the trainer and tests: `modelScores` walks the same n-grams without a list.
 */
export function ngramBuckets(folded: string, buckets: number): number[] {
  const mask = buckets - 1;
  const out: number[] = [];
  let c1 = -1;
  let c2 = -1;
  for (let i = 0; i < folded.length; i++) {
    const c0 = unit(folded.charCodeAt(i));
    if (c0 === SPACE) continue;
    out.push(feature(key1(c0), mask));
    if (c1 >= 0) out.push(feature(key2(c0, c1), mask));
    if (c2 >= 0) out.push(feature(key3(c0, c1, c2), mask));
    c2 = c1;
    c1 = c0;
  }
  return out;
}

/**
 * Each category's logit for `folded` into `out` (MODEL_CATEGORIES order);
 * returns false, scoring nothing, for a text under MODEL_MIN_CHARS
 * characters. One pass, no allocation.
 */
export function modelScores(folded: string, model: PhraseModel, out: Float64Array): boolean {
  const mask = model.buckets - 1;
  const cats = model.categories;
  const k = cats.length;
  for (let j = 0; j < k; j++) out[j] = 0;
  let n = 0;
  let chars = 0;
  let c1 = -1;
  let c2 = -1;
  for (let i = 0; i < folded.length; i++) {
    const c0 = unit(folded.charCodeAt(i));
    if (c0 === SPACE) continue;
    const f1 = feature(key1(c0), mask);
    const f2 = c1 >= 0 ? feature(key2(c0, c1), mask) : 0;
    const f3 = c2 >= 0 ? feature(key3(c0, c1, c2), mask) : 0;
    chars++;
    n += 1 + (c1 >= 0 ? 1 : 0) + (c2 >= 0 ? 1 : 0);
    for (let j = 0; j < k; j++) {
      const w = cats[j]!.weights;
      if (w.length === 0) continue;
      out[j] = out[j]! + weight(w, f1) + (c1 >= 0 ? weight(w, f2) : 0) + (c2 >= 0 ? weight(w, f3) : 0);
    }
    c2 = c1;
    c1 = c0;
  }
  if (chars < MODEL_MIN_CHARS) return false;
  const norm = 1 / Math.sqrt(n);
  for (let j = 0; j < k; j++) out[j] = cats[j]!.weights.length === 0 ? -Infinity : cats[j]!.bias + cats[j]!.scale * out[j]! * norm;
  return true;
}

/** Decodes the shipped tables (base64 int8, one string per category). */
export function decodeModel(data: { buckets: number; categories: ReadonlyArray<{ bias: number; scale: number; threshold: number | null; weights: string }> }): PhraseModel {
  return {
    buckets: data.buckets,
    categories: data.categories.map((c) => {
      const bytes = atob(c.weights);
      const weights = new Int8Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
      return { bias: c.bias, scale: c.scale, threshold: c.threshold, weights };
    }),
  };
}
