/**
 * Issue 21's ninth and tenth independent writers (2026-12-07; they never read
 * the code nor any corpus; the blind corpus's label rules), copied unchanged
 * from /work/blind9/train.json and /work/blind10/train.json: 600 and 608
 * messages, bank, deal and rude service heavy, each violation with a polite
 * twin. Tuning text. First score, engine as on main (133a013) before any use
 * of them: w9 0.967 / 0.815 (bank recall 0.683, deal 0.857 / 0.867, contact
 * precision 0.735), w10 0.969 / 0.822 (bank 0.949 / 0.860, deal 0.832 / 0.878,
 * contact precision 0.682). After the rules6 session's bank and deal rules:
 * w9 0.972 / 0.832, w10 0.973 / 0.842.
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const TRAIN = [
  { file: 'test/corpus/phrases-train-w9.json', messages: 600, precision: 0.97, recall: 0.83 },
  { file: 'test/corpus/phrases-train-w10.json', messages: 608, precision: 0.97, recall: 0.84 },
];

writerFloors('ninth and tenth writers: tuning sets (misses printed)', TRAIN, false);
