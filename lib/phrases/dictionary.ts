/**
 * The built-in dictionary, as data (RULES.md §2). Words are written plainly;
 * matching normalises them like chat text, so case, full-width forms, spaces
 * and symbols between characters need no separate entries ("tao bao" is
 * "taobao"). Homophones, look-alikes and pinyin are listed.
 *
 * `allow` lists innocent longer phrases that contain a word of the group
 * (北京东路 contains 京东); a finding of the group inside one is dropped.
 * Brand and product names (天猫精灵, 京东方, QQ星) and the context rules
 * (京东快递, 微信支付 at checkout, 加 + 微信) live in context.ts.
 * '^word' / 'word$' must start / end a clause ('^滚$': "滚！" but not 滚筒).
 * Short Latin words (tb, jd, sb, vx) never match inside longer Latin words,
 * next to digits (1TB) or in model codes (TB-2000): see compile.ts / scan.ts.
 * Numbers, e-mail addresses, links and bank card numbers are found by
 * detectors (numbers.ts, links.ts), not by words.
 *
 * Decisions on ambiguous cases:
 * - 微信支付 / 微信付 / 微信零钱 / 支付宝支付 warn; at the platform's own
 *   checkout (选择微信支付, 原路退回支付宝) they pass (context.ts
 *   'payment-checkout'); with 转给我 / 扫 / 加 they are diverting.
 * - A warning against off-platform deals ("请勿私下交易", "谨防诈骗") passes
 *   (context.ts 'caution') unless an id or number stands in it.
 * - 淘宝贝 is read as 淘 + 宝贝 (the platform's word for goods) and passes;
 *   百度一下 still names another platform; 天猫精灵 is a product name.
 * - 咸鱼 (also salted fish), 美团 and 饿了么 (not shopping rivals) warn.
 * - Abuse is graded. Block: insults and slurs, insults put as questions
 *   (你是猪吗, 你有病吧, 你是不是傻), mocking the buyer's money or wits
 *   (买不起就别, 这点钱也好意思, 你这智商), threats, cursing at the buyer.
 *   Warn: mild swearing not aimed at anyone (卧槽, tmd), dismissive and
 *   take-it-or-leave-it service (爱买不买, 不要拉倒, 随便你, 懒得理你).
 *   Clause-position rules ('^滚$', '随便你$', '^自己看$') keep 滚筒, 颜色随便你挑
 *   and 您可以自己看一下尺码表 clean.
 *
 * Public word lists consulted for the abuse and diversion groups (their
 * categories and common variants, not copied wholesale):
 * - houbb/sensitive-word (github.com/houbb/sensitive-word): dictionary and
 *   its homophone / pinyin / traditional folding approach.
 * - LDNOOBW, "List of Dirty, Naughty, Obscene, and Otherwise Bad Words", zh
 *   list (github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words).
 * - ToxiCN (github.com/DUT-lujunyu/ToxiCN, ACL 2023): insult lexicon and its
 *   types (general insult, regional, gender, ...).
 * - COLD, Chinese Offensive Language Dataset (github.com/thu-coai/COLDataset).
 * - Platform: RULES.md §2 (shared/seeds 001, 003: 辱骂 tiers, diversion words).
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

/** Every word of the first list followed by every word of the second ('|'-separated; '' allowed). */
function combos(firsts: string, seconds: string): string {
  return firsts
    .split('|')
    .flatMap((a) => seconds.split('|').map((b) => a + b))
    .join('|');
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
      'weipinhui|1688|阿里巴巴|alibaba|苏宁|suning|小红书|xiaohongshu|亚马逊|amazon|得物|蘑菇街|当当网|微店|聚美优品|考拉海购|' +
      // Slang and aliases (issue 21): 海鲜市场 / 某鱼 for 闲鱼, 抖店 for Douyin shops, 猫超, 红书, wholesale sites.
      '海鲜市场|某鱼|闲yu|抖店|抖音小店|某音|抖音商城|抖音橱窗|某手|快手小店|快手商城|红书|小红薯|某书|猫超|天猫超市|猫店|t猫|淘系|淘宝店|' +
      '淘工厂|阿里批发|批发网|义乌购|唯品|东哥家|马爸爸家|某夕夕|某多多之外|dy直播|dy小店|dy上|dy搜',
    allow:
      '北京东|南京东|东京东|狗东西|某东西|淘宝贝|快手菜|快手早餐|快手饭|快手汤|快手面|快手快脚|1688元|1688块|' +
      '¥1688|1688起|1688号|1688弄|1688栋|价1688|微店铺|美丽说明|' +
      // 觉得物流, 记得物品: 得物 across a word boundary.
      '得物流|得物品|得物件|得物美|得物超|得物有所|得物资',
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
      // Slang (issue 21): 绿色软件 / 绿泡泡 for WeChat, 小企鹅 / 鹅号 for QQ, another account of ours.
      '绿色软件|绿泡泡|绿色app|绿色聊天软件|小绿泡|小企鹅号|鹅号|口口号|抠抠号|抖音号|快手号|小红书号|微博号|私人号|私人微|私号|' +
      '另一个号|别的号|小号加|工作号加|薇芯|威芯|加个企鹅|企鹅聊|q聊|' +
      `${WECHAT}|wechat|vx|wx|wxid|加v|加个v|加我v|加一下v|加下v|加我的v|同v|v我|加微|加个微|加一下微|加下微|加薇|同微|qq|qq号|qq群|扣扣|企鹅号|加企鹅|企鹅群|球球号|加球球|q号|加q|加一下q|加下q|` +
      'q我|支付宝|zhifubao|zfb|吱付宝|支负宝|支附宝|陌陌|钉钉|手机号多少|电话多少|号码多少|留个电话|留个手机|留个号码|留下电话|留下号码|' +
      '留下手机|电话发我|手机号发我|号码发我|打我电话|打我手机|给我打电话|加个好友|加我好友|加好友|线下交易|站外交易|' +
      '不走平台|绕过平台|脱离平台|平台外交易|平台外付款|平台外下单|不在平台上拍|不在平台下单|不在平台买|不用在平台拍|不用在平台下单|别在平台拍|别在平台下单',
    allow:
      '小微信贷|钉钉子|扣扣子|纽扣扣|扣扣上|扣扣好|扣扣紧|扣扣眼|口感qq|加微辣|加微量|加微波|加微调|加微微|' +
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
    words: '加我|私聊|私下交易|联系方式|加群|进群|微博|微信支付|微信付|微信零钱|支付宝支付|支付宝付|支付宝余额|站外',
    allow: '加我们|参加群|增加群|先进群|收货联系方式',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'block',
    words:
      '二维码|扫码加|扫一扫|长按识别|识别二维码|收款码|付款码|qr码|qrcode|扫码支付|扫码付款|扫码进群|扫码关注|' +
      '扫这个码|扫个码|扫下码|扫一下码|扫我的码|扫码加我|码发你|发你码|扫码领|扫码添加',
    allow: '二维码是防伪|防伪的二维码|防伪二维码|扫码验真|扫码验证|扫码查询真伪|扫码防伪|扫码溯源',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'warn',
    words: '扫码',
    allow: '扫码枪|扫码器|扫码机|扫码盒|扫码验真|扫码验证|扫码查询真伪|扫码防伪|扫码溯源',
  },
  {
    category: 'bank',
    ruleId: 'chat-third-party',
    severity: 'block',
    words:
      '银行卡号|卡号是|卡号为|卡号发|卡号我发|卡号给|卡号私|开户行|开户名|收款账户|收款账号|收款人账户|对公账户|对公转账|转账到|转账给我|' +
      '钱转给我|直接转给我|转给我卡|钱转到我|转到我卡|转到我账户|转到我支付宝|打款到|汇款到|汇到我|银行转账|线下转账|' +
      '直接转账|账户名是|户名是|户名',
    allow: '会员卡号是|会员卡号为|用户名是|用户名为|用户名',
  },
  {
    category: 'bank',
    ruleId: 'chat-third-party',
    severity: 'warn',
    words: '私下转账',
  },
  {
    category: 'deal',
    ruleId: 'chat-contact',
    severity: 'block',
    // Dealing off the platform and paid reviews (issue 21); patterns without a word are in intent.ts.
    words: '返现|好评返|晒图返|追评返|五星返|返利|刷单|刷个单|补单|私单|走私单|返佣|佣金|返点|做任务|兼职|帮忙拍一单|帮忙拍单|个人渠道|私人渠道|平台以外|平台之外|现金交易|当面交易|见面交易|私下退款|私下补偿|私下给你|私下转',
    allow: '返现活动结束|平台返现|官方返现',
  },
  {
    category: 'deal',
    ruleId: 'chat-contact',
    severity: 'warn',
    // The platform has its own 红包 (店铺红包, 平台红包): worth a look, not a hold.
    words: '红包|线下|私下',
    allow: '红包可以在店铺|红包在店铺|元红包|块红包|平台红包|店铺红包|红包雨|拼多多红包|多多红包|领取红包|无门槛红包|线下门店可|线下体验|私下里|线下活动',
  },
  {
    category: 'abuse',
    ruleId: 'chat-abuse',
    severity: 'block',
    // Insults, slurs, threats and cursing aimed at the buyer: the 3-day delisting tier (RULES.md §2).
    words:
      '傻逼|傻b|傻比|傻屄|煞笔|沙比|傻bi|shabi|sb|傻叉|傻x|二逼|脑残|智障|弱智|去死|死全家|全家死|死妈|你妈死|' +
      '操你妈|操你大爷|操你全家|操你祖宗|草你妈|艹你|日你妈|日你大爷|草泥马|cnm|nmsl|mlgb|你妈的|你妈逼|去你妈|贱人|贱货|' +
      '婊子|绿茶婊|骚货|狗日的|王八蛋|杂种|畜生|畜牲|滚蛋|给我滚|找死|废物|人渣|垃圾人|狗东西|白痴|蠢货|蠢猪|穷逼|老不死|' +
      '弄死你|打死你|砍死你|杀了你|杀你全家|人肉你|知道你住哪|约炮|鸡巴|口交|寄花圈|送花圈|寄寿衣|寄纸钱|寄冥币|' +
      // Insults put as questions: 你是猪吗, 你是不是傻, 你有病吧 (ToxiCN's "insult" type).
      `${combos('你|你是|你是不是|你真是|你就是', '傻|猪|瞎|聋|白痴|文盲|蠢|有病|有毛病|没脑子')}|` +
      `${combos('你|你是|是不是', '傻了|瞎了|聋了|傻吗|瞎吗|聋吗|猪吗|傻啊|瞎啊|眼瞎|脑子有坑|脑子没问题吧')}|` +
      '有病吧|有病啊|是不是有病|神经病|脑子有问题|脑子有毛病|脑子坏了|脑子坏掉|脑子进水|脑子有病|脑子被驴踢|脑子被门夹|猪脑子|' +
      '长点脑子|带点脑子|没带脑子|没长眼|长眼睛了吗|听不懂人话|不懂人话|识字吗|认识字吗|看不懂字|不识字吗|智商有问题|智商欠费|' +
      '你这智商|低能儿|你低能|低能吗|你是奇葩|奇葩吧|你算什么东西|你算老几|什么玩意儿|你懂个屁|懂个屁|关我屁事|屁话|^放屁|你放屁|狗屁|' +
      '^去你的|去你的吧|滚吧|滚一边|死一边去|滚远点|给脸不要脸|臭不要脸|丢人现眼|蠢死了|笨死了|真够笨|笨得要死|' +
      // Mocking the buyer's money or intelligence.
      '穷鬼|穷酸|穷还事多|穷就别|没钱买什么|没钱就别|没钱还挑|没钱还想|没钱还要|买不起就别|你是买不起|买不起吧|买不起就|这点钱也好意思|' +
      '几块钱的东西你还想|几块钱你还想|这个价你还想|这个价还想|这么便宜还要求|这么便宜还想|就这点钱还|这都不懂|这都不会用|这都不会弄|这么简单都不会|' +
      '你活该|^活该|活该吧|' +
      `${combos('几块钱|几十块钱|几块钱的东西|几十块钱的东西|这点钱|这么点钱|就这么点钱|就这点钱', '还要怎样|还想|还要|也好意思|你想要|还挑')}|` +
      '听不懂吗|你听不懂|眼睛瞎了|眼睛瞎|识不识字|不识字|有病去医院|有病就去|有病去治|你妈没教|没家教|没教养|没素质|你真是个极品|极品买家|' +
      '奇葩买家|真是奇葩|你这个奇葩|二货|是二百五|个二百五|二百五吗|你不配|穷疯了|穷得叮当|没钱装|装什么大款|你的智商|你什么智商|' +
      '智商是不是|智商不够|没智商|智商低|小学没毕业|没文化|算哪根葱|关你屁事|屁事|找骂|欠骂|欠揍|找抽|欠抽|给你脸了|不买滚|不买就滚|不要就滚|瞎逼逼|逼逼|叽叽歪歪|唧唧歪歪|长点心',
    allow:
      '去死皮|去死角|去死细胞|去死茧|废物利用|废物回收|杂种狗|杂种优势|路口交|窗口交|出口交|入口交|港口交|接口交|门口交|' +
      '道口交|街口交|关口交|河口交|海口交|渡口交|口交通|' +
      '口交易|口交流|口交付|口交给|口交费|口交钱|口交接|口交界|口交换|口交还|口交货|口交叉|口交汇|口交税|口交单|' +
      '你有病历|你有病毒|是不是有病毒|是不是有病虫|有病虫|傻瓜相机|傻瓜式|傻蛋糕|你是猪肉|你是猪蹄|猪脑子汤|猪脑花|你蠢蠢欲|' +
      '神经病学|神经病理',
  },
  {
    category: 'abuse',
    ruleId: 'chat-abuse',
    severity: 'warn',
    // Mild words, dismissive and take-it-or-leave-it service: worth a second look.
    words:
      '他妈|tmd|卧槽|傻子|傻帽|说人话|滚犊子|滚粗|丑八怪|不要脸|混蛋|笨蛋|闭嘴|滚开|滚出去|' +
      '等着瞧|走着瞧|垃圾|屌丝|沙雕|艹|死开|傻缺|杠精|事儿精|就你事多|你事真多|老子不伺候|' +
      `${combos('|你', '爱买不买|爱要不要|爱退不退|爱咋咋地|爱咋咋滴|爱信不信|爱拍不拍')}|` +
      '不买就别问|不买别问|不买就别|不要拉倒|不要就拉倒|嫌贵就别买|嫌贵别买|嫌贵你就别|嫌弃就别买|嫌弃别买|不爽就别买|不爽你就别买|' +
      '不会用就别买|不会用别买|不缺你这一单|不缺你一个|不差你这一单|不差你一个|随你便|随便你$|^随便你|' +
      '你去投诉啊|你去投诉吧|有本事你去投诉|有本事投诉|有本事你投诉|投诉去吧|随便投诉|你投诉吧|' +
      '你烦不烦|烦不烦啊|有完没完|烦死了|别烦我|懒得理你|要你管|关我什么事|关我啥事|少废话|别废话|废话少说|废话真多|废话多|' +
      '别叨叨|别跟我扯|你这种人|问那么多干嘛|问那么多干什么|问这么多干嘛|自己不会看吗|你自己不会看|自己看去|不会自己看|^自己看$|' +
      '你是来搞笑的|来搞笑的吗|找茬的吧|你是来找茬|服了你了|吵什么吵|叫什么叫|' +
      '不买拉倒|拉倒吧|爱买别买|嫌贵去别家|嫌贵别家|去别家买吧|别家去买|差评随便给|随便差评|随便给差评|去投诉吧|你去告|去告吧|懒得跟你说|懒得说|' +
      '跟你说不清|跟你说不通|没法跟你说|找茬|来捣乱|是来捣乱|别捣乱|烦死人|浪费我时间|别浪费时间|你管得着|管得着吗|就知道问|别烦$|别烦了|别来烦|' +
      '你话真多|话真多|拉黑你|再bb|你以为你是谁|这么抠|抠就别|这都不会$|^神经$|' +
      // Only as a whole clause: "滚！", "草，又错了", "妈的，…" but not 滚筒, 草莓, 我妈的.
      '^滚$|^滚吧$|^草$|^妈的|^尼玛|尼玛的',
    allow:
      '傻子瓜子|他妈妈|滚开的水|滚开水|水滚开|垃圾袋|垃圾桶|垃圾篓|垃圾箱|垃圾分类|垃圾食品|垃圾车|垃圾处理|' +
      '垃圾清理|垃圾短信|垃圾邮件|垃圾站|垃圾堆|混蛋白|不买就别担心|不买就别急|找茬游戏|大家来找茬|懒得说明',
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
