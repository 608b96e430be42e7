/**
 * fold() makes its buffer a string with TextDecoder where it can (speed):
 * the string must be the same as unit-by-unit folding, keeping a leading
 * BOM, lone surrogates and emoji, every offset shared with the input.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/phrases';
import { foldCode } from '@/lib/phrases/fold';

const byUnit = (text: string) => Array.from({ length: text.length }, (_, i) => String.fromCharCode(foldCode(text.charCodeAt(i)))).join('');

describe('fold keeps every unit', () => {
  it.each([
    ['\ufeffＶＸ：abc', 'leading BOM'],
    ['ＶＸ\ufeff１２３', 'BOM inside'],
    ['ＡＢ\ud83d', 'lone high surrogate at the end'],
    ['\udc00ＡＢ', 'lone low surrogate at the start'],
    ['Ａ😀Ｂ🐧ＱＱ', 'emoji pairs'],
    ['加我ＶＸ：ＫＦ８８８８，谢谢！', 'plain full-width text'],
    ['x'.repeat(9000) + 'Ａ', 'longer than one fromCharCode chunk'],
  ])('%s (%s)', (text) => {
    const folded = fold(text);
    expect(folded).toBe(byUnit(text));
    expect(folded.length).toBe(text.length);
  });
});
