/**
 * Context rules for product facts and the buyer's own use of an app (issue
 * 21, precision): a QR code printed on the goods that leads to a
 * traceability page, a device or an app download; payment-code hardware the
 * shop sells (台卡, 收款音箱, 扫码枪) that carries the buyer's own code; an
 * app a device runs (分屏, 投屏, 退出登录); a link shared to the buyer's own
 * friends (拼单); QQ as a mailbox provider; QQ inside a web address;
 * a style or series name. Read like context.ts's rules (first applying rule
 * decides), tried before its diverting ones; reasons and examples are in
 * context-products-notes.ts. Every rule gives way when the clause or the
 * sentence still offers a way to reach someone, a group, a reward or money
 * moved to the agent. QQ邮箱 is not passed but reported as an e-mail matter
 * (retag), as the label rules and every writer label it.
 */
import { SENTENCE_REACH, type ContextRule } from './context-rule';

/** What a code printed on the goods leads to: a product fact. */
const CODE_PURPOSE =
  /溯源|防伪|验真|真伪|验证页面|检疫|检测报告|产地|批次|能效|拼装动画|安装动画|组装动画|揽收码|取件码|面单|生产日期|版权方|添加设备|绑定设备|配网|连(?:接)?wifi|(?:app|软件)(?:里)?扫|下载(?:app|软件)|配套(?:的)?app|说明书电子版|儿歌|故事|点读|音频|朗读|印(?:上|在|到)|试扫|激活|签到|会议码|挪车|虚拟号|认证|证书|备案|登记|保修|执照(?:照片)?上|信用信息|公示|药监|合格证|许可证|录(?:一段)?(?:语音|音|视频)|祝福|不影响[^，。!?]{0,6}扫|图案|装饰|印花|点餐|菜单|反光|模糊|分辨率|打印出来|清晰度|像素|防丢|走失|主人(?:的)?(?:信息|电话)/;
/** A reward, a group, a contact or money moved beside the code: it is not only a product fact. */
const CODE_LURE = /(?:重新|再)发|发(?:给)?[你您]|加我|找我|联系我|私聊|私信|红包|返现|群|领(?![域口子带])|送[你您]|送(?:一|两|\d|个)|就(?:有|送|能领)|客服|加个|加上|优惠|便宜|下单|付款|转账|公众号|关注|客服号|扫我|加了我/;
/** Hardware a shop sells that carries the buyer's own payment code. */
export const MERCHANT_GEAR = /台卡|桌牌|桌卡|立牌|码牌|收款音箱|音箱|扫码枪|扫码盒|扫码器|商家版|商家收款码|收银|收款机|亚克力|即插即用|印(?:您|你)(?:自己)?的(?:个人)?收款码|定制款|手机壳|壳子|卡套|卡包/;
export const MERCHANT_UNLESS = /给我|付给|扫我|我的|我这|转|发我|付\d|补|退|差价|运费|红包|加(?!设备)|好友|私聊|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/;
/** Money moved to the agent or an invitation: the code is a payment to us, not a product. */
export const PAID_TO_US = /付给我|转给我|转我|扫我|给我付|扫这个码付|加我|私聊|差价|运费|补[你您]|退[你您]/;
/** A device or the buyer's own machine. */
const DEVICE = /手表|手环|平板|学习机|投影|电视|音箱|二手机|手机(?!号)|电脑|笔记本|摄像头|体脂秤|标签机|打印机|车机|考勤机|打卡机|(?<![码价报列图])表上|出厂设置|app里/;
/** An id (letters with a digit or underscore, or a long number): a way to reach someone. */
/** The apps a device runs or a payment stand carries (the rules that read them skip every other contact word). */
const APP_NAMES = ['微信', 'qq', 'wechat', '微博', '钉钉', '支付宝', '微信支付', '微信付', '支付宝付', '支付宝支付', 'zfb', '陌陌'];
/** An app's own feature named right after it (QQ截图, 微信远程控制, 和微信的游戏加速, 微信扫码, 微信视频号). */
const APP_FEATURE =
  /^(?:[和、/及]?(?:qq|微信|支付宝|钉钉))*(?:的)?(?:截图|截屏|语音通话|视频通话|语音|通话|远程控制|远程|游戏加速|加速|多开|分身|双开|扫码|扫一扫|视频号|快捷键|通知|消息提醒|会议|开会|网课)/;
/** The goods or a feature of them named in the sentence. */
export const FEATURE_GOODS =
  /键盘|鼠标|快捷键|侧键|按键|路由器|洗衣机|空调|冰箱|扫地机|音箱|扬声器|耳机|麦克风|手机壳|支架|屏幕|镜头|摄像头|电脑|平板|手表|手环|电视|投影|设备|机器|机身|功能|模式|支持|兼容|不影响/;
/** A way to reach the agent beside the feature (加 as in 加速 / 加热 is not one). */
export const FEATURE_REACHES = /加(?![速热湿厚长大固绒宽高])|找我|联系|私聊|我的|发我|给我|号是|号码|转账|转给|红包|群|领|返|下单|便宜|折扣/;
export const AN_ID = /[a-z]*[0-9_][a-z0-9_-]{3,}|\d{5,}/;
const REACHES = /加|找我|联系|私聊|我的|发我|给我|号是|号码|转|红包|群|领|返|店|下单|买|便宜|折扣/;

export const PRODUCT_RULES: readonly ContextRule[] = [
  {
    id: 'platform-scan',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['扫一扫', '扫码', '二维码'],
    // The platform's own scanner a few words on (在拼多多App里点搜索框旁边的“扫一扫”, 打开拼多多首页的扫一扫).
    before: /(?:拼多多|pdd|平台)\s?(?:app)?[^,。!?]{0,12}?$/,
    unless: /微信|支付宝|qq|加|好友|群|付款给|转|便宜|领|返|红包|私/,
  },  {
    id: 'product-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    sentence: CODE_PURPOSE,
    unless: /加(?!工|设备)|好友(?!用)|领(?![口子带])|红包|返|群|关注|付款|支付|转账|客服|私聊|[a-z]*[0-9_][a-z0-9_]{4,}/,
    sentenceUnless: CODE_LURE,
  },

  {
    id: 'merchant-code',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['qrcode'],
    tokens: ['收款码', '付款码', '收钱码', '二维码', '收款二维码', '付款二维码', '扫码', '扫码支付', '扫码付款'],
    sentence: MERCHANT_GEAR,
    unless: MERCHANT_UNLESS,
    sentenceUnless: PAID_TO_US,
  },
  {
    id: 'merchant-app',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: APP_NAMES,
    // The app whose code or merchant account the gear carries (放微信收款码, 扫码枪能扫微信、支付宝付款码, 微信商家版).
    after: /^宝?(?:[、和/及]?(?:支付宝|云闪付|银联|数字人民币|微信))*(?:的)?(?:扫码)?(?:收款|付款|商家|到账|款码|(?:两|三)?个码)/,
    sentence: MERCHANT_GEAR,
    unless: MERCHANT_UNLESS,
    sentenceUnless: PAID_TO_US,
  },

  {
    id: 'device-app',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: APP_NAMES,
    near: /分屏|投屏|投$|装(?:qq|微信|支付宝|钉钉)?[和、]?$|退出|登录|出厂|消息|来电|提醒|通知|能看|能用|能装|自带|预装|打印|连接|连上|商家版|小程序|回复$|^也(?:行|可以|支持|能)|^里的(?:文件|文档|图片|照片|视频)/,
    sentence: DEVICE,
    unless: new RegExp(`${REACHES.source}|${AN_ID.source}`),
    sentenceUnless: /加我|找我|联系我|私聊|私信|下单|购买|店铺|便宜|折扣|优惠|群/,
  },
  {
    // A feature of the goods that works with an app (键盘一键调出QQ截图, 洗衣机有微信远程控制功能, 路由器支持QQ和微信的游戏加速模式,
    // 音箱在QQ语音通话时当扬声器, 手机壳不影响微信扫码, 支架上刷微信视频号): the app's own feature, not a way to reach the agent.
    id: 'app-feature',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: APP_NAMES,
    after: APP_FEATURE,
    sentence: FEATURE_GOODS,
    unless: new RegExp(`${FEATURE_REACHES.source}|${AN_ID.source}`),
    sentenceUnless: /加我|找我|联系我|私聊|私信|下单|店铺|便宜|折扣|优惠|群|关注/,
  },
  {
    // The buyer's own app scanning a code on the goods that shows a product fact (用微信扫一下包装上的码可以看安装视频).
    id: 'scan-with-app',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: APP_NAMES,
    after: /^(?:扫一扫|扫码|扫(?:一下|下)?)/,
    sentence: new RegExp(`${CODE_PURPOSE.source}|安装视频|教程|使用方法|说明书`),
    unless: new RegExp(`${FEATURE_REACHES.source}|${AN_ID.source}`),
    sentenceUnless: CODE_LURE,
  },
  {
    // Watching WeChat Channels on the goods (手机支架夹住屏幕，刷微信视频号、看剧都稳): content the buyer watches, not our channel.
    id: 'app-watch',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['视频号'],
    before: /(?:刷|看|逛)(?:微信)?$/,
    sentence: FEATURE_GOODS,
    unless: new RegExp(`${FEATURE_REACHES.source}|${AN_ID.source}|我们|店`),
    sentenceUnless: /加我|找我|联系我|私聊|私信|下单|便宜|群|关注/,
  },
  {
    id: 'share-own',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['微信', 'wechat', '微信好友'],
    before: /(?:分享|转发|发|复制|粘贴)(?:到|给)$/,
    after: /^(?:好友|群|朋友圈)?[^我]{0,6}?(?:家人|朋友|好友|亲友|一起拼|拼单|成团)/,
    unless: /我|客服|加|号|[a-z]*[0-9_][a-z0-9_]{4,}/,
    sentenceUnless: /加我|找我|联系我|私聊|返现|红包/,
  },
  {
    // A link or mini-program the buyer's friend forwarded (您朋友转发的微信链接打开就是我们店): it opens the shop on the platform.
    id: 'share-received',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['微信', 'wechat'],
    before: /(?:朋友|家人|好友|同事|[你您])[^,。!?]{0,4}(?:转发|分享|发)(?:给[你您])?的$/,
    after: /^(?:里的|上的)?(?:链接|小程序|卡片|拼单)/,
    unless: /我的|加|号|[a-z]*[0-9_][a-z0-9_]{4,}/,
  },
  {
    // What a child's or an elder's device can do with an app (电话手表可以加微信好友吗？可以的): a product question, not an invitation.
    id: 'device-add',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['加微', '微信', 'qq', '加qq', '加q'],
    before: /(?:手表|手环|平板|学习机|老人机|儿童机|故事机)[^,。!?]{0,6}(?:可以|能|支持|能不能|可不可以|会不会)(?:加)?$/,
    unless: /我|客服|[a-z]*[0-9_][a-z0-9_]{4,}|\d{5,}/,
  },
  {
    id: 'link-host',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact', 'platform'],
    // Not douyin: a link to another platform is url + platform (the label rules' overlaps). Baidu's netdisk inside a host
    // (pan.baidu.com/s/…, yun.baidu.com, pan点baidu点com) is the link alone: six tuning writers label it url only (w13, w14,
    // w21, w26, w28, w31), two url + platform (w15, phrases.json); 百度网盘 written in Chinese stays a platform.
    tokens: ['qq', 'wx', 'vx', 'weixin', 'baidu'],
    before: /(?:https?:\/\/|www\.|[a-z0-9-](?:\.|点))$/,
    // mp.weixin.qq.com: the host may go on for more labels.
    after: /^[a-z0-9-]*(?:(?:\.|点)[a-z0-9-]+)*(?:\.|点)(?:com|cn|net|cc|org|io|me|top)(?:\/|$|\s)/,
  },  {
    id: 'mail-provider',
    reach: SENTENCE_REACH,
    effect: 'retag',
    retag: { category: 'email', ruleId: 'chat-third-party' },
    categories: ['contact'],
    tokens: ['qq', '扣扣'],
    after: /^\s?(?:邮箱|邮件|mail|\.com|点com)/,
    unless: /qq号|加(?:我|个|一下)?qq/,
    // The QQ number asked for beside the mailbox (发你QQ邮箱，给个号) is a contact as well.
    sentenceUnless: /给个号|(?<!邮箱)号码?(?:发我|报一下|多少)|qq号/,
  },

  {
    id: 'style-name',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact', 'platform'],
    tokens: ['qq', 'vx', 'wx', 'wechat', 'tb', 'jd', 'dy'],
    near: /(?:款|系列|型号)叫$|(?:写着|印着|标着)[“"']?$|^[\u4e00-\u9fa5a-z0-9-]{0,4}[”"']?(?:是|叫)[^,。!?]{0,8}?(?:款名|系列名|款式名|型号名|系列|型号|品名|款式)/,
    sentence: /款名|系列名|款式名|型号|系列|款式|品名/,
    unless: /加|号是|账号|私聊|联系|找我|\d{5,}/,
  },
  {
    id: 'courier-contact',
    reach: SENTENCE_REACH,
    effect: 'pass',
    categories: ['contact'],
    tokens: ['联系方式'],
    // 他的 after the courier named earlier (您的快递员是张师傅，平台物流页面有他的联系方式).
    before: /(?:快递员|派送员|配送员|快递小哥|小哥|骑手|司机|快递(?:公司)?|(?:安装|维修|上门)?师傅|[他她])(?:的)?$/,
    // Or the brand's after-sales sends it by text message (师傅联系方式到货后由品牌售后短信发给您).
    sentence: /平台|物流(?:页面|详情|信息)|订单(?:详情|页面)|短信|品牌(?:方)?(?:售后|客服)|厂家(?:售后|客服)/,
    unless: /发我|给我|我的|加|私/,
  },
];
