/** Feature experiments for scripts/eval-phrase-model.ts (the shipped features live in lib/phrases/model.ts). */
import { fmix, ngramBuckets } from '@/lib/phrases/model';

const feature = (key: number, mask: number) => (key >>> 31 ? ~(key & mask) : key & mask);
const mix = (a: number, b: number) => Math.imul(a + 1, 0x01000193) ^ b;

interface Flags {
  uni?: boolean;
  four?: boolean;
  skip?: boolean;
  skip3?: boolean;
  you?: boolean;
  /** As `you`, but 你 and 您 apart (the polite pronoun is the twin's mark). */
  you2?: boolean;
  /** Pair window after the pronoun (default 6). */
  window?: number;
}

function make(flags: Flags) {
  return (folded: string, buckets: number) => {
    const mask = buckets - 1;
    const cs: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      if (c === 32) continue;
      cs.push(c >= 48 && c <= 57 ? 48 : c);
    }
    const out: number[] = [...ngramBuckets(folded, buckets)];
    if (flags.uni === false) out.length = 0;
    for (let i = 0; i < cs.length; i++) {
      if (flags.uni === false) {
        if (i >= 1) out.push(feature(fmix(mix(cs[i - 1]!, cs[i]!) ^ 0x3c6ef372), mask));
        if (i >= 2) out.push(feature(fmix(mix(mix(cs[i - 2]!, cs[i - 1]!), cs[i]!) ^ 0x78dde6e4), mask));
      }
      if (flags.four && i >= 3) out.push(feature(fmix(mix(mix(mix(cs[i - 3]!, cs[i - 2]!), cs[i - 1]!), cs[i]!) ^ 0x1234567), mask));
      if (flags.skip && i >= 2) out.push(feature(fmix(mix(cs[i - 2]!, cs[i]!) ^ 0x5bd1e995), mask));
      if (flags.skip3 && i >= 3) out.push(feature(fmix(mix(cs[i - 3]!, cs[i]!) ^ 0x27d4eb2f), mask));
    }
    if (flags.you2) {
      for (let i = 0; i < cs.length; i++) {
        if (cs[i] !== 0x4f60 && cs[i] !== 0x60a8) continue;
        for (let j = i + 1; j < Math.min(cs.length, i + 1 + (flags.window ?? 6)); j++)
          out.push(feature(fmix(mix(cs[i]!, cs[j]!) ^ 0x165667b1), mask));
      }
    }
    if (flags.you) {
      // second person anywhere paired with each later character within 6 (你…怪, 您…自己)
      for (let i = 0; i < cs.length; i++) {
        if (cs[i] !== 0x4f60 && cs[i] !== 0x60a8) continue;
        for (let j = i + 1; j < Math.min(cs.length, i + 7); j++) out.push(feature(fmix(mix(0x4f60, cs[j]!) ^ 0x165667b1), mask));
      }
    }
    return out;
  };
}

const YOU = 0x4f60; // 你
const NIN = 0x60a8; // 您
/** Softeners agents write to a buyer they are polite to: 亲 哈 呢 哦 呀 啦 嘛 ~ 😊 🙏 (the emoji as their first code unit). */
const SOFT = new Set([...'亲哈呢哦呀啦嘛~～'].map((c) => c.charCodeAt(0)).concat([0xd83d]));
const QUESTION = new Set([0x3f, 0xff1f]);
const BANG = new Set([0x21, 0xff01]);
const NEG = new Set([...'不没别'].map((c) => c.charCodeAt(0)));

/**
 * Who is addressed and how, as a few message-level features: 你 without 您 or a softener, 你 with a question or an
 * exclamation, 你 near a negation, each clause's last character with whether the clause says 你 (…你看不懂吗 vs …您看哦).
 */
function addressFeatures(cs: readonly number[], mask: number): number[] {
  let you = 0;
  let nin = 0;
  let soft = 0;
  let q = 0;
  let bang = 0;
  let youNeg = 0;
  const out: number[] = [];
  let clauseYou = false;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c === YOU) you++;
    if (c === NIN) nin++;
    if (SOFT.has(c)) soft++;
    if (QUESTION.has(c)) q++;
    if (BANG.has(c)) bang++;
    if (c === YOU || c === NIN) clauseYou = true;
    if ((c === YOU) && i + 2 < cs.length && (NEG.has(cs[i + 1]!) || NEG.has(cs[i + 2]!))) youNeg++;
    const end = i + 1 === cs.length || /[，,。.！!？?；;～~…]/.test(String.fromCharCode(cs[i + 1]!));
    if (end && !/[，,。.！!？?；;～~…]/.test(String.fromCharCode(c))) {
      out.push(feature(fmix(mix(c, clauseYou ? 1 : 0) ^ 0x2545f491), mask));
      clauseYou = false;
    }
  }
  const flag = (name: number) => out.push(feature(fmix(name * 0x9e3779b1 + 0x7feb352d), mask));
  if (you && !nin && !soft) flag(1);
  if (you && q) flag(2);
  if (you && bang) flag(3);
  if (youNeg) flag(4);
  if (you > 1) flag(5);
  if (!soft && !nin) flag(6);
  if (soft) flag(7);
  if (nin) flag(8);
  return out;
}

const chars = (folded: string) => {
  const cs: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c !== 32) cs.push(c >= 48 && c <= 57 ? 48 : c);
  }
  return cs;
};

const withAddress = (base: (folded: string, buckets: number) => number[]) => (folded: string, buckets: number) => [
  ...base(folded, buckets),
  ...addressFeatures(chars(folded), buckets - 1),
];

/**
 * The shipped features plus pairs after more persons: 我, 自己 (at 己 after 自), 人家 (at 家 after 人), each its own key,
 * each character within `window` after one (我…忙, 自己…看, 人家…都).
 */
function persons(window: number, which: readonly string[]) {
  return (folded: string, buckets: number) => {
    const mask = buckets - 1;
    const cs = chars(folded);
    const out = ngramBuckets(folded, buckets, 6);
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      const prev = i > 0 ? cs[i - 1]! : -1;
      const mark = c === 0x6211 && which.includes('我') ? 1 : c === 0x5df1 && prev === 0x81ea && which.includes('自己') ? 2 : c === 0x5bb6 && prev === 0x4eba && which.includes('人家') ? 3 : 0;
      if (!mark) continue;
      for (let j = i + 1; j < Math.min(cs.length, i + 1 + window); j++) out.push(feature(fmix(mix(mark * 7919, cs[j]!) ^ 0x61c88647), mask));
    }
    return out;
  };
}

export const EXPERIMENTS: Record<string, (folded: string, buckets: number) => number[]> = {
  base: ngramBuckets,
  /** The shipped features (n-grams and second-person pairs, scripts/lib/phrase-model.ts PAIRS). */
  shipped: (folded, buckets) => ngramBuckets(folded, buckets, 6),
  four: make({ four: true }),
  skip: make({ skip: true }),
  skip3: make({ skip: true, skip3: true }),
  you: make({ you: true }),
  nouni: make({ uni: false }),
  fourskip: make({ four: true, skip: true }),
  all: make({ four: true, skip: true, you: true }),
  addr: withAddress(ngramBuckets),
  addrskip: withAddress(make({ skip: true })),
  addryou: withAddress(make({ you: true })),
  you2: make({ you2: true }),
  you2w4: make({ you2: true, window: 4 }),
  you2w8: make({ you2: true, window: 8 }),
  persons: persons(6, ['我', '自己', '人家']),
  me: persons(6, ['我']),
  self: persons(6, ['自己', '人家']),
};
