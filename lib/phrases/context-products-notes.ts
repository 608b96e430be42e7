/**
 * Why each rule of context-products.ts exists, and the sentences it decides
 * and leaves to other rules ("[word]" marks the dictionary word); merged into
 * CONTEXT_NOTES (context-notes.ts). The examples are our own lines, not
 * corpus text. Not imported by the chat content script.
 */
import type { ContextNote } from './context-notes';

export const PRODUCT_NOTES: Readonly<Record<string, ContextNote>> = {
  'product-code': {
    reason: '商品上印的二维码：溯源、防伪验真、检疫信息、能效标识、拼装动画、绑定设备、下载配套App、定制印刷、激活、签到、挪车、认证证书、备案、保修登记、装饰图案、印刷清晰度，是商品本身的说明（扫码加好友、进群、领红包、把码发给买家仍拦截）',
    reasonEn: 'a code printed on the goods for traceability, an authenticity check, quarantine data, an energy label, an assembly video, device binding or the companion app is a product fact (a code to add a friend, join a group or get a reward still holds)',
    examples: {
      decides: ['这袋大米的[二维码]是溯源码，扫出来是产地和批次', '定位器的[二维码]扫了可以下载配套App', '空调上的[二维码]扫了是能效信息，可以验真', '杯子上的[二维码]印上去以后我们先试扫一遍', '挪车牌的[二维码]扫了走虚拟号，不露您的号码', '说明卡的[二维码]扫一下激活电子质保', '展会用的[二维码]签到牌可以做成亚克力的', '卫衣上的[二维码]是装饰图案', '护肤品盒上有备案[二维码]，扫出来是药监局信息'],
      leaves: ['瓶身上的[二维码]扫了进群领红包', '[二维码]模糊的话我重新发您一张', '[二维码]印在卡片上了，扫了加我领券', '扫码看产地，[扫码]还能领优惠券', '[二维码]在包装盒里面'],
    },
  },
  'platform-scan': {
    reason: '用拼多多App扫一扫：码打开的是平台自己的页面',
    reasonEn: "scanning with the Pinduoduo app opens the platform's own page",
    examples: { decides: ['用拼多多App[扫一扫]卡片上的码就能进店'], leaves: ['用微信[扫一扫]卡片上的码加我'] },
  },
  'merchant-code': {
    reason: '商品就是收款台卡、收款音箱、扫码枪：说的是买家自己的收款码装在哪里，不是让买家付钱给客服',
    reasonEn: "the goods are a payment stand, a payment speaker or a scanner: the buyer's own payment code, not a payment to the agent",
    examples: {
      decides: ['这款台卡正面放您的[收款码]，背面放营业执照', '收款音箱绑定您自己的商家[收款码]就能播报'],
      leaves: ['运费扫我[收款码]付一下', '台卡到了吗？差价扫我的[收款码]'],
    },
  },
  'merchant-print': {
    reason: '买家上传自己的个人收款码让我们印在立牌、水杯上：说的是定制商品，不是让买家付钱给客服',
    reasonEn: "the buyer's own payment code uploaded for us to print on a stand or a cup: a custom product, not a payment to the agent",
    examples: { decides: ['您发来的[个人收款]码我们印在亚克力立牌上'], leaves: ['差价扫我的[个人收款]码'] },
  },
  'goods-code': {
    reason: '码就是商品本身或商品要打印、读取的东西（标签机打二维码、二维码扫描模组、二维码贴纸、名片夹、刻在宠物牌上），不是客服的码',
    reasonEn: 'the code is the goods or what they print or read (a label printer printing codes, a scanner module, code stickers, a tag engraved with one), not our code',
    examples: {
      decides: ['这款[二维码]名片夹是金属的', '这款[二维码]扫描枪插上就能用', '钥匙扣背面可以刻[二维码]'],
      leaves: ['标签机的问题扫[二维码]加我', '贴纸上的[二维码]扫了进群领券'],
    },
  },
  'their-code': {
    reason: '小票、健身卡、门票上的二维码是超市、门店自己的码：不是我们的，也不通向客服',
    reasonEn: "a code on a receipt, a gym card or a ticket belongs to the shop or venue that issued it: neither ours nor a way to us",
    examples: { decides: ['门票上的[二维码]是景区检票用的，别折到'], leaves: ['小票上的[二维码]是我微信，扫了加我'] },
  },
  'buyer-code': {
    reason: '提醒买家付款码是自己的、不要外发：说的是买家自己的码，不是让买家扫我们的码',
    reasonEn: "the buyer's own payment code named as theirs to keep: a warning, not our code to scan",
    examples: { decides: ['[付款码]是您自己手机上的，别截图给别人'], leaves: ['[付款码]是您自己的，截图发我'] },
  },
  'platform-feature': {
    reason: '拼多多自己的功能（拼小圈、扫一扫进平台页面）：说明是平台的功能，不是站外的码',
    reasonEn: "the platform's own feature (拼小圈, its scanner) named as such: not a code leading off the platform",
    examples: { decides: ['商品页里[扫一扫]就是平台自己的功能，能看拼小圈'], leaves: ['[扫一扫]我的码加微信'] },
  },
  'merchant-app': {
    reason: '收款台卡、扫码枪、收款音箱上的微信/支付宝：说的是买家自己的收款账户和设备，不是客服的联系方式',
    reasonEn: "WeChat or Alipay on a payment stand, scanner or speaker: the buyer's own merchant account, not the agent's contact",
    examples: {
      decides: ['台卡上一边放[微信]收款码一边放支付宝收款码', '扫码枪可以扫[微信]、支付宝付款码'],
      leaves: ['台卡的事加我[微信]说', '扫码枪有问题[微信]联系我'],
    },
  },
  'device-app': {
    reason: '设备上的App：平板分屏、投影投屏、手表看消息、二手机已退出登录，是在介绍设备，不是联系方式',
    reasonEn: "an app on a device (split screen, casting, a watch showing messages, a used phone logged out) describes the device, not a contact",
    examples: {
      decides: ['学习机里[微信]、网课软件都能分屏', '二手机已经退出[QQ]了，恢复了出厂设置', '投影仪支持手机投屏，[微信]里的视频也能投', '照片打印机连上手机，[微信]里的照片也能直接打', '手环能收到消息提醒，只是没法在表上回复[微信]', '考勤机的记录员工在[钉钉]里就能看'],
      leaves: ['平板有问题加我[微信]', '手表的事[微信]联系我', '手环收不到消息的话回复[微信]找我'],
    },
  },
  'app-feature': {
    reason: '商品的功能用到某个App（键盘一键调出QQ截图、洗衣机微信远程控制、路由器微信游戏加速、手机壳不影响微信扫码），是在介绍商品，不是联系方式',
    reasonEn: "a feature of the goods that works with an app (a QQ screenshot hotkey, WeChat remote control, game acceleration), not a contact",
    examples: {
      decides: ['这款键盘有个按键能一键打开[微信]截图', '这台空调支持[微信]远程控制，下班前就能开', '耳机通话清楚，[QQ]语音通话也没问题', '会议耳机降噪好，电脑上开[钉钉]会议很清楚'],
      leaves: ['键盘有问题[微信]截图发我', '空调的事加我[微信]远程指导您'],
    },
  },
  'scan-with-app': {
    reason: '用买家自己的微信扫商品上的码看安装视频、说明、防伪：码在商品上，说的是商品信息',
    reasonEn: "the buyer's own app scanning a code on the goods for an install video, a manual or an authenticity check",
    examples: { decides: ['用[微信]扫一下说明书上的码就能看安装视频'], leaves: ['用[微信]扫一下这个码加我', '[微信]扫码领红包'] },
  },
  'share-received': {
    reason: '买家的朋友转发的微信链接、小程序：打开的是平台上的店铺，不是加客服',
    reasonEn: "a link the buyer's friend forwarded on WeChat opens the shop on the platform, not the agent's contact",
    examples: { decides: ['您家人转发的[微信]链接点开就是我们店'], leaves: ['我发您的[微信]链接里加我'] },
  },
  'device-add': {
    reason: '儿童手表、学习机能不能加微信好友：问的是设备功能，不是加客服',
    reasonEn: "whether a child's watch or a tablet can add WeChat friends: a product question, not an invitation",
    examples: { decides: ['这款儿童手表能[加微]信好友吗？能的，要家长同意'], leaves: ['手表的问题可以[加微]信找我'] },
  },
  'app-watch': {
    reason: '支架、平板上刷视频号、看剧：是买家自己看的内容，不是店铺的账号',
    reasonEn: 'watching WeChat Channels on a stand or a tablet: content the buyer watches, not the shop\'s account',
    examples: { decides: ['平板支架很稳，刷[视频号]、追剧都不晃'], leaves: ['关注我们的[视频号]看新款'] },
  },
  'platform-watch': {
    reason: '在商品上刷抖音、看快手（手机支架、平板）：是买家自己看的内容，不是去别的平台买',
    reasonEn: 'scrolling Douyin or Kuaishou on the goods (a phone stand, a tablet): what the buyer watches, not a shop to go to',
    examples: { decides: ['这个懒人支架躺着刷[抖音]很方便'], leaves: ['支架在[抖音]上搜我们店更便宜'] },
  },
  'share-own': {
    reason: '分享到买家自己的微信好友、家人（拼单邀请、把数据发给家人看），不是加客服',
    reasonEn: "sharing to the buyer's own WeChat friends or family (a group-buy invitation, data shown to family), not adding the agent",
    examples: { decides: ['拼单链接分享到[微信]好友，朋友点进来就成团', '报告可以发到[微信]给家人看'], leaves: ['照片发到我[微信]上', '分享到[微信]加我领红包'] },
  },
  'mail-provider': {
    reason: 'QQ邮箱是邮箱服务商：按邮箱类提示，不算QQ号（同一句又要QQ号时仍是联系方式）',
    reasonEn: 'QQ as a mailbox provider (QQ邮箱) is reported as an e-mail matter, not a QQ contact (still a contact when the QQ number is asked for too)',
    examples: { decides: ['您的[QQ]邮箱是多少', '发你[QQ]邮箱吧'], leaves: ['你的[QQ]号报一下', '发你[QQ]邮箱，给个号'] },
  },
  'app-product': {
    reason: 'App自己的产品或用别称起名的商品（微信读书会员卡、绿泡泡沐浴球）：说的是东西，不是联系方式',
    reasonEn: "an app's own product or goods named after an alias (a WeChat Read membership, a green bubble bath ball): a thing, not a contact",
    examples: { decides: ['[微信]读书的兑换卡我们不代充哈', '[绿泡泡]浴球一盒六个', '[绿泡泡]造型的那款水杯卖完了'], leaves: ['[微信]读书的事加我聊', '[绿泡泡]发我一下', '[绿泡泡]造型那款的事加我说'] },
  },
  'refused-code': {
    reason: '拒绝或提醒不要扫的码、不需要的邮箱（别扫别人发的退款二维码，我们用不上邮箱地址）：句子说的是不要，没有给出联系途径',
    reasonEn: 'a code or an address refused or warned against (do not scan a refund code someone sent; we do not need an e-mail): nothing to reach',
    examples: { decides: ['千万别扫陌生人发的[二维码]', '您的[邮箱地址]我们用不上，发票在订单里下载', '我们不会在礼盒里放任何[二维码]贺卡'], leaves: ['别扫那个了，扫这个[二维码]加我'] },
  },
  'link-host': {
    reason: '网址里的 qq、baidu（问卷、网盘链接）是网址的一部分，由链接检测处理',
    reasonEn: 'qq or baidu inside a web address (a survey or netdisk link) belongs to the link, which the link detector reports',
    examples: { decides: ['问卷在 https://wj.[qq].com/s/123 填一下', '高清图在 pan.[baidu].com/s/9xYz 里'], leaves: ['加我[qq]聊', '去[baidu]搜我们的官网'] },
  },
  'style-name': {
    reason: '款名、系列名里的字母（「VX是我们的系列名」「标签写着QQ卷」）不是联系方式',
    reasonEn: 'letters in a style or series name (VX is our series name, a label reading QQ卷) are not a contact',
    examples: { decides: ['[VX]是我们这款鼠标的系列名', '这款发圈款叫[QQ]圈，是款式名'], leaves: ['加[VX]问款式'] },
  },
  'courier-contact': {
    reason: '快递员、安装师傅的联系方式在平台物流页面上，或由品牌售后短信发给买家：说的是平台或品牌给的信息，不是客服的联系方式',
    reasonEn: "the courier's or installer's details shown on the platform's tracking page or texted by the brand's after-sales, not the agent's contact",
    examples: { decides: ['派送员的[联系方式]在平台物流详情里能看到', '空调装机师傅的[联系方式]到货后厂家售后会短信发您'], leaves: ['派送员的[联系方式]我发你', '安装师傅的[联系方式]短信里没有的话加我问'] },
  },
};
