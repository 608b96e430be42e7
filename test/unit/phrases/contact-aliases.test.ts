/**
 * Contact aliases added to the dictionary (卫星号, 微号, 私下微我, 私域, 视频号,
 * foreign chat apps, a friend request to a named person), beside clean twins.
 */
import { describe, expect, it } from 'vitest';
import { findingsIn } from './pattern-table';

describe('contact aliases', () => {
  it.each([
    ['亲，卫星号 mm20240818'],
    ['法师微号我给你：shan_yuan108'],
    ['量大价格私下微我'],
    ['卡片上的码扫了是我们的私域'],
    ['批发 whatsapp 或者 telegram 都能找我，搜 lashpro88'],
    ['我发个码你扫一下，加上好友拉你进售后群'],
    ['先看下我们视频号“汉源椒哥”，有采摘视频'],
  ])('holds %s as a contact', (text) => {
    expect(findingsIn(text, 'contact').length).toBeGreaterThan(0);
  });
  it.each([['稍微我们再等等'], ['卫星电话我们不卖'], ['B站up主测评过这款']])('finds no contact in %s', (text) => {
    expect(findingsIn(text, 'contact')).toEqual([]);
  });
});
