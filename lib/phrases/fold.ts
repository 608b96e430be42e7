/**
 * The fold: one code unit per original code unit, so offsets are shared with
 * the original text. Full-width → half-width, ASCII lower case, traditional
 * → simplified (the table added at run time, see TRAD), circled / full-width
 * digits → 0-9. The link and number detectors read the folded text; the
 * dictionary's view (normalise.ts) folds first.
 */

/**
 * Traditional → simplified, filled at run time (indexed by code unit, 0 for
 * none: one load per character, no hashing): the chat content script gets
 * the complete table (trad-table.ts, made at build time from OpenCC's data)
 * from the background (storage 'phraseFold') to keep it out of its bundle;
 * the options page imports it; tests and the bench add the hand-made table
 * of the built-in words' characters (trad-pairs.ts).
 */
const TRAD = new Uint16Array(0x10000);

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
    if (!isCjk(t) || !isCjk(s) || t === s || TRAD[t] !== 0) continue;
    TRAD[t] = s;
    added++;
  }
  return added;
}

/** Empties the fold's traditional table (tests). */
export function resetTraditionalPairs(): void {
  TRAD.fill(0);
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
  return TRAD[c] || c;
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
