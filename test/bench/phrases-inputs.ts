/**
 * The phrase benchmark's inputs, shared by phrases.bench.ts and the
 * before/after comparison (phrases-ab.ts): messages of exactly 500
 * characters and of 10–500, built from corpus sentences with a seeded PRNG,
 * and 5,000 synthetic shop words (CJK from the corpus, some Latin).
 */
import { readFileSync } from 'node:fs';
import type { PhraseCategory } from '../../lib/settings/types.ts';

export interface CorpusEntry {
  text: string;
  expect: Array<{ category: PhraseCategory; match: string }>;
}

/** The inputs, drawn from `rand` in a fixed order (the bench goes on drawing from it). */
export function phraseBenchInputs(rand: () => number) {
  const corpus = JSON.parse(readFileSync(new URL('../corpus/phrases.json', import.meta.url), 'utf8')) as CorpusEntry[];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

  /** A message of exactly `length` UTF-16 units (or one less, never a split surrogate). */
  const message = (length: number): string => {
    let out = '';
    while (out.length < length) out += pick(corpus).text + pick(['，', '。', ' ', '！', '\n']);
    out = out.slice(0, length);
    const last = out.charCodeAt(out.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? out.slice(0, -1) : out;
  };

  const MESSAGES_500 = Array.from({ length: 300 }, () => message(500));
  const MESSAGES_MIXED = Array.from({ length: 600 }, () => message(10 + Math.floor(rand() * 491)));

  const cjk = [...new Set(corpus.flatMap((e) => [...e.text].filter((c) => /[\u4e00-\u9fff]/.test(c))))];
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const words = new Set<string>();
  while (words.size < 5000) {
    if (rand() < 0.85) words.add(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(cjk)).join(''));
    else words.add(Array.from({ length: 4 + Math.floor(rand() * 5) }, () => pick([...latin])).join(''));
  }
  return { corpus, MESSAGES_500, MESSAGES_MIXED, SYNTHETIC: [...words] };
}
