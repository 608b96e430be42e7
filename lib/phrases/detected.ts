/**
 * The one shape of a detector's finding (a number, a link, an address, an
 * intent pattern): always a block, its text sliced from the original.
 */
import type { Finding, PhraseCategory, PhraseRuleId } from './types';

/** A finding at [start, end) of `text`; `clear` and `context` only when given. */
export function detected(text: string, category: PhraseCategory, ruleId: PhraseRuleId, start: number, end: number, clear?: true, context?: string): Finding {
  const f: Finding = { category, ruleId, severity: 'block', start, end, match: text.slice(start, end) };
  if (clear) f.clear = true;
  if (context !== undefined) f.context = context;
  return f;
}
