/**
 * Issue 21, second round, own text (never from the blind corpus): the
 * category a finding carries follows RULES §2/§3b — a payment app named as
 * the way money moves is a deal, not a contact; asking for a number is phone,
 * for an e-mail is email; a card or account to pay into is bank and deal;
 * a group outside the chat is a deal. Printed product codes, a platform's
 * headquarters as a place and 加不了 refusals pass; hearts inside a name,
 * the victory hand for V, funeral items, contempt about cheap goods and
 * skipping the order are caught. Every held line gets a rewrite to offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { rewriteKind } from '@/lib/features/phrase-guard/rewrite';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

const categories = (text: string) => [...new Set(scan(text).map((f) => f.category))].sort();

describe('the category follows the rule broken', () => {
  it.each([
    ['微信转给我就行，省点手续费', ['deal']],
    ['差价我支付宝退您', ['deal']],
    ['直接微信转账也可以', ['deal']],
    ['支付宝付给我，马上发', ['deal']],
    ['发个红包给我就算付款了', ['deal']],
    ['钱您转过来就行', ['deal']],
    ['咱们站外交易吧', ['deal']],
    ['不走平台的话便宜点', ['deal']],
    ['进群领券，每天都有', ['deal']],
    ['加我微信领红包', ['contact', 'deal']],
    ['视频发我微信上看看', ['contact', 'deal']],
    ['加我微信，转账也行', ['contact', 'deal']],
    ['方便留个联系电话吗', ['phone']],
    ['给我打个电话吧', ['phone']],
    ['资料发我邮箱就行', ['email']],
    ['银行卡发我一下，给您退', ['bank']],
    ['钱打到我农行卡上', ['bank']],
    ['支付宝账号 13912345678，转过来就行', ['bank', 'deal', 'phone']],
    ['用支付宝扫这个码付款', ['contact', 'qrcode']],
  ])('%s → %j', (text, want) => expect(categories(text)).toEqual(want));
});

describe('pass', () => {
  it.each([
    '亲，微信这边是加不了的，有问题在这里说',
    'QQ这个我们用不了哦',
    '北京朝阳区京东总部旁边的快递柜',
    '包装盒上有二维码，扫一下可以看安装视频',
    '说明书上印的二维码扫了是使用教程',
    '机身背面的二维码可以查防伪',
    '下次有需要直接找我们客服就行',
    '视频不用发微信，直接在这里发就好',
    '加入购物车领优惠券，更划算',
    '关注店铺领券，下单立减',
    '几块钱的东西也包邮，放心拍',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
});

describe('caught', () => {
  it.each([
    ['QR码在包装盒里面', 'qrcode'],
    ['包裹里的卡片扫二维码领红包', 'qrcode'],
    ['淘💗宝搜店名', 'platform'],
    ['京❤东上也有', 'platform'],
    ['加个✌，发你图', 'contact'],
    ['加个🐧聊', 'contact'],
    ['再投诉就给你寄点白事用品', 'abuse'],
    ['这么简单都弄不好，服了', 'abuse'],
    ['您是看不懂还是装的', 'abuse'],
    ['十几块的东西事还真多', 'abuse'],
    ['以后直接找我，便宜', 'deal'],
    ['这单不用在平台拍了', 'deal'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('a held line of each new class has a rewrite to offer (item 7)', () => {
  it.each([
    ['微信转给我就行', 'deal'],
    ['方便留个联系电话吗', 'contact'],
    ['资料发我邮箱就行', 'contact'],
    ['银行卡发我一下', 'deal'],
    ['进群领券', 'deal'],
    ['这么简单都弄不好', 'abuse'],
    ['淘💗宝搜店名', 'platform'],
  ])('%s → %s', (text, kind) => expect(rewriteKind(scan(text).map((f) => f.category))).toBe(kind));
});
