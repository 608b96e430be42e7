/**
 * The labelled chat corpus (test/corpus/phrases.json): every entry keeps the
 * offset contract, and precision and recall per category stay at or above
 * 0.95. A finding is a true positive when its category matches an expected
 * span it overlaps; an expected span is recalled when such a finding exists.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASE_CATEGORIES, type PhraseCategory } from '@/lib/settings/types';
import { scan, type Finding } from '@/lib/phrases';

interface CorpusEntry {
  text: string;
  expect: Array<{ category: PhraseCategory; match: string }>;
}

// vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
const corpus = JSON.parse(readFileSync(resolve(process.cwd(), 'test/corpus/phrases.json'), 'utf8')) as CorpusEntry[];

/** Expected spans; the n-th expectation of the same string is its n-th occurrence. */
function expectedSpans(entry: CorpusEntry) {
  const from = new Map<string, number>();
  return entry.expect.map((e) => {
    const start = entry.text.indexOf(e.match, from.get(e.match) ?? 0);
    from.set(e.match, start + 1);
    return { category: e.category, start, end: start + e.match.length };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const FLOOR = 0.95;

describe('corpus', () => {
  it('has at least 300 messages, positives for every built-in category and plenty of negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const seen = new Set(corpus.flatMap((e) => e.expect.map((x) => x.category)));
    for (const c of PHRASE_CATEGORIES) if (c !== 'custom') expect(seen.has(c), c).toBe(true);
    expect(corpus.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it('labels point into their texts', () => {
    for (const entry of corpus) for (const span of expectedSpans(entry)) expect(span.start, entry.text).toBeGreaterThanOrEqual(0);
  });

  it.each(corpus.map((e) => [e.text] as const))('offsets hold for %s', (text) => {
    let last = -1;
    for (const f of scan(text)) {
      expect(f.match).toBe(text.slice(f.start, f.end));
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.start;
    }
  });

  it(`precision and recall are at least ${FLOOR} in every category`, () => {
    const stats = new Map<PhraseCategory, { tp: number; fp: number; expected: number; recalled: number }>();
    const of = (c: PhraseCategory) => {
      let s = stats.get(c);
      if (!s) stats.set(c, (s = { tp: 0, fp: 0, expected: 0, recalled: 0 }));
      return s;
    };
    const misses: string[] = [];
    for (const entry of corpus) {
      const found: Finding[] = scan(entry.text);
      const spans = expectedSpans(entry);
      for (const f of found) {
        if (spans.some((s) => s.category === f.category && overlaps(s, f))) of(f.category).tp++;
        else {
          of(f.category).fp++;
          misses.push(`FP ${f.category} "${f.match}" in ${entry.text}`);
        }
      }
      for (const s of spans) {
        of(s.category).expected++;
        if (found.some((f) => f.category === s.category && overlaps(s, f))) of(s.category).recalled++;
        else misses.push(`FN ${s.category} "${entry.text.slice(s.start, s.end)}" in ${entry.text}`);
      }
    }
    const rows = [...stats].map(([category, s]) => ({
      category,
      precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
      recall: s.expected === 0 ? 1 : s.recalled / s.expected,
      ...s,
    }));
    const table = [
      'category   precision  recall   findings(tp/fp)  expected(recalled)',
      ...rows.map(
        (r) =>
          `${r.category.padEnd(10)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}   ` +
          `${`${r.tp}/${r.fp}`.padStart(15)}  ${`${r.expected}(${r.recalled})`.padStart(18)}`,
      ),
      ...misses,
    ].join('\n');
    console.log(`phrase corpus: ${corpus.length} messages\n${table}`);
    for (const r of rows) {
      expect(r.precision, `${r.category} precision`).toBeGreaterThanOrEqual(FLOOR);
      expect(r.recall, `${r.category} recall`).toBeGreaterThanOrEqual(FLOOR);
    }
  });
});
