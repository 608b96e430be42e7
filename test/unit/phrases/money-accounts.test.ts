/**
 * Bank and deal by structure (issue 21 item 5, rules6 session): who pays
 * whom, where, with what account — not phrase lists copied from one writer.
 * Each violation stands beside its clean twin. Written by the team (own
 * words, shaped after the writers' tuning sets), never from a blind corpus or
 * a writer's check file. The rules alone decide (the model is tested in
 * model.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

const ruled = (text: string) => [...new Set(scan(text, { model: false }).map((f) => f.category))].sort();

describe('an account is bank; it is also deal only when money moves around it (overlaps.ts, MOVES_MONEY)', () => {
  it.each([
    // Given or asked with nothing said about moving money: the account alone.
    ['卡号 6230-5200-1234-5678-901', ['bank']],
    ['开户行写全一下，哪个支行', ['bank']],
    ['户名：李华 开户行：建行杭州分行', ['bank']],
    // Money moved or a sum named beside it: bank + deal.
    ['卡号 6230-5200-1234-5678-901，差价打这里', ['bank', 'deal']],
    ['开户行写全一下，我让财务转给你', ['bank', 'deal']],
    ['户名：李华 开户行：建行杭州分行，定金200', ['bank', 'deal']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
});
