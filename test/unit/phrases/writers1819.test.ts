/**
 * Issue 21's eighteenth and nineteenth independent writers (2026-12-07, sixth
 * session of the day; they never read the code nor any corpus; the blind
 * corpus's label rules), copied unchanged: 460 and 462 messages, 55 % clean
 * and hard, the violations weighted toward rude service without a rude word
 * (w18 60 %, w19 45 %), bank and deal. Kept as CHECK text: never tuned on,
 * never read line by line, only aggregates — the measure of whether a change
 * carries to wording nobody here has seen (the sixteenth and seventeenth
 * writers, of the same brief, are tuning text). w18 was meant as tuning text;
 * trained on, it moved bank and deal onto clean digit runs and 先用后付, so it
 * stayed held out instead, unread.
 * - Engine as on main when they arrived (3c1c15d's phrase engine): w18 0.943 /
 *   0.725 (abuse recall 0.548), w19 0.960 / 0.577 (abuse 0.340, bank 0.610,
 *   deal 0.738).
 * - After the guard round of the same session (per-category model tables, the
 *   1-in-2000 clean base, w16 and w17 trained on, 马 for 码, a bare v; the
 *   helper never saw these files): w18 0.945 / 0.749 (abuse 0.605), w19 0.961 /
 *   0.596 (abuse 0.404, bank 0.634, deal 0.690).
 * - guard13 (w20 and w21 trained on, their rule classes, abuse margin -0.75, bank 0.75): w18 0.952 / 0.763,
 *   w19 0.977 / 0.625.
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const CHECK = [
  { file: 'test/corpus/phrases-check-w18.json', messages: 460, precision: 0.95, recall: 0.76 },
  { file: 'test/corpus/phrases-check-w19.json', messages: 462, precision: 0.97, recall: 0.62 },
];

writerFloors('eighteenth and nineteenth writers (held out, aggregates only)', CHECK, true);
