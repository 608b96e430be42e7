/**
 * The fold is one table indexed by code unit (lib/phrases/fold.ts). These
 * tests hold the table to the rules it is filled from, on every BMP code
 * unit: ASCII lower case, full-width forms → half-width, the ideographic
 * space, ￥, enclosed, superscript and subscript digits, circled letters, and the traditional pairs added at run time
 * (which a reset removes without touching the rest).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addTraditionalPairs, fold, foldCode, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';

afterEach(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

/** The rules, written independently of the table: [first, last, value of first] for digits. */
const DIGITS = [
  [0x2460, 0x2468, 1], [0x2474, 0x247c, 1], [0x2488, 0x2490, 1], [0x24f5, 0x24fd, 1], [0x2776, 0x277e, 1],
  [0x2780, 0x2788, 1], [0x278a, 0x2792, 1], [0x24ea, 0x24ea, 0], [0x24ff, 0x24ff, 0],
  // ⁰ ¹ ² ³ ⁴-⁹ ₀-₉
  [0x2070, 0x2070, 0], [0xb9, 0xb9, 1], [0xb2, 0xb3, 2], [0x2074, 0x2079, 4], [0x2080, 0x2089, 0],
] as const;
/** Ⓐ-Ⓩ and ⓐ-ⓩ fold to a-z. */
const LETTERS = [[0x24b6, 0x24cf], [0x24d0, 0x24e9]] as const;
function expected(c: number, trad: ReadonlyMap<number, number>): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 32;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  if (c === 0xffe5) return 0xa5;
  for (const [first, last, value] of DIGITS) if (c >= first && c <= last) return 48 + value + c - first;
  for (const [first, last] of LETTERS) if (c >= first && c <= last) return 97 + c - first;
  return trad.get(c) ?? c;
}
const pairsOf = (pairs: string) => {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) if (!map.has(pairs.charCodeAt(i))) map.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  return map;
};
const mismatches = (trad: ReadonlyMap<number, number>) => {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (foldCode(c) !== expected(c, trad)) out.push(c.toString(16));
  return out;
};

describe('fold table', () => {
  it('folds every BMP code unit by the rules, with the hand-made traditional pairs', () => {
    expect(mismatches(pairsOf(HAND_TRAD_PAIRS))).toEqual([]);
  });

  it('a reset removes the traditional pairs only; adding them again keeps a first mapping', () => {
    resetTraditionalPairs();
    expect(mismatches(new Map())).toEqual([]);
    expect(addTraditionalPairs('貓猫貓毛')).toBe(1);
    expect(foldCode('貓'.charCodeAt(0))).toBe('猫'.charCodeAt(0));
  });

  it('fold() is the per-unit fold as one string of the same length, surrogates kept', () => {
    const text = 'ＡＢ，寶貝①\u{1F427}\ud800Ｘ　￥';
    expect(fold(text)).toBe([...Array(text.length).keys()].map((i) => String.fromCharCode(foldCode(text.charCodeAt(i)))).join(''));
    expect(fold(text)).toBe('ab,宝貝1\u{1F427}\ud800x ¥');
    expect(fold('plain 文本')).toBe('plain 文本');
  });
});
