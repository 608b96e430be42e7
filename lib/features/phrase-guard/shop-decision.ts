/**
 * The decision for a text under the shop's settings now: the shop's words
 * (and the background's variants of them, issue #16) compiled once per
 * change of the settings, the scan, then the shop's action per category.
 */
import { decide, type GuardDecision } from '../../guard-decision';
import { compile, scan, type CompiledDictionary } from '../../phrases';
import { variantsSource, type PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';

/** Decides texts with the settings and variants read at each call; throws on odd settings (the flow fails closed). */
export function shopDecision(settings: () => Settings, variants: () => PhraseVariants | null): (text: string) => GuardDecision {
  let compiled: { source: string; dictionary: CompiledDictionary } | null = null;

  function dictionary(): CompiledDictionary {
    const { customWords, allowList } = settings().phraseGuard;
    const own = variantsSource(customWords, allowList);
    const v = variants();
    const extra = v?.source === own ? v : null; // variants of older words are ignored
    const source = own + (extra ? '+v' : '');
    if (compiled?.source !== source)
      compiled = {
        source,
        dictionary: compile({ customWords: [...customWords, ...(extra?.customWords ?? [])], allowList: [...allowList, ...(extra?.allowList ?? [])] }),
      };
    return compiled.dictionary;
  }

  return (text) => decide(scan(text, { custom: dictionary() }), settings().phraseGuard);
}

/** Whether the shop allows 仍然发送 for every category (what a failed check may offer). */
export function allowsOverrideForAll(settings: Settings): boolean {
  const allowed = Object.values(settings.phraseGuard.allowSendAnyway ?? {});
  return allowed.length > 0 && allowed.every((v) => v === true);
}
