/**
 * The classifier's findings (issue 21 item 6), added after the rules have
 * spoken: a category the rules found nothing in gets one finding when the
 * model's logit passes its threshold. It is an estimate, not a word: rated
 * 'warn' and never clear (the shop's setting for the category decides, see
 * lib/guard-decision.ts), spanning the whole message, marked
 * context 'model' so the panel explains it (插件估算：模型判断，无具体违规词).
 * It never speaks where the rules cleared a word by scope or context (a
 * refusal, a quote, an address): the model may not undo what scope decided.
 */
import { CATEGORY_RULE } from './compile';
import { decodeModel, MODEL_CATEGORIES, modelScores, type PhraseModel } from './model';
import { MODEL_DATA } from './model-weights';
import type { Finding, PhraseCategory } from './types';

import { MODEL_CONTEXT } from './model-context';

let shipped: PhraseModel | null = null;
const scores = new Float64Array(MODEL_CATEGORIES.length);

/** The shipped model, decoded on first use. */
export function shippedModel(): PhraseModel {
  shipped ??= decodeModel(MODEL_DATA);
  return shipped;
}

/**
 * Adds the model's findings to `found` (the rules' findings, sorted by start)
 * for the categories none of them holds; `cleared`: the rules let a word
 * through by scope or context, and then the model adds nothing.
 */
export function withModel(text: string, folded: string, found: Finding[], cleared: boolean, model: PhraseModel = shippedModel()): Finding[] {
  if (cleared || !modelScores(folded, model, scores)) return found;
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (start === end) return found;
  let added = false;
  for (let k = 0; k < MODEL_CATEGORIES.length; k++) {
    const category: PhraseCategory = MODEL_CATEGORIES[k]!;
    const threshold = model.categories[k]!.threshold;
    if (threshold === null || !(scores[k]! >= threshold) || found.some((f) => f.category === category)) continue;
    // Digits the number detector read as a phone number are that number, not an account (两个号都行 135… / 136…).
    if (category === 'bank' && found.some((f) => f.category === 'phone' && f.entry === undefined && f.context === undefined)) continue;
    found.push({ category, ruleId: CATEGORY_RULE[category], severity: 'warn', start, end, match: text.slice(start, end), context: MODEL_CONTEXT });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}
