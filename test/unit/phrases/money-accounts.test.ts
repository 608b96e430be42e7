/**
 * Bank and deal by structure (issue 21 item 5, rules6 session): who pays
 * whom, where, with what account — not phrase lists copied from one writer.
 * Each violation stands beside its clean twin. Written by the team (own
 * words, shaped after the writers' tuning sets), never from a blind corpus or
 * a writer's check file. The rules alone decide (the model is tested in
 * model.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

const ruled = (text: string) => [...new Set(scan(text, { model: false }).map((f) => f.category))].sort();

describe('an account is bank; it is also deal only when money moves around it (overlaps.ts, PAYS_AGENT)', () => {
  it.each([
    // Given or asked with nothing said about moving money: the account alone.
    ['卡号 6230-5200-1234-5678-901', ['bank']],
    ['开户行写全一下，哪个支行', ['bank']],
    ['户名：李华 开户行：建行杭州分行', ['bank']],
    // Money moved or a sum named beside it: bank + deal.
    ['卡号 6230-5200-1234-5678-901，差价打这里', ['bank', 'deal']],
    ['开户行写全一下，我让财务转给你', ['bank', 'deal']],
    ['户名：李华 开户行：建行杭州分行，定金200', ['bank', 'deal']],
    ['卡号 6230-5200-1234-5678-901，先打款到这个账户再发货', ['bank', 'deal']],
    // The buyer's account asked for a refund named only as such: the writers split, bank only.
    ['卡号 6230-5200-1234-5678-901，差价退你', ['bank']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
});

describe('an Alipay (or 云闪付) named as an account is bank, not a contact (intent-accounts.ts)', () => {
  it.each([
    // app-account: the app's account asked for or given.
    ['亲，退款打给您，支付宝号是多少', ['bank', 'deal']],
    ['你支付宝是不是就是手机号？', ['bank']],
    ['支付宝搜 186 1234 5678 就能找到我', ['bank', 'phone']],
    ['您女儿的支付宝给我一下，我把钱退她那', ['bank']], // a refund into the buyer's account, named as a refund: bank only (overlaps.ts, PAYS_AGENT)
    ['支付宝姓名和账号发过来', ['bank']],
    // app-account-ask: the app after the verb.
    ['报一下你的支付宝，我退你差价', ['bank']], // idem
    // account-after-pay: a bare 账号 where money moves by the app.
    ['我用云闪付转你，账号多少', ['bank', 'deal']],
    // app-payee: the agent's own Alipay given to be paid into.
    ['尾款打我支付宝就行', ['bank', 'deal']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });

  it.each([
    // The platform's checkout and the refund's way back name the app, no account for money.
    '下单时选微信支付或支付宝都可以的',
    '退款会原路退回到您的支付宝哦',
    '退款会退到您付款用的支付宝账户里，您留意一下',
    '支付宝付款的订单也能开发票',
    // A warning about the account.
    '支付宝账号不要发给任何人哈，包括我们客服',
    '运费险理赔是保险公司直接打到您支付宝的',
  ])('%s → clean', (text) => {
    expect(ruled(text)).toEqual([]);
  });
});

describe('money paid by hand into the buyer\'s Alipay or the agent\'s card is deal (no account given)', () => {
  it.each([
    ['好评后返现5元，打到你支付宝', ['deal']],
    ['先交50押金到我卡里，寄回后退你', ['deal']],
    ['大单你直接转公账，不用拍', ['deal']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });

  it.each(['退款会打到您的卡上，请留意', '押金在订单里付，退货后平台退回'])('%s → clean', (text) => {
    expect(ruled(text)).toEqual([]);
  });
});

describe('an account word where no private payment is made stays clean (scope-money.ts)', () => {
  it.each([
    '亲 赔偿金20元已经通过平台打款到您的账户，请查收',
    '专票需要提供开户行和账号信息哦，这是开票需要的',
    '亲 我看到您发来了一个卡号，为了您的资金安全建议撤回哈',
    '不需要提供银行卡号，退款原路退回',
    '会员卡号发我查一下积分',
    '发票金额壹仟贰佰叁拾肆元伍角',
    'SIM卡号在卡托上',
  ])('%s → clean', (text) => {
    expect(ruled(text)).toEqual([]);
  });

  it.each([
    ['平台退款太慢了，我打款到您卡上', ['bank', 'deal']],
    ['专票的话开户行发我，差价我转你', ['bank', 'deal']],
    ['您发的卡号少了一位，再发一遍', ['bank']],
  ])('%s → %j (paid by hand, or no warning)', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
});

describe('dealing by its structure, no banned word (intent-deals.ts, intent.ts)', () => {
  it.each([
    // A price set against the platform's, or its cut avoided.
    // The code scanned to pay is a code as well (w9 labels it qrcode + deal; intent-codes.ts).
    ['这个码扫了就能付款，比拼单便宜', ['deal', 'qrcode']],
    ['直接转我就行不用下单，省得平台扣点', ['deal']],
    ['咱们绕开平台，我给你成本价', ['deal']],
    ['地址发你，直接来店里挑，不走网上', ['deal']],
    ['欢迎来果园直接买，便宜一半', ['deal']],
    // A gift counted out, a red packet spelled another way, a private message to collect, for a review.
    ['好评送同款袜子一双', ['deal']],
    ['5星好评就发红bao', ['deal']],
    ['hb已备好，五星就发', ['deal']],
    ['好评后你私我领吧', ['deal']],
    ['差评能不能删一下，删了退你一半货款', ['deal']],
    // Material moved to WeChat, a comma between.
    ['视频太大发不了，发你微信吧', ['contact', 'deal']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });

  it.each([
    '我们比别家便宜，放心拍',
    '确认收货后送货上门一般一个工作日',
    '好评不返现哦，但我们会认真做好每一单',
    '亲 追加评价不需要做什么操作，我们没有返现活动哈',
    '宝妈，定金不用转给我，您在页面拍预售链接就行',
    '视频不用发微信，在这里发就行',
    '可以来店里自提，也可以拍了发快递',
  ])('%s → clean', (text) => {
    expect(ruled(text)).toEqual([]);
  });
});

describe('Alipay and 私聊 beside money are that money\'s channel, not a contact (scope.ts besideMoney); WeChat stays a contact', () => {
  it.each([
    ['老板，支付宝扫我这个收款码付定金就行', ['deal', 'qrcode']],
    ['晒了私聊我领3元红包', ['deal']],
    ['差的那二十块你直接微信转我就行', ['contact', 'deal']],
    ['加我支付宝好友', ['contact']],
    ['私聊我', ['contact']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
});

describe('narrowed after review: an account talked about, a question and the platform merely named', () => {
  it.each([
    // An Alipay account talked about, not given or asked for (only the checkout contact word, as before).
    ['支付失败可能是您支付宝账号的问题', ['contact']],
    // 行不行 asks, it does not refuse: the payment stays held.
    ['微信转账行不行', ['contact', 'deal']],
    // The platform named, not paying: the transfer by hand stays held.
    ['拼多多上拍太贵了我给你转账', ['deal']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
});

describe('a perk riding on a contact or a code is a deal (overlaps.ts, INDUCEMENT)', () => {
  it.each([
    ['美容仪激活后加我微信送一年延保', ['contact', 'deal']],
    ['耳钉卡片上的码扫了加我微信，每月抽奖送耳钉', ['contact', 'deal', 'qrcode']],
    ['包裹里的小卡片 扫一扫 加客服好友 有礼', ['contact', 'deal', 'qrcode']],
  ])('%s → %j', (text, categories) => {
    expect(ruled(text)).toEqual(categories);
  });
  it.each(['加我微信，我发你安装视频', '加我微信，送货前给您打电话'])('%s: no deal', (text) => {
    expect(ruled(text)).not.toContain('deal');
  });
});
