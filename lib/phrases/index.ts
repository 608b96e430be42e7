/**
 * The banned-phrase engine (RULES.md §2): pure functions, no DOM, no
 * extension APIs. `scan` finds what an agent must not send; `compile` turns
 * the shop's custom words and allow-list into a reusable dictionary.
 */
export { scan, builtinDictionary } from './scan';
export { compile, CATEGORY_RULE } from './compile';
export { normalise, normaliseWord } from './normalise';
export { fold } from './fold';
export { MODEL_CONTEXT } from './model-context';
export type { NormalisedText } from './normalise';
export { BUILTIN_GROUPS, builtinEntries } from './dictionary';
export type { DictionaryGroup } from './dictionary';
export { CONTEXT_RULES, BRAND_NAMES } from './context';
export type { ContextRule, BrandName } from './context';
export type {
  CompiledDictionary,
  DictionaryInput,
  Finding,
  PassedWord,
  PassReason,
  PhraseCategory,
  PhraseEntry,
  PhraseRuleId,
  ScanOptions,
  Severity,
} from './types';
