/**
 * Issue 21's eleventh and twelfth independent writers (2026-12-07, third
 * session of the day; they never read the code nor any corpus; the blind
 * corpus's label rules), copied unchanged: 643 and 652 messages, about half
 * clean, weighted toward rude service, bank and deal. Written for this round
 * as CHECK text: never tuned on, never read line by line, only aggregates.
 * - Engine as on main when they arrived (cd077d6): w11 0.991 / 0.778 (abuse
 *   recall 0.629, bank 0.813, deal 0.855), w12 0.969 / 0.710 (abuse 0.403,
 *   bank 0.667, deal 0.770).
 * - After the guard round of the same session (rude service, threats and
 *   accounts by structure; the helper never saw these files): w11 0.991 /
 *   0.781 (abuse 0.636), w12 0.970 / 0.723 (abuse 0.434, deal 0.782).
 * - After the next session's precision and recall rounds (neither helper read
 *   these lines; aggregates only): w11 1.000 / 0.801 (abuse 0.679), w12 0.974 /
 *   0.732 (abuse 0.457).
 * - After the guard round of issue 21's held-out classes (phone asked or given in
 *   pieces, retorts without a rude word, accounts and codes by structure; the
 *   helper never read these lines; aggregates only): w11 1.000 / 0.811, w12
 *   0.975 / 0.742.
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const CHECK = [
  { file: 'test/corpus/phrases-check-w11.json', messages: 643, precision: 0.99, recall: 0.82 },
  { file: 'test/corpus/phrases-check-w12.json', messages: 652, precision: 0.98, recall: 0.78 },
];

writerFloors('eleventh and twelfth writers (held out, aggregates only)', CHECK, true);
