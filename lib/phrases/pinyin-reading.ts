/**
 * Toneless pinyin read from the build-time table (pinyin-table.ts, written by
 * scripts/pinyin-table.mjs from pinyin-pro's data) the way pinyin-pro reads
 * it: each character's first reading, except inside one of its dictionary
 * words, chosen by the same maximum-probability split (银行 → yin hang). The
 * worker ships this table instead of pinyin-pro (issue 21 item 9).
 */
import { COMMON_READINGS, DICT_WORDS, OTHER_READINGS, RULE_WORDS } from './pinyin-table';

/** pinyin-pro's weights (common/constant.mjs): a dictionary word, a number-rule word, a character outside any word. */
const DICT_WEIGHT = 2e-8;
const RULE_WEIGHT = 1e-12;
const UNKNOWN_WEIGHT = 1e-13;

interface Word {
  weight: number;
  /** Readings of its characters, or null when they are their first readings. */
  readings: string[] | null;
}

/** 'a:阿啊 ai:…' as syllable → characters, in the table's order. */
function parseGroups(table: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of table.split(' ')) {
    const colon = group.indexOf(':');
    out.set(group.slice(0, colon), [...group.slice(colon + 1)]);
  }
  return out;
}

function parseWords(table: string, weight: number, into: Map<string, Word>): void {
  for (const entry of table.split(' ')) {
    const [word, readings] = entry.split(':') as [string, string | undefined];
    into.set(word, { weight, readings: readings ? readings.split(',') : null });
  }
}

let common: Map<string, string[]> | null = null;

/** The common characters by reading: the homophones' source, ready without reading the rest of the table. */
export function commonBySyllable(): ReadonlyMap<string, readonly string[]> {
  common ??= parseGroups(COMMON_READINGS);
  return common;
}

let index: { reading: Map<string, string>; words: Map<string, Word>; longest: number } | null = null;

function tables() {
  if (index) return index;
  const reading = new Map<string, string>();
  for (const groups of [commonBySyllable(), parseGroups(OTHER_READINGS)]) {
    for (const [syllable, chars] of groups) for (const c of chars) reading.set(c, syllable);
  }
  const words = new Map<string, Word>();
  parseWords(RULE_WORDS, RULE_WEIGHT, words);
  parseWords(DICT_WORDS, DICT_WEIGHT, words); // a word in both weighs as a dictionary word, as in pinyin-pro
  const longest = Math.max(...[...words.keys()].map((w) => [...w].length));
  index = { reading, words, longest };
  return index;
}

interface Match {
  start: number;
  length: number;
  word: Word;
}

/** A best split of the text from one position on, as pinyin-pro's max-probability.mjs keeps it. */
interface Step {
  probability: number;
  /** Times the probability was scaled up by 1e300 to stay above underflow. */
  decimal: number;
  match?: Match;
  next: number;
}

/** pinyin-pro's choice between two steps: ties go to the later one. */
const better = (a: Step | undefined, b: Step): Step => {
  if (!a) return b;
  if (a.decimal !== b.decimal) return a.decimal < b.decimal ? a : b;
  return a.probability > b.probability ? a : b;
};

const scaled = (step: Step): Step =>
  step.probability < 1e-300 ? { ...step, probability: step.probability * 1e300, decimal: step.decimal + 1 } : step;

/** The dictionary words pinyin-pro's split keeps in `chars` (max-probability.mjs, ported step for step). */
function split(chars: readonly string[]): Match[] {
  const { words, longest } = tables();
  const n = chars.length;
  const dp: Step[] = [];
  const end: Step = { probability: 1, decimal: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    const suffix = i + 1 >= n ? end : dp[i + 1]!;
    const next = suffix.match ? i + 1 : suffix.next;
    // Words ending at i, shortest first: pinyin-pro walks its matches backwards.
    for (let length = 2; length <= Math.min(longest, i + 1); length++) {
      const start = i - length + 1;
      const word = words.get(chars.slice(start, i + 1).join(''));
      if (!word) continue;
      const step = scaled({ probability: word.weight * suffix.probability, decimal: suffix.decimal, match: { start, length, word }, next });
      dp[start] = better(dp[start], step);
    }
    // pinyin-pro starts the decimal of a lone character at 0; kept so that the splits agree.
    dp[i] = better(dp[i], scaled({ probability: UNKNOWN_WEIGHT * suffix.probability, decimal: 0, next }));
  }
  const out: Match[] = [];
  for (let i = 0; i < n; ) {
    const step = dp[i]!;
    if (step.match) out.push(step.match);
    i = step.next;
  }
  return out;
}

/**
 * The toneless reading of each character (code point) of `text`, null where
 * pinyin-pro has none; ü stays ü (lü, nüe).
 */
export function readPinyin(text: string): Array<string | null> {
  const { reading } = tables();
  const chars = [...text];
  const out: Array<string | null> = chars.map((c) => reading.get(c) ?? null);
  const inWord = new Set<number>();
  for (const { start, length, word } of split(chars)) {
    for (let j = 0; j < length; j++) {
      inWord.add(start + j);
      if (word.readings) out[start + j] = word.readings[j] ?? null;
    }
  }
  // pinyin-pro's one context rule that changes a toneless reading: 了 after no Chinese character is liao.
  chars.forEach((c, i) => {
    if (c === '了' && !inWord.has(i) && (i === 0 || !reading.has(chars[i - 1]!))) out[i] = 'liao';
  });
  return out;
}
