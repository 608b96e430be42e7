/**
 * Issue 21's own corpus, third round (test/corpus/phrases-own26.json): 477
 * messages the team wrote in eleven batches (the last two all clean, written to
 * try the new words on innocent text) for the blind corpus's weak classes —
 * bank details asked for or given in pieces (卡号报给我, 您支付宝叫什么,
 * a card number split by commas), paying the agent or shipping around the
 * order, review rewards, phone numbers in halves and words, contempt without
 * a swear word, and their clean twins (refusals, scam warnings, addresses
 * in a platform's business park, product facts, refunds the way they were
 * paid). Labelled by /work/blind/LABEL-RULES.md's categories before the
 * engine was changed; each batch was scored before the next was tuned on.
 * It is tuned on (misses printed); the frozen blind corpus is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const own = loadCorpus('test/corpus/phrases-own26.json');
const FLOOR = { message: 0.97, category: 0.95 };

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

describe('own corpus, issue 21 round 3', () => {
  it(`message precision / recall at least ${FLOOR.message}, every category at least ${FLOOR.category}`, () => {
    const s = score(own, (text) => scan(text));
    console.log(formatScore('phrase corpus, own (issue 21 round 3)', s));
    expect(own.length).toBeGreaterThanOrEqual(470);
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(FLOOR.message);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(FLOOR.message);
    for (const [category, counts] of s.categories) {
      expect(precision(counts), `${category} precision`).toBeGreaterThanOrEqual(FLOOR.category);
      expect(recall(counts), `${category} recall`).toBeGreaterThanOrEqual(FLOOR.category);
    }
  });
});
