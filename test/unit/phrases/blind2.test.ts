/**
 * The second frozen blind corpus (test/corpus/phrases-blind2.json): 301
 * messages of a realistic day (pre-sale, shipping, after-sales, promotions,
 * late night; 55 % clean), written on 2026-12-06 by a hand that never saw
 * lib/phrases or any corpus, labelled by the same rules as the first blind
 * corpus, copied here unchanged. Nobody tunes on it: it was scored before the
 * session's guard work and is only ever printed as aggregates — never a line —
 * so its figures stay an honest measure of text the engine has not seen.
 * (Its sister set, the writer's tuning lines, is phrases-train26.json.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const heldOut = loadCorpus('test/corpus/phrases-blind2.json');

/**
 * First score, engine of f1f39eb before any tuning this session: message
 * precision 0.972, recall 0.785 (abuse 0.517, bank 0.364, deal 0.465 recall).
 * After this session's tuning on other text: 0.983 / 0.844 (abuse 0.586,
 * bank 0.455, deal 0.651 recall). With the on-device model (lib/phrases/model.ts,
 * trained on team text only): 0.983 / 0.874 (abuse 0.724 recall). After tuning
 * on the third and fourth writers' train files and the team's own lines
 * (model3 session, its third and fourth aggregate runs): 0.984 / 0.926
 * (abuse 0.793, bank 0.636, deal 0.744 recall). Session of 2026-12-07 (bank and deal
 * by structure, the 4096-bucket model with second-person pairs, two more
 * writers' text; the rules6 helper saw this file's floor fail once, pass/fail
 * only, and narrowed three rules by its own reasoning; the integrator's one
 * aggregate run after merging): 0.992 / 0.926 (abuse 0.793, bank 0.636, deal
 * 0.767 recall; deal precision 0.842 → 0.868). Third session of 2026-12-07
 * (rude service, threats and accounts by structure, tuned on writers' tuning
 * text and the team's own lines; the guard helper never scored this file, only
 * ran the unit suite; the integrator's one aggregate run after merging):
 * 0.992 / 0.941 (abuse 0.862, bank 0.636, deal 0.767 recall). The floor is the
 * level reached: a change that loses ground fails here.
 */
// Fourth session of 2026-12-07 (integrator's one run after merging the precision and recall rounds):
// 0.992 / 0.941, unchanged (bank 0.636, deal 0.767, abuse 0.862 recall; contact precision 0.846 → 0.880).
// Fifth stop of 2026-12-07 (guard rounds 10 and 11, integrator's one run after merging): 0.992 / 0.948
// (abuse recall 0.862 → 0.897; deal precision 0.868 → 0.971 with the bank + deal convention; bank 0.636, deal 0.767 recall unchanged).
const FLOOR = { precision: 0.99, recall: 0.94 };

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('second blind corpus (held out, frozen)', () => {
  it('aggregate message precision / recall and per category (counts only)', () => {
    const s = score(heldOut, (text) => scan(text));
    console.log(formatScore('phrase corpus, blind 2 (held out)', s, false));
    expect(s.messages).toBe(301);
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
