/**
 * Phone, landline, 400/800 and bank card numbers, however they are written: Arabic, full-width, circled or
 * Chinese digits (一三八, 幺, 两), letters for digits (l38 OO13), grouped by spaces, dashes or dots. A number is a
 * run of digit groups with at most three separator characters between groups; a candidate is a whole number of
 * consecutive groups, so digits inside a longer run (order numbers) never form a phone. Numbers glued to
 * letters (SF1234…, A1380013800) are codes, and numbers labelled 订单号 / 快递单号 / 型号 … are skipped.
 */
import { detected } from './detected';
import { courierHotline } from './hotlines';
import { asDigits } from './letter-digits';
import { accountRun, type DigitGroup as Group } from './number-accounts';
import type { Finding } from './types';

const CN_DIGITS = '零0〇0一1幺1壹1二2两2兩2贰2貳2三3叁3四4肆4五5伍5六6陆6陸6七7柒7八8捌8九9玖9';
/** Value of each BMP code unit as a digit, -1 for none: one load per character, no hashing. */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (let c = 48; c <= 57; c++) DIGIT_VALUE[c] = c - 48;
for (let i = 0; i < CN_DIGITS.length; i += 2) DIGIT_VALUE[CN_DIGITS.charCodeAt(i)] = CN_DIGITS.charCodeAt(i + 1) - 48;

/** Separators allowed inside a number: space - . _ / * · ( ) + — – and their full-width forms (already folded). */
const SEPARATORS = new Set([32, 0x2d, 0x2e, 0x5f, 0x2f, 0x2a, 0xb7, 0x28, 0x29, 0x2b, 0x2014, 0x2013, 0x2012, 0xa0, 9]);
const MAX_SEPARATOR = 3;

/** Letters that may stand right before a number without making it a code: contact prefixes. */
const CONTACT_PREFIXES = new Set(['v', 'vx', 'wx', 'q', 'qq', 'tel', 'dh', 'weixin', 'wechat', 'phone', 'mobile', 'zfb']);

/** Labels after which a number is an order, tracking, model or ID number. */
const LABELS = [
  '订单', '单号', '包裹号', '编号', '型号', '货号', '条码', '批次', '批号', '序列号', '流水号', '交易号', '快递', '物流', '运单',
  '售后', '工单', '身份证', 'sn', 'imei', '价格', '金额',
];
/** Words that make a nearby number a contact number even after a label. */
const CUES = ['电话', '手机', '号码', '联系', '打', '拨', '加', '微信', 'vx', 'tel', '热线', '专线', '座机', '致电', 'call'];
const CONTEXT = 12;


const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

function digitValue(folded: string, i: number): number {
  return DIGIT_VALUE[folded.charCodeAt(i)] ?? -1;
}

function isIgnorableCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0x2060 || c === 0x20e3 || (c >= 0xfe00 && c <= 0xfe0f);
}

/** Luhn check on a digit string. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** An 18-digit resident ID number with a valid check digit (not a bank card). */
function isResidentId(digits: string): boolean {
  if (digits.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (digits.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return '10X98765432'[sum % 11] === digits[17];
}

type Kind = 'phone' | 'bank' | null;

const SPELLED = 6; // single-digit groups that make a run a number spelled digit by digit

/** A run joined across commas yields only a mobile number (a list of sizes or prices never reads as one). */
function runKind(kind: Kind, digits: string, comma: boolean): Kind {
  return !comma || (kind === 'phone' && digits.length === 11 && digits.charCodeAt(0) === 49) ? kind : null;
}

function classify(digits: string): Kind {
  const n = digits.length;
  if (n === 11 && /^1[3-9]/.test(digits)) return 'phone';
  if ((n === 11 && /^0(10|2\d)/.test(digits)) || ((n === 11 || n === 12) && /^0[3-9]\d\d/.test(digits))) return 'phone';
  if (n === 10 && /^[48]00/.test(digits)) return 'phone';
  if (n >= 16 && n <= 19 && /^(62|4|5|35|9559)/.test(digits) && luhn(digits) && !isResidentId(digits)) return 'bank';
  return null;
}

/** The letters directly before `at` (folded), or '' if none. */
function lettersBefore(folded: string, at: number): string {
  let i = at;
  while (i > 0 && isLetter(folded.charCodeAt(i - 1))) i--;
  return folded.slice(i, at);
}

/** Words grouped by their first code unit: a search tries only the words that can start where it stands. */
function byFirstUnit(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  return map;
}
const LABELS_BY_FIRST = byFirstUnit(LABELS);
const CUES_BY_FIRST = byFirstUnit(CUES);

/** The largest lastIndexOf of any of the words in `window` (-1: none), read from the end: the first place one starts. */
function lastOfAny(window: string, words: ReadonlyMap<number, readonly string[]>): number {
  for (let p = window.length - 1; p >= 0; p--) if (words.get(window.charCodeAt(p))?.some((w) => window.startsWith(w, p))) return p;
  return -1;
}

/** Whether a label (order number, tracking number, model …) governs a number starting at `start`. */
function labelled(folded: string, start: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  let window = folded.slice(from, start);
  const stop = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'), window.lastIndexOf(','), window.lastIndexOf('!'));
  if (stop >= 0) window = window.slice(stop + 1);
  const label = lastOfAny(window, LABELS_BY_FIRST);
  return label >= 0 && label > lastOfAny(window, CUES_BY_FIRST);
}

/** A short local number (7–8 digits) counts only right after a phone word. */
function cuedLocal(folded: string, start: number, digits: string): boolean {
  // digits holds only 0-9: /^[2-8]\d{6,7}$/ is its length and its first digit (a regex here ran for every group of every number).
  const first = digits.charCodeAt(0);
  if ((digits.length !== 7 && digits.length !== 8) || first < 50 || first > 56) return false;
  const window = folded.slice(Math.max(0, start - 6), start);
  return /电话|座机|热线|拨打|致电|tel/.test(window);
}

/**
 * A UnionPay-length number (16–19 digits from 62) that fails the check digit
 * still reads as a card beside a bank's name or a money word: writers and
 * agents mistype or invent card numbers (建行 6217 0000 1111 2222 333 转这里,
 * （建）6217 …, 6️⃣2️⃣1️⃣7️⃣ … 建行 尾款这里哈); an order, tracking or IMEI number
 * carries its label (LABELS) and no such word.
 */
const CARD_CUE = /银行|[建工农招中交]行|工商|邮储|邮政|[(（][建工农招中交邮][)）]|卡|户名|开户|账户|帐户|账号|帐号|转|汇|打|尾款|定金|到账|icbc|ccb|boc|bank/;
const CARD_CUE_REACH = 16;
const cuedCard = (folded: string, start: number, end: number, digits: string) =>
  digits.length >= 16 && digits.length <= 19 && digits.startsWith('62') && !isResidentId(digits) &&
  CARD_CUE.test((folded.slice(Math.max(0, start - CARD_CUE_REACH), start) + folded.slice(end, end + CARD_CUE_REACH)).replace(/ /g, ''));

/** Commas may split a mobile number in chunks of 3 or 4 digits (1 5 8 ， 0 6 1 2 ， 7 7 3 9); runKind keeps only the phone. */
const COMMAS = new Set([0x2c, 0x3001]);
const isChunk = (digits: number) => digits === 3 || digits === 4;

/** Finds phone and bank card numbers in `original` (folded), letters typed for digits read as digits (l38 OO13 8OOO). */
export function detectNumbers(text: string, original: string, out: Finding[]): void {
  const folded = asDigits(original);
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (digitValue(folded, i) < 0) {
      i++;
      continue;
    }
    // Collect one run of groups.
    const groups: Group[] = [];
    let j = i;
    let comma = false;
    let chunk = 0;
    for (;;) {
      const start = j;
      let digits = '';
      let chinese = true;
      while (j < n) {
        const v = digitValue(folded, j);
        if (v >= 0) {
          if (isDigit(folded.charCodeAt(j))) chinese = false;
          digits += String.fromCharCode(48 + v);
          j++;
        } else if (isIgnorableCode(folded.charCodeAt(j))) j++;
        else break;
      }
      groups.push({ start, end: j, digits, chinese });
      chunk += digits.length;
      let k = j;
      let seps = 0;
      let commas = 0;
      while (k < n && seps <= MAX_SEPARATOR) {
        const c = folded.charCodeAt(k);
        if (COMMAS.has(c)) commas++;
        else if (!SEPARATORS.has(c) && !isIgnorableCode(c)) break;
        if (!isIgnorableCode(c)) seps++;
        k++;
      }
      if (seps > MAX_SEPARATOR || k >= n || digitValue(folded, k) < 0 || commas > 1 || (commas === 1 && !isChunk(chunk))) break;
      if (commas === 1) {
        comma = true;
        chunk = 0;
      }
      j = k;
    }
    findInRun(text, folded, groups, out, comma);
    i = groups[groups.length - 1]!.end;
  }
}

/** `comma`: the run's chunks are joined across a comma, which only a mobile number written in chunks does. */
function findInRun(text: string, folded: string, groups: Group[], out: Finding[], comma: boolean): void {
  // Spelled digit by digit (0 5 1 2 幺 六 七 八 …): Chinese and Arabic numerals may mix in one number.
  let singles = 0;
  for (const grp of groups) if (grp.digits.length === 1) singles++;
  const spelled = singles >= SPELLED;
  let g = 0;
  while (g < groups.length) {
    let best: { kind: 'phone' | 'bank'; last: number; digits: string } | null = null;
    const first = groups[g]!;
    let digits = '';
    let arabic = false;
    let shortChinese = false;
    for (let h = g; h < groups.length; h++) {
      const grp = groups[h]!;
      // "第一 13800138000": a lone Chinese numeral never joins Arabic digits;
      // "一 三 八 …" written wholly in Chinese numerals still reads.
      if (grp.chinese && grp.digits.length < 3) shortChinese = true;
      else if (!grp.chinese) arabic = true;
      if (arabic && shortChinese && !spelled) break;
      digits += grp.digits;
      if (digits.length > 19) break;
      const kind = runKind(classify(digits) ?? (cuedLocal(folded, first.start, digits) ? 'phone' : cuedCard(folded, first.start, grp.end, digits) ? 'bank' : null), digits, comma);
      if (kind) best = { kind, last: h, digits };
    }
    if (best) {
      const last = groups[best.last]!;
      let start = first.start;
      const end = last.end;
      const before = lettersBefore(folded, start);
      const prev = folded.charCodeAt(start - 1);
      const next = folded.charCodeAt(end);
      const glued = (before !== '' && !CONTACT_PREFIXES.has(before)) || isLetter(next) || prev === 0xa5 || prev === 0x24;
      if (!glued && !accountRun(text, folded, groups, g, best, labelled, out) && !labelled(folded, start) && !(best.kind === 'phone' && courierHotline(folded, start, best.digits))) {
        // Include a +86 / 0086 country code written before a mobile number.
        const prevGroup = groups[g - 1];
        if (best.kind === 'phone' && prevGroup && /^(0{0,2}86)$/.test(prevGroup.digits)) start = prevGroup.start;
        if (folded.charCodeAt(start - 1) === 0x2b) start--;
        out.push(detected(text, best.kind, best.kind === 'phone' ? 'chat-contact' : 'chat-third-party', start, end));
      }
      g = best.last + 1;
    } else g++;
  }
}
