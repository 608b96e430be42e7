/**
 * Context rules, as data (issue #16): a platform or contact word is judged by
 * the clause around it. A courier that shares a platform's name (京东快递),
 * the platform's own checkout offering 微信支付 / 支付宝, a warning against
 * off-platform deals or a model code pass; the same words after 加 / 联系 /
 * 搜 / 去 / 来, or before an id, a number, 私聊 or 站外, divert the buyer and
 * hold the message whatever the category's setting (a "clear" finding).
 *
 * Each rule is tested against the folded clause around a dictionary word
 * (lower case, half-width, simplified; a clause ends at ，。！？；, new line):
 * `before` against the clause text before the word, `after` against the text
 * after it, `near` against both (joined by a space), `unless` against the
 * whole clause. The first rule that applies decides; no rule: the entry's
 * own severity stands. Every rule carries examples that its tests check
 * (test/unit/phrases/context.test.ts).
 */
import type { PhraseCategory } from './types';

export type ContextEffect = 'pass' | 'divert';

export interface ContextRule {
  id: string;
  effect: ContextEffect;
  categories: readonly PhraseCategory[];
  /** Normalised dictionary words the rule applies to; omitted: every word of its categories. */
  tokens?: readonly string[];
  before?: RegExp;
  after?: RegExp;
  near?: RegExp;
  unless?: RegExp;
  /** Why, in Chinese then English: shown by the options page's checker. */
  reason: string;
  reasonEn: string;
  /** Sentences the rule decides (the word named in brackets), and sentences it leaves alone. */
  examples: { decides: readonly string[]; leaves: readonly string[] };
}

/** Platform names that are also couriers. */
const COURIER_TOKENS = ['京东', 'jd', '京d', '苏宁', '狗东'] as const;
const PAYMENT_TOKENS = [
  '微信',
  '微信支付',
  '微信付',
  '微信零钱',
  '支付宝',
  '支付宝支付',
  '支付宝付',
  '支付宝余额',
  'wechat',
  'weixin',
  '微信钱包',
] as const;
const COURIER_WORDS = '快递|物流|快运|配送|小哥|派送|派件|揽收|揽件|站点|驿站|单号|运单|到付|送货|自营配送|发货|发出|寄出';

/** What moves a buyer off the platform when it stands next to a platform or contact word. */
const DIVERT_BEFORE = /(?:加|联系|搜|搜索|去|来|关注|私聊|站外|添加|扫|打开|下载)(?:我|我们|一下|下|个|的)?$/;
const DIVERT_AFTER =
  /^(?:上|里|那边|app)?(?:搜|搜索|找我|找我们|联系|私聊|下单|买|购买|拍|关注|直播|店铺|旗舰店|同号|号|[:：=]?\s?[a-z0-9][a-z0-9_-]{4,})/;

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    id: 'model-code',
    effect: 'pass',
    categories: ['platform', 'contact'],
    before: /(?:型号|款号|货号|编号|model)(?:是|为)?\s*[:：]?\s*$/,
    reason: '型号、货号中的字母（如「型号 WX-300」）不是平台或联系方式',
    reasonEn: 'letters in a model or item code (型号 WX-300) name no platform or contact',
    examples: { decides: ['型号 [WX]-300 是带遥控的那款'], leaves: ['加[wx]详聊'] },
  },
  {
    id: 'texture',
    effect: 'pass',
    categories: ['contact'],
    tokens: ['qq'],
    before: /(?:口感|吃起来|嚼起来|很|超|特别|软软|弹弹|有点)$/,
    reason: '「QQ」形容口感有弹性（吃起来QQ的），不是QQ号',
    reasonEn: 'QQ describing a chewy texture, not the messenger',
    examples: { decides: ['这个软糖吃起来[QQ]的'], leaves: ['加个[QQ]吧'] },
  },
  {
    id: 'storage-unit',
    effect: 'pass',
    categories: ['platform'],
    tokens: ['tb'],
    after: /^\s*(?:的)?(?:单位|容量|硬盘|固态|ssd|版本|存储|移动硬盘)/,
    reason: '「TB」是存储容量单位，不是淘宝',
    reasonEn: 'TB as a storage unit, not Taobao',
    examples: { decides: ['[tb] 单位是更大的版本'], leaves: ['去[tb]搜一下'] },
  },
  {
    id: 'courier-name',
    effect: 'pass',
    categories: ['platform'],
    tokens: COURIER_TOKENS,
    after: new RegExp(`^\\s*(?:的)?(?:${COURIER_WORDS})`),
    reason: '快递公司与平台同名：「京东快递」「京东物流」是发货的快递，不是引导去别的平台',
    reasonEn: 'a courier that shares a platform name (京东快递, 京东物流) is shipping talk, not a diversion',
    examples: {
      decides: ['这款大件我们走[京东]快递', '[京东]物流已经揽收了', '包裹二是[京东]快递发的'],
      leaves: ['去[京东]买吧', '[京东]上同款更便宜'],
    },
  },
  {
    id: 'courier-verb',
    effect: 'pass',
    categories: ['platform'],
    tokens: COURIER_TOKENS,
    before: new RegExp(`(?:发|走|用|寄|改成|换成|改发|安排|通过|(?:${COURIER_WORDS})(?:是|用的是|走的是|发的是|选的是|为)?)$`),
    after: new RegExp(`^(?:的)?[^，。！？；,.!?;]{0,8}(?:${COURIER_WORDS}|发|$)`),
    unless: /买|购买|下单|搜|店|上面|便宜|拍/,
    reason: '发/走/用 … 快递：说的是用哪家快递发货',
    reasonEn: 'ship / send by … courier: which courier carries the parcel',
    examples: {
      decides: ['快递是[京东]的，单号已经更新了', '这单给您改成[京东]了'],
      leaves: ['你去[京东]买吧', '走[京东]下单更便宜'],
    },
  },
  {
    id: 'caution',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode', 'bank'],
    near: /谨防|诈骗|骗子|上当|受骗|请勿|切勿|不要相信|不要轻信|不能提供|无法提供|不提供|不会索要|不会要求/,
    unless: /[a-z0-9_]{5,}|\d{5,}/,
    reason: '提醒买家不要站外联系或交易（防骗提示），不是引导',
    reasonEn: 'warning the buyer against off-platform contact or payment (anti-fraud note), not a diversion',
    examples: {
      decides: ['提醒您，任何要求您[站外]付款的都是诈骗', '请勿[私下交易]，以免上当受骗'],
      leaves: ['[私聊]我发你链接'],
    },
  },
  {
    id: 'divert-before',
    effect: 'divert',
    categories: ['platform', 'contact'],
    before: DIVERT_BEFORE,
    reason: '加/联系/搜/去/来 + 平台或联系方式：引导买家离开平台',
    reasonEn: 'add / contact / search / go to + a platform or contact: sends the buyer off the platform',
    examples: {
      decides: ['去[咸鱼]找我', '来[美团]下单', '加[微博]私信'],
      leaves: ['[咸鱼]干是广东特产'],
    },
  },
  {
    id: 'payment-checkout',
    effect: 'pass',
    categories: ['contact'],
    tokens: PAYMENT_TOKENS,
    near: /下单|结算|支付页|付款页|支付方式|付款方式|收银台|拼单|平台|app|原路|退回|退到|退款|扣款|扣|选择|选|付款|支付|用|默认|支持|升级|记录|限额|余额|订单|发票|账单|换成/,
    unless: /转给我|转我|转账|转过来|打给我|付给我|给我转|扫|收款|私下|不走平台|好友|账号|号码|号是|加|联系|我的?(?:微信|支付宝)/,
    reason: '平台收银台支持微信支付、支付宝：告诉买家在结算页选哪种付款方式',
    reasonEn: "the platform's own checkout offers WeChat Pay and Alipay: which method to pick there",
    examples: {
      decides: ['下单的时候选择[微信支付]就可以了', '支付失败的话可以换成[支付宝]再试一次', '原路退回您支付时用的[微信]'],
      leaves: ['[微信]转账给我', '退款麻烦退到我[支付宝]', '用[支付宝]直接转给我'],
    },
  },
  {
    id: 'divert-after',
    effect: 'divert',
    categories: ['platform', 'contact'],
    after: DIVERT_AFTER,
    reason: '平台或联系方式后接 搜/找我/下单/账号 id：引导买家离开平台',
    reasonEn: 'a platform or contact followed by search / find me / order / an id: sends the buyer off the platform',
    examples: {
      decides: ['[咸鱼]搜我们店名', '[微博]关注一下'],
      leaves: ['[美团]外卖的那种餐盒我们没有'],
    },
  },
];

/**
 * Known brand and product names that contain a platform or contact word;
 * inside one, a finding of the named categories passes (they join the
 * automaton as allowed phrases).
 */
export interface BrandName {
  text: string;
  categories: readonly PhraseCategory[];
  note: string;
}

export const BRAND_NAMES: readonly BrandName[] = [
  { text: '天猫精灵', categories: ['platform'], note: 'smart speaker (Alibaba)' },
  { text: '京东方', categories: ['platform'], note: 'BOE display panels' },
  { text: '维信诺', categories: ['contact'], note: 'Visionox OLED panels' },
  { text: '阿里巴巴与四十大盗', categories: ['platform'], note: 'folk tale, picture books' },
  { text: '阿里巴巴和四十大盗', categories: ['platform'], note: 'folk tale, picture books' },
  { text: '亚马逊王莲', categories: ['platform'], note: 'a water lily' },
  { text: '亚马逊雨林', categories: ['platform'], note: 'rainforest (decor, books)' },
  { text: '亚马逊鹦鹉', categories: ['platform'], note: 'a parrot' },
  { text: 'qq星', categories: ['contact'], note: "Yili children's milk" },
  { text: 'qq糖', categories: ['contact'], note: 'gummy sweets' },
  { text: 'qq弹', categories: ['contact'], note: 'chewy texture' },
  { text: 'qq音乐', categories: ['contact'], note: 'music app named on gift cards' },
  { text: '威信县', categories: ['contact'], note: 'a county in Yunnan' },
  { text: '苏宁易购卡', categories: ['platform'], note: 'gift card product' },
];

/** Splits the folded text into the clause around [start, end): its bounds. */
export function clauseAround(folded: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isClauseBreak(folded.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < folded.length && !isClauseBreak(folded.charCodeAt(b))) b++;
  return [a, b];
}

function isClauseBreak(c: number): boolean {
  // 。、 , ! ? ; new lines (folded: full-width forms are already half-width)
  return c === 0x3002 || c === 0x3001 || c === 44 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;
}

/** The first rule that applies to a word found at [start, end) of `folded`, or null. */
export function contextRule(
  rules: readonly ContextRule[],
  category: PhraseCategory,
  token: string,
  folded: string,
  start: number,
  end: number,
): ContextRule | null {
  const [a, b] = clauseAround(folded, start, end);
  const before = folded.slice(a, start).trimEnd();
  const after = folded.slice(end, b).trimStart();
  const clause = folded.slice(a, b);
  for (const rule of rules) {
    if (!rule.categories.includes(category)) continue;
    if (rule.tokens && !rule.tokens.includes(token)) continue;
    if (rule.before && !rule.before.test(before)) continue;
    if (rule.after && !rule.after.test(after)) continue;
    if (rule.near && !rule.near.test(`${before} ${after}`)) continue;
    if (rule.unless?.test(clause)) continue;
    return rule;
  }
  return null;
}
