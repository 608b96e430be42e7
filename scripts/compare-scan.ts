/**
 * Records the phrase engine's decisions on a large fixed text set, or compares
 * the engine with such a record: a speed change to the engine's internals must
 * leave every finding and every let-through word as it was.
 *
 *   npx tsx scripts/compare-scan.ts record <file.json>    (before the change)
 *   npx tsx scripts/compare-scan.ts compare <file.json>   (after: exit 1 on any difference)
 *
 * Texts: every corpus line (test/corpus/*.json), every string literal in the
 * phrase, chat and options unit tests, and seeded random mixes of lexicon
 * words (some in traditional script), digits, emoji and filler. Dictionaries:
 * the built-in one, one with the shop's words, allow-list and their variants,
 * one of the shop's words alone, then the built-in and the shop's again with
 * OpenCC's complete traditional table in the fold. Per scan: the findings,
 * the words let through with their reasons, and the normalised view.
 * Held-out corpus lines (blind, check) are scanned but never printed: a
 * difference on one is reported by its index only. Keep the record outside
 * the repository.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinEntries, compile, normalise, scan } from '@/lib/phrases';
import type { CompiledDictionary, PassedWord } from '@/lib/phrases';
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs, variantTools } from '@/lib/phrases/variant-tools';
import { shopVariants } from '@/lib/phrases/variants';
import { prng } from '../test/fixtures/prng';

const HELD = /blind|check/;
const root = new URL('../', import.meta.url).pathname;

interface Text {
  text: string;
  held: boolean;
}

function corpusTexts(): Text[] {
  const dir = `${root}test/corpus`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Array<{ text: string }>).map((e) => ({ text: e.text, held: HELD.test(f) })));
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;

function literalTexts(): Text[] {
  const out: Text[] = [];
  for (const d of ['test/unit/phrases', 'test/unit/chat', 'test/unit/options']) {
    for (const f of readdirSync(`${root}${d}`).filter((f) => /\.tsx?$/.test(f)).sort()) {
      for (const m of readFileSync(`${root}${d}/${f}`, 'utf8').matchAll(LITERAL)) {
        const raw = m[1] ?? m[2] ?? m[3] ?? '';
        if (!raw) continue;
        let text = raw;
        try {
          text = JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/(^|[^\\])"/g, '$1\\"')}"`) as string;
        } catch {
          // kept as written
        }
        out.push({ text, held: false });
      }
    }
  }
  return out;
}

const EMOJI = ['🐧', '🍑', '🐴', '🐎', '🐶', '🐱', '🐟', '🎵', '🍠', '📱', '🎁', '🟢', '💬', '💓', '🖤', '❤', '♥', '➕', '✌', '🆀', '🅥', '🇻', '😀', '👍', '🙏', '\u200b', '\ufe0f', '\u20e3'];
const FILLER = [' ', '  ', '.', '·', '-', '_', '*', '，', '。', '！', '？', '\n', '、', '：', ':', '（', '(', '@', '＃', '~', '…', '', '', ''];
const WORDS = ['您好', '亲', '发货', '退款', '尺码', '谢谢', '好的', '快递', '明天', '颜色', '质量', '客服', '订单', '地址', '优惠', 'ok', 'hello', 'abc', 'XR-TB', 'JD-100', '1TB'];

function mixTexts(count: number, pool: readonly string[]): Text[] {
  const rand = prng(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const tools = variantTools();
  const lexicon = builtinEntries().map((e) => e.text.replace(/^\^|\$$/g, ''));
  const digits = () => Array.from({ length: 1 + Math.floor(rand() * 13) }, () => pick('0123456789０１２①⑤一二三四五六七八九零'.split(''))).join('');
  const out: Text[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 2 + Math.floor(rand() * (i % 10 === 0 ? 40 : 10));
    for (let k = 0; k < n; k++) {
      const r = rand();
      if (r < 0.35) {
        const w = pick(lexicon);
        parts.push(rand() < 0.2 ? tools.toTraditional(w)[0] ?? w : rand() < 0.15 ? w.toUpperCase() : w);
      } else if (r < 0.5) parts.push(digits());
      else if (r < 0.62) parts.push(pick(EMOJI));
      else if (r < 0.85) parts.push(pick(WORDS));
      else parts.push(pick(pool).slice(0, 30));
      parts.push(pick(FILLER));
    }
    out.push({ text: parts.join(''), held: false });
  }
  return out;
}

function run(texts: readonly Text[], dict?: CompiledDictionary): string[] {
  return texts.map(({ text }) => {
    const passed: PassedWord[] = [];
    const findings = scan(text, dict ? { custom: dict, passed } : { passed });
    return JSON.stringify([findings, passed]);
  });
}

function views(texts: readonly Text[]): string[] {
  return texts.map(({ text }) => {
    const n = normalise(text);
    return JSON.stringify([Array.from(n.codes.subarray(0, n.length)), Array.from(n.starts.subarray(0, n.length)), Array.from(n.ends.subarray(0, n.length))]);
  });
}

/** The text set: corpus lines, test literals and the mixes (compare reads the record's own set instead). */
function textSet(): Text[] {
  const base = [...corpusTexts(), ...literalTexts()];
  const seen = new Set<string>();
  const unique = base.filter((t) => !seen.has(t.text) && seen.add(t.text));
  const pool = unique.filter((t) => !t.held).map((t) => t.text);
  return [...unique, ...mixTexts(2000, pool)];
}

function results(texts: readonly Text[]): Record<string, string[]> {
  const tools = variantTools();
  const custom = ['测试词', 'abc', '优惠', '发货', '^滚$', '加微', '红包雨', 'zz$', '返现', '差评', 'Refund Now', '苹果', 'a1', '^亲$', 'ok'];
  const allow = ['微信支付', '淘宝贝贝', '扫码', '返现金券', '退货退款'];
  const v = shopVariants(custom, allow, tools);
  const shop = () =>
    compile({
      customWords: [...custom, ...v.customWords],
      allowList: [...allow, ...v.allowList],
      entries: [{ text: '拼团群', category: 'contact', severity: 'warn' }],
      customSeverity: 'warn',
    });
  const out: Record<string, string[]> = {};
  addTraditionalPairs(HAND_TRAD_PAIRS);
  out.builtin = run(texts);
  out.view = views(texts);
  out.shop = run(texts, shop());
  out.shopOnly = run(texts, compile({ customWords: custom, allowList: allow, builtin: false }));
  addTraditionalPairs(traditionalPairs());
  out.t2sBuiltin = run(texts, compile());
  out.t2sShop = run(texts, shop());
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: tsx scripts/compare-scan.ts record|compare <file.json>');
  process.exit(2);
}
if (mode === 'record') {
  const texts = textSet();
  const sets = results(texts);
  writeFileSync(file, JSON.stringify({ texts: texts.map((t) => t.text), held: texts.map((t) => t.held), results: sets }));
  console.log(`recorded ${texts.length} texts × ${Object.keys(sets).length} result sets (${texts.filter((t) => t.held).length} held out) to ${file}`);
} else {
  const golden = JSON.parse(readFileSync(file, 'utf8')) as { texts: string[]; held: boolean[]; results: Record<string, string[]> };
  const now = results(golden.texts.map((text, i) => ({ text, held: golden.held[i]! })));
  let diffs = 0;
  let compared = 0;
  for (const [set, before] of Object.entries(golden.results)) {
    const after = now[set]!;
    before.forEach((b, i) => {
      compared++;
      if (b === after[i]) return;
      if (diffs++ < 8) {
        const shown = golden.held[i] ? `(held-out line #${i})` : JSON.stringify(golden.texts[i]).slice(0, 120);
        console.log(`${set} #${i} ${shown}\n  before ${b.slice(0, 400)}\n  after  ${after[i]!.slice(0, 400)}`);
      }
    });
  }
  console.log(`${compared} results over ${golden.texts.length} texts × ${Object.keys(golden.results).length} sets: ${diffs} differences`);
  process.exit(diffs ? 1 : 0);
}
