/**
 * Evasion variants of the shop's own words (issue #16): the same folding the
 * built-in words get, made at compile time in the background or the options
 * page, never in the chat content script (the libraries are too big there).
 * For a word: its simplified and traditional forms (OpenCC), its pinyin
 * spelled out ("返现" → "fanxian"; normalising already reads "fan xian"),
 * one character spelled in pinyin ("fan现"), and one character replaced by a
 * common homophone ("饭现", "返线"). Pure: the converters come in as tools
 * (variant-tools.ts builds them from build-time tables of OpenCC's and pinyin-pro's data).
 */

export interface VariantTools {
  /** Traditional (Taiwan / Hong Kong forms included) → simplified. */
  toSimplified(text: string): string;
  /** Simplified → traditional forms (Taiwan, Hong Kong). */
  toTraditional(text: string): string[];
  /** Toneless pinyin syllable of each character, or null for a character that has none (Latin, digits, symbols). */
  syllables(text: string): Array<string | null>;
  /** Common characters read with `syllable` (any tone). */
  homophones(syllable: string): readonly string[];
}

/** Variants per word at most: single-character homophones are many. */
export const MAX_VARIANTS_PER_WORD = 120;
/** Shorter pinyin spellings ("fa", "xian") are ordinary Latin text too often. */
const MIN_PINYIN_LETTERS = 5;

const isHan = (c: string) => /[\u3400-\u9fff]/.test(c);

/** The variants of one word (the word itself excluded), at most MAX_VARIANTS_PER_WORD. */
export function wordVariants(word: string, tools: VariantTools): string[] {
  const text = word.trim();
  const out = new Set<string>();
  const add = (v: string) => {
    if (v && v !== text && out.size < MAX_VARIANTS_PER_WORD) out.add(v);
  };
  if (!text) return [];
  const simplified = tools.toSimplified(text);
  add(simplified);
  for (const t of tools.toTraditional(simplified)) add(t);
  const chars = [...simplified];
  const han = chars.filter(isHan).length;
  // Words of one Chinese character are too short to spell or swap safely.
  if (han < 2) return [...out];
  const syllables = tools.syllables(simplified);
  if (syllables.every((s, i) => s !== null || !isHan(chars[i]!))) {
    const spelled = chars.map((c, i) => syllables[i] ?? c).join('');
    if (spelled.replace(/[^a-z]/g, '').length >= MIN_PINYIN_LETTERS) add(spelled);
  }
  chars.forEach((c, i) => {
    const syllable = syllables[i];
    if (!syllable || !isHan(c)) return;
    add([...chars.slice(0, i), syllable, ...chars.slice(i + 1)].join(''));
  });
  chars.forEach((c, i) => {
    const syllable = syllables[i];
    if (!syllable || !isHan(c)) return;
    for (const h of tools.homophones(syllable)) if (h !== c) add([...chars.slice(0, i), h, ...chars.slice(i + 1)].join(''));
  });
  return [...out];
}

/** Variants of the shop's words and allow-list, as `compile` takes them (the originals excluded). */
export interface PhraseVariants {
  /** The words they were made from, JSON [customWords, allowList]: stale variants are ignored. */
  source: string;
  customWords: string[];
  allowList: string[];
}

export function variantsSource(customWords: readonly string[], allowList: readonly string[]): string {
  return JSON.stringify([customWords, allowList]);
}

/**
 * Variants of the shop's words. The allow-list gets only its simplified and
 * traditional forms: a homophone of an allowed phrase is not allowed.
 */
export function shopVariants(customWords: readonly string[], allowList: readonly string[], tools: VariantTools): PhraseVariants {
  const custom = new Set<string>();
  for (const w of customWords) for (const v of wordVariants(w, tools)) custom.add(v);
  const allow = new Set<string>();
  for (const w of allowList) {
    const s = tools.toSimplified(w.trim());
    for (const v of [s, ...tools.toTraditional(s)]) if (v && v !== w.trim()) allow.add(v);
  }
  for (const w of customWords) custom.delete(w.trim());
  return { source: variantsSource(customWords, allowList), customWords: [...custom], allowList: [...allow] };
}
