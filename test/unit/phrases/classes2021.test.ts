/**
 * The classes the twentieth and twenty-first writers' tuning text showed
 * missing or over-flagged (issue 21), each with our own lines and clean twins
 * (none is a corpus line): card numbers that fail the check digit beside a
 * bank's name or a money word, written in emoji keycaps, circled or spaced
 * digits; phone numbers in comma-split chunks, spelled digit by digit in mixed
 * numerals, in superscript digits, in a head and its last four, an area code
 * apart; QQ numbers and groups in other spellings; WeChat, Telegram and Line
 * aliases; QR codes named without 二维 (赞赏码, 个人码, 码子) or scanned as a
 * picture; skipping the order (不拍链接直接付款, 拍了我不发, 我收现金); rude
 * retorts (再问一次我直接拉黑, 很难理解吗) and a threat knowing where the buyer
 * lives. Clean: order numbers, size lists, red packaging, the buyer quoted
 * in an admission. Context rules (model-hyphen, title, invoice-fields,
 * product-code) carry their twins in their notes (context.test.ts).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { expectCategory, expectPattern } from './pattern-table';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

expectCategory(
  'a UnionPay-length card that fails the check digit, beside a bank or a money word',
  'bank',
  [
    '6222 0000 1111 2222 33 工商 尾款这里',
    '（农）6228 1234 0000 5678 12 收到回我',
    '6️⃣2️⃣2️⃣8️⃣ 1️⃣2️⃣3️⃣4️⃣ 0️⃣0️⃣0️⃣0️⃣ 5️⃣6️⃣7️⃣8️⃣ 1️⃣2️⃣ 农行',
    '⑥②①④⑧③⓪②⓪⓪⓪⓪⑤⑤⑥⑥ 招行 麻烦记下',
    '交 行 6 2 2 2 6 0 0 0 1 1 1 1 2 2 2 2 3 3',
    '中行 6.2.1.6 6.1.0.0 1.1.1.1 2.2.2.2 转过来',
    '六二二八 0000 一二三四 5678 农行的卡',
  ],
  [
    '您的订单号 6217 0000 1111 2222 333 我帮您催了',
    '6217 0000 1111 2222 333 这个编号是您的售后单吗',
    '防伪码 6217 0000 1111 2222 在瓶盖里面',
    'IMEI：862718045539120，盒子上也有',
  ],
);

expectCategory(
  'a phone number in comma-split chunks, spelled digit by digit, in superscript digits',
  'phone',
  ['1 3 9 ， 0 0 2 1 ， 5 5 6 6 有事打', '手机 186，2345，6789 晚上打', '座机 0 2 1 幺 五 六 七 八 二 三 四', '有事直接打1³⁸⁰⁰¹³⁸⁰⁰⁰'],
  ['尺码 36，37，38，39，40 都有', '价格 138，158，188，199 四档', '第一 二 三 四 五 六 七 八 九 十 步骤看说明书', '面积 12m² 的房间够用'],
);

describe('phone numbers given in two pieces', () => {
  expectPattern('phone-halves', 'phone', ['号码 139 5521，后四位 7788，打这个', '打 186 2345，尾号 6789'], ['订单尾号 6688 的已经发了', '退款 138 元，尾号 6688 的卡收到了吗']);
  expectPattern('area-code', 'phone', ['区号 021，号码 6688 1234', '打座机，区号0571 电话 8765 4321'], ['区号写在地址前面就行', '邮编 310000，区号不用填']);
});

describe('QQ numbers and groups in other spellings', () => {
  expectPattern('qq-number', 'contact', ['Q：三九八七六五四三二 加一下', '小企鹅 88 7 6 5 4 3 2 1 找我', 'qq号：5 5 6 6 7 7 8 8'], ['Q：这款能防水吗？', 'qq糖 12 袋一箱']);
  expectPattern('group-number', 'contact', ['售后群，群号 8866 5544 3', '群号：706655443 进来聊'], ['拼单成团不用群号，订单里就能看到']);
});

expectCategory(
  'WeChat, Telegram, Line and QQ-group aliases',
  'contact',
  ['加个vei信：shop_2024', '加卫星，号是 tea_lin', '飞机号 @cupshop 上有新款', 'Line id: cup_tw 款式都在', '有个微群，我拉您', '进扣群问工程师', '搜一下公众号「某某茶铺」'],
  ['这款支持卫星定位', '折纸飞机的教程在说明书里', '快递员会用隐私号联系您'],
);

expectCategory(
  'QR codes named without 二维, or scanned as a picture',
  'qrcode',
  ['赞赏码扫一下，2块就行', '个人码在相册第一张', '群码发您了，扫进来', '码子发你了，扫一下', '收钱的玛在图里', '收kuan码我截图给您', '扫这个付就行', '扫ma进群', '扫我发的那张图就能加上我', '袋子上贴了个码，扫了关注一下'],
  ['每个人码数不一样，看尺码表', '尺码子发错了给您换', '人群码这个词是啥意思', '扫mac上的条码'],
);

describe('skipping the order', () => {
  expectPattern('skip-order', 'deal', ['不拍链接直接转我也行', '这个链接拍了我不发，您单独付我', '拍了我也不发，走别的'], ['您不拍链接直接问我也行，我帮您查库存', '这个链接拍下不发货的话可以申请退款']);
  expectPattern('skip-order', 'deal', ['可以便宜，就是不能在这里拍，系统会查到'], ['不能在这里拍的话，换个链接就行']);
  expectPattern('pay-off-platform', 'deal', ['差价不用补链接了，我收现金'], ['货到付款是快递员收现金，我们这边不经手']);
  expectPattern('review-reward', 'deal', ['收到了吧？确认了就给你返8块'], ['确认了就给您发货']);
});

describe('rude retorts and a threat', () => {
  expectPattern('contempt-2', 'abuse', ['再问一遍我就拉黑', '跟你沟通太费劲', '退货要自己付运费很难理解吗'], ['您再问一遍客服就能转人工', '之前沟通太费劲了，是我们没说清楚，抱歉', '如果觉得很难理解，我给您录个视频']);
  expectPattern('threat-2', 'abuse', ['知道你住哪，别乱写评价'], ['我们需要知道您住哪个小区才能安排送货']);
});

expectCategory(
  'red packaging, a red-packet envelope, the buyer quoted in an admission',
  'deal',
  ['加我发红包给你'],
  ['红包装的礼盒更喜庆', '发红包用的利是封一包十个'],
);

expectCategory(
  "the buyer's words quoted with an admission or understanding",
  'abuse',
  ["'滚吧'，别再来了"],
  ["您生气说'滚吧'我也能理解，我马上去催", "您骂我们'废物'，我们认，这次确实没做好"],
);

expectCategory(
  'a refusal inside a private refund',
  'deal',
  ['差价我单独转给您'],
  ['差价没法单独转给您，可以申请价格保护'],
);

expectCategory(
  'a link with a middle dot before its ending (shop·net)',
  'url',
  ['浏览器打开 tea-house·net/vip', '复制 abc-shop·com 到浏览器'],
  ['哈利·波特全集有货', '约翰·史密斯·com 这个名字是作者'],
);

describe('an Alipay account given as an id or a mobile number', () => {
  expectPattern('account-after-pay', 'bank', ['差价走支付宝吧，账号 tea_shop88', '转我支付宝，账号：lin.flower2'], ['支付宝账号 不用发给我们，退款原路退回', '转账记录在支付宝账单里，账号是您自己的']);
  expectPattern('phone-is-app', 'bank', ['直接转 13912345678 这个支付宝', '打到 139 1234 5678 的支付宝就行'], ['打 13912345678 这个电话也行', '支付宝绑的手机 13912345678 收不到验证码的话找支付宝客服']);
});
