import { describe, expect, it } from 'vitest';
import { scan, type Finding } from '@/lib/phrases';
import { luhn } from '@/lib/phrases/numbers';
import type { PhraseCategory } from '@/lib/settings/types';

const only = (text: string, category: PhraseCategory) => scan(text).filter((f: Finding) => f.category === category).map((f) => f.match);

describe('numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['电话：010-62345678', '010-62345678'],
    ['座机 0755-86001234', '0755-86001234'],
    ['021 6123 4567', '021 6123 4567'],
    ['(010) 6234 5678', '010) 6234 5678'],
    ['热线400-820-8820', '400-820-8820'],
    ['800 810 8888', '800 810 8888'],
    ['+86 139 1234 5678', '+86 139 1234 5678'],
    ['0086-13912345678', '0086-13912345678'],
    ['tel:13800138000', '13800138000'],
    ['wx13800138000', '13800138000'],
    ['电话 6123 4567', '6123 4567'],
    ['1⃣3⃣8⃣0⃣0⃣1⃣3⃣8⃣0⃣0⃣0⃣', '1⃣3⃣8⃣0⃣0⃣1⃣3⃣8⃣0⃣0⃣0⃣'],
  ])('phone in %s', (text, match) => {
    expect(only(text, 'phone')).toEqual([match]);
  });

  it.each([
    ['订单号 231123-123456789012345'],
    ['您的订单 231123-138001380000001 已发货'],
    ['快递单号 SF1234567890123'],
    ['物流单号：13800138000'],
    ['型号 A1380013800'],
    ['¥13800138000'],
    ['138001380001'],
    ['1380013800'],
    ['2026-11-23 13:14:15'],
    ['时间 2026/11/23 13:45'],
    ['138****8000'],
    ['第一 3800138000'],
    ['6123 4567'],
    ['取件码 13-5-8000'],
  ])('no phone in %s', (text) => {
    expect(only(text, 'phone')).toEqual([]);
  });

  it.each([
    ['6222025260181590832'],
    ['6217 0001 6613 1860 911'],
    ['4367 4299 3518 1909'],
    ['9559 9018 9555 9797 112'],
    ['六二二二 六零五四 三二三一 九四八七 五七三'],
  ])('bank card %s', (text) => {
    expect(only(text, 'bank')).toEqual([text]);
  });

  it.each([
    ['6222025260181590833'], // Luhn fails
    ['2311231234567890'], // not a card prefix
    ['商户单号 6222025260181590832'], // labelled
    ['身份证 510102199001011234'],
  ])('no bank card in %s', (text) => {
    expect(only(text, 'bank')).toEqual([]);
  });

  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['4367429935181909', true],
  ])('luhn(%s) = %s', (digits, ok) => {
    expect(luhn(digits)).toBe(ok);
  });
});

describe('links', () => {
  it.each([
    ['abc123@qq.com', 'abc123@qq.com'],
    ['发 zhangsan at qq dot com', 'zhangsan at qq dot com'],
    ['lily#qq.com', 'lily#qq.com'],
    ['wang.li(at)gmail.com', 'wang.li(at)gmail.com'],
    ['tom [at] 126 [dot] com', 'tom [at] 126 [dot] com'],
    ['hello艾特163点com', 'hello艾特163点com'],
    ['ＡＢＣ＠ＱＱ．ＣＯＭ', 'ＡＢＣ＠ＱＱ．ＣＯＭ'],
    ['12345678@qq 收一下', '12345678@qq'],
    ['kefu@shop-mall.com.cn', 'kefu@shop-mall.com.cn'],
  ])('e-mail in %s', (text, match) => {
    expect(only(text, 'email')).toEqual([match]);
  });

  it.each([['look at this'], ['@客服小美'], ['at qq'], ['订单#123'], ['价格#199']])('no e-mail in %s', (text) => {
    expect(only(text, 'email')).toEqual([]);
  });

  it.each([
    ['详情看 www.abc-shop.com。', 'www.abc-shop.com'],
    ['https://item.taobao.com/item.htm?id=1 点开', 'https://item.taobao.com/item.htm?id=1'],
    ['t.cn/A6xyz 点开', 't.cn/A6xyz'],
    ['www点haohuo点com', 'www点haohuo点com'],
    ['abc123 . com', 'abc123 . com'],
    ['163.com', '163.com'],
    ['WWW.MEIDI.COM.CN', 'WWW.MEIDI.COM.CN'],
  ])('link in %s', (text, match) => {
    expect(only(text, 'url')).toEqual([match]);
  });

  it.each([
    ['https://mobile.yangkeduo.com/goods.html?goods_id=1'],
    ['mms.pinduoduo.com'],
    ['http://pinduoduo.com/x'],
    ['1.5米的床'],
    ['重量 2.5kg'],
    ['v1.0 版本'],
    ['图片.jpg'],
    ['abc@163.com'],
  ])('no link in %s', (text) => {
    expect(only(text, 'url')).toEqual([]);
  });

  it.each([
    ['v:abc123', ['v:abc123']],
    ['Q=12345678', ['Q=12345678']],
    ['V：kefu_88 加一下', ['V：kefu_88']],
    ['Q:1500mAh 的电池', []],
    ['W:150cm', []],
    ['尺寸 v:220', []],
  ])('one-letter handle in %s', (text, matches) => {
    expect(only(text, 'contact')).toEqual(matches);
  });

  it('reads a 淘口令 share code as a platform mention', () => {
    expect(only('复制￥AbCd1234EfG￥打开', 'platform')).toEqual(['￥AbCd1234EfG￥']);
    expect(only('¥138.00 ¥99', 'platform')).toEqual([]);
  });
});
