/**
 * The shop's own words get the evasion handling of the built-in ones
 * (issue #16): traditional characters (OpenCC), pinyin and homophones
 * (pinyin-pro), made at compile time and matched by the same engine.
 */
import { describe, expect, it } from 'vitest';
import { compile, scan } from '@/lib/phrases';
import { variantTools } from '@/lib/phrases/variant-tools';
import { MAX_VARIANTS_PER_WORD, shopVariants, wordVariants } from '@/lib/phrases/variants';

const tools = variantTools();
const brief = (text: string, dict: ReturnType<typeof compile>) => scan(text, { custom: dict }).filter((f) => f.category === 'custom').map((f) => f.match);

describe('variant tools', () => {
  it('fold traditional and simplified both ways, read pinyin in context and find homophones', () => {
    expect(tools.toSimplified('退貨返現')).toBe('退货返现');
    expect(tools.toTraditional('返现')).toContain('返現');
    expect(tools.syllables('银行a')).toEqual(['yin', 'hang', null]);
    expect(tools.homophones('xian')).toEqual(expect.arrayContaining(['现', '线', '先']));
  });
});

describe('wordVariants', () => {
  it('makes simplified, traditional, pinyin, one-syllable pinyin and one-character homophone forms, bounded', () => {
    const v = wordVariants('返现', tools);
    expect(v).toEqual(expect.arrayContaining(['返現', 'fanxian', 'fan现', '返xian', '饭现', '返线']));
    expect(v).not.toContain('返现');
    expect(v.length).toBeLessThanOrEqual(MAX_VARIANTS_PER_WORD);
    expect(wordVariants('返現', tools)).toContain('返现');
  });

  it('leaves one-character and Latin words to folding alone (no pinyin, no homophones)', () => {
    expect(wordVariants('亲', tools).every((v) => !/[a-z]/.test(v))).toBe(true);
    expect(wordVariants('refund', tools)).toEqual([]);
  });
});

describe('a custom word with its variants', () => {
  const plain = compile({ customWords: ['返现'] });
  const v = shopVariants(['返现'], [], tools);
  const folded = compile({ customWords: ['返现', ...v.customWords] });

  it.each([
    ['好评返現五元', '返現'],
    ['好评 fanxian 五元', 'fanxian'],
    ['好评 fan xian 五元', 'fan xian'],
    ['好评饭现五元', '饭现'],
    ['好评返线五元', '返线'],
    ['好评fan现五元', 'fan现'],
  ])('%s is caught with variants, not without', (text, match) => {
    expect(brief(text, plain)).toEqual([]);
    expect(brief(text, folded)).toEqual([match]);
  });

  it('a custom word typed in traditional catches simplified text', () => {
    const t = shopVariants(['返現'], [], tools);
    expect(brief('好评返现五元', compile({ customWords: ['返現', ...t.customWords] }))).toEqual(['返现']);
  });

  it('the allow-list gets its traditional form, not homophones', () => {
    const a = shopVariants(['返现'], ['返现金券'], tools);
    expect(a.allowList).toContain('返現金券');
    const dict = compile({ customWords: ['返现', ...a.customWords], allowList: ['返现金券', ...a.allowList] });
    expect(brief('领返現金券', dict)).toEqual([]);
    expect(brief('领返现', dict)).toEqual(['返现']);
  });

  it('records what it was made from', () => {
    expect(v.source).toBe(JSON.stringify([['返现'], []]));
  });
});
