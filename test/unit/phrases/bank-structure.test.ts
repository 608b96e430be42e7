/**
 * Accounts given or asked for by their structure (lib/phrases/intent-accounts.ts):
 * a card's photo, the payee's account named as the agent's phone, part of a card
 * after its bank, a card in two pieces, the bank asked for once the agent is to
 * pay into the buyer's card, an Alipay account asked "for paying out". Each
 * beside clean twins: the platform's refund, its login, a warning, a tracking number.
 */
import { describe } from 'vitest';
import { expectPattern } from './pattern-table';

const expectBank = (id: string, held: readonly string[], clean: readonly string[]) => expectPattern(id, 'bank', held, clean);

describe('accounts by their structure', () => {
  expectBank('card-photo', ['把你的银行卡拍一下发给我', '银行卡正反面发一下，我让财务打款'], ['不要把银行卡照片发给任何人', '银行卡支付的话在收银台选择就行']);
  expectBank('account-is-phone', ['ZFB 转我就行，号是我手机号', '云闪付转我也可以，手机号就是账号'], ['登录账号就是您的手机号', '手机号就是您注册拼多多的那个']);
  expectBank('bank-card-part', ['钱打到 招商 6214 8301 ** 后面私聊', '打到 民生 六二二六 零九零零'], ['工商 6200 万元注册资本', '中国移动 62 元套餐']);
  expectBank('card-rest', ['补差价打这个号 6217 0012 后面是 3390 5521 776'], ['快递单号 6200 1234 后面是 5678']);
  expectBank('which-bank', ['我直接退你卡里吧，哪个银行的？'], ['退款会原路退回您的卡，请问是哪个银行的？', '您用哪个银行的卡付款都可以']);
  expectBank('which-bank-pay', ['你的卡是哪个行的，我让财务打', '你用的哪家银行，报个号', '你网银是哪个行的'], ['平台退款会退到哪个银行？原路返回的', '哪个银行的卡都能付款']);
  expectBank('account-noun-ask', ['你那个银行账户报给我', '农行那张卡的号码发来', '收款方式发我一下', '账户信息私信给我'], ['银行卡号码不要发给别人', '会员卡的号码发来我查积分', '收款方式在商家后台设置']);
  expectBank('has-card', ['你有银行卡吗，我直接打给你'], ['您有银行卡吗？绑定后付款更方便']);
  expectBank(
    'payee-bank',
    ['收款人李四，建设银行杭州分行', '开户人王五 农行', '钱转到张伟的招行卡', '打到我爱人的工行卡上', '收款银行：交通银行'],
    ['退款会原路退到您的建行卡', '您的退款转到建行卡了，注意查收', '持卡人本人去工商银行办理就行', '收款人是平台，不用填银行'],
  );
  expectBank('app-account', ['赔偿金20元，请提供支付宝账号用于打款'], ['支付宝账号用于登录的话请联系支付宝客服']);
  // The app's number asked for bare or after a space (你支F宝多少, 支 付 宝 发我一下), and the app asked for as one of something (给我个支宝号).
  expectBank('app-account', ['宝妈 我先垫给你 你支F宝多少', '小仙女 汉服差价 支 付 宝 发我一下 我退你'], ['支付宝登录不上的话重启一下', '付款时支付宝 多刷新几次']);
  expectBank('app-account-ask', ['充电器坏了赔你20，给我个支宝号'], ['给我个好评就行', '给您支付宝转过去了']);
});
