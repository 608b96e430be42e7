/**
 * An intent pattern is tried only where its text can start (intent.ts
 * `starts`): two alternatives whose first character was missing from that
 * list could never fire ("教程…发你微信", "夜里…小心点"), found by the scan
 * speed session. Each beside a clean twin.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';

const categories = (text: string) => [...new Set(scan(text).map((f) => f.category))].sort();

describe('intent patterns start where their alternatives start', () => {
  it.each([
    ['教程我发你微信上了', ['contact', 'deal']],
    ['教程已经发到您qq了哈', ['contact', 'deal']],
    ['教程在详情页第三张图哦', []],
    ['教程不能发微信哦，这边发您', []],
  ])('send-elsewhere from 教程: %s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each([
    ['夜里出门小心点吧！', ['abuse']],
    ['夜里回家小心点！', ['abuse']],
    ['夜里发货的快递也能查到哦', []],
  ])('threat from 夜里: %s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
