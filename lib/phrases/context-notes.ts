/**
 * Why each context rule (context.ts) exists, in Chinese then English, shown
 * by the options page's checker, and the sentences it decides ("[word]"
 * marks the dictionary word) and leaves to other rules, checked by
 * test/unit/phrases/context.test.ts. Not imported by the chat content script.
 */
import { ACCOUNT_NOTES } from './context-accounts-notes';
import { PRODUCT_NOTES } from './context-products-notes';

export interface ContextNote {
  reason: string;
  reasonEn: string;
  examples: { decides: readonly string[]; leaves: readonly string[] };
}

export const CONTEXT_NOTES: Readonly<Record<string, ContextNote>> = {
  'address': {
    reason: '地址里的路名、村名、大厦名（京东路、淘宝村、抖音大厦）不是在提平台',
    reasonEn: 'a road, village or building named after a platform (京东路, 淘宝村) is an address',
    examples: { decides: ['收货地址是[京东]路88号', '送到[淘宝]村村口的驿站'], leaves: ['去[京东]买吧'] },
  },
  'product-feature': {
    reason: '商品功能：手表显示微信/QQ消息、支持微信运动，是在介绍商品，不是导流',
    reasonEn: 'a product capability (shows WeChat / QQ notifications, supports WeChat steps), not a diversion',
    examples: { decides: ['这款手表可以显示[微信]消息', '手环支持[微信]运动同步步数'], leaves: ['加[微信]详聊'] },
  },
  'model-shape': {
    reason: '字母加数字的型号（QQ-2088 款、WX8000 耳机）不是账号',
    reasonEn: 'a model number shaped like letters and digits (WX8000 耳机) is not an account',
    examples: { decides: ['[wx]8000 耳机是新款', '[qq]-2088 型号已经停产'], leaves: ['[微信]号发你了'] },
  },
  'courier-list': {
    reason: '京东和顺丰、中通并列供选，或说的是京东的纸箱：指快递和包装，不是另一个平台',
    reasonEn: 'JD listed with couriers as a choice of carrier, or its box reused for packing: a courier, not a rival shop',
    examples: { decides: ['中通和[京东]都能发，您选一个', '外包装是[京东]的纸箱，货是我们的'], leaves: ['顺丰和[京东]上都有我们的店'] },
  },
  'quoted-elsewhere': {
    reason: '复述买家的话来回答（您说淘宝上更便宜，我们这边已经最低）：平台是买家提的，不是客服引导过去',
    reasonEn: "the buyer's words quoted to answer them (you say it is cheaper on Taobao; ours is already the lowest): the buyer named it",
    examples: { decides: ['您说[抖音]上看到过这款，我们这边是正品'], leaves: ['您说[抖音]上搜我们店名就行'] },
  },
  'quoted-refused': {
    reason: '引号里复述买家的请求，紧接着拒绝（您要的“加QQ发图”我们做不到）：话是买家的，回答是不行',
    reasonEn: "the buyer's request quoted and refused right after (what you asked for, \"add QQ to send photos\", we cannot do): the words are the buyer's",
    examples: {
      decides: ['您说的“[QQ]上传图纸”这边不支持哈，图纸直接发这里', '您问的“[微信]视频验货”我们没办法，可以拍视频发这里'],
      leaves: ['您说的“[QQ]上传图纸”这边不支持，加我 qq_tuzhi88 吧', '您要的“[微信]视频”我们可以，发您'],
    },
  },
  'seen-elsewhere': {
    reason: '买家在别处看到、买到的东西和我们对照（小红书上看到的颜色就是我们家的，唯品会买的那件我们没法售后），不提价格：平台只是出处',
    reasonEn: 'what the buyer saw or bought elsewhere, set against ours without a price: the platform is only where it was seen',
    examples: { decides: ['[小红书]上看到的那个色就是我们家的杏色'], leaves: ['[小红书]上同款卖99，我们这便宜', '[小红书]上搜我们店名'] },
  },
  'code-prefix': {
    reason: '序列号的开头几位（SN码以QQ8开头）或以App命名的颜色（“微信红”是色号名）：是名称，不是账号',
    reasonEn: 'the first letters of a serial number (an SN starting QQ8) or a colour named after an app (微信红 as a shade): a name, not an account',
    examples: { decides: ['序列号以“[QQ]5”开头的是新批次', '“[微信]绿”这个颜色卖得最好'], leaves: ['[QQ]5开头那个号是我，加我'] },
  },
  'name-of': {
    reason: '以平台命名、加了引号的颜色名（这个颜色叫“天猫红”）：是名称，不是让买家去别的平台',
    reasonEn: 'a colour named after a platform, in quotes (a shade called “天猫红”): a name, not a shop to go to',
    examples: { decides: ['这个颜色叫“[天猫]粉”，是官方色名'], leaves: ['这个颜色[天猫]店里有', '这个色号是[京东]上卖的'] },
  },
  'model-hyphen': {
    reason: '字母连着短横和数字（WX-300、TB-12）或叫「…系列」，是型号、批次或系列名，不是账号',
    reasonEn: 'letters glued to a hyphen and a short number (WX-300) or named as a series are a model, batch or series, not an account',
    examples: {
      decides: ['这批灯的底座印着 [WX]-512，是工厂批次', '[WX]系列的插头是三孔的', '[WX]-300P 带充电仓，贵15块', '[WX]-500这款是领夹麦克风的型号'],
      leaves: ['加我[wx]-12345', '[QQ]-2088是我的号', '型号问题[wx]-5566号上问我'],
    },
  },
  'title': {
    reason: '书名号里的名字（《微信营销实战》《淘宝开店指南》）是书或课程的名字，不是平台或联系方式',
    reasonEn: 'a name inside 《》 is the title of a book or a course, not an app or a platform to go to',
    examples: {
      decides: ['《[微信]公众号运营》这本是第二版', '这套《[淘宝]美工速成》带光盘'],
      leaves: ['《[微信]运营》这本书加我送电子版', '《教程》发你[微信]了'],
    },
  },
  'invoice-fields': {
    reason: '开发票要填的开户行、户名等栏目：说的是发票信息，没有给出账户，也没让买家付钱',
    reasonEn: "an invoice's bank fields to fill in name no account and ask for no payment",
    examples: {
      decides: ['专票需要的[开户行]信息，请在订单的发票栏填写', '开票抬头、税号、[开户行]您在发票申请里补全就行'],
      leaves: ['发票我们开，货款转到这个[开户行]：工行西湖支行 6222 0202 1234 5678', '[开户行]发我，我给您打款'],
    },
  },
  'scam-report': {
    reason: '转述骗子的要求来提醒买家（有人冒充客服让加QQ，您别信）：是防骗提示，不是引导',
    reasonEn: "a scammer's request reported to warn the buyer, not a diversion",
    examples: {
      decides: ['有人冒充客服说退款失败，让您加[QQ]，您别信', '最近有骗子发假通知，叫您扫[二维码]，千万别扫'],
      leaves: ['骗子太多了，加我[QQ]放心', '冒充的都是骗子，加我[QQ]，别理他们'],
    },
  },
  'disowned-add': {
    reason: '说某个“加我好友”的人或卡片不是本店的（加我好友那个不是我们）：是在澄清，不是邀请',
    reasonEn: 'an add request disowned right after it ("the add-me-as-a-friend one is not us"): a clarification, not an invitation',
    examples: { decides: ['让您[加好友]的那张卡片不是我们放的', '[加我]的那个号是假的，我们只在这里'], leaves: ['[加我]的那个号是真的，放心加', '[加好友]那个不是我们，加我 lin_kf88 才是'] },
  },
  'platform-red-packet': {
    reason: '说明平台自己的红包（平台红包退款后退回账户、红包是平台发的）：是平台规则，不是私下发红包',
    reasonEn: "the platform's own red packet explained (returned to the account on a refund), not a private one",
    examples: {
      decides: ['用了平台红包的话，退款后[红包]会退回您的账户', '您用的是平台红包，退款后这个[红包]会退回账户', '满减券是平台统一发放的，首页的[红包]入口里也能领'],
      leaves: ['平台红包用不了的话，我私下发个[红包]给您', '平台红包不多，好评后我再给您发[红包]'],
    },
  },
  'platform-rebate-packet': {
    reason: '平台自己的返现红包（您说的返现是平台的下单返现红包吧）：说明平台活动，不是客服私下返现',
    reasonEn: "the platform's own cash-back packet explained (the order cash-back packet is the platform's), not a private rebate",
    examples: {
      decides: ['那个是平台的新人[返现]红包，在首页活动里看'],
      leaves: ['平台的[返现]红包没了，好评我私下补您'],
    },
  },
  'model-code': {
    reason: '型号、货号中的字母（如「型号 WX-300」）不是平台或联系方式',
    reasonEn: 'letters in a model or item code (型号 WX-300) name no platform or contact',
    examples: { decides: ['型号 [WX]-300 是带遥控的那款', '型号VX-A2和[VX]-A2 Max只差一个电池'], leaves: ['加[wx]详聊', '型号VX-A2的事加[VX]问我'] },
  },
  'texture': {
    reason: '「QQ」形容口感有弹性（吃起来QQ的），不是QQ号',
    reasonEn: 'QQ describing a chewy texture, not the messenger',
    examples: { decides: ['这个软糖吃起来[QQ]的'], leaves: ['加个[QQ]吧'] },
  },
  'storage-unit': {
    reason: '「TB」是存储容量单位，不是淘宝',
    reasonEn: 'TB as a storage unit, not Taobao',
    examples: { decides: ['[tb] 单位是更大的版本'], leaves: ['去[tb]搜一下'] },
  },
  'courier-name': {
    reason: '快递公司与平台同名：「京东快递」「京东物流」是发货的快递，不是引导去别的平台',
    reasonEn: 'a courier that shares a platform name (京东快递, 京东物流) is shipping talk, not a diversion',
    examples: {
      decides: ['这款大件我们走[京东]快递', '[京东]物流已经揽收了', '包裹二是[京东]快递发的'],
      leaves: ['去[京东]买吧', '[京东]上同款更便宜'],
    },
  },
  'courier-verb': {
    reason: '发/走/用 … 快递：说的是用哪家快递发货',
    reasonEn: 'ship / send by … courier: which courier carries the parcel',
    examples: {
      decides: ['快递是[京东]的，单号已经更新了', '这单给您改成[京东]了'],
      leaves: ['你去[京东]买吧', '走[京东]下单更便宜'],
    },
  },
  'caution': {
    reason: '提醒买家不要站外联系或交易（防骗提示），不是引导',
    reasonEn: 'warning the buyer against off-platform contact or payment (anti-fraud note), not a diversion',
    examples: {
      decides: ['提醒您，任何要求您[站外]付款的都是诈骗', '请勿[私下交易]，以免上当受骗'],
      leaves: ['[私聊]我发你链接'],
    },
  },
  'platform-perk': {
    reason: '平台和店铺自己的红包（下单抵扣、店铺红包）是平台内的优惠，不是私下交易',
    reasonEn: "the platform's or shop's own red packets (deducted at checkout) are an on-platform offer, not a private deal",
    examples: { decides: ['平台补贴[红包]下单时自动抵扣', '店铺首页可以领取满减[红包]'], leaves: ['好评后发您[红包]'] },
  },
  'printed-code': {
    reason: '印在包装、说明书或机身上的二维码，用来看安装视频、查防伪，是商品本身的说明，不是导流（包裹卡上扫码领红包、加好友仍拦截）',
    reasonEn: 'a QR code printed on the packaging, manual or device for an install video or an authenticity check is a product fact (a parcel card to scan for a red packet or to add a friend still holds)',
    examples: {
      decides: ['包装盒上有[二维码]，扫一下可以看安装视频', '说明书背面印着[二维码]，扫了就是安装教程'],
      leaves: ['[二维码]在包装盒里面', '包裹里的卡片扫[二维码]领红包'],
    },
  },
  'divert-before': {
    reason: '加/联系/搜/去/来 + 平台或联系方式：引导买家离开平台',
    reasonEn: 'add / contact / search / go to + a platform or contact: sends the buyer off the platform',
    examples: {
      decides: ['去[咸鱼]找我', '来[美团]下单', '加[微博]私信'],
      leaves: ['[咸鱼]干是广东特产'],
    },
  },
  'payment-checkout': {
    reason: '平台收银台支持微信支付、支付宝：告诉买家在结算页选哪种付款方式',
    reasonEn: "the platform's own checkout offers WeChat Pay and Alipay: which method to pick there",
    examples: {
      decides: ['下单的时候选择[微信支付]就可以了', '支付失败的话可以换成[支付宝]再试一次', '原路退回您支付时用的[微信]'],
      leaves: ['[微信]转账给我', '退款麻烦退到我[支付宝]', '用[支付宝]直接转给我', '用[微信]直接付我就行', '退款给你发[微信]红包吧', '您把[微信]号留在订单备注里'],
    },
  },
  'divert-after': {
    reason: '平台或联系方式后接 搜/找我/下单/账号 id：引导买家离开平台',
    reasonEn: 'a platform or contact followed by search / find me / order / an id: sends the buyer off the platform',
    examples: {
      decides: ['[咸鱼]搜我们店名', '[微博]关注一下'],
      leaves: ['[美团]外卖的那种餐盒我们没有'],
    },
  },
  ...PRODUCT_NOTES,
  ...ACCOUNT_NOTES,
};

/**
 * Why a finding was lowered by scope.ts (not a context rule: it looks at the
 * cue covering the word, not at the word's neighbours).
 */
export const SCOPE_NOTES: Readonly<Record<string, Pick<ContextNote, 'reason' | 'reasonEn'>>> = {
  refusal: {
    reason: '拒绝或提醒：说「不能加微信」是在拒绝，不是导流（同一句里没有账号、号码时放行）',
    reasonEn: 'a refusal or warning ("we cannot add WeChat") with no id or number in the clause',
  },
  quote: {
    reason: '引用买家的原话来道歉，不是客服自己说的',
    reasonEn: "the buyer's own words quoted in an apology",
  },
  platform: {
    reason: '平台打款、原路退回、开发票需要的开户行，或提醒买家撤回自己发的卡号：不是私下收付款',
    reasonEn: "the platform paying (小额打款, refund the original way), an invoice's bank details, or the buyer warned about their own card number: no private payment",
  },
};
