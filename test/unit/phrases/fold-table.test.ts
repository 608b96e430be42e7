/**
 * The complete traditional → simplified fold (issue #16): OpenCC's table,
 * made by the background and added to the chat's fold, lets built-in words
 * match text in traditional characters the hand-made table does not cover.
 * Without any table, traditional text is not folded at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, fold, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';

// Back to the tests' table (test/unit/setup-fold.ts).
afterEach(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('OpenCC fold table (built at build time, trad-table.ts)', () => {
  const pairs = traditionalPairs();

  it('covers thousands of characters as pairs, CJK only', () => {
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length / 2).toBeGreaterThan(2000);
    expect(pairs.length).toBeLessThanOrEqual(40_000); // what the chat accepts from storage
    expect(pairs).toContain('窮穷');
  });

  it.each([
    ['窮鬼', 'abuse'],
    ['你聾了嗎', 'abuse'],
    ['滾遠點', 'abuse'],
  ])('built-in words match %s only with the full table', (text, category) => {
    expect(scan(text).map((f) => f.category)).toEqual([]);
    addTraditionalPairs(pairs);
    expect(scan(text).map((f) => f.category)).toEqual([category]);
    expect(fold(text).length).toBe(text.length); // offsets shared
  });

  it('without a table traditional text is not folded', () => {
    resetTraditionalPairs();
    expect(fold('天貓')).toBe('天貓');
  });

  it('leaves simplified characters alone: 么 is not folded to 幺 (OpenCC Taiwan variant)', () => {
    addTraditionalPairs(pairs);
    expect(fold('什么 什麼 這麼')).toBe('什么 什么 这么');
    expect(pairs).not.toContain('么幺');
  });

  it('is the table scripts/trad-table.mjs writes from the installed OpenCC data', async () => {
    // @ts-expect-error a plain .mjs build script without types
    const { makeTables, render, TABLE_FILE } = (await import('../../../scripts/trad-table.mjs')) as {
      makeTables(): unknown;
      render(t: unknown): string;
      TABLE_FILE: string;
    };
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(render(makeTables()));
  }, 30_000);

  it('keeps the pairs already there and ignores non-CJK or identity pairs', () => {
    expect(addTraditionalPairs('aB寶宝窮穷窮窮')).toBe(1);
    expect(fold('寶窮')).toBe('宝穷');
  });
});
