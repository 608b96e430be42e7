/**
 * The built-in dictionary, as data (RULES.md §2). Words are written plainly;
 * matching normalises them like chat text, so case, full-width forms, spaces
 * and symbols between characters need no separate entries ("tao bao" is
 * "taobao"). Homophones, look-alikes and pinyin are listed.
 *
 * `allow` lists innocent longer phrases that contain a word of the group
 * (北京东路 contains 京东); a finding of the group inside one is dropped.
 * '^word' / 'word$' must start / end a clause ('^滚$': "滚！" but not 滚筒).
 * Short Latin words (tb, jd, sb, vx) never match inside longer Latin words,
 * next to digits (1TB) or in model codes (TB-2000): see compile.ts / scan.ts.
 * Numbers, e-mail addresses, links and bank card numbers are found by
 * detectors (numbers.ts, links.ts), not by words.
 *
 * Decisions on ambiguous cases:
 * - 微信支付 / 微信付 / 微信零钱 / 支付宝支付 warn rather than block: buyers
 *   pay on the platform that way, but the words still trip keyword checks.
 * - A mention is flagged even when negated ("请勿私下交易", "不要加微信"):
 *   the rule lists the words; such phrases are mostly 'warn'.
 * - 淘宝贝 is read as 淘 + 宝贝 (the platform's word for goods) and passes;
 *   百度一下 and 天猫精灵 still name another platform.
 * - 咸鱼 (also salted fish), 美团 and 饿了么 (not shopping rivals) warn.
 * - 他妈 / 尼玛 / 草 / 滚 are mild and context-bound: warn, some clause-only.
 */
import type { PhraseCategory, PhraseEntry, PhraseRuleId, Severity } from './types';

export interface DictionaryGroup {
  category: PhraseCategory;
  ruleId: PhraseRuleId;
  severity: Severity;
  /** Words separated by '|'. */
  words: string;
  /** Innocent phrases containing a word of this category, separated by '|'. */
  allow?: string;
}

/** Homophones and look-alikes of 微信 (WeChat): every first half with every second half. */
const WECHAT = ['微', '薇', '威', '维', '徽', 'v', 'w', 'wei']
  .flatMap((a) => ['信', 'x', '心', '心信', '亻言', 'xin'].map((b) => a + b))
  .filter((w) => w !== 'wx' && w !== 'vx')
  .join('|');

export const BUILTIN_GROUPS: readonly DictionaryGroup[] = [
  {
    category: 'platform',
    ruleId: 'chat-platform',
    severity: 'block',
    words:
      '淘宝|taobao|tb|桃宝|掏宝|陶宝|淘bao|tao宝|某宝|淘口令|淘特|天猫|tmall|天喵|tianmao|某猫|京东|jingdong|jd|狗东|某东|京d|' +
      '美丽说|meilishuo|百度|baidu|度娘|抖音|douyin|抖y|斗音|抖阴|dou音|tiktok|快手|kuaishou|闲鱼|xianyu|唯品会|vipshop|' +
      'weipinhui|1688|阿里巴巴|alibaba|苏宁|suning|小红书|xiaohongshu|亚马逊|amazon|得物|蘑菇街|当当网|微店|聚美优品|考拉海购',
    allow:
      '北京东|南京东|东京东|京东方|狗东西|某东西|淘宝贝|快手菜|快手早餐|快手饭|快手汤|快手面|快手快脚|1688元|1688块|' +
      '¥1688|1688起|1688号|1688弄|1688栋|微店铺|美丽说明',
  },
  {
    category: 'platform',
    ruleId: 'chat-platform',
    severity: 'warn',
    // Also ordinary words (salted fish) or not shopping rivals: worth a look, not a hold.
    words: '咸鱼|美团|饿了么',
    allow: '咸鱼干|咸鱼饭|腌咸鱼|咸鱼翻身|咸鱼茄子|咸鱼块|咸鱼肉|咸鱼味|咸鱼片|咸鱼鸡粒|梅香咸鱼',
  },
  {
    category: 'contact',
    ruleId: 'chat-contact',
    severity: 'block',
    words:
      `${WECHAT}|wechat|vx|wx|wxid|加v|加个v|加我v|加一下v|加下v|加我的v|同v|v我|加微|加个微|加一下微|加下微|加薇|同微|qq|qq号|qq群|扣扣|企鹅号|加企鹅|企鹅群|球球号|加球球|q号|加q|加一下q|加下q|` +
      'q我|支付宝|zhifubao|zfb|吱付宝|支负宝|支附宝|陌陌|钉钉|手机号多少|电话多少|号码多少|留个电话|留个手机|留个号码|留下电话|留下号码|' +
      '留下手机|电话发我|手机号发我|号码发我|打我电话|打我手机|给我打电话|加个好友|加好友|线下交易|站外交易',
    allow:
      '威信县|小微信贷|qq星|钉钉子|扣扣子|纽扣扣|扣扣上|扣扣好|扣扣紧|扣扣眼|qq糖|qq弹|口感qq|qq音乐|加微辣|加微量|加微波|加微调|加微微|' +
      // Buyers complain that the courier did not call: not an invitation to call.
      '没打我电话|不打我电话|没有打我电话|员打我电话|递打我电话|傅打我电话|没给我打电话|不给我打电话|没有给我打电话|' +
      '员给我打电话|递给我打电话|傅给我打电话|他给我打电话|她给我打电话|单号码多少',
  },
  {
    category: 'contact',
    ruleId: 'chat-contact',
    severity: 'warn',
    // 微信支付 is how many buyers pay on the platform itself; the word still
    // trips keyword checks, so it warns rather than holds. Negated warnings
    // ("请勿私下交易") still name the thing and are flagged mildly.
    words: '加我|私聊|私下交易|联系方式|加群|进群|微博|微信支付|微信付|微信零钱|支付宝支付|支付宝付|支付宝余额',
    allow: '加我们|参加群|增加群|先进群|收货联系方式',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'block',
    words: '二维码|扫码加|扫一扫|长按识别|识别二维码|收款码|付款码|qr码|qrcode|扫码支付|扫码付款|扫码进群|扫码关注',
    allow: '防伪二维码',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'warn',
    words: '扫码',
    allow: '扫码枪|扫码器|扫码机|扫码盒',
  },
  {
    category: 'bank',
    ruleId: 'chat-third-party',
    severity: 'block',
    words:
      '银行卡号|卡号是|卡号为|卡号发|卡号我发|卡号给|卡号私|开户行|开户名|收款账户|收款账号|收款人账户|对公账户|对公转账|转账到|转账给我|' +
      '钱转给我|直接转给我|转给我卡|钱转到我|转到我卡|转到我账户|转到我支付宝|打款到|汇款到|汇到我|银行转账|线下转账|' +
      '直接转账|账户名是|户名是',
    allow: '会员卡号是|会员卡号为|用户名是|用户名为',
  },
  {
    category: 'bank',
    ruleId: 'chat-third-party',
    severity: 'warn',
    words: '私下转账',
  },
  {
    category: 'abuse',
    ruleId: 'chat-abuse',
    severity: 'block',
    words:
      '傻逼|傻b|傻比|傻屄|煞笔|沙比|傻bi|shabi|sb|傻叉|傻x|二逼|脑残|智障|弱智|去死|死全家|全家死|死妈|你妈死|' +
      '操你妈|操你大爷|操你全家|操你祖宗|草你妈|艹你|日你妈|日你大爷|草泥马|cnm|nmsl|mlgb|你妈的|你妈逼|去你妈|贱人|贱货|' +
      '婊子|绿茶婊|骚货|狗日的|王八蛋|杂种|畜生|畜牲|滚蛋|给我滚|找死|废物|人渣|垃圾人|狗东西|白痴|蠢货|蠢猪|穷逼|老不死|' +
      '弄死你|打死你|砍死你|杀了你|杀你全家|人肉你|知道你住哪|约炮|鸡巴|口交|寄花圈|送花圈|寄寿衣|寄纸钱|寄冥币',
    allow:
      '去死皮|去死角|去死细胞|去死茧|废物利用|废物回收|杂种狗|杂种优势|路口交|窗口交|出口交|入口交|港口交|接口交|门口交|' +
      '道口交|街口交|关口交|河口交|海口交|渡口交|口交通|' +
      '口交易|口交流|口交付|口交给|口交费|口交钱|口交接|口交界|口交换|口交还|口交货|口交叉|口交汇|口交税|口交单',
  },
  {
    category: 'abuse',
    ruleId: 'chat-abuse',
    severity: 'warn',
    words:
      '他妈|tmd|卧槽|傻子|傻帽|神经病|你有病|有病吧|是不是有病|有病啊|脑子有问题|脑子有毛病|脑子坏了|滚犊子|滚粗|脑子有病|脑子进水|猪脑子|丑八怪|不要脸|混蛋|笨蛋|闭嘴|滚开|滚出去|' +
      '等着瞧|走着瞧|垃圾|屌丝|沙雕|艹|死开|傻缺|' +
      // Only as a whole clause: "滚！", "草，又错了", "妈的，…" but not 滚筒, 草莓, 我妈的.
      '^滚$|^滚吧$|^草$|^妈的|^尼玛|尼玛的',
    allow:
      '傻子瓜子|他妈妈|你有病历|你有病毒|滚开的水|滚开水|水滚开|垃圾袋|垃圾桶|垃圾篓|垃圾箱|垃圾分类|垃圾食品|垃圾车|垃圾处理|' +
      '垃圾清理|垃圾短信|垃圾邮件|垃圾站|垃圾堆|混蛋白',
  },
];

let cached: PhraseEntry[] | null = null;

/** The built-in dictionary as a flat list of entries. */
export function builtinEntries(): readonly PhraseEntry[] {
  if (cached) return cached;
  const out: PhraseEntry[] = [];
  for (const g of BUILTIN_GROUPS) {
    for (const text of g.words.split('|')) out.push({ text, category: g.category, severity: g.severity, ruleId: g.ruleId });
    if (g.allow) for (const text of g.allow.split('|')) out.push({ text, category: g.category, ruleId: g.ruleId, allow: true });
  }
  cached = out;
  return out;
}
