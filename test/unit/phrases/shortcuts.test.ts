/**
 * The scan's shortcuts (p99 budget) skip work only where nothing can match:
 * a later digit of a number for reward-review, split-phone tries with fewer
 * than 11 digits ahead, and the quick gates before the e-mail, link and
 * handle searches. Each case here is one the skipped search must still find.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { fold } from '@/lib/phrases/fold';
import { detectIntent } from '@/lib/phrases/intent';
import { EMAIL, EMAIL_MARKS, URL_MARKS, URL_PATTERN, matchesNear } from '@/lib/phrases/links';
import { prng } from '../../fixtures/prng';
import type { Finding } from '@/lib/phrases';

const intent = (text: string) => {
  const out: Finding[] = [];
  detectIntent(text, fold(text), out);
  return out;
};

describe('shortcuts keep every match', () => {
  it.each([
    ['下单后给1288元，记得好评哦', '1288元，记得好评'],
    ['订单123456，20块给五星', '20块给五星'],
    ['晒图 好评的我们给 30  元，好评写满', '30  元，好评'],
    ['单号8899，满意的话好评，5元到手', null],
  ])('reward-review (tried at 元 / 块) starts at the first digit of the amount: %s', (text, match) => {
    expect(intent(text).find((f) => f.context === 'reward-review')?.match ?? null).toBe(match);
  });

  it('a mobile number in five pieces far apart is still read', () => {
    const text = '13 这是号码 80 然后是 01 再来 38 最后 000';
    expect(scan(text).some((f) => f.category === 'phone')).toBe(true);
  });

  it.each([
    ['abc123 at qq dot com', 'email'],
    ['abc123#qq.com', 'email'],
    ['abc123艾特qq点com', 'email'],
    ['abc123(at)163.com', 'email'],
    ['kefu@163.com', 'email'],
    ['去 shop88 点 cn 看看', 'url'],
    ['网址 www.abc.com', 'url'],
    ['abc。com', 'url'],
    ['https://abc.cn/x', 'url'],
    ['v: kefu8888', 'contact'],
    ['Q=12345678', 'contact'],
    ['V 是 kf_6688', 'contact'],
  ])('%s → %s', (text, category) => {
    expect(scan(text).map((f) => f.category)).toContain(category);
  });
});

describe('the e-mail and link searches start near their marks', () => {
  /** Tuning text (never the held-out corpora), and long mixes of addresses, links and near misses. */
  const texts = (): string[] => {
    const files = ['phrases.json', 'phrases-train-w3.json', 'phrases-train-w27.json', 'phrases-train-w28.json', 'phrases-own21.json'];
    const corpus = files.flatMap((f) => (JSON.parse(readFileSync(`test/corpus/${f}`, 'utf8')) as Array<{ text: string }>).map((e) => e.text));
    const pieces = ['kefu_88@163.com', 'abc (at) qq dot com', 'shop#tea.cn（#换成@）', 'www.tea88.com', 'https://x.cn/a?b=1', 'a.b', '亲，', '。', ' ', '#', '@', 'x'.repeat(60), 'abc点com', 'lebo。tv', '1.5.cn'];
    const rand = prng(20261208);
    const mixes = Array.from({ length: 400 }, () => Array.from({ length: 5 + Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));
    return [...corpus, ...mixes].map(fold);
  };

  it('finds what a search from every position finds', () => {
    let found = 0;
    for (const folded of texts()) {
      for (const [re, marks] of [[EMAIL, EMAIL_MARKS], [URL_PATTERN, URL_MARKS]] as const) {
        const near = matchesNear(re, marks, folded).map((m) => [m.index, m[0]]);
        expect(near, folded).toEqual([...folded.matchAll(re)].map((m) => [m.index, m[0]]));
        found += near.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
