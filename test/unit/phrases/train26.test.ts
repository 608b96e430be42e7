/**
 * The tuning set of issue 21's second independent writer
 * (test/corpus/phrases-train26.json, 251 messages; label notes beyond
 * /work/blind/LABEL-RULES.md in /work/blind2/NOTES.md), copied unchanged.
 * Its first score, with the engine as it was on main, is in the commit that
 * added it (0.938 / 0.797); it has been tuned on since (misses printed). Its
 * held-out half is not in the repository and was never read.
 *
 * The floor is per message; per category it gates every category but deal:
 * this writer labels a bank card or Alipay account given to move money as
 * bank alone, while the label rules of the frozen blind corpus (and the team's
 * corpora) read it as bank + deal (overlaps.ts), so the engine's deal
 * precision here is bounded by that difference, not by a missed phrase.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const train = loadCorpus('test/corpus/phrases-train26.json');
const FLOOR = { message: 0.97, category: 0.85 };

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('second writer tuning set (issue 21)', () => {
  it(`message precision / recall at least ${FLOOR.message}, every category but deal's precision at least ${FLOOR.category}`, () => {
    const s = score(train, (text) => scan(text));
    console.log(formatScore('phrase corpus, second writer tuning set (issue 21)', s));
    expect(train.length).toBe(251);
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(FLOOR.message);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(FLOOR.message);
    for (const [category, counts] of s.categories) {
      if (category !== 'deal') expect(precision(counts), `${category} precision`).toBeGreaterThanOrEqual(FLOOR.category);
      expect(recall(counts), `${category} recall`).toBeGreaterThanOrEqual(FLOOR.category);
    }
  });
});
