/**
 * The phrase engine as the injected script builds it (entrypoints/phrase-engine.ts):
 * the shop's decision and the fold's table, with lib/phrases bundled there
 * and not in chat.js (issue 25 item 3).
 */
import { addTraditionalPairs } from '../../phrases/fold';
import type { PhraseEngine } from './engine-slot';
import { shopDecision } from './shop-decision';

/**
 * One text per step, in order: the first builds the dictionary, the second
 * the start table and the model, the rest run the detectors and the intent
 * patterns of each kind once (numbers, accounts, deals, rude service).
 */
const WARM_TEXTS: readonly string[] = [
  '',
  '好的',
  '亲，您好，这款现在有货的哈，今天下单明天就能发出',
  '加我微信 abc12345 私聊吧，电话13812345678',
  '把你的银行卡号发我，我直接转账给你，支付宝也行',
  '你眼睛是摆设吗？连这个都不会，爱买不买',
];

export function createPhraseEngine(): PhraseEngine {
  return { decider: shopDecision, addTraditionalPairs, warmTexts: WARM_TEXTS };
}
