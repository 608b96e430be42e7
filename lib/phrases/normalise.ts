/**
 * Two views of a chat text, both mapped back to UTF-16 offsets of the original:
 *
 * - `fold`: one code unit per original code unit (so offsets are shared):
 *   full-width → half-width, ASCII lower case, traditional → simplified
 *   (the table added at run time, see TRAD), circled / full-width digits → 0-9.
 *   The link and number detectors read this view.
 * - `normalise`: the view the dictionary automaton reads. On top of folding it
 *   drops zero-width characters, deletes short runs of filler (spaces,
 *   symbols, emoji) so "微 . 信" reads "微信", turns longer filler runs and
 *   sentence punctuation (，。！？、 and new lines) into a break no word can
 *   cross, and maps a few look-alikes: hearts → 心, + / ➕ → 加.
 */

/**
 * Traditional → simplified, filled at run time: the chat content script gets
 * OpenCC's complete table from the background (variant-tools.ts
 * traditionalPairs, storage 'phraseFold'), which is too big for its bundle;
 * the options page makes it itself; tests and the bench add the hand-made
 * table of the built-in words' characters (trad-pairs.ts).
 */
const TRAD = new Map<number, number>();

const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;

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
    if (!isCjk(t) || !isCjk(s) || t === s || TRAD.has(t)) continue;
    TRAD.set(t, s);
    added++;
  }
  return added;
}

/** Empties the fold's traditional table (tests). */
export function resetTraditionalPairs(): void {
  TRAD.clear();
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
];

/** Folds one UTF-16 code unit; always returns one code unit. */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const h = c - 0xfee0;
    return h >= 65 && h <= 90 ? h + 32 : h;
  }
  if (c === 0x3000) return 32;
  if (c === 0xffe5) return 0xa5; // ￥ → ¥
  if (c >= 0x2460 && c <= 0x2792) {
    for (const [first, last, value] of DIGIT_RANGES) if (c >= first && c <= last) return 48 + value + (c - first);
  }
  return TRAD.get(c) ?? c;
}

/** The folded text: same length as the input, offsets shared. */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  // Build in chunks: most code units fold to themselves.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f !== c) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

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
    if ((c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff5f && c <= 0xff65) || (c >= 0xffe0 && c <= 0xffee)) return FILLER;
    return c >= 0xd800 && c <= 0xdfff ? FILLER : WORD;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000) return SPACE;
  if (c === 0x2795 || c === 0x2764 || c === 0x2665 || c === 0x2661 || c === 0x2763) return WORD; // ➕ ❤ ♥ ♡ ❣
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

const HEART = 0x5fc3; // 心
const PLUS = 0x52a0; // 加
/** Never occurs in a pattern: words cannot cross it. */
export const BREAK = 0;
/** Filler units (a run of spaces counts as one) that may sit between two characters of a word. */
export const MAX_FILLER = 3;

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

/**
 * Normalises `text` for matching, keeping each unit's original span.
 * With `reuse`, the result lives in module buffers that the next call
 * overwrites (scan uses this to avoid allocating per message).
 */
export function normalise(text: string, reuse = false): NormalisedText {
  const n = text.length;
  if (reuse && shared.codes.length <= n) {
    const size = Math.max(n + 1, shared.codes.length * 2);
    shared = { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), length: 0 };
  }
  const codes = reuse ? shared.codes : new Uint16Array(n + 1);
  const starts = reuse ? shared.starts : new Int32Array(n + 1);
  const ends = reuse ? shared.ends : new Int32Array(n + 1);
  let len = 0;
  let fillerUnits = 0;
  let fillerStart = -1;
  let lastWasSpace = false;
  let broken = false;

  const emit = (code: number, start: number, end: number) => {
    if (fillerUnits > MAX_FILLER && len > 0 && codes[len - 1] !== BREAK) {
      codes[len] = BREAK;
      starts[len] = fillerStart;
      ends[len] = start;
      len++;
    }
    fillerUnits = 0;
    fillerStart = -1;
    lastWasSpace = false;
    broken = false;
    codes[len] = code;
    starts[len] = start;
    ends[len] = end;
    len++;
  };

  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    if (isIgnorable(raw)) continue;
    if (raw >= 0xd800 && raw <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = (raw - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        if (isAstralHeart(cp)) emit(HEART, i, i + 2);
        else if (!broken) {
          if (fillerStart < 0) fillerStart = i;
          fillerUnits++;
          lastWasSpace = false;
        }
        i++;
        continue;
      }
    }
    const c = foldCode(raw);
    const kind = kindOf(c);
    if (kind === WORD) {
      const mapped = c === 43 || c === 0x2795 ? PLUS : c === 0x2764 || c === 0x2665 || c === 0x2661 || c === 0x2763 ? HEART : c;
      emit(mapped, i, i + 1);
    } else if (kind === STOP) {
      if (!broken && len > 0) {
        codes[len] = BREAK;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
      broken = true;
      fillerUnits = 0;
      fillerStart = -1;
    } else if (!broken) {
      if (fillerStart < 0) fillerStart = i;
      if (kind === FILLER || !lastWasSpace) fillerUnits++;
      lastWasSpace = kind === SPACE;
    }
  }
  if (reuse) {
    shared.length = len;
    return shared;
  }
  return { codes, starts, ends, length: len };
}

/** The normalised form of a dictionary word, as a string (for tests and baselines). */
export function normaliseWord(word: string): string {
  const { codes, length } = normalise(word, true);
  let out = '';
  for (let i = 0; i < length; i++) if (codes[i] !== BREAK) out += String.fromCharCode(codes[i]!);
  return out;
}
