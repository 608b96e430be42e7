/**
 * Round 4 (issue 21, model3 session): the patterns and words added for bank
 * details given with a bank's name or asked for as 收款信息, money for dropping
 * a complaint or a review, rewards spelled in words (返三元, 发个包, 打钱), a
 * transfer offered to the buyer (我给您转个二十块), and blame or sarcasm
 * without a rude word; each beside its polite twin, which stays clean.
 * Written by the team (own words), never from a blind corpus.
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

/** The categories the rules alone find (the model is tested in model.test.ts); a card or account given to move money is bank + deal (overlaps.ts). */
const ruled = (text: string) => [...new Set(scan(text, { model: false }).map((f) => f.category))].sort();

describe('round 4: caught by the rules', () => {
  it.each([
    ['收款人写张伟，农业银行，尾号是3306', ['bank']],
    ['招行 6214 8300 xxxx 5521，打这张就行', ['bank', 'deal']],
    ['您是哪家银行的卡，我让会计转到您卡上', ['bank', 'deal']],
    ['您把收款信息发我，我给您退', ['bank']], // a refund into the buyer's account, named as a refund: bank only (overlaps.ts, PAYS_AGENT)
    ['给我个能收钱的号，差价马上到', ['bank']], // idem
    ['钱我这边用手机银行转给您，您给个账户', ['bank', 'deal']],
    ['您撤销投诉，我给您补五十', ['deal']],
    ['您把差评删了，我退您十块', ['deal']],
    ['追评写好点，给您发个包', ['deal']],
    ['晒个图给您返三元', ['deal']],
    ['改成五星，马上给您打钱', ['deal']],
    ['我给您转个二十块钱，这事就算了', ['deal']],
    ['下次别在这拍了，直接找我', ['deal']],
    ['你自己选的尺码，现在来怪我们？', ['abuse']],
    ['自己弄坏的还好意思找我们', ['abuse']],
    ['您这智商，我也是服了', ['abuse']],
    ['你到底想怎样', ['abuse']],
    ['我劝你好自为之', ['abuse']],
    ['你的地址我可记着呢', ['abuse']],
    ['投诉也没用，你随便', ['abuse']],
    ['一分钱一分货，买便宜的还想要好的？', ['abuse']],
    ['这种问题也好意思问', ['abuse']],
  ])('%s → %j', (text, want) => expect(ruled(text)).toEqual(want));
});

describe('round 4: polite twins stay clean', () => {
  it.each([
    '退款已原路退回您尾号3306的农业银行卡，请注意查收',
    '您的订单退款12元已原路退回建设银行储蓄卡',
    '建设银行2024年的活动跟我们店无关哦',
    '中国银行的信用卡也可以分期',
    '退款会原路退回，不需要提供收款信息',
    '请勿向任何人提供收款信息，谨防诈骗',
    '收款人是拼多多平台，您放心付款',
    '您撤销投诉后，我们这边给您补发一件',
    '您撤销投诉的话，平台会重新审核，我们给您退款',
    '晒个图给其他买家参考一下呗',
    '不用在这拍，给您补发就行',
    '差价部分平台会以小额打款退给您',
    '亲，这款益智玩具能锻炼宝宝智商',
    '您想怎样处理呢？退款还是换货都可以',
    '不好意思问一下，您收到的是哪个颜色',
    '洗脸盆还有脸盆架可以一起拍',
    '您是第一次在我们家买东西吗？送您一张券',
    '您的地址我这边已经核对过了，没问题',
  ])('%s', (text) => expect(ruled(text)).toEqual([]));
});

/**
 * Round 5: rules from the third and fourth writers' tuning text
 * (phrases-train-w3/-w4.json), tested on the team's own wording: a space ends
 * a refusal's reach (agents separate clauses with spaces), the card number
 * asked for in any phrasing (卡号 alone, shop cards aside), money into the
 * buyer's card, gifts tied to a review, private groups, a QQ number after
 * words, and blunt contempt; each with clean twins.
 */
describe('round 5: caught by the rules', () => {
  it.each([
    ['这个退款走不了 你把卡号给我 我转你', ['bank', 'deal']],
    ['卡号前几位收到了 剩下的也发过来', ['bank']],
    ['六二一四 八三五七 是你的卡开头吗', ['bank']],
    ['前面是6217 0032，后面我再报给你', ['bank']],
    ['钱我直接打您卡上，比平台快', ['bank', 'deal']],
    ['云闪付给我个号，运费退你', ['bank', 'deal']],
    ['给个好评，送一支护手霜', ['deal']],
    ['🧧给您了，五星别忘了', ['deal']],
    ['把差评删掉，我再送你一副手套', ['deal']],
    ['投诉撤了吧，钱我私下补你', ['deal']],
    ['进货量大的话私下谈，价格好说', ['deal']],
    ['客服这边拉您进宝妈群，每天有券', ['deal']],
    ['扣扣发您了，345 67 8901', ['contact']],
    ['扣扣上聊吧，这边消息多', ['contact']],
    ['售后去🐧上找我', ['contact']],
    ['koukou发你了', ['contact']],
    ['🍑🎁上也有我们家', ['platform']],
    ['🟢💬搜 shop2024 加我', ['contact']],
    ['电话是1 5 8，中间是6677，后四位2233', ['phone']],
    ['你到底听没听懂我说的', ['abuse']],
    ['不卖你了，去别处吧', ['abuse']],
    ['做梦呢，这个价还想要真皮', ['abuse']],
    ['是你自己摔的吧，现在来找我？', ['abuse']],
    ['QQ-2088是我的号', ['contact']],
  ])('%s → %j', (text, want) => expect(ruled(text)).toEqual(want));
});

describe('round 5: clean twins', () => {
  it.each([
    '这个退款走不了 平台审核中 请耐心等一下',
    '您的会员卡号在个人中心可以看到',
    '礼品卡号和卡密会在发货后短信发给您',
    '礼品卡的卡号和密码在卡背面刮开',
    '退款会原路打到您卡上，一般1到3天',
    '线下交易不安全也不合规，还是在平台下单吧',
    '扫码听音频是出版社提供的，跟店铺无关',
    '我们不会加任何人微信，有人冒充请举报',
    '您要不要进店铺首页看看，有新品',
    '您绑定的银行卡尾号是8888吗',
    '扣子扣上就不会松了',
    '微信 不能加哦，有事这里说',
    '不能加 微信的哈',
    '您的会员卡号是多少',
    '亲 卡号后四位是您自己核对用的 不用发给我们',
    '收货后小样会单独寄出，请留意',
    '确认收货后发现少件的话，我们给您补个配件',
    '小企鹅图案 尺码 100 110 120 都有',
    '企鹅款 12345 号色',
    '亲🎁已经放进包裹了，🟢 有货',
    '手机号是138开头的那个，尾号1234的订单我查了',
    '这个收银小音箱支持微信支付宝收款播报的，插电就行',
    '收款提示音箱支持支付宝微信云闪付',
    '这款QQ-2088是儿童款 表带短一些',
  ])('%s', (text) => expect(ruled(text)).toEqual([]));
});

/** Round 6: dismissive service and veiled threats from the team's tuning lines, as words (own wording here), with twins. */
describe('round 6: dismissive service and veiled threats', () => {
  it.each([
    '爱要不要，谁求您了',
    '您心里没点数吗，都用了半年了',
    '退款？想得美',
    '我们很忙，没空陪您耗',
    '差评的话我就去你小区门口坐着',
    '你住哪个楼我都知道，掂量着办',
    '这点事至于天天来问吗',
    '说过了不欠你的',
    '装不上是你手笨吧',
    '没见过这么难缠的买家',
    '再闹我把你信息发出去',
    '今晚你最好别出门',
    '你再投诉一个试试',
    '乱给差评的都没好下场',
    '我们老板认识你们那边的人',
    '就你这样还想退款',
  ])('%s → abuse', (text) => expect(ruled(text)).toEqual(['abuse']));

  it.each([
    '欢迎下次光临，有问题随时找我们',
    '不好意思让您久等了，这就给您查',
    '您的小区我们这边可以送货上门',
    '我们可以视频教您安装，很简单',
    '寿衣类商品不支持七天无理由退货，请您谅解',
    '下雨天最好别出门，快递我们让放驿站',
    '您的地址电话快递单上都有的，放心',
    '您别逼自己太累了，慢慢来',
  ])('%s stays clean', (text) => expect(ruled(text)).toEqual([]));
});

/** Round 7: payment accounts asked for by another name (zfb, 收款码), and dealing around the shop without a banned word. */
describe('round 7: accounts and dealing around the shop', () => {
  it.each([
    ['zfb号发来，运费退您', ['bank']], // idem
    ['你支付宝叫啥，我转你', ['bank', 'deal']],
    ['微信收款码截图给我，差价退你', ['bank', 'contact', 'deal', 'qrcode']],
    ['支付宝：186****2207，差价转这个', ['bank', 'deal']],
    ['这单咱们自己交易，不走店里', ['deal']],
    ['我这有内部渠道，比店里便宜', ['deal']],
    ['定金先给我一半，发货再付剩下的', ['deal']],
    ['补偿的钱我单独给您，不用申请了', ['deal']],
    ['尾款转我媳妇就行，她收钱', ['deal']],
    ['发个收款的卡过来，我转你', ['bank', 'deal']],
    ['买家秀发我，送您一包湿巾', ['deal']],
    ['补您二十，您把投诉撤了吧', ['deal']],
    ['老顾客直接微信下单就行', ['deal']],
    ['在我朋友圈下单便宜十块', ['deal']],
  ])('%s → %j', (text, want) => expect(ruled(text)).toEqual(want));

  it.each(['充电桩支持微信扫码充电，也支持刷卡', '这个收款立牌可以同时贴微信和支付宝的码', '书里每一页都有二维码，扫了听故事', '点餐牌上的二维码是您自己店的，我们只做牌子', '客服这边不能给外部联系方式哦，电话微信QQ邮箱都包括', '平台会把差价退到您的支付宝，不用提供账号', '您先别点退款，我帮您查下物流'])('%s stays clean', (text) =>
    expect(ruled(text)).toEqual([]),
  );
});
