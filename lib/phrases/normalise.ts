/**
 * The view of a chat text that the dictionary automaton reads, each unit
 * mapped back to its UTF-16 span in the original. On top of the fold
 * (fold.ts, the view the link and number detectors read) it drops
 * zero-width characters, deletes short runs of filler (spaces, symbols,
 * emoji) so "微 . 信" reads "微信", turns longer filler runs and sentence
 * punctuation (，。！？、 and new lines) into a break no word can cross, and
 * maps a few look-alikes: hearts → 心, + / ➕ → 加, and emoji that stand for a
 * character (EMOJI_READS: 🐧 → q, 🍑 → 淘, 🐴 → 码).
 */

import { foldCode } from './fold';

/** Characters that are dropped outright: zero-width, joiners, variation selectors. */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x180e ||
    c === 0x034f ||
    c === 0x20e3 ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** Class of a folded code unit in the automaton's view. */
export const WORD = 0;
export const FILLER = 1;
export const SPACE = 2;
export const STOP = 3;
export type CharKind = typeof WORD | typeof FILLER | typeof SPACE | typeof STOP;

export function kindOf(c: number): CharKind {
  if (c < 0x80) {
    if (c === 10 || c === 13 || c === 44 || c === 59 || c === 33 || c === 63) return STOP; // \n \r , ; ! ?
    if (c === 32 || c === 9 || c === 11 || c === 12) return SPACE;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43) return WORD; // '+' reads 加
    return c < 32 ? SPACE : FILLER;
  }
  if (c === 0x3001 || c === 0x3002 || c === 0xff61 || c === 0xff64) return STOP; // 、 。
  if (c >= 0x3400) {
    if ((c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff5f && c <= 0xff65) || (c >= 0xffe0 && c <= 0xffee) || c === 0x4e28) return FILLER; // 丨 as a bar: 京丨东
    return c >= 0xd800 && c <= 0xdfff ? FILLER : WORD;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000) return SPACE;
  if (c === 0x2795 || c === 0x2764 || c === 0x2665 || c === 0x2661 || c === 0x2763 || c === 0x270c) return WORD; // ➕ ❤ ♥ ♡ ❣ ✌
  if (
    (c >= 0xa1 && c <= 0xbf && c !== 0xa5) ||
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2190 && c <= 0x23ff) ||
    (c >= 0x2500 && c <= 0x27bf) ||
    (c >= 0x2900 && c <= 0x2bff) ||
    (c >= 0x3003 && c <= 0x303f)
  )
    return FILLER;
  return WORD;
}

/** Astral hearts (💓 … 💟, 🖤, 🤍, 🤎, 🧡) read as 心. */
function isAstralHeart(cp: number): boolean {
  return (cp >= 0x1f493 && cp <= 0x1f49f) || cp === 0x1f5a4 || cp === 0x1f90d || cp === 0x1f90e || cp === 0x1f9e1;
}

/**
 * Emoji that stand for a character of a platform or contact word (issue 21):
 * 🐧 QQ's penguin, 🍑 桃 for 淘, 🐴 马 for 码, 🐶 狗东, 🐱 天猫, 🐟 闲鱼, 🎵 抖音's note,
 * 🎁 宝 (🍑🎁), 🟢💬 and 💚💬 WeChat's green bubble.
 */
const EMOJI_READS = new Map<number, number>([
  [0x1f427, 0x71], // 🐧 → q
  [0x1f351, 0x6dd8], // 🍑 → 淘
  [0x1f434, 0x7801], // 🐴 → 码
  [0x1f40e, 0x7801], // 🐎 → 码
  [0x1f436, 0x72d7], // 🐶 → 狗
  [0x1f415, 0x72d7], // 🐕 → 狗
  [0x1f431, 0x732b], // 🐱 → 猫
  [0x1f408, 0x732b], // 🐈 → 猫
  [0x1f63a, 0x732b], // 😺 → 猫
  [0x1f41f, 0x9c7c], // 🐟 → 鱼
  [0x1f420, 0x9c7c], // 🐠 → 鱼
  [0x1f3b5, 0x6296], // 🎵 → 抖
  [0x1f3b6, 0x6296], // 🎶 → 抖
  [0x1f360, 0x85af], // 🍠 → 薯 (小🍠 for 小红书)
  [0x1f4f1, 0x624b], // 📱 → 手 (快📱 for 快手)
  [0x1f347, 0x6dd8], // 🍇 葡萄 → 淘
  [0x1f421, 0x9c7c], // 🐡 → 鱼
  [0x1f3c7, 0x7801], // 🏇 → 码
  [0x1f381, 0x5b9d], // 🎁 → 宝 (🍑🎁 for 淘宝)
  [0x1f7e2, 0x5fae], [0x1f49a, 0x5fae], // 🟢, 💚 → 微 (🟢💬, 💚💬: WeChat's green bubble; 加个💚泡泡), read before the hearts' 心
  [0x1f4ac, 0x4fe1], // 💬 → 信
]);

/** Letters in boxes and circles and regional indicators (🆀🆀, 🅥🅧, 🇻🇽) read as a–z. */
function boxedLetter(cp: number): number | undefined {
  for (const first of [0x1f130, 0x1f150, 0x1f170, 0x1f1e6]) if (cp >= first && cp < first + 26) return 0x61 + cp - first;
  return undefined;
}

const HEART = 0x5fc3; // 心
const PLUS = 0x52a0; // 加
/** Never occurs in a pattern: words cannot cross it. */
export const BREAK = 0;
/** Filler units (a run of spaces counts as one) that may sit between two characters of a word. */
export const MAX_FILLER = 3;

/** Table kinds beyond CharKind: dropped (zero-width …), a word unit read as another (+ → 加), a high surrogate. */
const [IGNORED, LOOK_ALIKE, HIGH_SURROGATE] = [4, 5, 6];
/**
 * The view's kind of each folded BMP unit, worked out the first time the unit is read (one load per character after
 * that, instead of range tests whose branches mixed CJK and punctuation keep mispredicting; no 65,536-unit fill when
 * the engine loads). Fold never maps a unit to or from a zero-width one.
 */
const UNREAD = 255;
const VIEW_KIND = new Uint8Array(0x10000).fill(UNREAD);
function viewKind(c: number): number {
  const kind = isIgnorable(c) ? IGNORED : kindOf(c);
  return (VIEW_KIND[c] = c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : kind === WORD && lookAlike(c) !== c ? LOOK_ALIKE : kind);
}

export interface NormalisedText {
  /** Code units the automaton reads. */
  codes: Uint16Array;
  /** Original start offset of each unit. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each unit. */
  ends: Int32Array;
  length: number;
}

let shared: NormalisedText = { codes: new Uint16Array(512), starts: new Int32Array(512), ends: new Int32Array(512), length: 0 };

/** Buffers for a text of `n` code units: the shared ones (grown when too small) or new ones. */
function buffers(n: number, reuse: boolean): NormalisedText {
  if (!reuse) return { codes: new Uint16Array(n + 1), starts: new Int32Array(n + 1), ends: new Int32Array(n + 1), length: 0 };
  if (shared.codes.length <= n) {
    const size = Math.max(n + 1, shared.codes.length * 2);
    shared = { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), length: 0 };
  }
  return shared;
}

/** The code point of the pair whose high surrogate `hi` stands at `i`, or -1 when no low surrogate follows it. */
function pairAt(text: string, i: number, hi: number): number {
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000 : -1;
}

/** Look-alikes of a folded word unit: + and ➕ read 加, hearts read 心, the victory hand ✌ reads v (加个✌). */
function lookAlike(c: number): number {
  if (c === 43 || c === 0x2795) return PLUS;
  if (c === 0x270c) return 0x76;
  if (c === 0x2764 || c === 0x2665 || c === 0x2661 || c === 0x2763) return HEART;
  return c;
}

/** The character an astral emoji reads as (hearts, EMOJI_READS, boxed letters), or -1: filler. */
function astralReads(cp: number): number {
  return EMOJI_READS.get(cp) ?? (isAstralHeart(cp) ? HEART : (boxedLetter(cp) ?? -1));
}

/**
 * Normalises `text` for matching, keeping each unit's original span.
 * With `reuse`, the result lives in module buffers that the next call
 * overwrites (scan uses this to avoid allocating per message).
 * `folded`, when given, is fold(text) (scan has it already): its code units
 * are read instead of folding each one again. One loop, the view's state in
 * locals: a long filler run before a word and sentence punctuation write a
 * break; a run of spaces counts as one filler unit.
 */
export function normalise(text: string, reuse = false, folded?: string): NormalisedText {
  const out = buffers(text.length, reuse);
  const { codes, starts, ends } = out;
  let length = 0;
  let fillerUnits = 0;
  let fillerStart = -1;
  let lastWasSpace = false;
  /** A break was written since the last word (sentence punctuation): filler after it counts for nothing. */
  let broken = false;
  for (let i = 0; i < text.length; i++) {
    const c = folded === undefined ? foldCode(text.charCodeAt(i)) : folded.charCodeAt(i);
    let kind = VIEW_KIND[c]!;
    if (kind === UNREAD) kind = viewKind(c);
    if (kind === IGNORED) continue;
    const start = i;
    let code = c;
    if (kind === LOOK_ALIKE) {
      code = lookAlike(c);
      kind = WORD;
    } else if (kind === HIGH_SURROGATE) {
      const cp = pairAt(text, i, c);
      code = cp < 0 ? -1 : astralReads(cp);
      if (cp >= 0) i++;
      kind = code < 0 ? FILLER : WORD;
    }
    if (kind === WORD) {
      if (fillerUnits > MAX_FILLER && length > 0 && codes[length - 1] !== BREAK) {
        codes[length] = BREAK;
        starts[length] = fillerStart;
        ends[length++] = start;
      }
      fillerUnits = 0;
      fillerStart = -1;
      lastWasSpace = false;
      broken = false;
      codes[length] = code;
      starts[length] = start;
      ends[length++] = i + 1;
    } else if (kind === STOP) {
      if (!broken && length > 0) {
        codes[length] = BREAK;
        starts[length] = i;
        ends[length++] = i + 1;
      }
      broken = true;
      fillerUnits = 0;
      fillerStart = -1;
    } else if (!broken) {
      if (fillerStart < 0) fillerStart = start;
      if (kind === FILLER || !lastWasSpace) fillerUnits++;
      lastWasSpace = kind === SPACE;
    }
  }
  out.length = length;
  return out;
}

/** Only spaces and symbols (at most MAX_FILLER code units) between two offsets of `text`. */
export function onlyFillerBetween(text: string, from: number, to: number): boolean {
  if (to - from > MAX_FILLER) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isIgnorable(c)) continue;
    const kind = kindOf(foldCode(c));
    if (kind !== FILLER && kind !== SPACE) return false;
  }
  return true;
}

/** The normalised form of a dictionary word, as a string (for tests and baselines). */
export function normaliseWord(word: string): string {
  const { codes, length } = normalise(word, true);
  let out = '';
  for (let i = 0; i < length; i++) if (codes[i] !== BREAK) out += String.fromCharCode(codes[i]!);
  return out;
}
