/**
 * Where the variants of the shop's words (lib/phrases/variants.ts) live
 * between the background, which makes them, and the chat content script,
 * which matches them: storage.local under 'phraseVariants'. Read back
 * validated and bounded; stale or malformed variants are ignored (the shop's
 * words themselves are always matched).
 */
import { localItem } from './local-item';
import type { PhraseVariants } from '../phrases/variants';

export const phraseVariantsItem = localItem<PhraseVariants>('phraseVariants');
/** OpenCC's traditional → simplified pairs for the chat's fold (fold.ts addTraditionalPairs). */
export const phraseFoldItem = localItem<string>('phraseFold');

const MAX_ENTRIES = 50_000;
const isWords = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_ENTRIES && v.every((w) => typeof w === 'string' && w.length <= 100);

/** The stored variants if well formed, else null. */
export function validVariants(value: unknown): PhraseVariants | null {
  const v = value as Partial<PhraseVariants> | null;
  return v && typeof v.source === 'string' && isWords(v.customWords) && isWords(v.allowList) ? (v as PhraseVariants) : null;
}

/** Hands the stored traditional → simplified pairs to the fold, now and when they change. */
export function watchPhraseFold(add: (pairs: string) => void): () => void {
  const take = (v: unknown) => typeof v === 'string' && v.length <= 40_000 && add(v);
  void phraseFoldItem.getValue().then(take, () => undefined);
  return phraseFoldItem.watch(take);
}

/** Calls back with the stored variants now and whenever they change. */
export function watchPhraseVariants(onChange: (variants: PhraseVariants | null) => void): () => void {
  void phraseVariantsItem.getValue().then((v) => onChange(validVariants(v)), () => onChange(null));
  return phraseVariantsItem.watch((v) => onChange(validVariants(v)));
}
