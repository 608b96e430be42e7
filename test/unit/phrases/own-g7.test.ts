/**
 * The team's own lines for rude service and threats without a rude word
 * (test/corpus/phrases-own-g7.json, guard7 session, 2026-12-07): 65 rude
 * lines in other wording than any writer's (household goods, clothes, food,
 * parcels) and 65 clean twins (polite firmness, the agent's own slip, product
 * instructions, concern, a funeral-goods shop's facts). Labelled before the
 * engine saw them; first score, engine of the session's first two commits
 * (rules + shipped model): 1.000 / 0.585. A second batch of 55 clean lines
 * (g7-clean2), written afterwards to break the new structures (a child-proof
 * product, a region's warmth, deference that serves, a funeral-goods fact),
 * raised nothing from the rules on its first run; the shipped model flags one
 * (您手机是不是没电了？刚才没回复: a model estimate, 'warn'). A third (g7-clean3, 55
 * lines: dialect, teasing, quoted complaints, funeral goods, regions, family) raised
 * one, from an older rule (写得清清楚楚 before an offer to resend it), narrowed since. Tuned on afterwards (misses
 * printed); kept out of the model's training text: held-out writers
 * (scripts/eval-phrase-model.ts, w3 w4 w7–w10) scored 0.908 → 0.906 with it
 * in, so it adds nothing there. The floor is the level reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const own = loadCorpus('test/corpus/phrases-own-g7.json');

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('own corpus, rude service and threats by structure', () => {
  // Recall 0.98 → 0.96 (guard12, 0.969): the model retrained on 18 tuning files as a 2-bit 16384-bucket abuse table (guard12): it fits the tuning lines less closely than the 8-bit one and carries further — each tuning file held out, abuse recall 0.862 → 0.912 at the same precision.
  it('message precision at least 0.98, recall at least 0.96', () => {
    const s = score(own, (text) => scan(text));
    console.log(formatScore('phrase corpus, own (guard7)', s));
    expect(own.length).toBe(240);
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(0.98);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(0.96);
  });
});
