import { describe, expect, it } from 'vitest';
import { buildAutomaton, runAutomaton } from '@/lib/phrases/automaton';
import { BUILTIN_GROUPS, builtinEntries, fold, normalise, normaliseWord } from '@/lib/phrases';
import { prng } from '../../fixtures/prng';

describe('fold', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['ＶＸ：', 'vx:'],
    ['￥', '¥'],
    ['①⑨⓪❶➀', '19011'],
    ['淘寶天貓', '淘宝天猫'],
    ['　', ' '],
  ])('%s → %s', (input, out) => {
    expect(fold(input)).toBe(out);
    expect(fold(input).length).toBe(input.length);
  });
});

describe('normalise', () => {
  const view = (text: string) => {
    const n = normalise(text);
    const units = [];
    for (let i = 0; i < n.length; i++) units.push([String.fromCharCode(n.codes[i]!), text.slice(n.starts[i], n.ends[i])]);
    return units;
  };

  it('drops short filler runs and maps every unit to its original span', () => {
    expect(view('微 . 信')).toEqual([
      ['微', '微'],
      ['信', '信'],
    ]);
    expect(view('Ｖ\u200bx')).toEqual([
      ['v', 'Ｖ'],
      ['x', 'x'],
    ]);
  });

  it('turns hearts into 心 and + into 加, astral hearts keeping both code units', () => {
    expect(view('微💗')).toEqual([
      ['微', '微'],
      ['心', '💗'],
    ]);
    expect(view('+v')).toEqual([
      ['加', '+'],
      ['v', 'v'],
    ]);
  });

  it('breaks words at sentence punctuation and at long filler runs', () => {
    expect(normaliseWord('京，东')).toBe('京东'); // the break itself is not part of a word
    expect(view('京，东').map(([c]) => c)).toEqual(['京', '\u0000', '东']);
    expect(view('京 - - 东').map(([c]) => c)).toEqual(['京', '\u0000', '东']);
    expect(view('京  -   东').map(([c]) => c)).toEqual(['京', '东']); // a run of spaces counts once: 3 units
  });

  it('normalises dictionary words like chat text', () => {
    expect(normaliseWord('Tao Bao')).toBe('taobao');
    expect(normaliseWord('淘寶')).toBe('淘宝');
    expect(normaliseWord('+V')).toBe('加v');
  });
});

describe('automaton', () => {
  it('finds every occurrence, overlaps and duplicates included', () => {
    const words = ['he', 'she', 'his', 'hers', 'he'];
    const a = buildAutomaton(words);
    const text = 'ushers';
    const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const hits: Array<[string, number, number]> = [];
    runAutomaton(a, codes, codes.length, (p, s, e) => hits.push([words[p]!, s, e]));
    expect(hits.sort()).toEqual(
      [
        ['he', 2, 4],
        ['he', 2, 4],
        ['hers', 2, 6],
        ['she', 1, 4],
      ].sort(),
    );
  });

  it('agrees with a naive search on random texts (seeded)', () => {
    const rand = prng(42);
    const alphabet = 'abc微信淘宝';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const words = Array.from({ length: 20 }, () => pick(1 + Math.floor(rand() * 4)));
      const text = pick(200);
      const a = buildAutomaton(words);
      const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
      const got: string[] = [];
      runAutomaton(a, codes, codes.length, (p, s, e) => got.push(`${p}:${s}:${e}`));
      const want: string[] = [];
      words.forEach((w, p) => {
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) want.push(`${p}:${i}:${i + w.length}`);
      });
      expect(got.sort()).toEqual(want.sort());
    }
  });
});

describe('automaton order', () => {
  it('reports by end position, then longest first, then in pattern order (scan keeps the first of equal candidates), unknown units included (seeded)', () => {
    const rand = prng(99);
    const alphabet = 'ab微信淘宝';
    const pick = (s: string, n: number) => Array.from({ length: n }, () => s[Math.floor(rand() * s.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const words = Array.from({ length: 40 }, () => pick(alphabet, 1 + Math.floor(rand() * 4)));
      // x, y and z are in no pattern: the scan goes back to the root on them.
      const text = pick(alphabet + 'xyz', 300);
      const a = buildAutomaton(words);
      const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
      const got: string[] = [];
      runAutomaton(a, codes, codes.length, (p, s, e) => got.push(`${e}:${e - s}:${p}`));
      const want: string[] = [];
      for (let e = 1; e <= text.length; e++) {
        const ending = words.map((w, p) => [w, p] as const).filter(([w]) => w.length <= e && text.slice(e - w.length, e) === w);
        ending.sort((x, y) => y[0].length - x[0].length || x[1] - y[1]);
        for (const [w, p] of ending) want.push(`${e}:${w.length}:${p}`);
      }
      expect(got).toEqual(want);
    }
  });
});

describe('built-in dictionary', () => {
  it('gives every group a category, a rule and a severity, and no empty words', () => {
    for (const g of BUILTIN_GROUPS) {
      expect(g.ruleId).toMatch(/^chat-/);
      expect(['block', 'warn']).toContain(g.severity);
      for (const w of g.words.split('|')) expect(normaliseWord(w.replace(/^\^|\$$/g, '')).length, w).toBeGreaterThan(0);
    }
    expect(builtinEntries().length).toBeGreaterThan(300);
  });

  it('does not ban 拼多多 itself', () => {
    expect(builtinEntries().some((e) => !e.allow && /拼多多|pinduoduo|pdd/.test(e.text))).toBe(false);
  });
});
