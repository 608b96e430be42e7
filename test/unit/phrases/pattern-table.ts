/**
 * One table test for an intent pattern beside its clean twins (the
 * structure tests: rude service, sarcasm, accounts, cards): each held line
 * is found in `category` by the pattern `id` (and that finding has `shape`,
 * if given), each clean line has nothing in `category`. The model is off:
 * the rules are what is tested.
 */
import { describe, expect, it } from 'vitest';
import { scan, type PhraseCategory, type Finding } from '@/lib/phrases';

export const findingsIn = (text: string, category: PhraseCategory) => scan(text, { model: false }).filter((f) => f.category === category);

export function expectPattern(id: string, category: PhraseCategory, held: readonly string[], clean: readonly string[], shape?: Partial<Finding>) {
  it.each(held.map((t) => [t]))(`${id} holds %s`, (text) => {
    const found = findingsIn(text, category);
    expect(found.map((f) => f.context)).toContain(id);
    if (shape) expect(found.find((f) => f.context === id)).toMatchObject(shape);
  });
  it.each(clean.map((t) => [t]))(`${id} leaves %s`, (text) => {
    expect(findingsIn(text, category)).toEqual([]);
  });
}

/** Each held line is found in `category` by the rules, whichever pattern finds it; each clean line has nothing in it. */
export function expectCategory(name: string, category: PhraseCategory, held: readonly string[], clean: readonly string[]) {
  describe(name, () => {
    it.each(held.map((t) => [t]))(`${category}: %s`, (text) => expect(findingsIn(text, category)).not.toEqual([]));
    it.each(clean.map((t) => [t]))(`no ${category}: %s`, (text) => expect(findingsIn(text, category)).toEqual([]));
  });
}
