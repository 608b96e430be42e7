/**
 * Issue 21, second round, own text (never from the blind corpus): the
 * category a finding carries follows RULES §2/§3b — a payment app named as
 * the way money moves is a deal, not a contact; asking for a number is phone,
 * for an e-mail is email; a card or account to pay into is bank and deal;
 * a group outside the chat is a deal. Printed product codes, a platform's
 * headquarters as a place and 加不了 refusals pass; hearts inside a name,
 * the victory hand for V, funeral items, contempt about cheap goods and
 * skipping the order are caught. Every held line gets a rewrite to offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { rewriteKind } from '@/lib/features/phrase-guard/rewrite';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

const categories = (text: string) => [...new Set(scan(text).map((f) => f.category))].sort();

describe('the category follows the rule broken', () => {
  it.each([
    // WeChat as the way money moves is still the chat the buyer is moved to: contact + deal (scope.ts CHANNEL); Alipay is deal only.
    ['微信转给我就行，省点手续费', ['contact', 'deal']],
    ['差价我支付宝退您', ['deal']],
    ['直接微信转账也可以', ['contact', 'deal']],
    ['支付宝付给我，马上发', ['deal']],
    ['发个红包给我就算付款了', ['deal']],
    ['钱您转过来就行', ['deal']],
    ['咱们站外交易吧', ['deal']],
    ['不走平台的话便宜点', ['deal']],
    ['进群领券，每天都有', ['deal']],
    ['加我微信领红包', ['contact', 'deal']],
    ['视频发我微信上看看', ['contact', 'deal']],
    ['加我微信，转账也行', ['contact', 'deal']],
    ['方便留个联系电话吗', ['phone']],
    ['给我打个电话吧', ['phone']],
    ['资料发我邮箱就行', ['email']],
    // The buyer's card asked for a refund named as such is bank only (lib/phrases/overlaps.ts PAYS_AGENT, as round3's
    // 您把银行卡号发我，差价我给您退过去); deal here came from the model alone (its deal table before the retrain on 18 files).
    ['银行卡发我一下，给您退', ['bank']],
    ['钱打到我农行卡上', ['bank', 'deal']],
    ['支付宝账号 13912345678，转过来就行', ['bank', 'deal', 'phone']],
    // Alipay right before a scan is the buyer's scanner of the code: the code alone, as w10, w20 and w31 label it (overlaps.ts).
    ['用支付宝扫这个码付款', ['qrcode']],
  ])('%s → %j', (text, want) => expect(categories(text)).toEqual(want));
});

describe('pass', () => {
  it.each([
    '亲，微信这边是加不了的，有问题在这里说',
    'QQ这个我们用不了哦',
    '北京朝阳区京东总部旁边的快递柜',
    '包装盒上有二维码，扫一下可以看安装视频',
    '说明书上印的二维码扫了是使用教程',
    '机身背面的二维码可以查防伪',
    '下次有需要直接找我们客服就行',
    '视频不用发微信，直接在这里发就好',
    '加入购物车领优惠券，更划算',
    '关注店铺领券，下单立减',
    '几块钱的东西也包邮，放心拍',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
});

describe('caught', () => {
  it.each([
    ['QR码在包装盒里面', 'qrcode'],
    ['包裹里的卡片扫二维码领红包', 'qrcode'],
    ['淘💗宝搜店名', 'platform'],
    ['京❤东上也有', 'platform'],
    ['加个✌，发你图', 'contact'],
    ['加个🐧聊', 'contact'],
    ['再投诉就给你寄点白事用品', 'abuse'],
    ['这么简单都弄不好，服了', 'abuse'],
    ['您是看不懂还是装的', 'abuse'],
    ['十几块的东西事还真多', 'abuse'],
    ['以后直接找我，便宜', 'deal'],
    ['这单不用在平台拍了', 'deal'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('a held line of each new class has a rewrite to offer (item 7)', () => {
  it.each([
    ['微信转给我就行', 'deal'],
    ['方便留个联系电话吗', 'contact'],
    ['资料发我邮箱就行', 'contact'],
    ['银行卡发我一下', 'deal'],
    ['进群领券', 'deal'],
    ['这么简单都弄不好', 'abuse'],
    ['淘💗宝搜店名', 'platform'],
  ])('%s → %s', (text, kind) => expect(rewriteKind(scan(text).map((f) => f.category))).toBe(kind));
});

describe('probes written before their fixes: clean (payment on the platform, refusals, places, product facts, quotes)', () => {
  it.each([
    '您可以用微信支付，也可以用支付宝，都是在拼多多里付的',
    '退款已经原路退回，微信支付的退到微信零钱，支付宝付的退回支付宝余额',
    '亲，付款的时候选择支付宝就可以用花呗了',
    '我们这边会通过平台给您小额打款5元作为补偿',
    '退款走的是原路，不用给我们支付宝账号哈',
    '您用的微信付款对吧，那退款也会退到微信里',
    '亲，先用先付也支持的，在支付页面能看到',
    '支付宝显示扣款成功的话，订单这边一会儿就会更新',
    '微信零钱不够的话可以换银行卡支付',
    '退回的钱会到您付款的那个账户，不需要提供卡号',
    '补差价的话我给您改价，您在订单里付就行',
    '运费险理赔会打到您的支付宝或者微信，这是平台处理的',
    '退款到账时间以微信或支付宝为准，一般1到3天',
    '我们不接受私人转账，所有款项请走平台订单',
    '您说的微信转账我们这边是不收的，直接拍就行',
    '支付宝付款失败的话，换个支付方式试试',
    '亲，优惠券在付款页面可以选',
    '平台补贴红包下单时自动抵扣',
    '群里的朋友都说这款好用',
    '您朋友圈发的照片我们看不到哦，这边直接发图片就行',
    '快递员的电话在物流详情里可以看到',
    '京东方的屏幕，显示效果很好',
    '这款支持微信扫码开锁，也能用指纹',
    '充电器型号是QC-3088，原装配件',
    '不好意思，不能加您微信哦，我们只在拼多多回复',
    '我们客服不会用私人QQ联系您，请注意防骗',
    '有人说可以返现让您加他，千万别信',
    '别点陌生人发的链接，官方只在平台发通知',
    '淘宝那边的同名店跟我们没关系',
    '您说“怎么还不发货”，实在抱歉让您久等了',
    '您反映“客服不理人”，这个确实是我们做得不好',
    '您提到“比淘宝贵”，我们这款是正品保证的',
    '寄到苏宁广场那个丰巢柜可以吗',
    '收件地址：深圳市南山区腾讯大厦对面的小区',
    '快递到了天猫小店门口的驿站，您去取一下',
    '您地址写的是抖音直播基地那栋楼对吗',
    '亲，可以找微信好友代付的，在付款页选\'找人代付\'',
    '支付的时候可以选微信，也可以选支付宝，还有银行卡',
    '用支付宝付款的话可以分期，花呗也行',
    '微信付款成功后订单状态会变成待发货',
    '您用微信支付的订单，退款退回微信钱包',
    '支付宝付的款会退回支付宝，银行卡付的退回银行卡',
    '付款方式支持微信、支付宝、多多钱包',
    '如果微信支付不了，试试支付宝',
    '退款申请通过后，钱会原路返回到您的微信',
    '补偿的5元会以平台小额打款的形式到您的账户',
    '退款会退到您付款用的支付宝账户里，您留意一下',
    '您当时是微信付的款，钱会原路退到微信零钱',
    '先用后付是平台的功能，确认收货后再付款',
    '差价我们给您申请平台小额打款，不用加任何联系方式',
    '您下单时用的是支付宝吧？退款会退回那里',
    '多付的运费我们通过平台退给您',
    '付款页面有微信和支付宝两种方式可以选',
    '用云闪付也可以，付款页面都有',
    '微信支付有立减活动，下单时看一下',
    '支付宝付款提示风险的话，换微信付就好',
    '钱是原路退回的，不用给我银行卡号',
    '退款到账后微信会有通知的',
    '您可以在拼多多里绑定银行卡付款',
    '亲，付款后钱由平台担保，确认收货后我们才收到',
    '发票可以开，下单后在订单详情申请',
    '退款会退到您的支付宝，请注意查收',
    '红包是下单时自动用的，不用手动领',
    '用店铺红包可以便宜5块',
    '这个红包是平台发的，拍的时候能抵',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
});

describe('probes written before their fixes: caught with their category', () => {
  it.each([
    ['这款在狗东卖得更贵', 'platform'],
    ['某宝同款我们这里便宜一半', 'platform'],
    ['猫超上也有，您可以比比', 'platform'],
    ['要不您去PDD以外的地方看看，比如TB', 'platform'],
    ['DY直播间今晚有活动', 'platform'],
    ['我们在快📱也有号', 'platform'],
    ['抖🎵搜我们店名', 'platform'],
    ['小🍠上有我们的笔记', 'platform'],
    ['去咸🐟上看看二手的', 'platform'],
    ['这款唯品会也在卖', 'platform'],
    ['得物上同款贵多了', 'platform'],
    ['也可以去tao宝搜', 'platform'],
    ['京dong自营更快', 'platform'],
    ['天cat旗舰店也有', 'platform'],
    ['我们的绿色app号是shop666', 'contact'],
    ['加个V，发你实拍', 'contact'],
    ['扣扣：998877665', 'contact'],
    ['加我Q，号码是123456789', 'contact'],
    ['微x：kf_2024', 'contact'],
    ['wei xin: abc_shop', 'contact'],
    ['有需要可以私信我小号', 'contact'],
    ['我VX就是手机号', 'contact'],
    ['+V：lily_shop', 'contact'],
    ['企鹅：44556677', 'contact'],
    ['抖音号搜 shop_888', 'contact'],
    ['威❤：lily666', 'contact'],
    ['电话：壹叁捌零零壹叁捌零零零', 'phone'],
    ['我号码是①③⑧⓪⓪①③⑧⓪⓪⓪', 'phone'],
    ['手机尾号8000，前面是138 0013', 'phone'],
    ['打这个号，一八六 二二三三 四四五五', 'phone'],
    ['座机 0571-88886666', 'phone'],
    ['号码前七位1380013后四位8000', 'phone'],
    ['邮箱 abc123#qq.com，#换成@', 'email'],
    ['发到 kefu at 163 dot com', 'email'],
    ['邮箱是 shop_2024 艾特 126.com', 'email'],
    ['复制这个链接到浏览器打开 bit.ly/3abcd', 'url'],
    ['网址：shop-abc点com', 'url'],
    ['打开 abc123.cn 下单', 'url'],
    ['扫这个二维码加我', 'qrcode'],
    ['给您发个收款码，扫一下就行', 'qrcode'],
    ['长按图片识别，领优惠', 'qrcode'],
    ['私下给您便宜二十，钱直接给我', 'deal'],
    ['这单您先别付，我给您发个链接，在那边付', 'deal'],
    ['返您五块钱，好评就行', 'deal'],
    ['收到货给个五星，我发您红包', 'deal'],
    ['晒图后联系我领三元', 'deal'],
    ['要不您直接付现金，货到了再给', 'deal'],
    ['您拍一个一分钱的链接，剩下的微信给我', 'deal'],
    ['好评截图发我，返2元', 'deal'],
    ['进我们VIP群，每周有免单', 'deal'],
    ['先拍下，然后申请退款，我私下退您差价', 'deal'],
    ['你是不是眼神不好，写那么大字看不到', 'abuse'],
    ['能不能别问这么蠢的问题', 'abuse'],
    ['我们卖了几万件就你事多', 'abuse'],
    ['这都不懂就别网购了', 'abuse'],
    ['不想买就别浪费大家时间', 'abuse'],
    ['嫌贵就去别家，没人拦着你', 'abuse'],
    ['我再说最后一遍，听不懂就算了', 'abuse'],
    ['你这么会你自己做一个啊', 'abuse'],
    ['你敢退试试', 'abuse'],
    ['我知道你的单位在哪', 'abuse'],
    ['你不怕我上门吗', 'abuse'],
    ['出门注意安全哦，别出什么意外', 'abuse'],
    ['给个差评试试，我让你全家不得安宁', 'abuse'],
    ['给你寄个骨灰盒要不要', 'abuse'],
    ['信不信我找人收拾你', 'abuse'],
    ['别以为我不知道你住哪个小区', 'abuse'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('probes, round 4 (written before their fixes): clean refusals and places', () => {
  it.each([
    '亲亲，VX这些我们是用不了的，平台会封号',
    '抱歉哦，私人联系方式是给不了的',
    '淘宝天猫我们都没开店，只有这一家',
    '拼多多以外的店铺都不是我们，小心别买到假的',
    '不好意思，我们这边不支持加QQ沟通',
    '平台规定客服不能留微信，有事这边直接说',
    '没有闲鱼店哦，那是别人转卖的',
    '有些买家说加微信能便宜，我们从来没有这种说法',
    '亲，不要相信外面说可以返现的，都是假的',
    '这里不方便发手机号，您有事直接在这里留言',
    '微信号就不留了，订单里可以随时找我',
    '我们不会私下收款，请认准平台付款',
    '商家不能索要买家的QQ和微信，请放心',
    '扫码送礼这种活动我们没有的',
    '收货地址：浙江省杭州市余杭区淘宝西路99号',
    '送到天猫大厦B座前台就可以',
    '您的地址是京东科技园3号门对吧',
    '我们仓库在义乌，离阿里巴巴西溪园区不远',
    '南京市鼓楼区京东快递营业部旁边',
    '地址：广州市海珠区唯品会总部大楼',
    '北京东路888号，我们核对一下没问题',
    '苏宁电器对面的小区，快递放门卫',
    '您填的美团大厦我们已经改好了',
    '快递发到抖音大楼楼下的快递柜了',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
});

describe('probes, round 4: caught with their category', () => {
  it.each([
    ['我的电话是一三九，一二三四，五六七八', 'phone'],
    ['手机：138 然后 0013 然后 8000', 'phone'],
    ['您记一下，186，2233，4455', 'phone'],
    ['号码：壹捌陆 贰贰叁叁 肆肆伍伍', 'phone'],
    ['电话1 3 9 1 2 3 4 5 6 7 8', 'phone'],
    ['前三位是139，中间1234，最后5678', 'phone'],
    ['联系我：幺三八零零幺三八零零零', 'phone'],
    ['打这个：138-0013-8000', 'phone'],
    ['某东上同款卖得贵', 'platform'],
    ['PDD以外的地方比如tb', 'platform'],
    ['桃宝上也能找到', 'platform'],
    ['猫店价格更高', 'platform'],
    ['在某宝和某东都有卖', 'platform'],
    ['加我卫星：abc123', 'contact'],
    ['私我微信号kefu888', 'contact'],
    ['加个绿色的软件好友', 'contact'],
    ['威锌：shop2024', 'contact'],
    ['VX同号', 'contact'],
    ['你最好别给差评，不然后果你懂的', 'abuse'],
    ['小心我找到你家门口', 'abuse'],
    ['我会记住你的，慢慢等着', 'abuse'],
    ['差评的话我天天给你打电话', 'abuse'],
    ['你家孩子在哪上学我都知道', 'abuse'],
    ['再闹就把你的信息发到网上', 'abuse'],
    ['你这种人活该被骗', 'abuse'],
    ['我看你是存心找事', 'abuse'],
    ['您拍了之后先别确认收货，我单独给您补钱', 'deal'],
    ['这单走个人，不走店铺，给您打八折', 'deal'],
    ['要的话直接说，我从仓库给您私下发', 'deal'],
    ['想要内部价就进我的专属群', 'deal'],
    ['晒单后我这边私下返您现金', 'deal'],
    ['下单备注暗号，到货后联系我领补贴', 'deal'],
    ['确认收货后我转您3块钱', 'deal'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('probes, rounds 5-6: refusals, places, product facts, quoted complaints, refunds the way they were paid', () => {
  it.each([
    '微信和QQ都加不了，平台有规定的哈',
    '这边不能给您发二维码，直接在平台上拍就行',
    '不好意思，平台不让发外部链接',
    '我们没有微信群，也没有QQ群',
    '亲，任何让您加微信的都不是官方',
    '支付宝账号不用给我们，退款平台会处理',
    '我们是正规店铺，不走私下交易的',
    '淘宝那边的店不是我们开的，请认准拼多多',
    '京东的链接我们发不了，平台不允许',
    '抖音直播我们不做的，只在拼多多卖',
    '地址写的是杭州市淘宝路和天猫街交叉口',
    '送到京东物流园旁边那个小区',
    '收货地址在抖音产业园对面',
    '您是住在阿里巴巴滨江园区附近吗',
    '快递放在京东便利店代收了',
    '这款蓝牙音箱可以连微信听歌',
    '手表能收到QQ和微信的消息',
    '产品说明书里有二维码，扫了能看视频教程',
    '型号QQ-8800，黑色款',
    '这个路由器默认密码是12345678',
    '充电宝容量10000毫安，重量200克',
    '扫描盒子上的码可以查看正品信息',
    '这款支持支付宝刷脸支付',
    '您说的"发错货还态度差"，我们真的非常抱歉',
    '看到您评价里写的"垃圾客服"，实在对不起',
    '您留言说"再也不买了"，我们很理解您的心情',
    '您说我们"骗子店铺"，这个误会我们可以解释',
    '关于您说的"加微信才给退"，我们从来没有这样要求过',
    '您提到客服让您"去淘宝买"，这肯定不是我们说的，抱歉',
    '您反馈的"质量太差了，就是垃圾"，我们马上处理',
    '退款会按原支付方式退回，您用微信付的就退微信',
    '钱是原路返回的，不需要您提供支付宝账号',
    '退款不需要银行卡号，系统自动退回原账户',
    '如果是银行卡支付的，会退回到对应的银行卡',
    '退款成功后，微信零钱里可以看到',
    '您不需要提供任何账号信息，退款由平台原路退回',
    '花呗付的款，退款会退回花呗',
    '退款已经原路退回，您查一下支付宝账单',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
});

describe('probes, rounds 5-6: numbers and traditional script caught', () => {
  it.each([
    ['有事打138 0013 8000找我', 'phone'],
    ['我的手机，138，后面00138000', 'phone'],
    ['联系电话 一三八零零一三八零零零', 'phone'],
    ['手机号是13800138000，随时联系', 'phone'],
    ['电话前面是一三八，后面是零零一三八零零零', 'phone'],
    ['号码拆开发你：138、0013、8000', 'phone'],
    ['１３８００１３８０００ 打这个', 'phone'],
    ['這個淘寶上也有賣', 'platform'],
    ['去天貓搜一下', 'platform'],
    ['京東自營的更快', 'platform'],
    ['抖音小店裡有', 'platform'],
    ['加我微信吧，聯繫方便', 'contact'],
    ['我的QQ號是123456789', 'contact'],
    ['加個扣扣', 'contact'],
    ['好評返現五元', 'deal'],
    ['私下交易便宜點', 'deal'],
    ['電話：13800138000', 'phone'],
    ['你是白癡嗎', 'abuse'],
    ['你腦子有病吧', 'abuse'],
    ['掃這個二維碼加我', 'qrcode'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('probes, round 7: a mobile number in financial digits or in three pieces', () => {
  it.each([
    ['电话壹叁捌，零零壹叁，捌零零零', 'phone'],
    ['手机号138开头，中间0013，尾号8000', 'phone'],
    ['号码是一三八开头，后四位八零零零，中间零零一三', 'phone'],
    ['前面是139，中间是1234，后面是5678', 'phone'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
  it.each(['订单号前面是2312，后面是06-0123', '前面的138块是运费，后面8000是总价'])('%s stays clean', (text) => expect(categories(text)).toEqual([]));
});

describe('probes, round 8: more emoji and boxed letters', () => {
  it.each([
    ['🍇宝上搜同款', 'platform'],
    ['加我🆀🆀：12345678', 'contact'],
    ['🅥🅧：shop_888', 'contact'],
    ['🇻🇽同号', 'contact'],
    ['闲🐡上有二手', 'platform'],
    ['扫🏇加我', 'qrcode'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
  it.each(['今天发货🚚，明天到🎉', '颜色有🔴红和🔵蓝两种'])('%s stays clean', (text) => expect(categories(text)).toEqual([]));
});

describe('probes, round 9: threats and rude service without a rude word (RULES §2 tiers 2-3), and their polite look-alikes', () => {
  it.each([
    '你住的那个小区我知道，别惹我',
    '你地址不就是XX路XX号吗，我记着呢',
    '给差评？你等着看吧',
    '咱们走着瞧，看谁耗得过谁',
    '你信不信我让你买不了东西',
    '敢差评就让你好看',
    '我有的是办法对付你',
    '等着收快递吧，给你寄点好东西（花圈）',
    '下次给你寄寿衣',
    '你那么喜欢闹，给你送个花圈',
    '你要是敢投诉，我就上门找你',
    '我已经把你地址记下来了',
    '你电话我记下了，晚上等我电话',
    '你给我小心点',
    '你会付出代价的',
    '后果你承担得起吗',
    '我不会放过你的',
    '你就等着倒霉吧',
    '你差评一个试试看',
    '买个东西还这么多事，真是服了',
    '你是来找茬的吧，不想买别买',
    '你问题怎么这么多',
    '自己不会百度吗',
    '这都要问，你是小学生吗',
    '说了没货就是没货，听不懂？',
    '你到底识不识字',
    '看不懂就别买',
    '我们又不是你家保姆',
    '你以为你是上帝啊',
    '爱买买，不买滚',
  ])('%s → abuse', (text) => expect(categories(text)).toContain('abuse'));
  it.each([
    '您放心，我们会跟进到底的',
    '您等着就行，快递明天就到',
    '我们记下了您的地址，会尽快发货',
    '您小心拆开，里面是玻璃',
    '这个问题您可以自己先看看说明书，不懂再问我',
    '亲，不着急，慢慢看',
    '我们不会放过任何一个质量问题',
    '您的问题我们记下了，一定给您答复',
  ])('%s stays clean', (text) => expect(categories(text)).toEqual([]));
});

describe('probes, round 10: slang, name cards, paid reviews, transfers', () => {
  it.each([
    ['这个在鱼上卖得便宜', 'platform'],
    ['去橙色软件搜搜看', 'platform'],
    ['某东自营次日达', 'platform'],
    ['狗东PLUS会员价更低', 'platform'],
    ['要不你去多多以外的地方看看，比如某音', 'platform'],
    ['咸鱼上收二手的很多', 'platform'],
    ['我们在DY有直播', 'platform'],
    ['唯品上有折扣', 'platform'],
    ['毒App上有鉴定', 'platform'],
    ['淘宝特价版也有我们的店', 'platform'],
    ['加我vx号', 'contact'],
    ['加一下我的V，发你实物图', 'contact'],
    ['我的wx是同名', 'contact'],
    ['扣扣号私信发你', 'contact'],
    ['有事戳我微博', 'contact'],
    ['加个钉钉吧', 'contact'],
    ['我发你个名片，加一下', 'contact'],
    ['添加我为好友吧', 'contact'],
    ['薇❤：shop_22', 'contact'],
    ['加我威辛', 'contact'],
    ['拍下后备注好评，返2元', 'deal'],
    ['收到货后给五分，送您一包纸巾', 'deal'],
    ['写个二十字好评，下单立减', 'deal'],
    ['好评后私聊客服领现金', 'deal'],
    ['给个好评，下次给您优惠价', 'deal'],
    ['转我就行，不用下单', 'deal'],
    ['您直接打钱给我，我立刻发', 'deal'],
    ['这个价格只能私下，平台上不行', 'deal'],
    ['把收款码发给您', 'qrcode'],
    ['扫码付款就行', 'qrcode'],
    ['二维码在图片里，扫一下加我', 'qrcode'],
    ['邮箱：shop2024(at)gmail(dot)com', 'email'],
    ['发到 abc_def AT qq.com', 'email'],
    ['邮箱 kefu艾特163点com', 'email'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
  it.each(['新鲜鱼上市了，今天发货', '调料撒在鱼上就行', '猫狗都能用的梳子', 'ready有货了，马上发', '给个好评哦，谢谢亲', '这款是满分推荐的'])('%s stays clean', (text) =>
    expect(categories(text)).toEqual([]),
  );
});

describe('probes, round 11: refusals, places and product facts', () => {
  it.each([
    '微信什么的我们这边一律不加的哈',
    '亲，这边是拼多多官方客服，不涉及QQ、微信',
    '咱家不在淘宝卖，只有拼多多这一家店',
    '我们不做抖音，抖音上的都是盗图',
    '这个不能给您留手机号，抱歉',
    '电话号码这个属于隐私，没法给您',
    '平台不允许我们发二维码，请您理解',
    '外面的链接千万不要点',
    '有陌生人加您QQ说退款的，都是骗子',
    '我们从不私下联系买家',
    '亲，咱们不搞好评返现那一套',
    '为了安全，别把银行卡号发给任何人',
    '本店没有开通微信商城',
    '您别加那个微信，是假冒的',
    '只能在拼多多下单哦，其他地方都没有',
    '我们没有淘宝店，别被骗了',
    '抱歉，不方便提供邮箱',
    '这个不支持线下交易，需要在平台拍',
    '不支持当面交易哦',
    '亲，我们不收现金',
    '地址：上海市长宁区淘宝大楼对面',
    '收货人 张三，地址 北京市亦庄京东总部2号楼',
    '寄到抖音电商产业园B1栋',
    '快递送到阿里巴巴西溪园区东门',
    '地址是湖南长沙天猫东路12号',
    '江苏省南京市淘宝镇人民路3号',
    '您家在美团大厦附近吗，我们的快递可以送到',
    '这款手表支持微信支付和支付宝支付',
    '这款耳机可以通过QQ音乐播放',
    '平板支持淘宝、京东等常用APP',
    '电视自带抖音和快手',
    '序列号：TB20231206A',
    '产品编码WX-2088-B',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
  it.each([
    ['平板上用淘宝搜我们店名', 'platform'],
    ['别把微信给别人，加我的：abc12345', 'contact'],
    ['电视自带抖音，搜我们直播间', 'platform'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('probes, round 12: places named after a platform, and the same names sending the buyer away', () => {
  it.each([
    '地址：深圳市龙华区京东大药房楼上',
    '寄到杭州1688创意园3号楼',
    '我住京东对面的小区，放门卫',
    '送到抖音旁边的写字楼就行',
    '地址是京东物流园东门',
    '收件地址：成都苏宁广场7楼',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
  it.each(['去京东超市买吧', '淘宝城那边的店更便宜，去搜一下', '天猫超市搜同款'])('%s → platform', (text) =>
    expect(categories(text)).toContain('platform'),
  );
});

describe('probes, round 13: the buyer\'s words quoted or reported to apologise; homophones and variants', () => {
  it.each([
    '您说客服态度垃圾，这点我们真的很抱歉',
    '您说：东西是垃圾，我们非常理解您的不满',
    '看到您说‘卖家是骗子’，我们很难过，一定给您处理好',
    '您在评价里说“比淘宝贵多了”，抱歉让您有这样的感受',
    '您反映的“加了微信也没人回”，不是我们店的号，抱歉给您带来困扰',
    '关于“客服是傻子”这句话，我们虚心接受批评',
    '您说我们是“黑店”，我们非常重视',
    '您说「你们是不是有病」，确实是我们处理慢了，抱歉',
    '抱歉，您说的“发一堆垃圾过来”是我们的问题',
    '您骂我们“脑残客服”，我们也理解您着急的心情',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
  it.each([
    ['加我V❤：shop_1', 'contact'],
    ['加我薇亻言', 'contact'],
    ['威❤信号：abc12', 'contact'],
    ['V亻言：kefu', 'contact'],
    ['邮箱：abc123（at）163（dot）com', 'email'],
    ['发我邮箱 kefu_a[at]foxmail.com', 'email'],
    ['邮件发到 shop.service at 126.com', 'email'],
    ['abc123#163.com 这个邮箱', 'email'],
    ['扫描二唯码加我', 'qrcode'],
    ['扫一下这个二v码', 'qrcode'],
    ['我的手机：13800138000，微信同号', 'phone'],
    ['有问题打我手机幺三八零零幺三八零零零', 'phone'],
    ['电话：0755-12345678', 'phone'],
    ['这个在淘寳上有', 'platform'],
    ['去闲鱼看看，閒魚上有二手', 'platform'],
    ['您说的对，您就是个傻子，抱歉', 'abuse'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('probes, round 14: refusals in agents\' words, the buyer\'s question echoed and answered', () => {
  it.each([
    '加微信是不行的哦亲，平台监管很严',
    'QQ我们没有的，只在这里回复',
    '微信？我们这边不用的',
    '电话就不给了哈，打字沟通更方便',
    '链接只能发拼多多的，别的发不了',
    '二维码这种东西平台会屏蔽的，发不出去',
    '支付宝转账我们这边收不了',
    '亲，咱们只能平台内沟通，微信QQ都不可以',
    '淘宝同款？那个我们不清楚，也不好评价',
    '亲，我们家只有拼多多这一个店，淘宝京东都没有',
    '请不要相信任何让您加微信的人',
    '不建议您去闲鱼买二手，没有保障',
    '私下交易没有保障，建议您走平台',
    '为了您的权益，请不要私下转账',
    '如果有人冒充客服让您扫码，请立即举报',
    '我们不会主动加您微信，谨防上当',
    '平台内沟通就行，不需要加QQ',
    '抱歉，留电话这个不行',
    '加V这个真的不可以，平台有记录的',
    '您提到的抖音店不是我们家',
  ])('%s', (text) => expect(categories(text)).toEqual([]));
  it.each([
    ['微信？可以的，加我abc12345', 'contact'],
    ['微信？不用加，直接加我QQ 12345678', 'contact'],
    ['淘宝？对，去淘宝搜我们店名', 'platform'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});
