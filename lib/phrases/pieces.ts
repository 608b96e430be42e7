/**
 * Numbers and e-mail addresses written in pieces (issue 21 item 5), which the
 * number and link detectors miss: a mobile number given in pieces across
 * commas or words, or as its front and back halves, and an e-mail written
 * with (at) / [at] / 艾特 / 圈a. Read on the folded text; every finding is a
 * clear case. Split from intent.ts (file size limit); intent.ts runs them.
 */
import { detected } from './detected';
import type { Finding } from './types';

export const CN_DIGIT = '零〇一幺腰二两三四五六七八九';
const DIGIT = `[0-9${CN_DIGIT}]`;
/** Financial digits (壹贰叁…) are read as the plain ones before the pieces are looked for (same length, same offsets). */
const FINANCIAL = /[壹贰叁肆伍陆柒捌玖]/g;
const PLAIN_OF_FINANCIAL: Readonly<Record<string, string>> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九' };
/** Groups of digits with commas, spaces or a few words between: the pieces of one number. */
const PIECES = new RegExp(`${DIGIT}{2,8}(?:[^0-9${CN_DIGIT}。！？!?\\n]{1,8}?${DIGIT}{2,8}){1,4}`, 'y');
/**
 * The same with each group typed digit by digit, single spaces between ("1 8 6 、0 3 2 1、7 7 8 9", "1 5 2 后面 8 3 3 0"): the
 * number detector reads a spaced run only up to the first mark or word. Tried only where a one is followed by a space and a
 * digit (rare), so PIECES keeps its cost elsewhere.
 */
const SPACED_GROUP = `${DIGIT}(?: ${DIGIT}){1,7}`;
const SPACED_PIECES = new RegExp(`${SPACED_GROUP}(?:[^0-9${CN_DIGIT}。！？!?\\n]{1,8}?${SPACED_GROUP}){1,4}`, 'y');
/** The longest SPACED_PIECES match: a group of 8 spaced digits (15), then 4 × (8 between, 15). */
const SPACED_SPAN = 107;
/** Per BMP code unit: 1 a digit of DIGIT, 2 a financial digit (table loads instead of a regex scan or a string search per character). */
export const DIGIT_KIND = new Uint8Array(0x10000);
for (const c of '0123456789' + CN_DIGIT) DIGIT_KIND[c.charCodeAt(0)] = 1;
for (const c of '壹贰叁肆伍陆柒捌玖') DIGIT_KIND[c.charCodeAt(0)] = 2;
/** The longest PIECES match: 8 digits, then 4 × (8 between, 8 digits). */
const PIECES_SPAN = 72;

/** A Chinese numeral before a counter word (三个, 六位, 两段, 一个): it counts the pieces, it is not one of them. */
const COUNTER = /[一二三四五六七八九两几](?=[个位段条次截])/;
const COUNTERS = new RegExp(COUNTER.source, 'g');

/** A mobile number starts with 1: the pieces are tried only where a digit run starts with one. */
const isOneCode = (c: number) => c === 0x31 || c === 0x4e00 || c === 0x5e7a || c === 0x8170; // 1 一 幺 腰
const isDigitChar = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || CN_DIGIT.includes(c));
const PHONE_CUE = /电话|手机|号码|打|拨|联系|前面|后面|前[三四]位|后[四八]位|尾号|开头|记一下|记下|记好/;

const digitOf = (c: string) => {
  const k = CN_DIGIT.indexOf(c);
  return k < 0 ? c : '00111223456789'[k]!;
};

/** The digits (Arabic or Chinese) of `s`, as Arabic ones. */
function digitsOf(s: string): string {
  let out = '';
  for (const c of s) if (isDigitChar(c)) out += digitOf(c);
  return out;
}

/** Where a text's digits stand (Arabic, Chinese and financial: DIGIT_KIND ≠ 0), in order; the intent loop finds them. */
export interface DigitPlaces {
  at: Int32Array;
  count: number;
  /** A financial digit (壹贰叁…) is among them. */
  financial: boolean;
}

/** Mobile numbers given in pieces ("138，0013，8000", "一三八 零零一三 后面是八零零零"). */
export function detectSplitPhones(text: string, original: string, out: Finding[], places: DigitPlaces): void {
  const plain = places.financial ? original.replace(FINANCIAL, (c) => PLAIN_OF_FINANCIAL[c]!) : original;
  // A numeral that counts (这三个数, 另外六位, 一个139一个0551) is no digit of the number: masked, same length, same offsets.
  const folded = COUNTER.test(plain) ? plain.replace(COUNTERS, '#') : plain;
  const { at, count } = places;
  // at[ahead]: the first digit at or beyond the window of PIECES_SPAN units from the place tried.
  let ahead = 0;
  for (let j = 0; j < count; j++) {
    const i = at[j]!;
    // A run's first digit, a one (1 一 幺 腰, 壹 read as 一): a mobile number starts with one.
    if (!isOneCode(folded.charCodeAt(i)) || (j > 0 && at[j - 1] === i - 1)) continue;
    const windowEnd = Math.min(folded.length, i + PIECES_SPAN);
    while (ahead < count && at[ahead]! < windowEnd) ahead++;
    const spaced = folded.charCodeAt(i + 1) === 32 && isDigitChar(folded[i + 2]);
    // Fewer than 11 digits in the window cannot make a mobile number, and PIECES backtracks a lot where they are few.
    if (!spaced && ahead - j < 11) continue;
    if (spaced && digitsWithin(at, j, count, i + SPACED_SPAN) < 11) continue;
    const pieces = spaced ? SPACED_PIECES : PIECES;
    pieces.lastIndex = i;
    const m = pieces.exec(folded);
    if (!m) continue;
    const digits = digitsOf(m[0]);
    if (!/^1[3-9]\d{9}$/.test(digits)) continue;
    const chinese = [...m[0]].some((c) => CN_DIGIT.includes(c));
    if (!chinese && !PHONE_CUE.test(folded)) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push(detected(text, 'phone', 'chat-contact', start, end, true));
    // Go on after the number.
    while (j + 1 < count && at[j + 1]! < end) j++;
  }
  detectHalves(text, folded, out);
}

/** How many of the digits from the j-th on stand before `end`. */
function digitsWithin(at: Int32Array, j: number, count: number, end: number): number {
  let k = j;
  while (k < count && at[k]! < end) k++;
  return k - j;
}

const PART = `(${DIGIT}(?:[\\s-]?${DIGIT}){2,7})`;
const FRONT = new RegExp(`前(?:面|半截|半段)?(?:[三七几3-7#]位)?(?:是|为)?[:：\\s]*${PART}`);
/** "138开头": read backwards from 开头 (a search for digits anywhere would be tried at every digit). */
const OPENING = new RegExp(`${PART}\\s*$`);
const MIDDLE = new RegExp(`中间(?:是|为|[四几#]位)?[:：\\s]*${PART}`);
const BACK = new RegExp(`(?:后(?:面|半截|半段)(?:[四八几4-8#]位)?|后[四八几4-8#]位|尾号|最后(?:[四几#]位)?|末尾|末[四几#]位)(?:是|为)?[:：\\s]*(${DIGIT}(?:[\\s-]?${DIGIT}){3,7})`);

/** A mobile number given as its front and its back in either order ("尾号8000，前面是138 0013"). */
function detectHalves(text: string, folded: string, out: Finding[]): void {
  const opening = folded.indexOf('开头');
  if (!folded.includes('前') && opening < 0) return;
  let front = FRONT.exec(folded);
  if (!front && opening > 0) {
    const from = Math.max(0, opening - 20);
    front = OPENING.exec(folded.slice(from, opening));
    if (front) front.index += from;
  }
  const back = front && BACK.exec(folded);
  if (!front || !back) return;
  const middle = MIDDLE.exec(folded);
  const parts = middle ? [front, middle, back] : [front, back];
  const digits = digitsOf(parts.map((m) => m[1]!).join(''));
  if (!/^1[3-9]\d{9}$/.test(digits)) return;
  const start = Math.min(...parts.map((m) => m.index));
  const end = Math.max(...parts.map((m) => m.index + m[0].length));
  out.push(detected(text, 'phone', 'chat-contact', start, end, true));
}

/** Digits spelled in English or pinyin words (one three eight, yao san ba, 1three5): a mobile number nobody typed in digits. */
const SPELLED_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ling: '0', yao: '1', yi: '1', er: '2', liang: '2', san: '3', si: '4', wu: '5', liu: '6', qi: '7', ba: '8', jiu: '9',
};
const SPELLED_WORD = `(?:zero|one|two|three|four|five|six|seven|eight|nine|ling|yao|yi|er|liang|san|si|wu|liu|qi|ba|jiu)(?![a-z])`;
const SPELLED_TOKEN = `(?:(?<![a-z])${SPELLED_WORD}|\\d)`;
/** Eleven tokens or more, a few marks between: the words are read only where such a run stands. */
const SPELLED_RUN = new RegExp(`${SPELLED_TOKEN}(?:[\\s,、./-]{0,3}${SPELLED_TOKEN}){10,}`, 'g');
const MAYBE_SPELLED = /(?<![a-z])(?:zero|one|two|three|four|five|six|seven|eight|nine|yao|ling|san|liu|jiu)(?![a-z])/;

/** Mobile numbers spelled in English or pinyin number words, digits mixed in or not ("tel: one-three-eight 0000 1111"). */
export function detectSpelledPhones(text: string, folded: string, out: Finding[]): void {
  if (!MAYBE_SPELLED.test(folded)) return;
  SPELLED_RUN.lastIndex = 0;
  for (let m = SPELLED_RUN.exec(folded); m; m = SPELLED_RUN.exec(folded)) {
    // A run of bare digits is the number detector's, which knows an order number's label.
    if (!/[a-z]/.test(m[0])) continue;
    const digits = m[0].replace(/[a-z]+|\d/g, (w) => SPELLED_WORDS[w] ?? (/\d/.test(w) ? w : '')).replace(/\D/g, '');
    if (/^1[3-9]\d{9}$/.test(digits)) out.push(detected(text, 'phone', 'chat-contact', m.index, m.index + m[0].length, true));
  }
}

/** Every mark below holds one of these: most texts skip the search. 小老鼠 (the little mouse) and ◎ are @ by their look (w14, w16, w28). */
const MAYBE_AT = /@|at|艾特|圈a|小老鼠|◎/;
const AT_MARK = /[([（【{]\s*(?:at|@|艾特)\s*[)\]）】}]|艾特|圈a|小老鼠|◎|\sat\s/g;
const AT_EMAIL =
  /[a-z0-9][a-z0-9._-]{1,30}\s*(?:[([（【{]\s*(?:at|@|艾特)\s*[)\]）】}]|艾特|圈a|小老鼠|◎|\sat\s)\s*[a-z0-9-]{2,20}\s*(?:[([（【]?\s*(?:dot|点|\.)\s*[)\]）】]?\s*[a-z]{2,6})+/g;

/** E-mail addresses written with (at) / [at] / 艾特 / 圈a / 小老鼠 / ◎. */
export function detectAtEmails(text: string, folded: string, out: Finding[]): void {
  if (!MAYBE_AT.test(folded)) return;
  AT_MARK.lastIndex = 0;
  let done = 0;
  for (let mark = AT_MARK.exec(folded); mark; mark = AT_MARK.exec(folded)) {
    // The address around the mark only: its name is at most 31 characters before it.
    AT_EMAIL.lastIndex = Math.max(done, mark.index - 32);
    const m = AT_EMAIL.exec(folded);
    if (!m || m.index > mark.index) continue;
    done = m.index + m[0].length;
    const start = m.index;
    const end = start + m[0].length;
    out.push(detected(text, 'email', 'chat-third-party', start, end, true));
  }
}
