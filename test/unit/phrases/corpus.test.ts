/**
 * The labelled chat corpora (test/corpus/): every message keeps the offset
 * contract; on the seen split (phrases.json) message-level precision and
 * recall stay at or above 0.97 and every category's at or above 0.95. The
 * unseen split (phrases-unseen.json, written before the engine of issue #16)
 * is scored and printed, not gated: its first score is in the commit that
 * added it. Its texts were never edited; in issue 21 about a dozen of its
 * labels were changed to follow RULES §2/§3b where the corpora disagreed with
 * each other (a QR code printed on a product for an install video or an
 * authenticity check is a product fact; a platform's 总部 is a place;
 * 进群 / 不走平台 are off-platform dealing, not a contact) — so it is no
 * longer a measure of unseen text. The frozen blind corpus is
 * (test/unit/phrases/blind.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { PHRASE_CATEGORIES } from '@/lib/settings/types';
import { scan } from '@/lib/phrases';
import { expectedSpans, formatScore, loadCorpus, precision, recall, score } from '../../corpus/score';

const seen = loadCorpus('test/corpus/phrases.json');
const unseen = loadCorpus('test/corpus/phrases-unseen.json');

const MESSAGE_FLOOR = 0.97;
const CATEGORY_FLOOR = 0.95;
const isRude = (e: (typeof seen)[number]) => e.expect.some((x) => x.category === 'abuse');

describe('corpus', () => {
  it('has at least 1,200 seen messages: positives for every built-in category, everyday talk and rude service', () => {
    expect(seen.length).toBeGreaterThanOrEqual(1200);
    const categories = new Set(seen.flatMap((e) => e.expect.map((x) => x.category)));
    for (const c of PHRASE_CATEGORIES) if (c !== 'custom') expect(categories.has(c), c).toBe(true);
    expect(seen.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(200);
    expect(seen.filter(isRude).length).toBeGreaterThanOrEqual(100);
  });

  it('keeps the unseen split apart: at least 300 messages, none of them in the seen split', () => {
    expect(unseen.length).toBeGreaterThanOrEqual(300);
    const texts = new Set(seen.map((e) => e.text));
    expect(unseen.filter((e) => texts.has(e.text)).map((e) => e.text)).toEqual([]);
  });

  it('labels point into their texts', () => {
    for (const entry of [...seen, ...unseen]) for (const span of expectedSpans(entry)) expect(span.start, entry.text).toBeGreaterThanOrEqual(0);
  });

  it('offsets hold for every message', () => {
    for (const { text } of [...seen, ...unseen]) {
      let last = -1;
      for (const f of scan(text)) {
        expect(f.match, text).toBe(text.slice(f.start, f.end));
        expect(f.start, text).toBeGreaterThanOrEqual(0);
        expect(f.end, text).toBeLessThanOrEqual(text.length);
        expect(f.end, text).toBeGreaterThan(f.start);
        expect(f.start, text).toBeGreaterThanOrEqual(last);
        last = f.start;
      }
    }
  });

  it(`seen split: message-level precision and recall at least ${MESSAGE_FLOOR}, every category at least ${CATEGORY_FLOOR}`, () => {
    const s = score(seen, (text) => scan(text));
    console.log(formatScore('phrase corpus, seen split', s));
    expect(precision(s.message), 'message precision').toBeGreaterThanOrEqual(MESSAGE_FLOOR);
    expect(recall(s.message), 'message recall').toBeGreaterThanOrEqual(MESSAGE_FLOOR);
    for (const [category, counts] of s.categories) {
      expect(precision(counts), `${category} precision`).toBeGreaterThanOrEqual(CATEGORY_FLOOR);
      expect(recall(counts), `${category} recall`).toBeGreaterThanOrEqual(CATEGORY_FLOOR);
    }
  });

  it('unseen split: scored and printed (not gated)', () => {
    const s = score(unseen, (text) => scan(text));
    console.log(formatScore('phrase corpus, unseen split (not gated)', s));
    expect(s.messages).toBe(unseen.length);
  });
});
