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
import { formatScore, loadCorpus, precision, recall, score, type Counts, type CorpusEntry } from '../../corpus/score';

const blind = loadCorpus('test/corpus/phrases-blind.json');

/** The level reached (final score of issue 21, rounded down): a change that loses ground fails here. */
const FLOOR = { precision: 0.95, recall: 0.92 };

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

/** Per batch: message counts only (tp = labelled and flagged, tn = clean and passed). */
function byBatch(corpus: readonly CorpusEntry[]): string[] {
  const rows = new Map<string, Counts & { tn: number }>();
  for (const entry of corpus) {
    const key = entry.batch ?? '-';
    const row = rows.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    rows.set(key, row);
    const labelled = entry.expect.length > 0;
    const flagged = scan(entry.text).length > 0;
    if (labelled && flagged) row.tp++;
    else if (flagged) row.fp++;
    else if (labelled) row.fn++;
    else row.tn++;
  }
  return [...rows].map(([batch, c]) => `${batch.padEnd(22)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}`);
}

describe('blind corpus (issue 21, frozen)', () => {
  it('aggregate message precision / recall, per category and per batch (counts only)', () => {
    const s = score(blind, (text) => scan(text));
    console.log([formatScore('phrase corpus, blind (issue 21)', s, false), 'per batch (messages):', ...byBatch(blind)].join('\n'));
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
