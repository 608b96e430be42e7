/**
 * The decision for a text under the shop's settings now: the shop's words
 * (and the background's variants of them, issue #16) compiled once per
 * change of the settings, the scan, then the shop's action per category.
 */
import type { GuardDecision } from '../../guard-decision';
import type { CompiledDictionary } from '../../phrases';
import type { PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';
import { decideText, shopDictionary, shopDictionaryKey } from '../../shop-dictionary';

/** Decides texts with the settings and variants read at each call; throws on odd settings (the flow fails closed). */
export function shopDecision(settings: () => Settings, variants: () => PhraseVariants | null): (text: string) => GuardDecision {
  let compiled: { key: string; dictionary: CompiledDictionary } | null = null;

  function dictionary(): CompiledDictionary {
    const words = settings().phraseGuard;
    const v = variants();
    const key = shopDictionaryKey(words, v);
    if (compiled?.key !== key) compiled = { key, dictionary: shopDictionary(words, v) };
    return compiled.dictionary;
  }

  return (text) => decideText(text, settings().phraseGuard, dictionary());
}

/** Whether the shop allows 仍然发送 for every category (what a failed check may offer). */
export function allowsOverrideForAll(settings: Settings): boolean {
  const allowed = Object.values(settings.phraseGuard.allowSendAnyway ?? {});
  return allowed.length > 0 && allowed.every((v) => v === true);
}
