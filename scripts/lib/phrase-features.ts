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

export const EXPERIMENTS: Record<string, (folded: string, buckets: number) => number[]> = {
  base: ngramBuckets,
  four: make({ four: true }),
  skip: make({ skip: true }),
  skip3: make({ skip: true, skip3: true }),
  you: make({ you: true }),
  nouni: make({ uni: false }),
  fourskip: make({ four: true, skip: true }),
  all: make({ four: true, skip: true, you: true }),
};
