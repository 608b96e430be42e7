/**
 * Context rules for names that only look like a contact, a platform or a
 * bank request (issue 21, precision; the twentieth and twenty-first writers):
 * a model or batch code glued to a hyphen and a short number or named as a
 * series, a title in 《》, the bank fields of an invoice to fill in; and a
 * scammer's ask reported to warn the buyer (有骗子冒充快递员让加QQ，您别信); the
 * platform's own red packet explained (平台的红包退款后会退回您的账户). Read with
 * context.ts's rules (first applying rule decides), before the diverting ones;
 * reasons and examples are in context-notes.ts.
 */
import { SENTENCE_REACH, type ContextRule } from './context-rule';

/** Couriers a platform's name is listed with, as a choice of carrier (顺丰和京东二选一). */
const COURIERS = '顺丰|中通|圆通|韵达|申通|邮政|ems|极兔|德邦|百世|天天|京东';

/** The buyer sent to the other platform, or our shop there, in the platform's own clause. */
const ELSEWHERE_SENDS = /去|来|搜(?!到)|找我|关注|私聊|私信|下单|拍|链接|店铺名|旗舰店|也有|有店|[a-z0-9_]{5,}|\d{5,}/;
/** …or anywhere in the sentence. */
const ELSEWHERE_LEADS = /加我|找我|联系我|私聊|去(?:那|这)|那边(?:拍|买)|也有(?:店|号)|同名|店铺名|搜(?!到)/;

/** The platform's red packet named as its own. */
const PLATFORM_PACKET = /平台(?:的|发的|发)?红包|红包是平台|拼多多红包|多多红包|平台的[^,。!?]{1,6}红包|平台统一发放|红包入口/;
const PACKET_UNLESS = /转|发给|给我|给你|给您|好评|五星|晒|微信|支付宝|群|加|私/;
const PACKET_LURE = /加我|私聊|好评|五星|晒图|微信|支付宝|vx|群|返现(?!红包)/;

export const NAME_RULES: readonly ContextRule[] = [
  // A platform that is also a courier, listed with couriers or named for its box (快递是顺丰和京东二选一, 用的是京东的箱子): a carrier, not a shop.
  {
    id: 'courier-list',
    effect: 'pass',
    categories: ['platform'],
    tokens: ['京东', 'jd'],
    near: new RegExp(`(?:${COURIERS})(?:快递)?(?:和|、|或者?|跟|/)$|^(?:快递)?(?:和|、|或者?|跟|/)(?:${COURIERS})|^的(?:箱子|纸箱|包装箱|快递箱|快递袋|袋子)`),
    unless: /买|购买|下单|搜|店|上面|便宜|拍|链接/,
  },
  // The buyer's words quoted to answer them (您说淘宝上同款便宜10块，我们这边已经最低了; 您说在快手直播间买过我们家的): the platform is
  // the buyer's, not where the agent sends them.
  {
    id: 'quoted-elsewhere',
    effect: 'pass',
    reach: SENTENCE_REACH,
    categories: ['platform'],
    // 天 before 猫旗舰店: the alias inside 天猫旗舰店 follows the full name.
    before: /(?:您|你)(?:是)?(?:刚才|刚刚)?(?:说|讲|提到|问|看到|查到)(?:的)?(?:能不能|可不可以|可以|要不要)?(?:去|在|到)?[小天]?$/,
    // The verb is the buyer's (您问能不能去天猫旗舰店买): only our own account or shop there, or an id, sends the buyer.
    unless: /找我|搜我|关注|私聊|私信|链接|店铺名|也有|有店|[a-z0-9_]{5,}|\d{5,}/,
    sentenceUnless: ELSEWHERE_LEADS,
  },
  // The buyer's request quoted and refused right after (您要的"微信发个视频过来"我们这边做不到): the words are the buyer's, the answer is no.
  {
    id: 'quoted-refused',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode'],
    // Read from the quotation mark (rarer than 您 / 你), the buyer's verb looked back at.
    before: /[“"'「](?<=(?:您|你)(?:刚才|刚刚)?(?:要|说|问|提)的?.)[^”"'」]{0,6}$/,
    after: /^[^”"'」]{0,16}[”"'」]\s?(?:我们|咱们|这边|这个|店里)*[^,。!?]{0,3}?(?:做不到|办不到|不行|不可以|不能|没办法|没法|不支持|不提供)/,
    reach: SENTENCE_REACH,
    unless: /[a-z][a-z0-9_-]{4,}|\d{5,}|加我|找我|联系我|私聊我/,
    sentenceUnless: /[a-z][a-z0-9_-]{4,}|\d{5,}|加我|找我|联系我|私聊我/,
  },
  // What the buyer saw, bought or was told elsewhere, set against our side without a price (抖音上看到的教程…我们家的更简单, 您在
  // 唯品会买的那件我们没法售后): the platform is where the other thing is. A price set against ours (淘宝上同款我们卖39) is still
  // naming a rival platform, as every writer labels it.
  {
    id: 'seen-elsewhere',
    effect: 'pass',
    reach: SENTENCE_REACH,
    categories: ['platform'],
    after: /^(?:市|超市|外卖|地图|直播间?)?(?:上|那边|里|的)?[^，。,!?]{0,6}?(?:看到|刷到|晒|搜到|买的|买过|卖的|用的|有发票|同款|那件|那个店|的(?:订单|退货地址|售后|客服))/,
    sentence: /我们|咱们?(?:这边|家)|本店|我家/,
    unless: ELSEWHERE_SENDS,
    sentenceUnless: new RegExp(`${ELSEWHERE_LEADS.source}|价|便宜|贵|划算|实惠|块|元|[一二三四五六七八九十两几][百千万]|\\d{2,}|满减|优惠`),
  },
  // A code glued to a hyphen and a short number, or named as a series (WX-300P 带充电仓, WX系列的灯带, 印的 WX-2024 是批次编码).
  {
    id: 'model-hyphen',
    effect: 'pass',
    categories: ['contact', 'platform'],
    tokens: ['wx', 'vx', 'qq', 'tb', 'jd', 'dy'],
    // One digit is a style within a series (VX-1是标准款，VX-2带加热).
    after: /^(?:[-_]\d{1,5}[a-z]{0,4}(?![\d_]|[a-z])|\s?系列)/,
    // 型号 / 货号 / 编号 / 批号 name the code itself, not an account (型号WX-300和WX-300S的区别); 加热 / 加厚 are features.
    unless: /加(?![热湿厚长大速固绒宽高])|找我|联系|私聊|(?<![型货编批])号|搜|我的/,
  },
  // The first letters of a serial or a code (SN码以“QQ8”开头那串) or a colour named after an app (“微信红”这个颜色是色号名): a name, not an account.
  {
    id: 'code-prefix',
    effect: 'pass',
    categories: ['contact', 'platform'],
    // Only the short names a serial or a colour carries: the rule is read for these words alone (the p99 budget).
    tokens: ['qq', 'wx', 'vx', '微信', 'tb', 'jd', 'dy', '京东', '淘宝', '天猫', '抖音'],
    after: /^[a-z0-9-]{0,8}[”"’']?(?:开头|打头|结尾)|^[\u4e00-\u9fa5]?(?:红|绿|蓝|粉|紫|黄|白|黑|灰|橙)[”"’']?(?:这个|是)?(?:颜色|色号|色)/,
    unless: /加|找我|联系|私聊|号是|账号|搜|手机|电话|号码|那个号/,
  },
  // A colour named after a platform in quotes (这个颜色叫“天猫红”): a name, not a shop to go to. (A company's name with 京东 in it is
  // labelled a platform by the writers: 发票抬头：北京京东世纪贸易有限公司.)
  {
    id: 'name-of',
    effect: 'pass',
    categories: ['platform', 'contact'],
    tokens: ['天猫', '淘宝', '京东', '抖音', '快手', '微信', 'qq'],
    before: /(?:颜色|色号|色名|配色)(?:叫|是|为)[“"']$/,
    unless: /加|找我|联系|私聊|搜|店|下单|买|链接|[a-z0-9_]{5,}|\d{5,}/,
  },
  // A title in 《》 (《微信营销实战》, 《淘宝天猫店运营手册》): a book or a course named, not an app or a platform to go to.
  {
    id: 'title',
    effect: 'pass',
    categories: ['contact', 'platform'],
    before: /《[^》《]{0,12}$/,
    after: /^[^》《]{0,12}》/,
    unless: /加|找我|联系我|私聊|搜/,
  },
  // The bank fields of an invoice to fill in (地址电话开户行请在订单发票栏补全): no account is given and nothing is to be paid.
  {
    id: 'invoice-fields',
    effect: 'pass',
    categories: ['bank'],
    tokens: ['开户行', '户名'],
    sentence: /发票|专票|普票|税号|抬头|开票/,
    sentenceUnless: /转|打款|汇|付|\d{10,}|\d{4}\s\d{4}\s\d{4}/,
  },
  // A scammer's request reported as a warning (骗子冒充客服让您加QQ，别信): the sentence names the fraud and tells the buyer not to follow.
  {
    id: 'scam-report',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode', 'bank', 'deal'],
    sentence: /(?:骗子|冒充|诈骗)[^。！？!?\n]*[，,]\s?(?:您|你)?(?:千万)?(?:别信|不要信|别加|不要加|别理|别扫|不要扫)/,
    unless: /加我|找我|联系我|私聊|[a-z0-9_]{5,}|\d{5,}/,
  },
  // An add request disowned right after it (加我好友那个不是我们, 写着加好友的卡片是假的): the agent says it is not theirs.
  {
    id: 'disowned-add',
    effect: 'pass',
    categories: ['contact'],
    tokens: ['加我好友', '加好友', '加个好友', '加我', '加我v', '加我微信'],
    // 加我 inside 加我好友 is read on: the longer word given way.
    after: /^(?:好友|v|微信)?(?:的)?(?:那个|那些|那条|那张|这个)?(?:人|账号|号|卡片?|消息)?(?:都|也)?(?:不是我们|不是本店|不是咱|是假的|是骗子|是骗人)/,
    reach: SENTENCE_REACH,
    unless: /[a-z][a-z0-9_-]{4,}|\d{5,}|找我|联系我|私聊/,
    sentenceUnless: /[a-z][a-z0-9_-]{4,}|\d{5,}|找我|联系我|私聊/,
  },
  // The platform's red packet explained where the sentence names it as the platform's (平台红包退款后会退回您的账户, 您说的红包是平台发的
  // 那种): the clause with 红包 may not say so itself, which platform-perk needs.
  {
    id: 'platform-red-packet',
    effect: 'pass',
    categories: ['deal'],
    // The platform's cash-back packet named as its own (平台的下单返现红包, 现金红包是平台统一发放的, 首页的红包入口): still the platform's.
    tokens: ['红包', '返现红包'],
    sentence: PLATFORM_PACKET,
    unless: PACKET_UNLESS,
    sentenceUnless: PACKET_LURE,
  },
  // 返现 inside the platform's 返现红包 (the longer word given way): read like the packet itself.
  {
    id: 'platform-rebate-packet',
    effect: 'pass',
    categories: ['deal'],
    tokens: ['返现'],
    after: /^红包/,
    sentence: PLATFORM_PACKET,
    unless: PACKET_UNLESS,
    sentenceUnless: PACKET_LURE,
  },
];
