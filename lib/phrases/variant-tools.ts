/**
 * The variant tools (variants.ts): a character table made at build time from
 * OpenCC's data (trad-table.ts, scripts/trad-table.mjs) for traditional ↔
 * simplified, pinyin-pro for pinyin and homophones. Imported by the
 * background worker and the options page only, never by a content script.
 */
import { pinyin } from 'pinyin-pro';
import { T2S } from './trad-table';
import type { VariantTools } from './variants';

/** The 3,755 level-1 characters of GB 2312 (rows 16–55): the common characters a homophone is drawn from. */
function commonCharacters(): string {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      bytes.push(row, cell);
    }
  }
  return new TextDecoder('gbk').decode(new Uint8Array(bytes));
}

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
  if (tools) return tools;
  let bySyllable: Map<string, string[]> | null = null;
  const homophoneIndex = () => {
    if (bySyllable) return bySyllable;
    bySyllable = new Map();
    const chars = [...commonCharacters()];
    const readings = pinyin(chars.join(''), { toneType: 'none', type: 'array' });
    chars.forEach((c, i) => {
      const s = readings[i];
      if (!s || !/^[a-z]+$/.test(s)) return;
      const list = bySyllable!.get(s);
      if (list) list.push(c);
      else bySyllable!.set(s, [c]);
    });
    return bySyllable;
  };
  tools = {
    toSimplified: (text) => [...text].map((c) => tables().toSimple.get(c) ?? c).join(''),
    toTraditional: traditionalForms,
    syllables: (text) => {
      const chars = [...text];
      const readings = pinyin(text, { toneType: 'none', type: 'array' });
      // Readings line up with characters (word context picks 行 hang / xing); if not, read one by one.
      const at = (c: string, i: number) => (readings.length === chars.length ? readings[i] : pinyin(c, { toneType: 'none' }));
      return chars.map((c, i) => {
        const s = at(c, i);
        return isHan(c) && s && /^[a-z]+$/.test(s) ? s : null;
      });
    },
    homophones: (syllable) => homophoneIndex().get(syllable) ?? [],
  };
  return tools;
}
