/**
 * The shop's dictionary and the decision on a text under the shop's settings,
 * one function for the chat guard and the options page's sample check (issue
 * 25): the preview must give the verdict the chat gives. The variants come in
 * made (the background makes them for the chat, the options page for its
 * draft; lib/phrases/variants.ts), so this stays small enough for the chat.
 */
import { decide, type GuardDecision } from './guard-decision';
import { compile, scan, type CompiledDictionary, type PassedWord } from './phrases';
import { variantsSource, type PhraseVariants } from './phrases/variants';
import type { PhraseGuardSettings } from './settings/types';

type ShopWords = Pick<PhraseGuardSettings, 'customWords' | 'allowList'>;

/** The variants that belong to these words, or null: variants made from older words are ignored. */
function ownVariants(words: ShopWords, variants: PhraseVariants | null): PhraseVariants | null {
  return variants?.source === variantsSource(words.customWords, words.allowList) ? variants : null;
}

/** What the dictionary is built from: equal keys, equal dictionaries (for caching a compile). */
export function shopDictionaryKey(words: ShopWords, variants: PhraseVariants | null): string {
  return variantsSource(words.customWords, words.allowList) + (ownVariants(words, variants) ? '+v' : '');
}

/** The shop's words and allow-list with the variants made from them, compiled. */
export function shopDictionary(words: ShopWords, variants: PhraseVariants | null): CompiledDictionary {
  const extra = ownVariants(words, variants);
  return compile({
    customWords: [...words.customWords, ...(extra?.customWords ?? [])],
    allowList: [...words.allowList, ...(extra?.allowList ?? [])],
  });
}

/** The guard's decision on `text`; `passed` collects the words let through (context rule or allowed phrase). */
export function decideText(text: string, settings: PhraseGuardSettings, dictionary: CompiledDictionary, passed?: PassedWord[]): GuardDecision {
  return decide(scan(text, { custom: dictionary, passed }), settings);
}
