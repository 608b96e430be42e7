/**
 * Issue 21's nineteenth independent writer (2026-12-07, sixth session of the
 * day; never read the code nor any corpus; the blind corpus's label rules),
 * copied unchanged: 462 messages, 55 % clean and hard, the violations weighted
 * toward rude service without a rude word (45 %), bank (20 %) and deal (20 %).
 * Written as CHECK text: never tuned on, never read line by line, only
 * aggregates — the measure of whether this session's changes carry to wording
 * nobody here has seen (the sixteenth to eighteenth writers, of the same
 * brief, are tuning text).
 * - Engine as on main when it arrived (3c1c15d's phrase engine): 0.960 / 0.577
 *   (abuse recall 0.340, bank 0.610, deal 0.738; contact precision 0.500).
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const CHECK = [{ file: 'test/corpus/phrases-check-w19.json', messages: 462, precision: 0.96, recall: 0.57 }];

writerFloors('nineteenth writer (held out, aggregates only)', CHECK, true);
