/**
 * Context rules for codes and apps that are the goods or a thing of the buyer's (issue 21, precision; the twenty-eighth
 * writer): a code the goods print or read (标签机打二维码, 二维码扫描模组), someone else's code on a receipt or a card, the
 * platform's own feature, the buyer's own payment code printed on a stand, an app's product (微信读书) or goods named after
 * an alias (绿泡泡沐浴球), a code or an address refused (别扫别人发你的二维码, 邮箱地址我们用不上), a content app scrolled on a
 * phone stand. Read like context.ts's rules (first applying rule decides), before context-products.ts's; reasons and
 * examples are in context-products-notes.ts.
 */
import { SENTENCE_REACH, type ContextRule } from './context-rule';
import { AN_ID, FEATURE_GOODS, FEATURE_REACHES, MERCHANT_GEAR, MERCHANT_UNLESS, PAID_TO_US } from './context-products';

/** What the goods do with a code, or the code as the goods (打二维码, 刻的是二维码, 二维码扫描模组, 二维码贴纸, 扫码支付是收银盒的功能). */
const GOODS_CODE =
  /(?:打|印|刻|贴|生成|空白的?)(?:的是|上去)?(?:[您你](?:自己)?的)?$|(?:打|印|刻)[^,。!?]{1,8}(?:和|、|及|或)$|^(?:和条(?:形)?码|、条(?:形)?码|扫描|名片|贴纸|模组|模块|标签|尺寸|的尺寸|图(?:片)?[^,。!?]{0,3}糊|生成器|打印|是[^,。!?]{0,6}的功能)/;

export const GOODS_RULES: readonly ContextRule[] = [
  {
    // The buyer's own payment code the shop prints on the goods (您上传的个人收款码我们只负责印在立牌上): 个人收款 names the buyer's code, not ours.
    id: 'merchant-print',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['deal'],
    tokens: ['个人收款'],
    before: /(?:您|你)(?:上传|发来|提供)?的$/,
    sentence: MERCHANT_GEAR,
    unless: MERCHANT_UNLESS,
    sentenceUnless: PAID_TO_US,
  },
  {
    // The code is what the goods print, carry or read (标签打印机可以打二维码, 二维码扫描模组, 二维码名片夹, 空白的二维码贴纸,
    // 宠物牌刻的是二维码, 贴您自己的二维码, 扫码支付是收银盒的功能), or a blurred picture of the buyer's own code to print.
    id: 'goods-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['二维码', '扫码支付', '条形码'],
    near: GOODS_CODE,
    unless: /加|好友|领|红包|返|群|关注|客服|私|微信|qq|[我咱]们的|我的|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/,
    sentenceUnless: /加我|找我|联系我|私聊|私信|红包|返现|群|扫我|好友|关注|付给|转给|转我|领/,
  },
  {
    // Someone else's code the buyer holds (小票上的二维码是超市的积分码, 健身卡上的二维码是门店进门用的): neither ours nor a way to us.
    id: 'their-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['二维码'],
    before: /(?:小票|票据|门票|车票|健身卡|会员卡|工牌|胸牌|门禁卡|停车卡|饭卡|校园卡|发票|快递单|面单|运单|快递袋|快递盒)上(?:的|印的)?$/,
    after: /^是(?![我咱])/,
    unless: /加|好友|领|红包|返|群|关注|客服|私|微信|qq|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/,
  },
  {
    // The buyer's own code named as theirs to keep (付款码是您自己手机上的，不要发给任何人): a warning, not ours to scan.
    id: 'buyer-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['付款码', '收款码', '二维码'],
    after: /^是(?:您|你)(?:自己)?(?:手机上|账户里)?的/,
    unless: /加|好友|领|红包|返|群|关注|私|扫我|发我|给我|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/,
    sentenceUnless: new RegExp(`${PAID_TO_US.source}|发我|发给我|给我`),
  },
  {
    // The platform's own feature named as such (扫一扫商品详情页里的“拼小圈”，是平台自己的功能): the scanner opens the platform's page.
    id: 'platform-feature',
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['扫一扫', '扫码', '扫码付款', '扫码支付'],
    sentence: /(?:是|为)(?:拼多多|平台|多多)(?:app)?(?:自己|自带|官方)?的功能|拼小圈|多多视频|百亿补贴|(?:在|是)(?:拼多多|平台)(?:app)?(?:的)?(?:收银台|支付页|付款页)/,
    // 看到好友买了啥 is the feature itself: only adding one is a way out.
    unless: /微信|支付宝|qq|加|群|付款给|转|便宜|领|返|红包|私/,
  },
  {
    // An app's own product or a product named after an alias (微信读书的会员卡我们不卖, 绿泡泡沐浴球是新品): a thing, not a way to talk.
    id: 'app-product',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['微信', '绿泡泡', '企鹅', '钉钉'],
    after: /^(?:读书|运动|输入法|键盘|考勤|打卡|[\u4e00-\u9fa5]{0,2}(?:球|玩偶|公仔|抱枕|糖|杯|贴纸|挂件|钥匙扣|发夹|发圈)|(?:的)?(?:图案|印花|造型|花纹|样式)的?(?:那款|这款|款|的))/,
    unless: /加|找我|联系|私聊|我的|发我|给我|号|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/,
    sentenceUnless: /加我|找我|联系我|私聊|私信/,
  },
  {
    // A code or an address refused or warned against (别扫别人发你的退款二维码, 包裹里不放任何让您扫码加人的卡片, 您发的邮箱地址
    // 我们用不上): the clause says no to it and gives nothing to reach.
    id: 'refused-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode', 'email'],
    // The words a refusal names (read for these alone: the p99 budget).
    tokens: ['二维码', '二唯码', '二维吗', '扫码加', '扫码', '扫一扫', '收款码', '付款码', '邮箱地址', '邮箱', '发我邮箱'],
    near: /(?:别|不要|勿|切勿|千万别)扫|(?:看不到|看不见|查不到|拿不到)$|(?:不|没|从不|不会)(?:在[^,。!?]{1,6})?(?:放|夹|附|寄)(?:任何)?|^(?:我们|咱们|这边)?(?:用不上|用不到|不需要)/,
    unless: /[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}|加我|找我|扫我|联系我|私聊|@/,
    sentenceUnless: /加我|找我|扫我|联系我|发我|私聊|扫这|扫我/,
  },
  {
    // Scrolling a content app on the goods (手机支架刷抖音很稳, 平板追剧看快手): what the buyer watches, not a shop to go to.
    id: 'platform-watch',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['platform'],
    tokens: ['抖音', '快手', '红书', '小红薯', 'douyin', 'kuaishou'],
    before: /(?:刷|看|追|玩)$/,
    sentence: new RegExp(`${FEATURE_GOODS.source}|躺着|床上|稳`),
    unless: new RegExp(`${FEATURE_REACHES.source}|${AN_ID.source}|我们|店|搜|直播间|关注`),
    sentenceUnless: /加我|找我|联系我|私聊|私信|下单|便宜|群|关注|搜/,
  },
];
