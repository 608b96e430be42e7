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
import { ABUSE_GROUPS } from './dictionary-abuse';
import { combos } from './dictionary-combos';
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
      '淘宝|淘寳|taobao|tb|桃宝|掏宝|陶宝|淘bao|tao宝|某宝|淘口令|淘特|天猫|tmall|天喵|tianmao|某猫|京东|jingdong|jd|狗东|某东|京d|' +
      '美丽说|meilishuo|百度|baidu|度娘|抖音|douyin|抖y|斗音|抖阴|dou音|tiktok|快手|kuaishou|闲鱼|xianyu|vipshop|' +
      '我们另外一家店|我们另一家店|我们另外的店|我们另一个店|我们家另一个店|走1688|去1688|上1688|1688上|1688批发|weipinhui|1688|阿里巴巴|alibaba|苏宁|suning|xiaohongshu|亚马逊|amazon|得物|蘑菇街|当当网|微店|聚美优品|考拉海购|' +
      // Slang and aliases (issue 21): 海鲜市场 / 某鱼 for 闲鱼, 抖店 for Douyin shops, 猫超, 红书, wholesale sites.
      '海鲜市场|某鱼|闲yu|抖店|抖音小店|某音|某手|红书|小红薯|某书|猫超|猫店|t猫|淘系|' +
      '淘工厂|阿里批发|批发网|义乌购|唯品|东哥家|马爸爸家|马云家|东子家|强东家|淘淘搜|淘淘上有店|淘淘上搜|淘淘上同款|东东也有店|东东上有店|东东旗舰店|小黄鱼上|去小黄鱼|在小黄鱼|去小鱼上|小鱼上看看|小鱼上搜|小鱼上找|小鱼上挂|t宝|猫上搜|猫上买|猫上旗舰|猫上有旗舰|猫上有店|猫上有我们|猫旗舰店|猫家旗舰|某夕夕|某多多之外|dy直播|dy小店|dy上|dy搜|' +
      // A heart inside a name reads 心 (微❤信 is 微心信): 淘💗宝.
      '淘心宝|天心猫|京心东|闲心鱼|抖心音|京dong|jing东|天cat|tian猫|抖yin|xian鱼|咸yu|' +
      // 抖🎵 (the note reads 抖), 小🍠 (the sweet potato reads 薯) for 小红书.
      '抖抖搜|抖抖号|抖抖直播|小薯上|小薯搜|小薯号|小薯笔记|' +
      // 闲鱼 as 鱼 (挂鱼上), 淘宝 as the orange app, 得物 by its old name 毒, 抖音 as dy.
      '在鱼上也|鱼上也能|鱼上找|鱼上有我们|挂鱼上|去鱼上|鱼上卖|鱼上买|鱼上搜|鱼上出|鱼上收|橙色软件|橙色app|橙色的软件|毒app|在dy|去dy|dy有|' +
      // The twenty-eighth writer: smaller shops (有赞, 多抓鱼, 当当), 天猫 as TM旗舰, 京东 as 东东平台, 淘宝 as 橙色那个app; later ones (w14, w28, w30): ta0bao, 桃bao, dou店, 挂小黄鱼.
      '有赞商城|有赞店|有赞上|有赞小店|在有赞|去有赞|多抓鱼|tao上|在tao|去tao|别的平台也有|其他平台也有|另一个平台|另外一个平台|多多以外的店|多多以外的平台|拼夕夕外|当当上|在当当|去当当|当当店|tm旗舰|东东平台|红色的东东|橙色那个app|橙色那个软件|橙色的app|ta0bao|tao8ao|桃bao|掏bao|陶bao|淘tao|tao也有店|dou店|挂小黄鱼|小黄鱼卖',
    allow:
      `抖音号|快手号|小红书号|北京东|南京东|东京东|狗东西|某东西|淘宝贝|${combos('快手', '菜|早餐|饭|汤|面|快脚')}|1688元|1688块|` +
      '¥1688|1688起|1688号|1688弄|1688栋|价1688|微店铺|美丽说明|' +
      // 觉得物流, 记得物品: 得物 across a word boundary.
      combos('得物', '流|品|件|美|超|有所|资'),
  },
  {
    category: 'platform',
    ruleId: 'chat-platform',
    severity: 'warn',
    // Also ordinary words (salted fish) or not shopping rivals: worth a look, not a hold.
    words: '咸鱼|美团|饿了么|鱼塘|盒马|叮咚买菜|去叮咚|叮咚看看',
    allow: '鱼塘里|鱼塘边|养鱼塘|鱼塘用|鱼塘增氧|鱼塘清|咸鱼干|咸鱼饭|腌咸鱼|咸鱼翻身|咸鱼茄子|咸鱼块|咸鱼肉|咸鱼味|咸鱼片|咸鱼鸡粒|梅香咸鱼',
  },
  {
    category: 'contact',
    ruleId: 'chat-contact',
    severity: 'block',
    words:
      // Slang (issue 21): 绿色软件 / 绿泡泡 for WeChat, 小企鹅 / 鹅号 for QQ, another account of ours.
      '绿色软件|绿泡泡|绿色app|绿色聊天软件|小绿泡|鹅号|口口号|抠抠号|抖音号|快手号|小红书号|微博号|私人号|私人微|私号|' +
      '另一个号|别的号|小号加|工作号加|加一下我的v|加下我的v|发你个名片|发个名片|推个名片|推名片|威锌|薇锌|微锌|绿色的软件|绿色的app|私信我小号|加我小号|私人小号|工作小号|薇芯|威芯|加个企鹅|企鹅聊|q聊|加个q|' +
      `${WECHAT}|wechat|vx|wx|wxid|加v|加个v|加我v|加一下v|加下v|加我的v|同v|v我|加微|加个微|加一下微|加下微|加薇|嘉薇:|同微|koukou|扣扣上说|扣扣上聊|扣扣上找|扣扣上加|🐧上|🐧号|🐧里|客服🐧|🐧找我|🐧联系|加🐧|qq|qq号|qq群|扣扣|企鹅号|加企鹅|企鹅群|球球号|加球球|q号|加q|加一下q|加下q|` +
      'q我|关注我们公众号|关注我们的公众号|关注公众号|我们公众号|我们的公众号|公众号搜|gzh|支付宝|zhifubao|zfb|吱付宝|支负宝|支附宝|陌陌|钉钉|加个好友|加我好友|加好友|加个徽|加个威|加个薇|' +
      // More aliases (卫星号 and 微号 for a WeChat id, 私域 for the shop's private channel, WeChat Channels, foreign chat apps) and
      // a friend request to a named person (加上好友, 加客服好友).
      '卫星号|微号|私下微我|微我一下|微我吧|微言|私域|视频号|gong众号|whatsapp|telegram|加上好友|加客服好友|加老师好友|加店长好友|' +
      // v asked for or given as WeChat without 加 before it, and Telegram as tg (the sixteenth and seventeenth writers):
      // 留个v吗, 您有v吗我加您, 我v就是那个手机号, tg找我; V领, V字 and 有V领吗 stay clean.
      // The twentieth and twenty-first writers: vei信, 加卫星 (卫星 for 微信), 飞机号 (Telegram), Line, 微群 / 扣群 (a WeChat / QQ group).
      '搜一下公众号|搜公众号|搜索公众号|vei信|加卫星|卫星上聊|飞机号|纸飞机号|line id|lineid|加line|微群|扣群|企鹅群号|' +
      // The twenty-second and twenty-third writers: Telegram as 飞机 / tele, DingTalk as 丁丁, WeChat as vivi / 薇 / 绿色那个软件, QQ as 蔻蔻.
      '飞机上找我|飞机上联系|飞机上搜|飞机上加|tele搜|tele上找|tele号|丁丁上找我|丁丁上联系|丁丁上聊|丁丁号|vivi号|加个vivi|加vivi|蔻蔻号|寇寇号|' +
      '老板的薇|店长的薇|我的薇|绿色那个聊天软件|绿色那个软件|绿色那个app|那个绿色的软件|那个绿色软件|' +
      '留个v吗|留个v呗|留个v号|加下我v|加一下我v|你有v吗|您有v吗|有v吗我加|我v就是|我的v就是|v同手机|v就是手机号|tg找我|tg联系|tg上找|tg号|加tg|加个tg|' +
      // The twenty-sixth and twenty-seventh writers: 卫星 / vie信 / vvv for WeChat and the V as a place to talk (去V上说), Line and 围脖 (微博)
      // as places to find us, a group's owner to add, the agent's own Moments to look at (我朋友圈天天发新款, 看我朋友圈).
      '卫星同名|卫星同号|卫星搜|卫星上找|卫星上加|卫星上联系|vie信|vi信|vvv|v上说|v上聊|v上找|v上联系|v上细说|去v上|v里说|v里聊|进v群|' +
      'line上找|line上联系|line上聊|line上加|line上搜|line号|围脖私信|围脖号|围脖搜|围脖上搜|围脖上找|围脖上联系|围脖私聊|' +
      '加群主|加一下群主|加下群主|加个群主|看我朋友圈|看我的朋友圈|翻我朋友圈|我朋友圈天天|我朋友圈每天|我朋友圈都有|我朋友圈里有|朋友圈通知|纸飞机上搜|纸飞机上找|飞机上搜|群在纸飞机|群在飞机上|纸飞机群|' +
      // Lark (飞书) as a chat to move to, v+ before an id, 加一下我 (the twenty-seventh writer); v号 before an id is a handle (links.ts).
      '群在飞书|飞书群|飞书上找我|飞书上联系|飞书号|加飞书|v加|加一下我|加下我|' +
      // The twenty-eighth writer: 围信, Soul and YY as places to find us, 你V给我, QQ as the blue penguin, WeChat as the green icon; the thirty-first: 歪信, a V id that is the phone number, a photo sent 走V (a contact, not a payment: intent.ts PAY), 换个地方聊.
      '歪信|v号同手机|走v发|换个地方聊|换个地方说|换个地方细聊|换个地儿聊|围信|威号|小绿书|私我小号|b站私信|b站号|b站上找我|b站搜我|飞书搜|飞书上搜|soul上|soul号|soul搜|yy频道|yy号|v给我|小企鹅上|蓝色小企鹅|企鹅上搜|绿色图标的软件|绿色图标那个|绿色图标的app',
    allow:
      '隐私号|小微信贷|微信好友代付|找微信好友代付|钉钉子|扣扣子|纽扣扣|扣扣上|扣扣好|扣扣紧|扣扣眼|口感qq|加微辣|加微量|加微波|加微调|加微微|飞机上找我们|飞机上加热|蔷薇|丁丁号码|' +
      'v加绒|v加厚|v加长|v加大|加一下我们|加下我们|微信任我|权威号|威号召|充到别的号|充成别的号|充进别的号|围信号|周围信|范围信|氛围信|外围信|包围信|微信码|微信二维码', // WeChat naming a code (微信码) is the code's finding (qrcode), as the writers label it.
  },
  {
    category: 'contact',
    ruleId: 'chat-contact',
    severity: 'warn',
    // 微信支付 is how many buyers pay on the platform itself; the word still
    // trips keyword checks, so it warns rather than holds. Negated warnings
    // ("请勿私下交易") still name the thing and are flagged mildly.
    words: '加我|私聊|联系方式|微博|微信支付|微信付|微信零钱|支付宝支付|支付宝付|支付宝余额|站外',
    allow: '加我们|收货联系方式',
  },
  {
    category: 'phone',
    ruleId: 'chat-contact',
    severity: 'block',
    // Asking for a number or to be called outside the platform (RULES §2): the number itself is found by numbers.ts.
    words:
      '手机号多少|电话多少|号码多少|留个电话|留个手机|留个号码|留下电话|留下号码|留下手机|电话发我|手机号发我|号码发我|' +
      '打我电话|打我手机|给我打电话|给我打个电话|打个电话给我|打电话给我|电话联系我|留个联系电话|留一下电话|留一下手机|' +
      '打给你细说|打给您细说|电话里细说|电话里跟你说|电话里跟您说|手机号给我|号码给我|报一下手机号|报个手机号|手机多少|发个电话|电话留一下|把电话留|电话号码留|留一下号码',
    allow:
      // Buyers complain that the courier did not call: not an invitation to call.
      `${combos('没|不|没有|员|递|傅', '打我电话')}|${combos('没|不|没有|员|递|傅|他|她', '给我打电话')}|单号码多少`,
  },
  {
    category: 'email',
    ruleId: 'chat-third-party',
    severity: 'block',
    // Asking for an e-mail address (the address itself is found by links.ts / intent.ts).
    words: '邮箱给我|把您邮箱|把你邮箱|邮箱留一下|发个邮箱|发我邮箱|发到我邮箱|发我的邮箱|邮箱发我|加我邮箱|邮箱地址|邮箱多少|留个邮箱|留一下邮箱|留下邮箱|发一下邮箱|您的邮箱发|你的邮箱发|邮箱报一下|邮箱写一下|邮箱写给我|把邮箱写|邮箱写在这|告诉我邮箱|邮箱发一下|邮箱给一下',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'block',
    words:
      '收款二维码|付款二维码|收钱码|二w码|二维码|二唯码|二微码|二v码|二wei码|2维码|二纬码|扫码加|扫一扫|长按识别|识别二维码|收款码|付款码|qr码|qrcode|扫码支付|扫码付款|扫码进群|扫码关注|' +
      '发张码给你|发张码给您|发个码给你|发个码给您|发你个码|发您个码|扫这个码|扫一下这个码|扫下这个码|扫个码|扫下码|扫一下码|扫我的码|码发你|发你码|扫码领|扫码添加|长按图片识别|识别图中|识别图片中|' +
      // 马 for 码 (a homophone, as 🐎 folds to 码; the w16 and w17 writers): only where 码 is the code.
      // A code named by what it is for, without 二维 (赞赏码, 个人码, 群码, 码子发你了), 玛 for 码, 收kuan码 (w20).
      '扫这个付|扫ma|赞赏码|个人码|群码|码子发|收钱的码|收钱的玛|收钱的马|收kuan码|收款玛|二维玛|扫这个玛|二维马|收款马|收钱马|付款马|扫这个马|扫这个收款马|扫我这个马|扫我这个收款马|扫一下这个马|扫个马|erweima|' +
      // 马 / 吗 for 码 where the scan leads on (扫马进群, 扫这个吗领取), 二维吗, ewm (its initials), a code saved to scan from the album (the twenty-sixth writer).
      '扫马进|扫马加|扫马领|扫马关注|扫马付|扫这个吗领|扫这个吗加|扫这个吗付|扫这个吗进|二维吗|ewm|去相册识别|相册识别一下|相册里识别一下|保存这个码|保存这个二维码|保存下这个码|码保存到相册|' +
      // The thirty-first writer: 贰 for 二, a code named by what it opens (名片码, 微信码, 小程序码, 加好友的码, 头像就是码), a code in a picture scanned (扫👉图中码👈), a bare 码 sent (码 发 您 了), 马 after a scan and a place (扫描下面这个马).
      `贰维码|名片码|微信码|小程序码|好友的码|加我的码|头像就是码|头像是码|图中码|图中的码|^码发您|^码发给您|^码发给你|${combos('扫|扫一下|扫下', '图里的码|图片里的码|图上的码|图里那个码')}|扫描下面这个马|扫下面这个马|扫描这个马|扫描下面的马|扫下面的马|扫我发的这个马|扫我发的马|扫我的马|扫我收款的|扫我收钱的|saoma`,
    allow: '人群码|个人码数|每个人码|尺码子发|号码子发|二维马上|收款马上|收钱马上|付款马上|扫这个马上|扫个马上|扫描这个马上|扫描下面这个马上|扫下面这个马上|扫我发的这个马上|扫我发的马上|扫我的马上|号码发你|号码发给你|号码发您|二维码是防伪|防伪的二维码|防伪二维码|扫码验真|扫码验证|扫码查询真伪|扫码防伪|扫码溯源',
  },
  {
    category: 'qrcode',
    ruleId: 'chat-third-party',
    severity: 'warn',
    words: '扫码',
    allow: '扫码充电|扫码开锁|扫码解锁|扫码开门|扫码听|扫码点餐|扫码看视频|扫码观看|扫码收听|二维码您自己打印|二维码自己打印|扫码枪|扫码器|扫码机|扫码盒|扫码验真|扫码验证|扫码查询真伪|扫码防伪|扫码溯源',
  },
  {
    category: 'bank',
    ruleId: 'chat-third-party',
    severity: 'block',
    words:
      '银行卡号|卡号是|卡号为|卡号发|卡号我发|卡号给|卡号私|开户行|收款账户|收款账号|收款人账户|对公账户|对公转账|转账到|' +
      '转给我卡|钱转到我|打款到|汇款到|汇到我|银行转账|户名|' +
      // Asking for the buyer's card or Alipay account to move money (a refund goes back the way it was paid).
      '银行卡发我|银行卡给我|发个银行卡|留个银行卡|提供银行卡|提供一下银行卡|报一下卡号|卡号多少|支付宝账号发我|支付宝账号给我|' +
      '支付宝账号多少|留个支付宝|支付宝号发我|报一下支付宝|支付宝是多少|支付宝多少|支付宝号多少|支付宝账号是多少|' +
      // The card or Alipay account asked for in any order (卡号报给我, 发下卡号, 您支付宝叫什么).
      `${combos('卡号|银行卡|银行卡号|支付宝账号|支付宝号|支付宝账户|zfb|zfb号|zfb账号|zhifubao|收款码|微信收款码|收款二维码|收款账号|卡号和名字|卡号和姓名|卡号和户名', '报给我|报我|发给我|给我发|私发我|发我|报一下|发一下|发下|报下|是啥|拍照发我|发来|发过来|截图给我|给我一个')}|` +
      `${combos('发下|报下|发一下|报一下|告诉我|给我|报个|给个|发个', '卡号|银行卡号|银行卡|支付宝账号|收款账号|支付宝')}|支付宝叫什么|支付宝叫啥|卡上给你|卡上给您|扫店里收款码|扫我收款码|扫我的收款码|扫这个收款码|支付宝名字|支付宝实名|` +
      '卡号|打你卡上|打您卡上|打到你卡|打到您卡|打你卡里|打您卡里|转你卡上|转您卡上|转到你卡|转到您卡|打到卡里|打到卡上|转到卡里|转到卡上|汇到你卡|汇到您卡|' +
      '拿银行卡退|用银行卡退|银行卡退你|银行卡退您|银行卡发来|卡发来|云闪付给我|云闪付账号|云闪付号|' +
      '收款的卡|收款卡号|收款信息发|收款信息给|收款信息报|收款人写|收款人叫|收款人填|能收钱的|收钱的账|收钱的卡|收钱的号|给个账户|留个账户|发个账户|报个账户|' +
      '私人支付宝|个人支付宝|私人账户|私人卡|个人银行卡|付款软件的账号|支付软件的账号|网银打过去|网银转过去|网银打给|网银转给|' +
      // Tenpay (WeChat's payment account) named as an account (the seventeenth writer); 财付通 alone names how a buyer paid.
      '财付通账户|财付通账号|财付通号|tenpay_',
    // Money into "my Alipay / WeChat" with no account given is a deal (RULES §3b), not a bank detail.
    allow:
      '礼品卡的卡号|会员卡的卡号|购物卡的卡号|储值卡的卡号|充值卡的卡号|油卡的卡号|卡号和密码|卡号和卡密|卡号密码|会员卡号是|会员卡号为|会员卡号|储值卡号|购物卡号|积分卡号|礼品卡号|充值卡号|sim卡号|电话卡号|手机卡号|卡号卡密|加油卡号|油卡卡号|京东卡号|超市卡号|公交卡号|校园卡号|饭卡号|门禁卡号|就诊卡号|医保卡号|社保卡号|游戏卡号|' +
      '原路打到您卡|原路打到你卡|原路转到您卡|原路转到你卡|原路打到卡|原路转到卡|用户名是|用户名为|用户名|转账到我支付宝|转账到我微信',
  },
  {
    category: 'deal',
    ruleId: 'chat-contact',
    severity: 'block',
    // Dealing off the platform and paid reviews (issue 21); patterns without a word are in intent.ts.
    words:
      '返现|好评返|晒图返|追评返|五星返|返利|刷单|刷个单|补单|私单|返佣|佣金|返点|做任务|兼职|帮忙拍一单|帮忙拍单|个人渠道|私人渠道|平台以外|平台之外|现金交易|当面交易|见面交易|私下退款|私下补偿|私下给你|' +
      // Trading or paying off the platform (RULES §3b: deal, not contact; moved from contact and bank).
      '朋友圈下单|在我朋友圈|朋友圈里下单|朋友圈里买|微信下单|微信上下单|微信里下单|私聊下单|私信下单|自己交易|咱们自己商量|自己商量着来|不用平台处理|平台那边就不走|不通过店铺|不通过平台|不用在店里拍|不用在店铺拍|比店铺里低|比店里便宜|比拍便宜|内部价|内部渠道|特价通道|自己掏腰包给|钱我自己出|我自己给您退|我自己给你退|直接跟我拿|重新找我拿|找我拿|您跟我买|你跟我买|' +
      '直接给您钱|直接给你钱|退到别的地方|退到别处|扫了付款|扫了直接付|扫我这个码付|另外给您补|另外给你补|给您打折|给你打折|hp返|好评返x|现金结算|来厂里拿货|到厂里拿货|直接来厂里|私信返|私聊返|私信领|私聊领|h评返|直接退你卡|直接退您卡|直接打你卡|直接打您卡|私人给你|私人给您|发来我转|发过来我转|' +
      '私下交易|线下交易|站外交易|绕过平台|脱离平台|平台外交易|平台外付款|平台外下单|不在平台上拍|不在平台下单|不在平台买|' +
      '不用在平台下单|别在平台下单|转账给我|直接转账|线下转账|私下转账|' +
      '付现金|给现金|现金付|现金给我|当面付|走个人|不走店铺|走我个人|个人收款|单独发一件|单独给您发|单独给你发|私下发货|私下给您发|私下给你发|走私账|走私人账|走对私|私下寄给您|私下寄给你|来我们实体店|来实体店买|实体店买更便宜|来店里买|到店里买|来我们门店|下载我们自己的app|我们自己的app|我们官网下单|去我们官网买|单独给你报价|单独给您报价|fan现|返xian|好评fx|hpfx',
    allow: '返现活动结束|平台返现|官方返现|推广佣金|佣金返给推广|佣金比例|佣金率',
  },
  {
    category: 'deal',
    ruleId: 'chat-contact',
    severity: 'warn',
    // The platform has its own 红包 (店铺红包, 平台红包): worth a look, not a hold.
    // A group outside the chat (拉群, 进群领券) is dealing off the platform too (RULES §3b).
    words: '红包|线下|私下|加群|进群',
    allow: '红包装|红包用的|红包袋|红包封|红包利是|利是封|红包纸|红包皮|红包可以在店铺|红包在店铺|元红包|块红包|平台红包|店铺红包|红包雨|拼多多红包|多多红包|领取红包|无门槛红包|线下门店可|线下体验|私下里|线下活动|线下经销商|线下的经销商|参加群|增加群|先进群|私下加|私下联系|私下聊',
  },
  ...ABUSE_GROUPS,
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
