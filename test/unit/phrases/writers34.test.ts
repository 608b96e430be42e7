/**
 * Issue 21's third and fourth independent writers (2026-12-07; they never read
 * the code), copied unchanged from /work/blind3 and /work/blind4:
 * - phrases-train-w3.json / -w4.json (420 messages each): tuning text. Their
 *   first score, with the engine of 32d0a8e before any use of them, is in the
 *   commit that added them (w3 0.982 / 0.783, w4 0.958 / 0.862); they have
 *   been tuned on since (rules, lexicon, the model's training text).
 * - phrases-check-w3.json / -w4.json (130 messages each): held out. Never read
 *   line by line nor tuned on; only their aggregates are printed. First score
 *   (same engine): w3 0.973 / 0.632, w4 0.846 / 0.569; at the end of the
 *   session that tuned on the train files: w3 1.000 / 0.719, w4 0.860 / 0.638;
 *   with the model retrained on the seventh and eighth writers' text (per-category
 *   margins, 20 epochs): w3 1.000 / 0.719, w4 0.870 / 0.690; with the model of
 *   4096 buckets and second-person pairs, retrained with the ninth and tenth
 *   writers: w3 1.000 / 0.737, w4 0.867 / 0.672. check-w4's recall floor moves
 *   0.68 → 0.67 (one message of 58): adding the ninth and tenth writers to the
 *   training text costs it whatever the model (the 2048 n-gram model with them:
 *   0.857 / 0.621), and no abuse margin keeps it without a false alarm on w5.
 *   margins, 20 epochs): w3 1.000 / 0.719, w4 0.870 / 0.690; after the rules6 session's bank
 *   and deal rules (its second and last aggregate run): w3 1.000 / 0.719, w4 0.889 / 0.690.
 *   guard7 session (rude service, threats and accounts by structure; aggregates only, its
 *   runs counted in its report): w3 1.000 / 0.737 (unchanged), w4 0.886 / 0.672 → 0.870 /
 *   0.690 (abuse recall 0.375 → 0.438, deal 0.714 → 0.762). One clean w4 message more is
 *   flagged as abuse: the structures were narrowed by every polite twin the session could
 *   write or find in the tuning text (rude-structure.test.ts) without finding it, and the
 *   session would not hunt it on this file. check-w4's precision floor moves 0.88 → 0.86 (0.8696) for
 *   that one message; over the four check sets message P / R 0.956 / 0.846 → 0.955 / 0.856.
 *   Next session's precision and recall rounds (aggregates only): w3 1.000 / 0.737, w4 0.870 /
 *   0.690 → 0.891 / 0.707 (floor back to 0.89).
 *   guard12 (the model retrained, see writers1617.test.ts): w3 recall 0.750 → 0.737 (one message), floor 0.73.
 *   2026-12-07, eighth stop: w3 0.789 → 0.754 (45 → 43 of 57), floor 0.77 → 0.75. Both messages go with the
 *   model refitted on the 24th–27th writers (rules alone unchanged there); over the nine check sets in aggregate
 *   the refit found 1537 → 1538 messages with 47 → 45 false alarms (then 1540 / 42 with guard17's rules).
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const TRAIN = [
  { file: 'test/corpus/phrases-train-w3.json', messages: 420, precision: 0.99, recall: 0.99 },
  { file: 'test/corpus/phrases-train-w4.json', messages: 420, precision: 0.99, recall: 0.99 },
];

const CHECK = [
  { file: 'test/corpus/phrases-check-w3.json', messages: 130, precision: 0.99, recall: 0.75 },
  { file: 'test/corpus/phrases-check-w4.json', messages: 130, precision: 0.91, recall: 0.75 },
];

writerFloors('third and fourth writers: tuning sets (misses printed)', TRAIN, false);
writerFloors('third and fourth writers: check sets (held out, aggregates only)', CHECK, true);
