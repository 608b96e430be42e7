/**
 * The variant tools (variants.ts): character tables made at build time, from
 * OpenCC's data for traditional ↔ simplified (trad-table.ts,
 * scripts/trad-table.mjs) and from pinyin-pro's for pinyin and homophones
 * (pinyin-table.ts, scripts/pinyin-table.mjs, read by pinyin-reading.ts).
 * Imported by the background worker and the options page only, never by a
 * content script.
 */
import { commonBySyllable, readPinyin } from './pinyin-reading';
import { T2S } from './trad-table';
import type { VariantTools } from './variants';

const isHan = (c: string) => /[\u3400-\u9fff]/.test(c);

/**
 * OpenCC's complete single-character traditional → simplified table over the
 * CJK blocks, as a string of pairs for fold.ts addTraditionalPairs.
 */
export function traditionalPairs(): string {
  return T2S;
}

let toSimple: Map<string, string> | null = null;
let toTrad: Map<string, string[]> | null = null;

function tables() {
  if (!toSimple || !toTrad) {
    toSimple = new Map();
    for (let i = 0; i + 1 < T2S.length; i += 2) toSimple.set(T2S[i]!, T2S[i + 1]!);
    toTrad = new Map();
    for (let i = 0; i + 1 < T2S.length; i += 2) {
      const forms = toTrad.get(T2S[i + 1]!);
      if (forms) forms.push(T2S[i]!);
      else toTrad.set(T2S[i + 1]!, [T2S[i]!]);
    }
  }
  return { toSimple, toTrad };
}

/** Simplified → traditional, character by character (the T2S pairs read backwards): each character's first form, then its last. */
function traditionalForms(text: string): string[] {
  const { toTrad: t } = tables();
  const chars = [...text];
  const first = chars.map((c) => t.get(c)?.[0] ?? c).join('');
  const last = chars.map((c) => t.get(c)?.at(-1) ?? c).join('');
  return [...new Set([first, last])];
}

let tools: VariantTools | null = null;

export function variantTools(): VariantTools {
  tools ??= {
    toSimplified: (text) => [...text].map((c) => tables().toSimple.get(c) ?? c).join(''),
    toTraditional: traditionalForms,
    // Word context picks a polyphone's reading (银行: hang, 行走: xing); ü readings (lü) have no spelling here.
    syllables: (text) => {
      const chars = [...text];
      return readPinyin(text).map((s, i) => (isHan(chars[i]!) && s && /^[a-z]+$/.test(s) ? s : null));
    },
    homophones: (syllable) => commonBySyllable().get(syllable) ?? [],
  };
  return tools;
}
