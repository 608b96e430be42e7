/**
 * The variant tools (variants.ts) from the field's libraries: OpenCC data
 * (opencc-js) for traditional ↔ simplified, pinyin-pro for pinyin and
 * homophones. Heavy (the OpenCC dictionaries): imported by the background
 * worker and the options page only, never by a content script.
 */
import * as CN2T from 'opencc-js/cn2t';
import * as T2CN from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
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
 * Each character is converted alone (one per line) so that phrase rules do
 * not reach across neighbours.
 */
export function traditionalPairs(): string {
  const toCn = T2CN.Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) if (c < 0x4dc0 || c >= 0x4e00) chars.push(String.fromCharCode(c));
  const converted = toCn(chars.join('\n')).split('\n');
  let out = '';
  if (converted.length !== chars.length) return out;
  chars.forEach((t, i) => {
    const s = converted[i]!;
    if (s.length === 1 && s !== t) out += t + s;
  });
  return out;
}

let tools: VariantTools | null = null;

export function variantTools(): VariantTools {
  if (tools) return tools;
  const twToCn = T2CN.Converter({ from: 'tw', to: 'cn' });
  const hkToCn = T2CN.Converter({ from: 'hk', to: 'cn' });
  const cnToTw = CN2T.Converter({ from: 'cn', to: 'tw' });
  const cnToHk = CN2T.Converter({ from: 'cn', to: 'hk' });
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
    toSimplified: (text) => hkToCn(twToCn(text)),
    toTraditional: (text) => [...new Set([cnToTw(text), cnToHk(text)])],
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
