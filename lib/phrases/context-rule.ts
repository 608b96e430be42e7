/** The shape of a context rule (context.ts, context-products.ts): kept apart so that rule files share it without importing each other. */
import type { PhraseCategory, PhraseRuleId } from './types';

/** retag: reported under another category (QQ邮箱 is an e-mail matter). */
export type ContextEffect = 'pass' | 'divert' | 'retag';

export interface ContextRule {
  id: string;
  effect: ContextEffect;
  categories: readonly PhraseCategory[];
  /** Normalised dictionary words the rule applies to; omitted: every word of its categories. */
  tokens?: readonly string[];
  before?: RegExp;
  after?: RegExp;
  near?: RegExp;
  unless?: RegExp;
  /** Must hold somewhere in the sentence around the word (up to 。！？ or a new line), not only its clause. */
  sentence?: RegExp;
  /** Must not hold anywhere in that sentence. */
  sentenceUnless?: RegExp;
  /** A retag rule's category and rule id. */
  retag?: { category: PhraseCategory; ruleId: PhraseRuleId };
}
