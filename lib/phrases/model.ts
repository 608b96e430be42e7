/**
 * The on-device classifier (issue 21 item 6): character 1–3-grams of the
 * folded text, hashed into a small table per category, a linear model
 * (logistic regression) whose int8 weights ship as data (model-weights.ts,
 * written by scripts/train-phrase-model.ts from the team's tuning text only).
 * It reaches what no keyword does: contempt, blame, sarcasm, dealing without
 * a banned word. Inference is one pass over the folded string, three table
 * loads per n-gram order and no allocation (the p99 budget).
 * A category's table may be smaller than the feature space (its bucket is
 * the key under its own mask) and may ship as a codebook of 2^bits int8
 * levels with packed indices: rude service spreads its evidence over many
 * n-grams and keeps its held-out recall with 4 levels over 16384 buckets,
 * where dealing and bank details lean on a few strong n-grams and need finer
 * weights (scripts/lib/phrase-model.ts DEFAULTS.tables has the figures).
 * Besides the n-grams, a model may read who is addressed: each character
 * within `pairs` after 你 or 您 is a pair feature (你…自己, 您…看): rude
 * service speaks to the buyer in a way its polite twin does not, and the
 * n-grams alone see only three characters at a time.
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
  /** A power of two of weights, at most `buckets` (the bucket is the key under this table's own mask), or none when the category is not shipped. */
  weights: Int8Array;
}

export interface PhraseModel {
  /** The feature space: a power of two, the largest table's size. */
  buckets: number;
  /** Pair window after 你 / 您 (characters, at most 8; 0 or absent: no pair features). */
  pairs?: number;
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
const YOU = 0x4f60; // 你
const NIN = 0x60a8; // 您
/** The key of (second person, c0): 你 and 您 alike. */
const keyPair = (c0: number) => fmix((Math.imul(YOU + 1, 0x01000193) ^ c0) ^ 0x165667b1);
/** 1 for 你 / 您: the bit a character adds to the window of second persons before the next ones. */
const second = (c: number) => (c === YOU || c === NIN ? 1 : 0);
/** Set bits of a window (at most 8 bits): how many second persons stand within it. */
const count = (m: number) => {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
};

/**
 * Each n-gram's feature: its bucket (key & mask), negated (~bucket) when the
 * key's top bit is set: signed hashing, so n-grams sharing a bucket cancel
 * rather than add up. The weight read is w[b] for b ≥ 0 and −w[~b] for b < 0;
 * a smaller table reads bucket b & (its length − 1), the key under its mask.
 */
const feature = (key: number, mask: number) => (key & mask) ^ (key >> 31); // ~b is b ^ -1: no branch on a random bit
const weight = (w: Int8Array, f: number) => (w[(f ^ (f >> 31)) & (w.length - 1)]! ^ (f >> 31)) - (f >> 31);

/**
 * The feature of every n-gram of `folded` (unigrams, then the bigram and
 * trigram ending at each character; spaces are skipped, digits read as 0).
 * For the trainer and tests: `modelScores` walks the same n-grams without a list.
 */
export function ngramBuckets(folded: string, buckets: number, pairs = 0): number[] {
  const mask = buckets - 1;
  const window = (1 << pairs) - 1;
  const out: number[] = [];
  let c1 = -1;
  let c2 = -1;
  let near = 0;
  for (let i = 0; i < folded.length; i++) {
    const c0 = unit(folded.charCodeAt(i));
    if (c0 === SPACE) continue;
    out.push(feature(key1(c0), mask));
    if (c1 >= 0) out.push(feature(key2(c0, c1), mask));
    if (c2 >= 0) out.push(feature(key3(c0, c1, c2), mask));
    for (let t = count(near); t > 0; t--) out.push(feature(keyPair(c0), mask));
    near = ((near << 1) | second(c0)) & window;
    c2 = c1;
    c1 = c0;
  }
  return out;
}

/**
 * Each category's logit for `folded` into `out` (MODEL_CATEGORIES order);
 * returns false, scoring nothing, for a text under MODEL_MIN_CHARS
 * characters. One pass, no allocation, no branch on a hash bit (signed
 * buckets and weights are read with xor: those bits are random, a branch on
 * them mispredicts half the time).
 */
export function modelScores(folded: string, model: PhraseModel, out: Float64Array): boolean {
  const mask = model.buckets - 1;
  const window = (1 << (model.pairs ?? 0)) - 1;
  const cats = model.categories;
  const k = cats.length;
  for (let j = 0; j < k; j++) out[j] = 0;
  let n = 0;
  let chars = 0;
  let c1 = -1;
  let c2 = -1;
  let near = 0;
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
    if (near !== 0) {
      const times = count(near);
      const fp = feature(keyPair(c0), mask);
      n += times;
      for (let j = 0; j < k; j++) if (cats[j]!.weights.length !== 0) out[j] = out[j]! + times * weight(cats[j]!.weights, fp);
    }
    near = ((near << 1) | second(c0)) & window;
    c2 = c1;
    c1 = c0;
  }
  if (chars < MODEL_MIN_CHARS) return false;
  const norm = 1 / Math.sqrt(n);
  for (let j = 0; j < k; j++) out[j] = cats[j]!.weights.length === 0 ? -Infinity : cats[j]!.bias + cats[j]!.scale * out[j]! * norm;
  return true;
}

/** A category's table as shipped: base64 int8 weights, or with `levels` (2, 4 or 16 int8 values) base64 of packed level indices, lowest bits first. */
export interface ShippedCategory {
  bias: number;
  scale: number;
  threshold: number | null;
  levels?: readonly number[];
  weights: string;
}

/** Decodes the shipped tables (one string per category) into int8 tables. */
export function decodeModel(data: { buckets: number; pairs?: number; categories: readonly ShippedCategory[] }): PhraseModel {
  return {
    buckets: data.buckets,
    pairs: data.pairs ?? 0,
    categories: data.categories.map((c) => ({ bias: c.bias, scale: c.scale, threshold: c.threshold, weights: unpack(atob(c.weights), c.levels) })),
  };
}

/** The int8 weights of a decoded string: a byte each, or `bits` = log2(levels) bits each indexing `levels`. */
function unpack(bytes: string, levels?: readonly number[]): Int8Array {
  if (!levels) {
    const weights = new Int8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
    return weights;
  }
  const bits = Math.log2(levels.length);
  const per = 8 / bits;
  const weights = new Int8Array(bytes.length * per);
  for (let i = 0; i < weights.length; i++) weights[i] = levels[(bytes.charCodeAt((i / per) | 0) >> ((i % per) * bits)) & (levels.length - 1)]!;
  return weights;
}
