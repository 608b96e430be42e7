/**
 * Measures the phrase classifier with a whole tuning file held out: for each
 * file, the model (threshold and weights) is fitted on the other tuning files
 * as scripts/train-phrase-model.ts would, then the rules plus that model score
 * the held file (message level and per category), beside the rules alone.
 * A file written by another hand is the nearest thing to text nobody here saw.
 *
 *   npx tsx scripts/eval-phrase-model.ts [held files…]
 *
 * Options by environment (experiments): BUCKETS, EPOCHS, L2, MARGIN, MARGINS, PRECISION,
 * FEATURES (a name from lib/phrases/model-features.ts' experiments, default the shipped).
 * Never on a blind corpus. A writer's check file may be held out in aggregate
 * only (how the margins were chosen): MISSES=1 is refused for it.
 */
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { scan, type Finding } from '@/lib/phrases';
import { MODEL_CATEGORIES } from '@/lib/phrases/model';
import { formatScore, loadCorpus, score } from '../test/corpus/score';
import { DEFAULTS, example, fitAll, logit, TUNING, type Example, type TrainOptions } from './lib/phrase-model';
import { EXPERIMENTS } from './lib/phrase-features';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

function options(): TrainOptions {
  return {
    ...DEFAULTS,
    buckets: env('BUCKETS', DEFAULTS.buckets),
    epochs: env('EPOCHS', DEFAULTS.epochs),
    l2: env('L2', DEFAULTS.l2),
    margin: env('MARGIN', DEFAULTS.margin),
    precision: env('PRECISION', DEFAULTS.precision),
    // MARGINS=abuse:0.25,bank:-1 replaces the per-category margins (MARGIN alone: one margin for every category).
    margins: process.env.MARGINS
      ? Object.fromEntries(process.env.MARGINS.split(',').map((kv) => [kv.split(':')[0]!, Number(kv.split(':')[1])]))
      : process.env.MARGIN
        ? {}
        : DEFAULTS.margins,
    trainer: (process.env.TRAINER as TrainOptions['trainer']) ?? DEFAULTS.trainer,
    bags: env('BAGS', DEFAULTS.bags ?? 5),
    posWeight: env('POS', DEFAULTS.posWeight ?? 1),
    dim: env('DIM', 8),
    mlpRate: env('MLPRATE', 0.1),
    features: process.env.FEATURES ? EXPERIMENTS[process.env.FEATURES]! : DEFAULTS.features,
  };
}

/** Out of fold over all tuning text: per category, the open positives above the n-th highest open clean message (+ margin). */
function curve(opts: TrainOptions) {
  const data = TUNING.flatMap((f) => loadCorpus(f)).map((e) => example(e, opts));
  const { oof, reports } = fitAll(data, opts);
  console.log(reports.join('\n'));
  oof.forEach((list, k) => {
    const open = list.filter((s) => s.open);
    const clean = open.filter((s) => s.clean).map((s) => s.z).sort((a, b) => b - a);
    const pos = open.filter((s) => s.y).map((s) => s.z);
    const other = open.filter((s) => !s.y && !s.clean).map((s) => s.z);
    const at = (t: number) => `${pos.filter((z) => z >= t).length}/${pos.length}+${other.filter((z) => z >= t).length}o`;
    const cells = [0, 1, 2, 4, 8].map((n) => `clean#${n + 1} ${at(clean[n]! + 1e-9)} m ${at(clean[n]! + opts.margin)}`);
    console.log(`${MODEL_CATEGORIES[k]} ${cells.join(' | ')}`);
  });
}

function main() {
  addTraditionalPairs(traditionalPairs());
  addTraditionalPairs(HAND_TRAD_PAIRS);
  const opts = options();
  if (process.env.CURVE === '1') return curve(opts);
  const held = process.argv.slice(2).length ? process.argv.slice(2) : TUNING;
  if (held.some((f) => /blind/.test(f))) throw new Error('a blind corpus is never scored here');
  if (process.env.MISSES === '1' && held.some((f) => /check/.test(f))) throw new Error('a check file is held out: aggregates only');
  const files = [...new Set([...TUNING, ...held])];
  const byFile = new Map(files.map((f) => [f, loadCorpus(f).map((e) => ({ entry: e, ex: example(e, opts) }))]));
  const totals = { rules: { tp: 0, fp: 0, fn: 0 }, model: { tp: 0, fp: 0, fn: 0 } };
  for (const file of held) {
    const train: Example[] = files.filter((f) => f !== file && TUNING.includes(f)).flatMap((f) => byFile.get(f)!.map((r) => r.ex));
    const { tables } = fitAll(train, opts);
    const rows = byFile.get(file)!;
    const modelFound = new Map<string, Finding[]>();
    for (const { ex } of rows) {
      const extra: Finding[] = [];
      tables.forEach((t, k) => {
        if (t.threshold === null || ex.ruled[k] || ex.cleared) return;
        if ((t.score ? t.score(ex) : logit(ex, t.q, t.scale, t.bias)) >= t.threshold)
          extra.push({ category: MODEL_CATEGORIES[k]!, ruleId: 'chat-abuse', severity: 'warn', start: 0, end: ex.text.length, match: ex.text });
      });
      modelFound.set(ex.text, extra);
    }
    const corpus = rows.map((r) => r.entry);
    const rules = score(corpus, (text) => scan(text, { model: false }));
    const both = score(corpus, (text) => [...scan(text, { model: false }), ...(modelFound.get(text) ?? [])]);
    for (const [k, s] of [['rules', rules], ['model', both]] as const) {
      totals[k].tp += s.message.tp;
      totals[k].fp += s.message.fp;
      totals[k].fn += s.message.fn;
    }
    const shipped = tables.map((t) => `${t.category} ${t.threshold ?? '—'}`).join(', ');
    console.log(`\n== ${file} held out (thresholds ${shipped})`);
    console.log(formatScore('rules alone', rules, false));
    console.log(formatScore('rules + model', both, process.env.MISSES === '1'));
  }
  const f = (c: { tp: number; fp: number; fn: number }) => `P ${(c.tp / (c.tp + c.fp)).toFixed(3)} R ${(c.tp / (c.tp + c.fn)).toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
  console.log(`\nALL held: rules ${f(totals.rules)}; rules + model ${f(totals.model)}`);
}

main();
