/**
 * Scores the phrase engine (rules and shipped model, as scan() runs) on
 * corpus files: message and per-category precision / recall, aggregates only.
 *
 *   npx tsx scripts/score-corpus.ts <files…>
 *
 * MISSES=1 lists the misses too, and is refused for a file that is held out
 * (a blind corpus or a writer's check file): those are read in aggregate only.
 */
import { scan } from '@/lib/phrases';
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, score } from '../test/corpus/score';

const HELD = /blind|check/;

addTraditionalPairs(traditionalPairs());
const misses = process.env.MISSES === '1';
for (const file of process.argv.slice(2)) {
  if (misses && HELD.test(file)) throw new Error(`${file} is held out: aggregates only`);
  console.log(formatScore(file, score(loadCorpus(file), (text) => scan(text)), misses));
}
