/**
 * prefixes.ts reads a pattern's possible first two units so detectIntent can
 * skip patterns that cannot match: it must never rule out a unit a match can
 * have (that would change a decision), which the random search checks against
 * the regex engine itself on every intent pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/phrases';
import { INTENT_PATTERNS } from '@/lib/phrases/intent';
import { nextUnits, prefixes, type UnitSet } from '@/lib/phrases/prefixes';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const holds = (set: UnitSet, u: number) => set === null || set.some(([a, b]) => u >= a && u <= b);
/** The units that may follow `first`, as a string (null: any). */
const next = (re: RegExp, first: string): string | null => {
  const set = nextUnits(prefixes(re), first.charCodeAt(0));
  return set && [...set.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k)))].sort().join('');
};

describe('prefixes', () => {
  it('reads literals, alternation, groups and classes', () => {
    expect(next(/微信|微博|qq/y, '微')).toBe('信博');
    expect(next(/微信|微博|qq/y, '淘')).toBe('');
    expect(next(/(?:加|添)[vV微]/y, '加')).toBe('Vv微');
    expect(next(/(加)(?<x>v)/y, '加')).toBe('v');
    expect(next(/a\d/y, 'a')).toBe('0123456789');
  });

  it('lets lookarounds and anchors match nothing, and reads through optional and repeated parts', () => {
    expect(next(/(?<=我)给[你您]/y, '给')).toBe('你您');
    expect(next(/(?!们)^你(?:好)?吗/y, '你')).toBe('吗好');
    expect(next(/a*b/y, 'a')).toBe('ab');
    expect(next(/a*b/y, 'b')).toBeNull(); // the match may end after b
    expect(next(/x{2,5}y/y, 'x')).toBe('x');
    expect(next(/x{0,3}?y/y, 'x')).toBe('xy');
  });

  it('takes a negated class, a dot or a back reference as any unit', () => {
    expect(next(/a[^b]/y, 'a')).toBeNull();
    expect(next(/a./y, 'a')).toBeNull();
    expect(next(/(a)\1/y, 'a')).toBeNull();
  });

  it('refuses flags it does not read', () => {
    expect(() => prefixes(/a/iy)).toThrow();
    expect(() => prefixes(/a/uy)).toThrow();
  });

  /** Every position of `text` where `p` matches: the unit after its first must be one prefixes allows. */
  function check(p: (typeof INTENT_PATTERNS)[number], ways: ReturnType<typeof prefixes>, text: string): number {
    let matches = 0;
    for (let i = 0; i < text.length; i++) {
      p.re.lastIndex = i;
      const m = p.re.exec(text);
      if (!m || m[0].length === 0) continue;
      matches++;
      const after = nextUnits(ways, text.charCodeAt(i));
      expect(after === null || (m[0].length >= 2 && holds(after, text.charCodeAt(i + 1))), `${p.id} at ${i} of ${text}`).toBe(true);
    }
    return matches;
  }

  it('never rules out a match of an intent pattern (random texts from the patterns’ own pieces, seeded; the corpus)', () => {
    const rand = prng(7);
    const corpus = (JSON.parse(readFileSync('test/corpus/phrases.json', 'utf8')) as Array<{ text: string }>).map((e) => fold(e.text));
    let matched = 0;
    for (const p of INTENT_PATTERNS) {
      const ways = prefixes(p.re);
      // Pieces of the pattern's literal text, single characters of it, digits and punctuation.
      const pieces = p.re.source.split(/\\[a-zA-Z]|[\\^$()[\]{}|?*+,:=!<>-]/).filter(Boolean);
      const parts = [...pieces, ...new Set(pieces.join('')), ...'0123456789 ，。', '6222023612345678901', '13812345678', '12345'];
      let matches = 0;
      for (let round = 0; round < 400; round++) matches += check(p, ways, Array.from({ length: 12 }, () => parts[Math.floor(rand() * parts.length)]).join(''));
      for (const text of corpus) matches += check(p, ways, text);
      if (matches > 0) matched++;
    }
    expect(matched).toBeGreaterThan(INTENT_PATTERNS.length * 0.8);
  });
});
