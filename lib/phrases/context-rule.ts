/** The shape of a context rule (context.ts, context-products.ts): kept apart so that rule files share it without importing each other. */
import type { PhraseCategory, PhraseRuleId } from './types';

/** How far a chat sentence reaches either side of a word, for rules that read a sentence but not a pasted page. */
export const SENTENCE_REACH = 30;

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
  /** How far the sentence reaches either side of the word (a chat sentence, not a pasted page); omitted: up to 。！？ however far. */
  reach?: number;
  /** A retag rule's category and rule id. */
  retag?: { category: PhraseCategory; ruleId: PhraseRuleId };
}

/**
 * A rule as the matcher reads it: every field present, in one order, so that
 * the loop over the rules reads one object shape (a rule object's own shape
 * varies with the fields it sets, and reading many shapes in one loop is slow).
 */
export interface RuleEntry {
  rule: ContextRule;
  tokens: ReadonlySet<string> | null;
  before: RegExp | null;
  after: RegExp | null;
  near: RegExp | null;
  unless: RegExp | null;
  sentence: RegExp | null;
  sentenceUnless: RegExp | null;
  reach: number;
}

/** The rules by category, in order. */
export function rulesByCategory(rules: readonly ContextRule[]): Map<PhraseCategory, RuleEntry[]> {
  const map = new Map<PhraseCategory, RuleEntry[]>();
  for (const rule of rules) {
    for (const category of rule.categories) {
      let list = map.get(category);
      if (!list) map.set(category, (list = []));
      const { before = null, after = null, near = null, unless = null, sentence = null, sentenceUnless = null, reach = 0 } = rule;
      list.push({ rule, tokens: rule.tokens ? new Set(rule.tokens) : null, before, after, near, unless, sentence, sentenceUnless, reach });
    }
  }
  return map;
}

/**
 * Per (category, word), the rules of `byCategory` whose tokens (if any) hold the word, made on the first word's use:
 * the rule loop then reads no token set, one list per word instead of a set test per rule.
 */
export function tokenLists(byCategory: ReadonlyMap<PhraseCategory, readonly RuleEntry[]>): (category: PhraseCategory, token: string) => readonly RuleEntry[] | undefined {
  const lists = new Map<PhraseCategory, Map<string, readonly RuleEntry[]>>();
  return (category, token) => {
    const rules = byCategory.get(category);
    if (!rules) return undefined;
    let byToken = lists.get(category);
    if (!byToken) lists.set(category, (byToken = new Map()));
    let list = byToken.get(token);
    if (!list) byToken.set(token, (list = rules.filter((r) => !r.tokens || r.tokens.has(token))));
    return list;
  };
}
