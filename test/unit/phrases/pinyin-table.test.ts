/**
 * The custom-word variants read pinyin from a build-time table
 * (lib/phrases/pinyin-table.ts, scripts/pinyin-table.mjs) instead of shipping
 * pinyin-pro in the worker (issue 21 item 9: background.js ≤ 500 KB). The
 * table must read as pinyin-pro does: the same variants for real shop words,
 * the same syllables in context, the same homophones.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { builtinEntries } from '@/lib/phrases/dictionary';
import { variantTools } from '@/lib/phrases/variant-tools';
import { wordVariants, type VariantTools } from '@/lib/phrases/variants';

const isHan = (c: string) => /[\u3400-\u9fff]/.test(c);
const spelled = (s: string | undefined) => (s && /^[a-z]+$/.test(s) ? s : null);

/** The 3,755 level-1 characters of GB 2312, in GB 2312 order. */
function commonCharacters(): string[] {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      bytes.push(row, cell);
    }
  }
  return [...new TextDecoder('gbk').decode(new Uint8Array(bytes))];
}

/** The tools as they were made from pinyin-pro at run time (before the table): the reference. */
function pinyinProTools(): VariantTools {
  const table = variantTools();
  const chars = commonCharacters();
  const readings = pinyin(chars.join(''), { toneType: 'none', type: 'array' });
  const bySyllable = new Map<string, string[]>();
  chars.forEach((c, i) => {
    const s = spelled(readings[i]);
    if (s) bySyllable.set(s, [...(bySyllable.get(s) ?? []), c]);
  });
  return {
    toSimplified: table.toSimplified,
    toTraditional: table.toTraditional,
    syllables: (text) => {
      const cs = [...text];
      const r = pinyin(text, { toneType: 'none', type: 'array' });
      return cs.map((c, i) => (isHan(c) ? spelled(r.length === cs.length ? r[i] : pinyin(c, { toneType: 'none' })) : null));
    },
    homophones: (s) => bySyllable.get(s) ?? [],
  };
}

/** Words a shop might ban, many with a polyphone (行, 长, 还, 重, 便, 得, 了, 单, 发, 都, 差, 调). */
const SHOP_WORDS = [
  '返现', '好评', '加微信', '银行卡', '支付宝', '私下交易', '好评返现', '给好评', '五星好评', '差评', '刷单', '免单', '重新下单',
  '还款', '还钱', '转账', '银行转账', '长期合作', '行货', '一行人', '便宜卖', '得到', '快递单号', '发货', '假一赔十', '都可以',
  '调换', '朝阳路', '了解一下', '加我好友', '联系方式', '私聊', '退款不退货', '重庆发货', '差价', '返还', '长按识别', '扫码领红包',
];

/** The built-in dictionary's words of two or more Chinese characters (clause anchors ^ $ dropped), allow-list included. */
const builtinWords = [...new Set(builtinEntries().map((e) => e.text.replace(/^\^|\$$/g, '')))].filter(
  (w) => [...w].filter(isHan).length >= 2,
);

const table = variantTools();
const reference = pinyinProTools();

/** Texts whose per-character readings differ between the table and pinyin-pro, with the differing characters. */
function differences(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const a = reference.syllables(text);
    const b = table.syllables(text);
    const chars = [...text];
    const diff = chars.flatMap((c, i) => (a[i] === b[i] ? [] : [`${c} ${a[i]}→${b[i]}`]));
    if (diff.length > 0) out.push(`${text}: ${diff.join(', ')}`);
  }
  return out;
}

describe('pinyin from the build-time table', () => {
  it('gives the variants pinyin-pro gave for the shop words and the built-in dictionary words', () => {
    const words = [...SHOP_WORDS, ...builtinWords];
    expect(words.length).toBeGreaterThan(400);
    const changed = words.filter((w) => JSON.stringify(wordVariants(w, table)) !== JSON.stringify(wordVariants(w, reference)));
    expect(changed).toEqual([]);
  });

  it('reads polyphones from word context as pinyin-pro does', () => {
    expect(table.syllables('银行卡')).toEqual(['yin', 'hang', 'ka']);
    expect(table.syllables('一行')).toEqual(['yi', 'hang']); // pinyin-pro's number rule
    expect(table.syllables('行走')).toEqual(['xing', 'zou']);
    expect(table.syllables('了解')).toEqual(['liao', 'jie']);
    expect(table.syllables('好了')).toEqual(['hao', 'le']);
    expect(table.syllables('了a')).toEqual(['liao', null]);
    expect(differences(['一行人', '长期合作', '重新下单', '便宜卖', '还款', '发不了了', '々了'])).toEqual([]);
  });

  it("reads every word of pinyin-pro's own dictionaries as pinyin-pro does", async () => {
    // @ts-expect-error pinyin-pro's data module has no types
    const { PatternsNormal } = (await import('pinyin-pro/dist/esm/data/patterns.mjs')) as { PatternsNormal: Array<{ zh: string; priority: number }> };
    const words = PatternsNormal.filter((p) => p.priority === 1).map((p) => p.zh);
    expect(words.length).toBeGreaterThan(4000);
    expect(differences(words)).toEqual([]);
  });

  it('reads the chat lines of the tuning corpus as pinyin-pro does, sentence context and all', () => {
    const texts = (JSON.parse(readFileSync('test/corpus/phrases.json', 'utf8')) as Array<{ text: string }>).map((t) => t.text);
    expect(texts.length).toBeGreaterThan(1000);
    expect(differences(texts)).toEqual([]);
  });

  it('draws the same homophones, in the same order, from the common characters', () => {
    const syllables = new Set(commonCharacters().flatMap((c) => reference.syllables(c).filter((s) => s !== null)));
    expect(syllables.size).toBeGreaterThan(380);
    for (const s of syllables) expect([s, table.homophones(s)]).toEqual([s, reference.homophones(s)]);
  });

  it('is the table scripts/pinyin-table.mjs writes from the installed pinyin-pro data', async () => {
    // @ts-expect-error a plain .mjs build script without types
    const { makeTables, render, TABLE_FILE } = (await import('../../../scripts/pinyin-table.mjs')) as {
      makeTables(): unknown;
      render(t: unknown): string;
      TABLE_FILE: string;
    };
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(render(makeTables()));
  }, 30_000);
});
