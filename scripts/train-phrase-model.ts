/**
 * Trains the phrase guard's classifier (lib/phrases/model.ts) and writes its
 * weights to lib/phrases/model-weights.ts. Run: npx tsx scripts/train-phrase-model.ts
 *
 * Text: the team's tuning corpora only (TUNING in scripts/lib/phrase-model.ts),
 * never the frozen blind corpora (phrases-blind*.json) nor a writer's check
 * file. How it trains and chooses each threshold: scripts/lib/phrase-model.ts.
 * DEBUG_MODEL=<category> prints the out-of-fold scores of the messages the
 * model may speak on (the highest, then the labelled ones it misses).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { MODEL_CATEGORIES } from '@/lib/phrases/model';
import { loadCorpus } from '../test/corpus/score';
import { DEFAULTS, example, fitAll, PAIRS, TUNING, type Scored, type Table } from './lib/phrase-model';

function debug(oof: readonly Scored[]) {
  const rows = oof.filter((s) => s.open).sort((a, b) => b.z - a.z);
  for (const r of rows.slice(0, 25)) console.log(r.z.toFixed(2), r.y, r.clean ? 'clean' : 'other', r.text);
  for (const r of rows.filter((s) => s.y)) console.log('MISS', r.z.toFixed(2), r.text);
}

function main() {
  addTraditionalPairs(traditionalPairs());
  addTraditionalPairs(HAND_TRAD_PAIRS);
  const corpus = TUNING.flatMap((f) => loadCorpus(f));
  const data = corpus.map((e) => example(e, DEFAULTS));
  const { tables, reports, oof } = fitAll(data, DEFAULTS);
  const wanted = MODEL_CATEGORIES.indexOf(process.env.DEBUG_MODEL as (typeof MODEL_CATEGORIES)[number]);
  if (wanted >= 0) debug(oof[wanted]!);
  const file = resolve(process.cwd(), 'lib/phrases/model-weights.ts');
  writeFileSync(file, render(tables, corpus.length));
  console.log(`trained on ${corpus.length} messages (${TUNING.length} tuning files)\n${reports.join('\n')}`);
}

function render(tables: readonly Table[], messages: number): string {
  const lines = tables.map(
    (t) =>
      `    { category: '${t.category}', bias: ${t.bias}, scale: ${t.scale}, threshold: ${t.threshold},${t.levels ? ` levels: [${t.levels.join(', ')}],` : ''}\n      weights: '${t.weights}' },`,
  );
  return `/**
 * Weights of the phrase classifier (model.ts), written by
 * scripts/train-phrase-model.ts from ${messages} messages of the team's tuning
 * text (never the blind corpora). Do not edit: run the script.
 * A table with \`levels\` is packed: each weight a level index of log2(levels)
 * bits, lowest bits first; its size is the decoded length (lib/phrases/model.ts).
 */
export const MODEL_DATA = {
  buckets: ${DEFAULTS.buckets},
  pairs: ${PAIRS},
  categories: [
${lines.join('\n')}
  ],
} as const;
`;
}

main();
