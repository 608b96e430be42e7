/**
 * The frozen blind corpus of issue 21 (test/corpus/phrases-blind.json): 366
 * messages written by a hand that never saw lib/phrases, labelled by
 * /work/blind/LABEL-RULES.md before writing, copied here unchanged and never
 * edited or tuned on. Only aggregate figures are printed — never a line of it —
 * so that nobody tunes on it by reading the misses. The guard scans with the
 * product's complete traditional table (trad-table.ts), as the chat does.
 * A message counts as flagged when the engine finds anything in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const blind = loadCorpus('test/corpus/phrases-blind.json');

/** The level reached (final score of issue 21, rounded down): a change that loses ground fails here. */
// model3 session: 0.958 / 0.929 → 0.964 / 0.935 (its third aggregate run) → 0.964 / 0.941 (its fourth and last). 2026-12-07 session (integrator's one run after merging): 0.964 / 0.941 (bank recall 0.875 → 1.000, deal precision 0.860 → 0.841).
// Fourth session of 2026-12-07 (integrator's one run after merging the precision and recall rounds): 0.976 / 0.947
// (deal precision 0.841 unchanged; contact 0.865 → 0.941, platform precision 0.925, abuse recall 0.920).
// Fifth stop of 2026-12-07 (guard rounds 10 and 11, integrator's one run after merging): 0.976 / 0.947, unchanged.
const FLOOR = { precision: 0.97, recall: 0.94 };

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('blind corpus (issue 21, frozen)', () => {
  it('aggregate message precision / recall and per category (counts only)', () => {
    const s = score(blind, (text) => scan(text));
    // Per batch counts are not printed: they tell which kind of line is missed, and nobody tunes on this corpus.
    console.log(formatScore('phrase corpus, blind (issue 21)', s, false));
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
