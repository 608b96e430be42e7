/**
 * The e-mail search (links.ts) tests a name-then-mark look-ahead before its
 * forms (speed): it must hold wherever a form matches, or a form would never
 * be found. Checked against the same search without it on seeded mixes of
 * the search's own characters (a new form's mark is in them too), and on
 * each form written out.
 */
import { describe, expect, it } from 'vitest';
import { EMAIL, NAME_THEN_MARK } from '@/lib/phrases/links';
import { prng } from '../../fixtures/prng';

const ungated = new RegExp(EMAIL.source.replace(NAME_THEN_MARK, ''), 'g');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('the e-mail look-ahead', () => {
  it('is in the search', () => {
    expect(EMAIL.source).toContain(NAME_THEN_MARK);
    expect(ungated.source.length).toBe(EMAIL.source.length - NAME_THEN_MARK.length);
  });

  it.each(['kefu@163.com', 'ab.c_1 @ qq.com', 'abc123 at qq dot com', 'abc123#qq.com', 'abc123艾特qq点com', 'abc123(at)163.com', 'abc[at]shop88.cn', 'kf88圈a163点com', '请发到 kefu2024@gmail.com 谢谢'])(
    'finds %s as the search without it does',
    (text) => {
      expect(matches(EMAIL, text)).toEqual(matches(ungated, text));
      expect(matches(EMAIL, text)).not.toEqual([]);
    },
  );

  it('changes nothing on mixes of its own characters', () => {
    const rand = prng(20261207);
    // Single characters of the search (any mark a form uses is among them) and pieces of addresses.
    const chars = [...new Set(EMAIL.source.replace(/[\\()[\]?*+{}|^$:=!<]/g, ''))];
    const pieces = ['abc', 'kf88', 'kefu_2024', '.', '-', ' ', '@', '#', '(at)', '[at]', ' at ', '艾特', '圈a', 'qq', '163', 'gmail', 'shop88', '.com', '点com', ' dot ', '(dot)', '.cn', '。com', '请', '发'];
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 3 + Math.floor(rand() * 10) }, () => (rand() < 0.3 ? chars[Math.floor(rand() * chars.length)] : pieces[Math.floor(rand() * pieces.length)])).join('');
      const gated = matches(EMAIL, text);
      expect(gated, text).toEqual(matches(ungated, text));
      found += gated.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});
