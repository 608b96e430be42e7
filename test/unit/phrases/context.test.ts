/**
 * Every context rule (lib/phrases/context.ts) decides its own examples and
 * leaves its counter-examples to other rules; the brand names let their
 * platform or contact word through. "[word]" marks the dictionary word the
 * example is about.
 */
import { describe, expect, it } from 'vitest';
import { BRAND_NAMES, CONTEXT_RULES } from '@/lib/phrases/context';
import { CONTEXT_NOTES } from '@/lib/phrases/context-notes';
import { scan, type PassedWord } from '@/lib/phrases';

function parse(example: string) {
  const start = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  return { text: example.replace('[', '').replace(']', ''), start, end };
}

/** Which rule decided the word at [start, end): 'pass:<id>', 'divert:<id>', 'flag' (no rule), or 'allow'. */
function verdict(example: string): string {
  const { text, start, end } = parse(example);
  const passed: PassedWord[] = [];
  const findings = scan(text, { passed });
  const over = (s: { start: number; end: number }) => s.start < end && start < s.end;
  const p = passed.find((w) => over(w) && w.reason.kind === 'context');
  if (p && p.reason.kind === 'context') return `pass:${p.reason.rule}`;
  const f = findings.find(over);
  if (f) return f.context ? `${CONTEXT_RULES.find((r) => r.id === f.context)?.effect ?? 'divert'}:${f.context}` : 'flag';
  return passed.some(over) ? 'allow' : 'none';
}

describe('context rules', () => {
  it('have distinct ids, each a note with a reason in both languages and examples both ways', () => {
    expect(new Set(CONTEXT_RULES.map((r) => r.id)).size).toBe(CONTEXT_RULES.length);
    expect(Object.keys(CONTEXT_NOTES).sort()).toEqual(CONTEXT_RULES.map((r) => r.id).sort());
    for (const r of CONTEXT_RULES) {
      const note = CONTEXT_NOTES[r.id]!;
      expect(note.reason.length, r.id).toBeGreaterThan(5);
      expect(note.reasonEn.length, r.id).toBeGreaterThan(5);
      expect(note.examples.decides.length, r.id).toBeGreaterThan(0);
      expect(note.examples.leaves.length, r.id).toBeGreaterThan(0);
    }
  });

  describe.each(CONTEXT_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const { examples } = CONTEXT_NOTES[id]!;
    it.each(examples.decides.map((e) => [e]))(`decides %s`, (example) => {
      expect(verdict(example)).toBe(`${rule.effect}:${id}`);
    });
    it.each(examples.leaves.map((e) => [e]))(`leaves %s to others`, (example) => {
      expect(verdict(example)).not.toBe(`${rule.effect}:${id}`);
    });
  });

  it('a diverting context holds a word the dictionary only warns about, and marks it clear', () => {
    const [f] = scan('去咸鱼找我');
    expect(f).toMatchObject({ category: 'platform', severity: 'block', clear: true, context: 'divert-before' });
    expect(scan('咸鱼上有人转卖')[0]).toMatchObject({ severity: 'warn' });
  });

  it('the same platform name passes as a courier and is flagged as a shop in one message', () => {
    const text = '亲，京东物流太慢了，您直接去京东买吧';
    const found = scan(text);
    expect(found.map((f) => [f.match, f.start])).toEqual([['京东', text.lastIndexOf('京东')]]);
  });
});

describe('brand and product names', () => {
  it.each(BRAND_NAMES.map((b) => [b.text, b] as const))('%s passes and says why', (_text, brand) => {
    const passed: PassedWord[] = [];
    const text = `这款是${brand.text}的`;
    const found = scan(text, { passed });
    expect(found.filter((f) => brand.categories.includes(f.category))).toEqual([]);
    expect(passed.some((p) => p.reason.kind === 'allow' && p.reason.source === 'brand'), JSON.stringify(passed)).toBe(true);
  });
});
