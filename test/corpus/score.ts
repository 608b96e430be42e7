/**
 * Scoring the labelled phrase corpora (test/corpus/*.json) the way an agent
 * meets the guard: per message. A message is a positive when it carries any
 * label and is flagged when the engine finds anything in it (warned or held
 * with the default settings). Per category, a message counts for category c
 * when it carries (or the engine finds) a c label. Span figures (a finding
 * overlapping a label of its category) are kept for the misses list.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, PhraseCategory } from '@/lib/phrases';

export interface CorpusEntry {
  text: string;
  expect: Array<{ category: PhraseCategory; match: string }>;
  /** Which batch of writing the message came from (unseen split). */
  batch?: string;
}

export function loadCorpus(file: string): CorpusEntry[] {
  // vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
  return JSON.parse(readFileSync(resolve(process.cwd(), file), 'utf8')) as CorpusEntry[];
}

/** Expected spans; the n-th expectation of the same string is its n-th occurrence. */
export function expectedSpans(entry: CorpusEntry) {
  // Per category: one span may carry two labels (an Alipay account that is an e-mail: bank + email; a card: bank + deal).
  const from = new Map<string, number>();
  return entry.expect.map((e) => {
    const key = `${e.category} ${e.match}`;
    const start = entry.text.indexOf(e.match, from.get(key) ?? 0);
    from.set(key, start + 1);
    return { category: e.category, start, end: start + e.match.length };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export interface Score {
  messages: number;
  /** Message level: flagged vs labelled. */
  message: Counts;
  /** Message level, per category. */
  categories: Map<PhraseCategory, Counts>;
  /** Lines naming each false positive / negative (message level, then span level). */
  misses: string[];
}

export function score(corpus: readonly CorpusEntry[], scanText: (text: string) => Finding[]): Score {
  const message: Counts = { tp: 0, fp: 0, fn: 0 };
  const categories = new Map<PhraseCategory, Counts>();
  const of = (c: PhraseCategory) => {
    let s = categories.get(c);
    if (!s) categories.set(c, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  const misses: string[] = [];
  for (const entry of corpus) {
    const found = scanText(entry.text);
    const spans = expectedSpans(entry);
    const labelled = spans.length > 0;
    const flagged = found.length > 0;
    if (labelled && flagged) message.tp++;
    else if (flagged) {
      message.fp++;
      misses.push(`FP message: ${entry.text}  ← ${found.map((f) => `${f.category}「${f.match}」`).join(' ')}`);
    } else if (labelled) {
      message.fn++;
      misses.push(`FN message: ${entry.text}  (expected ${entry.expect.map((e) => `${e.category}「${e.match}」`).join(' ')})`);
    }
    const want = new Set(spans.map((s) => s.category));
    const got = new Set(found.map((f) => f.category));
    for (const c of new Set([...want, ...got])) {
      if (want.has(c) && got.has(c)) of(c).tp++;
      else if (got.has(c)) of(c).fp++;
      else of(c).fn++;
    }
    for (const f of found)
      if (labelled && !spans.some((s) => s.category === f.category && overlaps(s, f))) misses.push(`FP span ${f.category}「${f.match}」 in ${entry.text}`);
    for (const s of spans)
      if (flagged && !found.some((f) => f.category === s.category && overlaps(s, f)))
        misses.push(`FN span ${s.category}「${entry.text.slice(s.start, s.end)}」 in ${entry.text}`);
  }
  return { messages: corpus.length, message, categories, misses };
}

/** The score as a table, for the test log and the report. */
export function formatScore(name: string, s: Score, withMisses = true): string {
  const row = (label: string, c: Counts) =>
    `${label.padEnd(10)} ${precision(c).toFixed(3).padStart(9)}  ${recall(c).toFixed(3).padStart(6)}   ${`${c.tp}/${c.fp}/${c.fn}`.padStart(12)}`;
  return [
    `${name}: ${s.messages} messages`,
    'level      precision  recall   tp/fp/fn',
    row('message', s.message),
    ...[...s.categories].sort(([a], [b]) => a.localeCompare(b)).map(([c, counts]) => row(c, counts)),
    ...(withMisses ? s.misses : []),
  ].join('\n');
}
