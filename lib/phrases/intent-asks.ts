/**
 * Contact asked for or pointed to by its structure (issue 21, RULES §2:
 * "asking for the buyer's number" is diversion, a QR code is third-party
 * information). The buyer's phone number handed over by a give verb (你把手机号
 * 留下, 把电话给我), asked as one of something (给我个手机号), or named and then
 * asked for (需要家长的手机号，您发我一个); the dictionary holds the set phrases
 * (留个电话, 手机号多少). A code pointed to as the agent's own, as the one sent,
 * or as what opens a group or a perk. Carrying no number, a refusal covering
 * them lowers them (scope.ts, LOWERED_INTENT): "不要把手机号发给陌生人" stays
 * clean. Twins in test/unit/phrases/ask-structure.test.ts.
 */
import type { IntentPattern } from './intent';

/** The number asked for: a phone, its number, a mobile. */
const PHONE = '(?:手机号码?|电话号码|电话|手机)';

export const ASK_PATTERNS: readonly IntentPattern[] = [
  // A code pointed to as the agent's own or as the one sent (扫我头像里的码, 扫我名片上的码, 扫下面这个码, 扫图里的码), one scanned
  // to enter a group or a mini-program (扫上面的码进钓友群, 扫描箱子侧面的码进小程序买), or a code that gives a perk once scanned
  // (小卡片有码，扫了领下次的优惠): what scan-code (intent.ts) names by its verb, here by whose code it is and what it opens. A
  // product's own code (防伪码, 扫码看安装视频, 扫上面的码看说明) is left. Same id as scan-code: scope lowers it only by a cue beside it.
  {
    id: 'scan-code',
    category: 'qrcode',
    starts: '扫',
    re: /扫(?:描|一扫|一下|下)?(?:(?:我|我们)(?:的)?[^，。！？,!?码]{0,8}(?<!防伪|溯源|条形)码|(?:下面|图里|图中|下方)(?:的)?(?:这个)?(?:二维)?码|[^，。！？,!?码]{1,10}码[,，]?进(?:群|我们|小程序|粉丝|会员|福利|[^，。！？,!?]{0,4}群))/y,
  },
  // A code scanned to chat with someone (对着屏幕上的码扫下，能直接聊, 我发张码，你扫了跟工程师直接聊) or the agent's own code to scan (我的码在主图最后一张，放大扫就行; 我们的码 is a size).
  {
    id: 'scan-code',
    category: 'qrcode',
    starts: '码',
    re: /码[,，]?\s?扫(?:了|完)(?:就|能|可以|还能)?(?:领|返|进|加(?![湿热速厚长宽])|付|送)|码(?<=(?:张|个|的)码)(?:[,，]\s?(?:你|您))?[^。！？!?\n码]{0,6}?扫(?:了|完|下|一下)?[,，]?\s?(?:就|能|可以|就能)?[^。！？!?\n]{0,8}?(?:直接)?(?:聊|联系上?我)|码(?<=(?<!们)我的码)(?![数子号])[^。！？!?\n]{0,14}扫/y,
  },
  {
    id: 'phone-ask',
    category: 'phone',
    starts: '把给手电',
    re: new RegExp(
      // Handed over to the agent (把手机号留给我, 把电话给我; 留在订单上 is the order's own field) or asked as one of something.
      `把(?:你|您)?(?:的|家里的?|家人的?|家长的?)?${PHONE}(?:留(?!在)|(?:给|发给?|报给?|告诉)(?:我|咱))|给(?:我)?(?:个|一个)${PHONE}|` +
        // Named, then asked for in the next clause (家长的手机号，您发我一个).
        `(?:手机号|电话)(?:码)?,\\s?(?:你|您)?(?:发|给|报|留)(?:给)?我`,
      'y',
    ),
  },
  // The agent's own number offered to be sent apart (电话发你, 地址和电话我私信你); a courier's or a hotline's is not the shop's.
  {
    id: 'phone-offer',
    category: 'phone',
    starts: '电手',
    re: /(?<!快递|物流|快递员|热线|客服)(?:电话|手机号?)(?:我)?(?:等下|稍后|待会|一会)?(?:发(?:给)?(?:你|您)|私(?:信|聊)?(?:给)?(?:你|您))/y,
  },
  // The buyer's number asked for in other words (留个您的手机号吧, 您把号码留一下, 告诉我你的电话, 能给个联系电话吗, 给我您的手机号, 您的手机号是多少，我让仓库打给您, 你手机号报一下，我让老板直接打你);
  // for the parcel (收货电话留一下您的手机号，快递员联系您) it is the order's own field.
  {
    id: 'phone-ask-2',
    category: 'phone',
    starts: '留把告给您你',
    re: /(?:留(?:个|一个|下|一下)(?:您|你)的?(?:手机号码?|电话(?:号码)?|号码|联系电话)|把(?:你|您)?的?(?:号码|联系电话|手机号码)留(?:一下|下)?(?!在)|告诉我(?:你|您)的?(?:手机号码?|电话(?:号码)?|号码|联系电话)|给(?:我)?(?:个|一个)联系电话|给我(?:你|您)的?(?:手机号码?|电话(?:号码)?|联系电话)|(?:你|您)的?(?:手机号|电话)(?:码)?(?:是多少|(?:报|发|留)(?:一下|下))(?=[^。！？!?\n]{0,4}[,，]?[^。！？!?\n]{0,10}?(?:打|拨|联系)(?:给)?(?:你|您)))(?<!(?:快递|物流|收货|收件|配送|送货|驿站|订单|地址)[^。！？!?\n]{0,30})(?![^。！？!?\n]*(?:快递|物流|收货|收件|配送|送货|驿站|订单|地址))/y,
  },
  // Something sent over WeChat by a bare V (证书照片走V发你, 实拍图我V发你): the chat moved to WeChat, a contact (no money moves; 微信转你 is
  // a payment, intent.ts). Read from v / 微 (rare in Chinese text), a v inside a word or an id left.
  { id: 'contact-send', category: 'contact', starts: 'v微', re: /(?<![a-z0-9_])(?:微信|vx|v)(?![a-z0-9_])(?:直接)?发(?:给)?(?:我(?!们)|你|您)(?!们)/y },
  // The agent's call offered (我直接拨你吧): the chat moved to the phone; 我直接打给您 is money (a deal), 我打您电话没人接 a call made.
  { id: 'phone-call', category: 'phone', starts: '我', re: /我(?:直接|等下|待会|一会|现在)?拨(?:给)?(?:你|您)(?!们)(?:的)?(?:电话|手机)?(?:吧|啊|哈)?(?=$|[，。,!?！？\s])/y },
  // A number sent in two messages (师傅号码我分两条发，这条是 1 8 7 0 6), or its second half alone (后半截是 3390): a card's rest is bank (intent-cards.ts).
  {
    id: 'phone-pieces',
    category: 'phone',
    starts: '号电手后',
    re: /(?:号码|电话|手机号?)[^。！？!?\n]{0,6}?分(?:两|几|三|2|3)(?:条|次|段|回)(?:发|给|说)|(?<!(?:卡|单号|订单|运单|快递|账号|银行|行)[^。！？!?\n]{0,20})后半(?:截|段)(?:是|为)?[:：\s]*\d(?:\s?\d){3,7}(?!\s?\d)(?!\s?(?:年|月|日|号|点|元|块|件|个|分|次|天|%))(?![^。！？!?\n]*(?:银行|[建工农招中交]行|卡|户名|单号))/y,
  },
  // A mobile number's first half given, the rest promised apart (手机号前半截 139 0866，后半截我下条发).
  { id: 'phone-pieces', category: 'phone', starts: '号电手', re: /(?:号码|电话|手机号?)(?:的)?前(?:半截|半段|半部分|几位|七位|三位)(?:是)?[:：\s]*1\s?[3-9](?:\s?\d){1,6}/y },
];

/** Their ids: findings of these may be lowered by a refusal (they carry no number). */
export const ASK_IDS: ReadonlySet<string> = new Set(ASK_PATTERNS.map((p) => p.id));
