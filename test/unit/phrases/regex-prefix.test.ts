/**
 * regex-prefix.ts reads what a regex's matches begin with, and start-table.ts
 * skips the intent patterns wherever that says no match can start: both must
 * be over-approximations (a skipped place could only have failed), or the
 * guard would miss what it found before. Checked on small regexes by hand,
 * then against the real patterns at every place of the tuning corpora and of
 * seeded mixes of the patterns' own characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/phrases';
import { CONTEXT_RULES } from '@/lib/phrases/context';
import { INTENT_PATTERNS } from '@/lib/phrases/intent';
import { firstUnits, prefixOf, secondUnits } from '@/lib/phrases/regex-prefix';
import { ANY, prefixTriples } from '@/lib/phrases/regex-triples';
import { startTable } from '@/lib/phrases/start-table';
import { prng } from '../../fixtures/prng';

const chars = (units: Set<number> | null) => (units === null ? null : String.fromCharCode(...[...units].sort((a, b) => a - b)));
const code = (c: string) => c.charCodeAt(0);

describe('prefixOf', () => {
  it.each([
    [/abc|ad/, 'a', 'bd'],
    [/a?bc/, 'a', 'b'],
    [/a?bc/, 'b', 'c'],
    [/(?<=x)(?:ab|a[cd])/, 'a', 'bcd'],
    [/a{2,}/, 'a', 'a'],
    [/a\d/, 'a', '0123456789'],
    [/(?:^|x)a\s?b/, 'a', '\t\n\v\f\r b\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'],
    [/[a-c]x/, 'b', 'x'],
    [/a(?=b)c/, 'a', 'c'],
    [/\u5fae信/, '微', '信'],
  ])('%s: after %s comes one of %s', (re, first, seconds) => {
    expect(chars(secondUnits(prefixOf(re), code(first)) ?? new Set())).toBe(seconds);
  });

  it.each([
    [/a[^b]/, 'a'],
    [/a.b/, 'a'],
    [/a[\u4e00-\u9fa5]/, 'a'],
    [/ab?/, 'a'],
    [/a\1(x)/, 'a'],
    [/ab/i, 'a'],
    // A legacy octal escape (\\01 is U+0001) is not read.
    [new RegExp('a\\01'), 'a'],
  ])('%s: anything may follow %s', (re, first) => {
    expect(secondUnits(prefixOf(re), code(first))).toBeNull();
  });

  it('knows where no match can start', () => {
    expect(secondUnits(prefixOf(/abc|de/), code('b'))).toBeUndefined();
    expect(chars(firstUnits(/(?:x|y)?z{1,3}|\d+元/))).toBe('0123456789xyz');
    expect(firstUnits(/[^a]b/)).toBeNull();
    // A group form it does not know (modifiers, newer than this Node) is read as unknown, not as the literal '?'.
    expect(prefixOf({ source: '(?i:a)b', flags: '' } as RegExp)).toBeNull();
  });

  it('reads every shipped pattern and rule without throwing', () => {
    for (const p of INTENT_PATTERNS) expect(() => prefixOf(p.re), p.id).not.toThrow();
    for (const r of CONTEXT_RULES) for (const re of [r.before, r.after, r.near, r.unless]) if (re) expect(() => prefixOf(re), r.id).not.toThrow();
  });

  it("finds no first character an intent pattern's hand-kept start list misses (such an alternative could never fire)", () => {
    for (const p of INTENT_PATTERNS) {
      const first = firstUnits(p.re);
      const starts = new Set(Array.from(p.starts, code));
      if (first) expect([...first].filter((c) => !starts.has(c)).map((c) => String.fromCharCode(c)), p.id).toEqual([]);
    }
  });
});

/** Tuning text (never the held-out corpora) and mixes of the patterns' own characters. */
function texts(): string[] {
  const files = ['phrases.json', 'phrases-train-w3.json', 'phrases-train-w4.json', 'phrases-train26.json', 'phrases-own21.json'];
  const corpus = files.flatMap((f) => (JSON.parse(readFileSync(`test/corpus/${f}`, 'utf8')) as Array<{ text: string }>).map((e) => e.text));
  const rand = prng(20261207);
  const pool = [...new Set(INTENT_PATTERNS.flatMap((p) => [...p.re.source.replace(/[\\()[\]?*+{}|^$:=!<]/g, '')]))].join('') + '0123456789 ,。';
  const mixes = Array.from({ length: 3000 }, () => Array.from({ length: 4 + Math.floor(rand() * 20) }, () => pool[Math.floor(rand() * pool.length)]).join(''));
  return [...corpus, ...mixes].map(fold);
}

describe('prefixTriples', () => {
  const sorted = (set: Set<string> | null) => set && [...set].sort();

  it.each([
    [/abc|abd|xyz/, ['abc', 'abd', 'xyz']],
    [/a(?:b|c)d?e/, ['abd', 'abe', 'acd', 'ace']],
    [/(?<=q)ab\d/, Array.from('0123456789', (d) => 'ab' + d)],
    [/ab(?=z)|ab$/, ['ab' + ANY]],
    [/ab[^x]{0,3}/, ['ab' + ANY]],
    [/a{2,}b/, ['aaa', 'aab']],
    [/a{0,2}bc/, ['aab', 'abc', 'bc' + ANY]],
  ])('%s starts with %j', (re, triples) => {
    expect(sorted(prefixTriples(re))).toEqual([...triples].sort());
  });

  it('marks "any unit" with a character a bundle may carry (Chromium refuses an extension script holding a noncharacter)', () => {
    expect(ANY).not.toMatch(/[\ufdd0-\ufdef\ufffe\uffff]/);
  });

  it.each([[/a[^x]b/], [/a/], [/ab?/], [/\d\w\d\w/], [/a(?:)*b/], [/a\1(x)/], [/abc/i]])('%s has no list (tried as before)', (re) => {
    expect(prefixTriples(re)).toBeNull();
  });
});

/** Lists every pattern's prefixes (a few are listed per text read). */
function listed(table: ReturnType<typeof startTable>): ReturnType<typeof startTable> {
  INTENT_PATTERNS.forEach((_, k) => {
    table.newText();
    table.third(k, 0, 0, 0);
  });
  return table;
}

describe('the intent start table', () => {
  const table = listed(startTable(INTENT_PATTERNS));
  const startUnits = INTENT_PATTERNS.map((p) => new Set(Array.from(p.starts, code)));

  it('offers every pattern wherever it matches and its start list allows (so skipping the rest changes nothing)', () => {
    let matches = 0;
    for (const folded of texts()) {
      for (let i = 0; i < folded.length; i++) {
        const offered = table.at(folded.charCodeAt(i), folded.charCodeAt(i + 1));
        INTENT_PATTERNS.forEach((p, k) => {
          // As intent.ts reads `starts`: by each character's first code unit.
          if (!startUnits[k]!.has(folded.charCodeAt(i))) return;
          p.re.lastIndex = i;
          const m = p.re.exec(folded);
          if (!m || m[0].length === 0) return;
          matches++;
          expect(offered, `${p.id} at ${i}`).toContain(k);
          expect(table.third(k, folded.charCodeAt(i), folded.charCodeAt(i + 1), folded.charCodeAt(i + 2)), `${p.id} at ${i}: third unit`).toBe(true);
        });
      }
    }
    expect(matches).toBeGreaterThan(300);
  });

  it('rules a pattern out by the third unit where none of its prefixes fits', () => {
    const k = INTENT_PATTERNS.findIndex((p) => p.id === 'private-price');
    const [first, next] = [code('私'), code('下')];
    expect(table.at(first, next)).toContain(k);
    expect(table.third(k, first, next, code('聊'))).toBe(true);
    // Its prefixes are 私下聊 / 谈 / 说: other third units are ruled out (the table is hashed: one may collide).
    const others = Array.from('单转付给我你的了是在不有这个发货退款钱', code);
    expect(others.filter((c) => !table.third(k, first, next, c)).length).toBeGreaterThanOrEqual(others.length - 1);
    // At the text's end a pattern needing three units cannot match.
    expect(table.third(k, first, next, NaN)).toBe(false);
  });

  it('lists a few patterns per text: one not listed yet is tried', () => {
    const fresh = startTable(INTENT_PATTERNS);
    const k = INTENT_PATTERNS.findIndex((p) => p.id === 'private-price');
    fresh.newText();
    for (let other = 0; other < 4; other++) fresh.third(other, 0, 0, 0);
    const ruledOut = () => Array.from('单转付给我你的了是在不有这个发货退款钱', code).filter((c) => !fresh.third(k, code('私'), code('下'), c)).length;
    expect(ruledOut()).toBe(0);
    fresh.newText();
    expect(ruledOut()).toBeGreaterThanOrEqual(19);
  });

  it('passes over most places', () => {
    const folded = fold('亲，您好，这款是纯棉的，不起球哈，今天下单明天就发货，有问题随时联系我们客服哦');
    let offered = 0;
    for (let i = 0; i < folded.length; i++) offered += table.at(folded.charCodeAt(i), folded.charCodeAt(i + 1)).length;
    // 4 places of 40 offer a pattern (款是, 下单, 问题, 联系), 5 tries in all since the rude-service patterns joined.
    expect(offered).toBeLessThan(8);
  });
});
