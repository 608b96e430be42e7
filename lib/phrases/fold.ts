/**
 * The fold: one code unit per original code unit, so offsets are shared with
 * the original text. Full-width → half-width, ASCII lower case, traditional
 * → simplified (the table added at run time, see TRAD), circled / full-width
 * digits → 0-9. The link and number detectors read the folded text; the
 * dictionary's view (normalise.ts) folds first.
 */

/**
 * The fold of every BMP code unit, 0 where it folds to itself (one load per
 * character, no hashing). The fixed part is filled below; traditional →
 * simplified is added at run time: the chat content script gets the complete
 * table (trad-table.ts, made at build time from OpenCC's data) from the
 * background (storage 'phraseFold') to keep it out of its bundle; the options
 * page imports it; tests and the bench add the hand-made table of the
 * built-in words' characters (trad-pairs.ts). Traditional pairs are CJK
 * (U+3400–U+9FFF), where the fixed part maps nothing.
 */
const FOLD = new Uint16Array(0x10000);

const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;
const isCjk = (c: number) => c >= CJK_FIRST && c <= CJK_LAST;

/**
 * Adds traditional → simplified pairs (a string of pairs: 寶宝貓猫…) to the
 * fold. Only CJK pairs; a character already mapped keeps its mapping.
 * Returns the number of pairs added.
 */
export function addTraditionalPairs(pairs: string): number {
  let added = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const t = pairs.charCodeAt(i);
    const s = pairs.charCodeAt(i + 1);
    if (!isCjk(t) || !isCjk(s) || t === s || FOLD[t] !== 0) continue;
    FOLD[t] = s;
    added++;
  }
  return added;
}

/** Empties the fold's traditional table (tests). */
export function resetTraditionalPairs(): void {
  FOLD.fill(0, CJK_FIRST, CJK_LAST + 1);
}

/** Enclosed and full-width digits: [first code, last code, value of first]. */
const DIGIT_RANGES: ReadonlyArray<readonly [number, number, number]> = [
  [0x2460, 0x2468, 1], // ①-⑨
  [0x2474, 0x247c, 1], // ⑴-⑼
  [0x2488, 0x2490, 1], // ⒈-⒐
  [0x24f5, 0x24fd, 1], // ⓵-⓽
  [0x2776, 0x277e, 1], // ❶-❾
  [0x2780, 0x2788, 1], // ➀-➈
  [0x278a, 0x2792, 1], // ➊-➒
  [0x24ea, 0x24ea, 0], // ⓪
  [0x24ff, 0x24ff, 0], // ⓿
  // Superscript and subscript digits (13⁹⁸⁷⁶⁵⁴³²¹: a phone number the word lists cannot read).
  [0x2070, 0x2070, 0], // ⁰
  [0x00b9, 0x00b9, 1], // ¹
  [0x00b2, 0x00b3, 2], // ² ³
  [0x2074, 0x2079, 4], // ⁴-⁹
  [0x2080, 0x2089, 0], // ₀-₉
];

/** Circled letters (ⓋⓍ for vx): [first code, last code], folded to a-z. */
const LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x24b6, 0x24cf], // Ⓐ-Ⓩ
  [0x24d0, 0x24e9], // ⓐ-ⓩ
];

/** The fixed fold of one code unit (the table's source). */
function fixedFold(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const h = c - 0xfee0;
    return h >= 65 && h <= 90 ? h + 32 : h;
  }
  if (c === 0x3000) return 32;
  if (c === 0xffe5) return 0xa5; // ￥ → ¥
  for (const [first, last, value] of DIGIT_RANGES) if (c >= first && c <= last) return 48 + value + (c - first);
  for (const [first, last] of LETTER_RANGES) if (c >= first && c <= last) return 97 + (c - first);
  return c;
}
/** Where the fixed part changes anything: ASCII, super- and subscript digits, enclosed digits and letters, the ideographic space, full-width forms, ￥. */
const FIXED_RANGES = [[0, 0x7f], [0xb2, 0xb9], [0x2070, 0x2089], [0x2460, 0x2792], [0x3000, 0x3000], [0xff01, 0xff5e], [0xffe5, 0xffe5]] as const;
for (const [first, last] of FIXED_RANGES) {
  for (let c = first; c <= last; c++) {
    const f = fixedFold(c);
    if (f !== c) FOLD[c] = f;
  }
}

/** Folds one UTF-16 code unit; always returns one code unit. */
export function foldCode(c: number): number {
  return FOLD[c] || c;
}

/** Reused for the folded code units (scan folds every message). */
let units = new Uint16Array(512);
/** Code units per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 8192;
/**
 * Makes the buffer a string in one native call, about twice as fast as
 * String.fromCharCode over it. It would replace a lone surrogate with U+FFFD,
 * so a text with any surrogate takes fromCharCode; the BOM is kept as text;
 * the buffer's bytes are little-endian on every platform Chrome runs on (checked).
 */
const UTF16 =
  typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * The folded text: same length as the input, offsets shared. Written into a
 * buffer and made one flat string: joining a piece per changed unit (every
 * full-width comma) gave a rope that every reader then had to flatten.
 */
export function fold(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && foldCode(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === n) return text;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  let surrogates = false;
  for (let k = 0; k < n; k++) {
    const u = k < i ? text.charCodeAt(k) : foldCode(text.charCodeAt(k));
    units[k] = u;
    if ((u & 0xf800) === 0xd800) surrogates = true;
  }
  if (UTF16 && !surrogates) return UTF16.decode(units.subarray(0, n));
  let out = '';
  for (let k = 0; k < n; k += CHUNK) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return out;
}
