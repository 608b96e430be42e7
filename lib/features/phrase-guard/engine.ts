/**
 * The phrase engine as the injected script builds it (entrypoints/phrase-engine.ts):
 * the shop's decision and the fold's table, with lib/phrases bundled there
 * and not in chat.js (issue 25 item 3).
 */
import { addTraditionalPairs } from '../../phrases/fold';
import type { PhraseEngine } from './engine-slot';
import { shopDecision } from './shop-decision';

export function createPhraseEngine(): PhraseEngine {
  return { decider: shopDecision, addTraditionalPairs };
}
