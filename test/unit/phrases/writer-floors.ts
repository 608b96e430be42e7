/**
 * The writers' corpora held to floors (writers34/56/78.test.ts): each file
 * scored per message with the built-in words and the full traditional fold,
 * its message precision and recall at least the level reached. Tuning files
 * print their misses; held-out files print aggregates only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

export interface WriterSet {
  file: string;
  messages: number;
  precision: number;
  recall: number;
}

/** One describe block of floors; `heldOut` sets never print a line. */
export function writerFloors(title: string, sets: readonly WriterSet[], heldOut: boolean): void {
  describe(title, () => {
    beforeAll(() => addTraditionalPairs(traditionalPairs()));
    afterAll(() => {
      resetTraditionalPairs();
      addTraditionalPairs(HAND_TRAD_PAIRS);
    });
    it.each(sets)('$file: message precision ≥ $precision, recall ≥ $recall', ({ file, messages, precision: p, recall: r }) => {
      const corpus = loadCorpus(file);
      const s = score(corpus, (text) => scan(text));
      console.log(formatScore(file, s, !heldOut));
      expect(corpus.length).toBe(messages);
      expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(p);
      expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(r);
    });
  });
}
