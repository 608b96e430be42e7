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
 * after it, `near` against either, `unless` against the
 * whole clause. The first rule that applies decides; no rule: the entry's
 * own severity stands. Each rule's reason and examples are in
 * context-notes.ts under its id (kept apart so that the chat content script,
 * which only matches, stays within its 40 KB budget); the tests check every
 * rule has them and decides its examples (test/unit/phrases/context.test.ts).
 */
import { ACCOUNT_RULES } from './context-accounts';
import { GOODS_RULES } from './context-goods';
import { PRODUCT_RULES } from './context-products';
import { NAME_RULES } from './context-names';
import { rulesByCategory, tokenLists, type ContextRule } from './context-rule';
import type { PhraseCategory } from './types';

export type { ContextEffect, ContextRule } from './context-rule';

/** Buildings and places named after a platform (京东大厦, 淘宝城, 天猫小镇, 抖音产业园, 唯品会总部). */
const PLACES =
  '城|仓库|仓储|小镇|大楼|办公室|培训中心|驿站|公司门口|总部|科技园|营业部|便利店|大厦|广场|园区|产业园|小区|社区|花园|公交站|地铁站|中心|基地|工业园|' +
  '创意园|文创园|创业园|软件园|孵化园|电商园|物流园|科技城|写字楼|大药房|药房|体验店|超市|商场|购物中心|酒店';

/** Platform names that are also couriers. */
const COURIER_TOKENS = ['京东', 'jd', '苏宁', '美团'] as const;
const PAYMENT_TOKENS = ['微信', '微信支付', '微信付', '微信零钱', '支付宝', '支付宝支付', '支付宝付', '支付宝余额'] as const;
const COURIER_WORDS = '快递|物流|快运|配送|小哥|骑手|外卖员|派送|派件|揽收|揽件|站点|网点|驿站|单号|运单|到付|送货|自营配送|发货|发出|寄出';

/** What moves a buyer off the platform when it stands next to a platform or contact word. */
const DIVERT_BEFORE = /(?<![不别没勿])(?:加|联系|搜|搜索|去|来|关注|私聊|站外|添加|扫|打开|下载)(?:我|我们|一下|下|个|的){0,2}$/;
const DIVERT_AFTER =
  /^(?:上|里|那边|app)?(?:搜|搜索|找我|找我们|联系|私聊|下单|买|购买|拍|关注|直播|店铺|旗舰店|同号|号|[:：=]?\s?[a-z0-9][a-z0-9_-]{4,})/;

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    id: 'address',
    effect: 'pass',
    categories: ['platform', 'contact'],
    after: new RegExp(`^(?:[东西南北中]|[一二三四五六七八九十\\d]+|[\u4e00-\u9fa5]{0,3}(?=${PLACES}))?(?:${PLACES}|路|大道|大街|街道|街|巷|胡同|村|镇|乡|站|栋|号楼|湾|苑|府|郡|家园|公寓|(?:的)?(?:对面|旁边|隔壁|楼下|附近)(?:的)?(?:小区|快递|驿站|路口|那栋|大楼|写字楼|公司|酒店|商场|超市|学校|医院))`),
    unless: /加我|找我|联系我|私聊|买|搜|下单|链接|[a-z][a-z0-9_-]{4,}/,
    sentenceUnless: /搜|下单|购买|去买|链接|网店|旗舰店|直播间|便宜/,
  },
  {
    id: 'product-feature',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode'],
    near: /显示|接收|推送|同步|兼容|适配|导航|扫码连接|扫码(?:充电|开锁|解锁|开门|使用)|充电桩|收款立牌|收款码牌|码牌|立牌|^连接|打印机|标签机|打印(?:二维码|条码|标签)|条码标签|二维码标签|印花|字样|投影|爱奇艺|腾讯视频|优酷|这些app|等app|这些应用|等应用|绑定|震动提醒|来电提醒|消息提醒|通知|运动|步数|计步|投屏|语音助手|智能音箱|小程序提醒|播报|到账提醒|收款提醒|唤醒|小程序|开锁|车载|手表|手环|音箱|耳机|车机|电视|设备|平板|自带|预装|常用/,
    unless: /加我|找我|联系我|私聊|转账|转给|付给|收款(?!播报|提醒|提示|语音|音箱|立牌|码牌)|扫码加|好友|关注|领|红包|群|搜|买|店|下单|链接|便宜|贵|同款|价|要\d|[a-z][a-z0-9_-]{5,}|\d{5,}/,
    sentenceUnless: /搜|下单|购买|直播间|店铺|加我|联系我|私聊|找我/,
  },
  {
    id: 'model-shape',
    effect: 'pass',
    categories: ['contact', 'platform'],
    after: /^[-_]?\d{2,5}(?:[a-z]{0,4})(?:\s?(?:和|与|、|\/|或)\s?[a-z]{1,4}[-_]?\d{2,5}[a-z]{0,4})*(?:\s?(?:是|为)?(?:这个|这款|那个|该|儿童|女士|男士|女|男|新|老|大|小|成人|两个|两款|几个|升级|旗舰|入门|标准|经典|高配|顶配)?(?:型|款|版|系列|代|型号|机型|pro|max|plus|mini|耳机|手表|手环|充电|电池|支架))/,
    unless: /加我|找我|联系我|私聊|号是|账号/,
  },
  {
    id: 'model-code',
    effect: 'pass',
    categories: ['platform', 'contact'],
    // A second code listed after the first (型号WX-S9和WX-S9 Pro的区别) is a model as well.
    before: /(?:型号|款号|货号|编号|名称显示|名称|新款|老款|旧款|升级款|编码|序列号|sn码|sn|s\/n|条码|批号|model|机型|规格)(?:是|为)?\s*[:：]?\s*(?:[a-z0-9][a-z0-9-]{1,9}(?:\s?(?:pro|max|plus|mini|se))?\s?(?:和|与|跟|、|\/|或)\s?)?(?:[a-z0-9]{1,6}[-_])?$/,
  },
  {
    id: 'texture',
    effect: 'pass',
    categories: ['contact'],
    tokens: ['qq'],
    before: /(?:口感|吃起来|嚼起来|很|超|特别|软软|弹弹|有点)$/,
  },
  {
    id: 'storage-unit',
    effect: 'pass',
    categories: ['platform'],
    tokens: ['tb'],
    after: /^\s*(?:的)?(?:单位|容量|硬盘|固态|ssd|版本|存储|移动硬盘)/,
  },
  {
    id: 'courier-name',
    effect: 'pass',
    categories: ['platform'],
    tokens: COURIER_TOKENS,
    after: new RegExp(`^\\s*(?:的)?(?:${COURIER_WORDS})`),
  },
  {
    id: 'courier-verb',
    effect: 'pass',
    categories: ['platform'],
    tokens: COURIER_TOKENS,
    before: new RegExp(`(?:发|走|用|寄|改成|换成|改发|安排|通过|(?:${COURIER_WORDS})(?:是|用的是|走的是|发的是|选的是|为)?)$`),
    after: new RegExp(`^(?:的)?[^，。！？；,.!?;]{0,8}(?:${COURIER_WORDS}|发|$)`),
    unless: /买|购买|下单|搜|店|上面|便宜|拍/,
  },
  {
    id: 'caution',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode', 'bank', 'deal'],
    near: /谨防|诈骗|骗子|上当|受骗|直接拒绝|直接举报|请(?:立即|及时|马上)?举报|立即举报|自称|冒充|名义|请勿|切勿|不要相信|不要轻信|不能提供|无法提供|不提供|不会索要|不会要求/,
    unless: /[a-z0-9_]{5,}|\d{5,}/,
  },
  {
    id: 'platform-perk',
    effect: 'pass',
    categories: ['deal'],
    tokens: ['红包'],
    near: /平台|店铺|下单|抵扣|抵用|满减|自动|券|补贴|拼多多|多多|领取|使用|可用/,
    unless: /转|发给|给我|给你|给您|返|好评|五星|晒|微信|支付宝|群|加|私/,
  },
  {
    id: 'printed-code',
    effect: 'pass',
    categories: ['qrcode'],
    near: /包装|盒|说明书|机身|产品上|吊牌|标签|瓶身|底部|背面|印着|印有|印的|贴纸|外壳|手册|书上|书里|封底|封面|卡片|点餐牌|台卡|桌牌/,
    sentence: /安装|视频|教程|说明|使用方法|防伪|真伪|验真|溯源|保修|激活|配网|配对|音频|听力|点读|朗读|点餐|菜单|出版社|课程|讲解|听故事|儿歌|绘本/,
    unless: /加|好友|领(?![口子带])|红包|返|群|关注|付款|支付|转账|客服|微信|qq|[a-z0-9_]{5,}/,
  },
  // Product facts, the buyer's own apps (context-products.ts), accounts on content apps (context-accounts.ts): before the diverting rules.
  ...GOODS_RULES,
  ...PRODUCT_RULES,
  ...NAME_RULES,
  ...ACCOUNT_RULES,
  {
    id: 'divert-before',
    effect: 'divert',
    categories: ['platform', 'contact'],
    before: DIVERT_BEFORE,
  },
  {
    id: 'payment-checkout',
    effect: 'pass',
    categories: ['contact'],
    tokens: PAYMENT_TOKENS,
    near: /下单|结算|支付页|付款页|支付方式|付款方式|收银台|拼单|平台|app|原路|退回|退到|退款|扣款|扣|选择|选|付款|支付|用|默认|支持|升级|记录|限额|余额|订单|发票|账单|换|款|成功|失败|不足|到账|钱包|付|退|试|不了|立减|活动|优惠|提示|风险|方式|分期|花呗|担保|绑定|通知|您的|理赔|看到|查看|查询|收到|^是可以|^的?(?:回|退回)|零钱|明细/,
    unless: /(?:支付宝|微信)退你|微信号(?!码)|(?:微信|支付宝)红包|(?<!赔)付我|转给我|转我|转账|转过来|打给我|付给我|给我转|扫|收款|私下|不走平台|好友|账号|号码|号是|(?:给|发|留|报)(?:个|一下|下)?(?:您|你)?的?(?:微信|支付宝)号|(?<!不用|不需要|无需|不必)加(?!任何)|联系|搜\s?[a-z0-9][a-z0-9_-]{4,}|我的?(?:微信|支付宝)/,
  },
  {
    id: 'divert-after',
    effect: 'divert',
    categories: ['platform', 'contact'],
    after: DIVERT_AFTER,
  },
];

/** Brand and product names that contain a platform or contact word: inside one, a finding of its categories passes (allowed phrases). */
export interface BrandName {
  text: string;
  categories: readonly PhraseCategory[];
}

export const BRAND_NAMES: readonly BrandName[] = [
  { text: '天猫精灵', categories: ['platform'] }, // smart speaker (Alibaba)
  { text: '京东方', categories: ['platform'] }, // BOE display panels
  { text: '维信诺', categories: ['contact'] }, // Visionox OLED panels
  { text: '阿里巴巴与四十大盗', categories: ['platform'] }, // folk tale, picture books
  { text: '阿里巴巴和四十大盗', categories: ['platform'] }, // folk tale, picture books
  { text: '亚马逊王莲', categories: ['platform'] }, // a water lily
  { text: '亚马逊雨林', categories: ['platform'] }, // rainforest (decor, books)
  { text: '亚马逊鹦鹉', categories: ['platform'] }, // a parrot
  { text: 'qq星', categories: ['contact'] }, // Yili children's milk
  { text: 'qq糖', categories: ['contact'] }, // gummy sweets
  { text: 'qq软糖', categories: ['contact'] }, // gummy sweets
  { text: 'qq弹', categories: ['contact'] }, // chewy texture
  { text: 'qq音乐', categories: ['contact'] }, // music app named on gift cards
  { text: '威信县', categories: ['contact'] }, // a county in Yunnan
  { text: '苏宁易购卡', categories: ['platform'] }, // gift card product
  { text: '苏宁电器', categories: ['platform'] }, // the offline electronics chain (a landmark in addresses)
  { text: '天猫小店', categories: ['platform'] }, // Alibaba's neighbourhood convenience stores (a pick-up place)
];

/** Splits the folded text into the clause around [start, end): its bounds. */
export function clauseAround(folded: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isClauseBreak(folded.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < folded.length && !isClauseBreak(folded.charCodeAt(b))) b++;
  return [a, b];
}

const isSentenceEnd = (c: number) => c === 0x3002 || c === 33 || c === 63 || c === 10; // 。 ! ? \n (folded: full-width marks are half-width)
/** The bounds of the sentence around [start, end): up to 。！？ or a new line on either side, at most `reach` characters beyond. */
export function sentenceAround(folded: string, start: number, end: number, reach = folded.length): [number, number] {
  const stopA = Math.max(0, start - reach);
  let a = start;
  while (a > stopA && !isSentenceEnd(folded.charCodeAt(a - 1))) a--;
  const stopB = Math.min(folded.length, end + reach);
  let b = end;
  while (b < stopB && !isSentenceEnd(folded.charCodeAt(b))) b++;
  return [a, b];
}

function isClauseBreak(c: number): boolean {
  // 。 , ! ? ; new lines (folded: full-width forms are already half-width). A list joined by 、 is one
  // clause: "支持微信、支付宝、多多钱包" is read whole.
  return c === 0x3002 || c === 44 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;
}

/** Rules by category, in order, with their tokens as sets: a word looks only at the rules that may apply to it. */
const RULES_BY_CATEGORY = rulesByCategory(CONTEXT_RULES);

/** True when some context rule speaks about `category`. */
export const hasContextRules = (category: PhraseCategory): boolean => RULES_BY_CATEGORY.has(category);

/** The clause an `unless` reads: a Latin word standing alone (wechat, taobao) is not itself an id, so it is left out (wx8000 stays whole). */
function unlessClause(folded: string, a: number, b: number, start: number, end: number): string {
  const alone = /^[a-z]+$/.test(folded.slice(start, end)) && !/[a-z0-9_]/.test((folded[start - 1] ?? '') + (folded[end] ?? ''));
  return alone ? `${folded.slice(a, start)}\u0000${folded.slice(end, b)}` : folded.slice(a, b);
}

const cut = (folded: string, start: number, end: number, reach?: number) => folded.slice(...sentenceAround(folded, start, end, reach));

/** Per (category, word): the rules that may apply to it (its own list, made on first use). */
const rulesFor = tokenLists(RULES_BY_CATEGORY);

/** The first rule that applies to a word found at [start, end) of `folded`, or null. */
export function contextRule(category: PhraseCategory, token: string, folded: string, start: number, end: number): ContextRule | null {
  const rules = rulesFor(category, token);
  if (!rules) return null;
  const [a, b] = clauseAround(folded, start, end);
  let before: string | null = null;
  let after: string | null = null;
  let clause: string | null = null;
  // The sentence is cut once per reach (the whole one, or a chat sentence's few characters either side), shared by the rules.
  let sentence: string | null = null;
  let short: string | null = null;
  let shortReach = 0;
  for (const r of rules) {
    if (r.before && !r.before.test((before ??= folded.slice(a, start).trimEnd()))) continue;
    if (r.after && !r.after.test((after ??= folded.slice(end, b).trimStart()))) continue;
    if (r.near && !r.near.test((before ??= folded.slice(a, start).trimEnd())) && !r.near.test((after ??= folded.slice(end, b).trimStart()))) continue;
    if (r.unless?.test((clause ??= unlessClause(folded, a, b, start, end)))) continue;
    if (r.sentence || r.sentenceUnless) {
      if (r.reach && r.reach !== shortReach) short = cut(folded, start, end, (shortReach = r.reach));
      const text = r.reach ? short! : (sentence ??= cut(folded, start, end));
      if (r.sentence && !r.sentence.test(text)) continue;
      if (r.sentenceUnless?.test(text)) continue;
    }
    return r.rule;
  }
  return null;
}
