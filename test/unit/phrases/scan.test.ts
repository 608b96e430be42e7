import { describe, expect, it } from 'vitest';
import { compile, scan, type Finding } from '@/lib/phrases';
import type { PhraseCategory } from '@/lib/settings/types';

const brief = (fs: Finding[]) => fs.map((f) => [f.category, f.match]);

/** Every finding keeps the offset contract. */
function checked(text: string, fs: Finding[]): Finding[] {
  for (const f of fs) expect(f.match).toBe(text.slice(f.start, f.end));
  return fs;
}

describe('scan basics', () => {
  it('returns [] for the empty string and for plain talk', () => {
    expect(scan('')).toEqual([]);
    expect(scan('亲，在的，请问有什么可以帮您？')).toEqual([]);
  });

  it('reports category, rule, severity and original offsets', () => {
    const text = '亲，去淘宝买吧';
    expect(scan(text)).toMatchObject([{ category: 'platform', ruleId: 'chat-platform', severity: 'block', start: 3, end: 5, match: '淘宝' }]);
  });

  it.each<[PhraseCategory, string, string]>([
    ['platform', 'chat-platform', '京东上便宜'],
    ['contact', 'chat-contact', '加我微信'],
    ['phone', 'chat-contact', '13800138000'],
    ['email', 'chat-third-party', 'abc@163.com'],
    ['url', 'chat-third-party', 'www.abc-shop.com'],
    ['bank', 'chat-third-party', '对公账户'],
    ['qrcode', 'chat-third-party', '二维码'],
    ['abuse', 'chat-abuse', '傻逼'],
  ])('%s findings cite %s', (category, ruleId, text) => {
    const [f] = scan(text);
    expect(f?.category).toBe(category);
    expect(f?.ruleId).toBe(ruleId);
  });

  it('sorts findings by start and keeps offsets in UTF-16 units (emoji before a word)', () => {
    const text = '😀😀 加我vx，🎉 或者打 13800138000，淘宝也有';
    const fs = checked(text, scan(text));
    expect(fs.map((f) => f.start)).toEqual([...fs.map((f) => f.start)].sort((a, b) => a - b));
    expect(brief(fs)).toEqual([
      ['contact', '加我vx'],
      ['phone', '13800138000'],
      ['platform', '淘宝'],
    ]);
  });

  it('handles long texts (buffers grow) and keeps offsets at the far end', () => {
    const text = '亲'.repeat(3000) + '😀 去淘宝';
    expect(scan(text)).toMatchObject([{ category: 'platform', ruleId: 'chat-platform', severity: 'block', start: 3004, end: 3006, match: '淘宝' }]);
    expect(scan('去淘宝')[0]?.start).toBe(1);
  });

  it('is deterministic and does not keep state between calls', () => {
    const text = '加我薇 信，电话 138-0013-8000';
    expect(scan(text)).toEqual(scan(text));
    scan('京东'.repeat(100));
    expect(scan(text)).toEqual(scan(text));
  });
});

describe('evasions are seen through', () => {
  it.each<[PhraseCategory, string, string]>([
    // spaces, symbols, zero-width characters between characters
    ['contact', '微 信', '加个微 信吧'],
    ['contact', '微.信', '微.信同号'],
    ['contact', '微 . 信', '微 . 信同号'],
    ['contact', '微\u200b信', '加微\u200b信'],
    ['contact', '微🌹信', '微🌹信搜一下'],
    ['platform', '淘-宝', '淘-宝有'],
    ['platform', '京*东', '京*东便宜'],
    // full-width and case
    ['contact', 'ＶＸ', 'ＶＸ：ａｂｃ'.slice(0, 2)],
    ['platform', 'ＴＢ', '去ＴＢ看看'],
    ['contact', 'WeChat', 'WeChat 搜'],
    // traditional characters
    ['platform', '淘寶', '淘寶上有'],
    ['qrcode', '二維碼', '發個二維碼'],
    // homophones and variants
    ['contact', '薇信', '薇信聊'],
    ['contact', '威信', '威信联系'],
    ['contact', '维信', '维信号'],
    ['contact', '徽信', '徽信号'],
    ['contact', 'V信', 'V信发你'],
    ['contact', 'vx', '加vx'],
    ['contact', 'wx', 'wx同号'],
    ['contact', '微❤', '微❤搜'],
    ['contact', '微💗信', '微💗信搜'],
    ['contact', '微亻言', '微亻言号'],
    ['contact', '扣扣', '扣扣聊'],
    ['contact', '企鹅号', '企鹅号多少'],
    ['contact', '球球号', '球球号发我'],
    ['contact', '+v', '+v 详聊'],
    ['contact', '➕V', '➕V详聊'],
    ['platform', '桃宝', '桃宝上有'],
    ['platform', '掏宝', '掏宝买'],
    ['platform', '狗东', '狗东便宜'],
    ['platform', 'JD', 'JD自营'],
    ['platform', '度娘', '问度娘'],
    // pinyin
    ['contact', 'weixin', 'weixin搜'],
    ['contact', 'wei xin', 'wei xin 搜'],
    ['contact', 'qq号', '我qq号是'],
    ['contact', 'zhifubao', 'zhifubao付'],
    ['platform', 'taobao', '去taobao'],
    ['platform', 'tao bao', '去 tao bao 看看'],
    ['abuse', 'sha bi', '你是 sha bi'],
    // clause-only words
    ['abuse', '滚', '滚！'],
    ['abuse', '草', '草，又发错了'],
    ['abuse', '妈的', '妈的，又坏了'],
  ])('%s %s in %s', (category, match, text) => {
    const fs = checked(text, scan(text));
    // The finding may be wider than the evasion (a merged 加个 in front, an id after it).
    expect(fs.some((f) => f.category === category && f.match.includes(match)), JSON.stringify(brief(fs))).toBe(true);
  });

  it.each([
    ['一三八零零一三八零零零'],
    ['幺三八零零幺三八零零零'],
    ['一 三 八 零 零 一 三 八 零 零 零'],
    ['壹叁捌零零壹叁捌零零零'],
    ['①③⑧⓪⓪①③⑧⓪⓪⓪'],
    ['❶❸❽⓿⓿❶❸❽⓿⓿⓿'],
    ['１３８００１３８０００'],
    ['138-0013-8000'],
    ['138 0013 8000'],
    ['138.0013.8000'],
    ['138——0013——8000'],
    ['1 3 8 0 0 1 3 8 0 0 0'],
    ['13８-0０1３-8000'],
    ['一八六 一二三四 五六七八'],
    ['两'.replace('两', '1') + '3800138000'],
  ])('phone %s is one phone finding', (text) => {
    expect(scan(text)).toMatchObject([{ category: 'phone', ruleId: 'chat-contact', severity: 'block', start: 0, end: text.length, match: text }]);
  });
});

describe('traps: innocent text passes', () => {
  it.each([
    ['北京东路128号'],
    ['南京东路步行街'],
    ['这款显示器用的是京东方的面板'],
    ['路口交通不方便'],
    ['放门口交给保安'],
    ['QQ糖是什么口味的'],
    ['口感QQ弹弹的'],
    ['扣扣子的地方松了'],
    ['纽扣扣不上'],
    ['企鹅玩偶有现货吗'],
    ['加微辣还是特辣'],
    ['加我们店铺收藏有优惠'],
    ['V领毛衣还有黑色吗'],
    ['usb接口是type-c的'],
    ['256GB和1TB版本'],
    ['这款手机壳是 TB-2000 型号的吗'],
    ['这款卖1688元'],
    ['总价1688.00元'],
    ['人民路1688号'],
    ['滚筒洗衣机能洗吗'],
    ['用滚开的水冲泡'],
    ['去死皮膏'],
    ['垃圾袋加厚款'],
    ['威信县能发货吗'],
    ['扫码枪连接电脑'],
    ['快递员没给我打电话就放驿站了'],
    ['截图转给我看看'],
    ['我妈的生日快到了'],
    ['草莓很甜'],
    ['他妈妈穿多大码'],
    ['收件人：尼玛次仁'],
    ['北京，东西今天能到吗'],
    ['订单号 231123-123456789012345'],
    ['快递单号 SF1234567890123'],
    ['运单号 YT7512345678901'],
    ['中通快递 78912345678901'],
    ['售后单号：2311231380013800'],
    ['2026-11-23 14:30 之前下单'],
    ['11月23日前发货'],
    ['价格是¥138.00，138元两件'],
    ['型号 A1380013800 的配件有吗'],
    ['型号 XR-2000'],
    ['iPhone 15 专用'],
    ['您的收货手机号是138****8000吗'],
    ['商品条码：6920152400012'],
    ['鞋码 36 37 38 39 40 都有'],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=123456'],
    ['mms.pinduoduo.com 后台'],
    ['@客服小美 帮我看下'],
    ['Is it available in size M? Thanks, see you at best price'],
  ])('%s', (text) => {
    expect(brief(scan(text))).toEqual([]);
  });

  it('百度 inside 百度一下 is still a platform mention', () => {
    expect(brief(scan('百度一下就知道'))).toEqual([['platform', '百度']]);
  });

  it('狗东西 is abuse, not the JD nickname 狗东', () => {
    expect(brief(scan('狗东西'))).toEqual([['abuse', '狗东西']]);
  });

  it('e-mail providers inside an address are not contact words', () => {
    expect(brief(scan('abc123@qq.com'))).toEqual([['email', 'abc123@qq.com']]);
  });
});

describe('merging and severity', () => {
  it.each<[string, Array<[PhraseCategory, string]>]>([
    ['加我薇 信', [['contact', '加我薇 信']]],
    ['加我 vx', [['contact', '加我 vx']]],
    ['vx: kefu_888', [['contact', 'vx: kefu_888']]],
    ['QQ号 12345678', [['contact', 'QQ号 12345678']]],
    ['你有病吧', [['abuse', '你有病吧']]],
    ['直接转账给我', [['deal', '直接转账给我']]],
    ['淘宝 京东', [['platform', '淘宝 京东']]],
    ['13512345678 / 13612345678', [['phone', '13512345678'], ['phone', '13612345678']]],
  ])('%s', (text, expected) => {
    expect(brief(checked(text, scan(text)))).toEqual(expected);
  });

  it('a longer entry of the same category sets the severity (微信支付 warns, 微信 blocks)', () => {
    expect(scan('微信支付可以吗').map((f) => [f.match, f.severity])).toEqual([['微信支付', 'warn']]);
    expect(scan('加我微信').map((f) => [f.match, f.severity])).toEqual([['加我微信', 'block']]);
  });

  it('mild abuse warns, severe abuse blocks', () => {
    expect(scan('傻子')[0]?.severity).toBe('warn');
    expect(scan('你有病吧')[0]?.severity).toBe('block');
    expect(scan('傻逼')[0]?.severity).toBe('block');
  });

  it('a merged finding blocks when any part blocks', () => {
    expect(scan('加我 微信')[0]?.severity).toBe('block');
  });
});

describe('compile: custom words and allow-lists', () => {
  it('flags the shop words as custom / block by default, through evasions', () => {
    const dict = compile({ customWords: ['差评', 'Refund Now'] });
    const text = '给你差 评！REFUND-NOW';
    expect(checked(text, scan(text, { custom: dict }))).toMatchObject([
      { category: 'custom', ruleId: 'custom', severity: 'block', start: 2, end: 5, match: '差 评' },
      { category: 'custom', ruleId: 'custom', severity: 'block', start: 6, end: 16, match: 'REFUND-NOW' },
    ]);
  });

  it('keeps the built-in dictionary alongside the shop words (unless builtin: false)', () => {
    expect(brief(scan('淘宝差评', { custom: compile({ customWords: ['差评'] }) }))).toEqual([
      ['platform', '淘宝'],
      ['custom', '差评'],
    ]);
    expect(brief(scan('淘宝差评', { custom: compile({ customWords: ['差评'], builtin: false }) }))).toEqual([['custom', '差评']]);
  });

  it('customSeverity makes the shop words only warn', () => {
    expect(scan('差评', { custom: compile({ customWords: ['差评'], customSeverity: 'warn' }) })[0]?.severity).toBe('warn');
  });

  it.each<[string, string[], Array<[PhraseCategory, string]>]>([
    ['京东路有店', ['京东路'], []],
    ['京东路有店，京东也有', ['京东路'], [['platform', '京东']]],
    ['我用微信支付', ['微信支付'], []],
    ['微信支付，加微信', ['微信支付'], [['contact', '加微信']]],
    ['客服热线 400-820-8820', ['400-820-8820'], []],
    ['京东', ['京东'], []],
    ['京东', ['东'], [['platform', '京东']]],
  ])('allow-list %j on %s', (text, allowList, expected) => {
    expect(brief(scan(text, { custom: compile({ allowList }) }))).toEqual(expected);
  });

  it('an allow-list phrase suppresses a custom word inside it', () => {
    const dict = compile({ customWords: ['退'], allowList: ['退货退款'] });
    expect(brief(scan('可以退货退款，不能退', { custom: dict }))).toEqual([['custom', '退']]);
  });

  it('extra entries carry their own category and severity', () => {
    const dict = compile({ entries: [{ text: '拼团群', category: 'contact', severity: 'warn' }] });
    expect(scan('进拼团群', { custom: dict })).toMatchObject([
      { category: 'contact', ruleId: 'chat-contact', severity: 'warn', start: 1, end: 4, match: '拼团群' },
    ]);
  });

  it('one compiled dictionary serves many scans, and dictionaries do not share state', () => {
    const a = compile({ customWords: ['苹果'] });
    const b = compile({ customWords: ['香蕉'] });
    for (let i = 0; i < 50; i++) {
      expect(brief(scan('苹果香蕉', { custom: a }))).toEqual([['custom', '苹果']]);
      expect(brief(scan('苹果香蕉', { custom: b }))).toEqual([['custom', '香蕉']]);
    }
    expect(brief(scan('苹果香蕉'))).toEqual([]);
  });

  it('ignores empty and blank words', () => {
    const dict = compile({ customWords: ['', '   ', '差评'], allowList: [''] });
    expect(brief(scan('差评', { custom: dict }))).toEqual([['custom', '差评']]);
  });

  it('reports its size', () => {
    expect(compile({ customWords: ['a1', 'b2'], allowList: ['c3'], builtin: false }).size).toBe(3);
  });

  it('honours ^ / $ clause anchors', () => {
    const dict = compile({ customWords: ['^亲$'], builtin: false });
    expect(brief(scan('亲！', { custom: dict }))).toEqual([['custom', '亲']]);
    expect(brief(scan('亲，在的', { custom: dict }))).toEqual([['custom', '亲']]);
    expect(brief(scan('亲亲', { custom: dict }))).toEqual([]);
  });

  it('short Latin custom words do not fire inside longer words', () => {
    const dict = compile({ customWords: ['ok'], builtin: false });
    expect(brief(scan('ok的 book OK', { custom: dict }))).toEqual([
      ['custom', 'ok'],
      ['custom', 'OK'],
    ]);
  });
});
