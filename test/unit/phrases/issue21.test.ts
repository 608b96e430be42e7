/**
 * Issue 21's classes, one table each, written from the issue text and
 * RULES.md (never from the blind corpus): refusals and warnings pass unless
 * they still give a way to reach someone; addresses, product facts, model
 * numbers and quoted complaints pass; emoji and slang, dealing off the
 * platform, paid reviews, split numbers, (at) e-mails, contempt and threats
 * are caught. Scanned with the product's complete traditional table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

/** The rules' categories: the model's estimates (which may add a category) are tested in model.test.ts and by the corpora. */
const categories = (text: string) => [...new Set(scan(text, { model: false }).map((f) => f.category))].sort();

describe('scope: refusals and warnings pass (item 2)', () => {
  it.each([
    '咱们这边不能用微信联系的哈',
    '平台规定不能发电话号码给您',
    '别信加QQ的骗子，我们不会私下联系您',
    '不好意思，我们不支持支付宝转账，请在平台下单',
    '微信是不能加的哦，有问题这里问我',
    '退款原路退回您的支付宝，不需要提供银行卡号',
    '无需扫码，直接在订单页申请就行',
    '好评返现活动已经结束了',
    '不加微信的哦，有问题直接在这里说',
    '微信就不加了哈，平台上沟通就好',
    '我们不用QQ的，亲',
    '别去淘宝买，都是假的',
    '亲，我们这边不加微信，有事这里留言',
    '淘宝上那些不是我们家的',
    '抖音上的不是我们的店',
    '支付宝账号不需要给我们哦',
    '二维码我们这边不发的',
    '别加微信哦，小心被骗',
    '外面闲鱼上卖的我们不保证',
    '我们不走私下交易，都在平台拍',
    '好评返现是违规的，我们不做',
    '加微信这个真不行，平台会罚的',
    '为了您的资金安全，请勿私下转账',
    '别人让您扫码付款千万别扫',
    '二维码是防伪的，扫一下可以查真伪',
    '加不了微信哦亲',
    '红包可以在店铺首页领取',
    'qq、微信都不加的',
    '微信、QQ、电话这些都不能提供哦',
    '抖音、快手、淘宝都没有店',
    '淘宝京东上的都是仿的',
    '我们只能在拼多多聊，微信不可以的',
    '天猫上那家不是我们开的',
    '我们不刷单的',
    '刷单是违规的，我们不做',
    '平台以外的链接不要点',
    '我们没有兼职招聘，谨防诈骗',
    '支付宝转账这种我们不接受，请走正常下单流程',
    '如果有人加您微信说是我们客服，那是假的',
    '抖音上看到的同款不一定是我们的',
    '京东的价格我们不清楚哦',
    '我们不会通过微信跟您联系，请注意辨别',
    '有问题在订单里点联系客服就行，不用加微信',
  ])('%s', (text) => expect(categories(text)).toEqual([]));

  it.each([
    ['不能加微信，不过可以加我vx：kefu8888', ['contact']],
    ['实在不行就加我V：abc123', ['contact']],
    ['你要不要加个微信', ['contact']],
    ['能不能走个闲鱼，这样便宜点', ['platform']],
    ['不要的话可以挂闲鱼上卖掉', ['platform']],
    ['你们是不是也在唯品会卖', ['platform']],
    ['你要不加个微信', ['contact']],
    ['何不加微信', ['contact']],
    ['微信、QQ都行，加我', ['contact']],
    ['如果有人问，就说加我微信 abc12345', ['contact']],
    ['微信付给我就行', ['contact', 'deal']],
    ['淘宝直播间见', ['platform']],
    ['支付宝退你差价', ['deal']],
  ])('a workaround or a question stays held: %s', (text, want) => expect(categories(text)).toEqual(want));
});

describe('context as data (item 3)', () => {
  it.each([
    ['address', '收货地址是北京市京东路88号'],
    ['address', '送到淘宝村村口驿站就行'],
    ['address', '天猫大道那个快递站可以自提'],
    ['product', '这款手表可以显示微信消息和QQ来电'],
    ['product', '手环支持微信运动同步步数'],
    ['model', 'WX8000耳机是新款'],
    ['model', '型号是QQ-2088，已经停产了'],
    ['tracking', '顺丰单号SF1234567890123，明天到'],
    ['quote', '您说的“垃圾质量”我们非常抱歉'],
    ['quote', '您说「客服态度差」，真的很抱歉'],
    ['payment', '下单时选微信支付或支付宝都可以'],
    ['payment', '支付宝付款都可以的'],
    ['payment', '退款原路退回到您的支付宝'],
    ['address', '地址是京东大道188号'],
    ['address', '天猫小区3栋'],
    ['product', '这个音箱可以连支付宝语音播报'],
    ['model', '型号 WX-8000'],
    ['address', '地址写的淘宝城西溪园区，没问题'],
    ['address', '您的地址是阿里巴巴滨江园区对吧'],
    ['address', '寄到亚马逊仓库不行哦'],
    ['product', '手表可以收到QQ和微信的消息'],
    ['product', '车载支架带微信语音唤醒'],
    ['address', '天猫小镇那边可以送'],
    ['address', '浙江杭州余杭区阿里巴巴公司门口'],
    ['address', '快递放在天猫驿站了'],
    ['address', '北京抖音大楼'],
    ['address', '亚马逊中国办公室'],
    ['address', '义乌淘宝直播小镇'],
    ['address', '淘宝大学培训中心'],
    ['model', '产品编码 WX20231206001'],
    ['model', 'SN码：QQ88776655'],
    ['product', '支付宝小程序也能查物流'],
    ['payment', '支付宝支付成功了吗？'],
    ['payment', '支付宝余额不足的话可以换银行卡'],
    ['payment', '支付宝可以付的'],
    ['payment', '微信钱包付就行'],
    ['payment', '退款会按原支付方式退回，微信付的退微信'],
  ])('%s: %s', (_kind, text) => expect(categories(text)).toEqual([]));
});

describe('lexicon: emoji, slang, traditional (item 4)', () => {
  it.each([
    ['🐧号多少', 'contact'],
    ['去🍑宝搜一下', 'platform'],
    ['扫这个🐴加我', 'qrcode'],
    ['闲🐟上有', 'platform'],
    ['天🐱旗舰店更便宜', 'platform'],
    ['加我绿色软件聊', 'contact'],
    ['海鲜市场上有二手的', 'platform'],
    ['我们抖店也在卖', 'platform'],
    ['淘寶上有同款', 'platform'],
    ['閒魚上便宜', 'platform'],
    ['加個微信吧', 'contact'],
    ['加个企鹅', 'contact'],
    ['来🐧聊', 'contact'],
    ['薇芯号发你', 'contact'],
    ['dy直播间见', 'platform'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));
});

describe('intent without a keyword (item 5)', () => {
  it.each([
    ['好评返现5元哦', 'deal'],
    ['五星好评送红包', 'deal'],
    ['确认收货后返您10块', 'deal'],
    ['改成好评给您补偿20元', 'deal'],
    ['钱直接转给我就行，不用拍了', 'deal'],
    ['加我们的福利群，群里领券', 'deal'],
    ['退款私下给你打过去', 'deal'],
    ['我电话一三八，零零一三，八零零零', 'phone'],
    ['前面138 0013，后面是8000', 'phone'],
    ['邮箱 kefu(at)163.com', 'email'],
    ['发到abc123[at]qq[dot]com', 'email'],
    ['kefu{at}163.com', 'email'],
    ['拍下后我给你退款，再返你10元', 'deal'],
    ['拍下不发货，退款返现给你', 'deal'],
    ['加入福利群有惊喜', 'deal'],
    ['卡号6222021234567890123', 'bank'],
    ['开户行建设银行，账号6227001234567890', 'bank'],
    ['打到我卡上 6222 0212 3456 7890 123', 'bank'],
    ['支付宝账号13800138000', 'bank'],
    ['支付宝账号abc@163.com', 'bank'],
    ['支付宝 13912345678 转过来就行', 'bank'],
    ['转我支付宝：abc123@qq.com', 'bank'],
    ['把钱打到这张卡上就行', 'bank'],
    ['钱你给我就行，不用下单', 'deal'],
    ['你直接付我，我给你发货', 'deal'],
    ['不想走平台可以找我', 'deal'],
    ['下次直接找我买，不用在这拍', 'deal'],
    ['中国银行 6013 8210 0012 3456 789', 'bank'],
    ['晒个买家秀，送您一张10元券', 'deal'],
    ['您把差评删了，我补您20', 'deal'],
    ['给个好评，下次给您打八折', 'deal'],
    ['帮忙拍一单，佣金5元', 'deal'],
    ['做任务返佣金', 'deal'],
    ['给您返点', 'deal'],
    ['走个人渠道便宜点', 'deal'],
    ['您下次直接联系我订货，价格更低', 'deal'],
    ['请汇款至 6222 0810 0000 1234', 'bank'],
    ['收款人：李四 建行 6217 0000 1111 2222', 'bank'],
    ['评价截个图发过来，给您补贴', 'deal'],
  ])('%s → %s', (text, want) => expect(categories(text)).toContain(want));

  it.each(['截图转给我看看', '转给我们售后同事处理', '补偿您5元红包可以吗', '价格是138元，运费12元', '给个好评哦，谢谢亲'])('clean: %s', (text) =>
    expect(categories(text)).toEqual([]),
  );
});

describe('rude service and threats (item 6)', () => {
  it.each([
    '你是不会看字吗',
    '说明书都不会看，怪谁',
    '你自己弄去吧',
    '说了多少遍了还问',
    '穷就别买',
    '我知道你住哪',
    '你给差评试试',
    '给你寄个花圈',
    '你给我等着',
    '你等着',
    '咱们走着瞧',
    '你最好小心点',
    '晚上走路小心点',
    '你再差评一个试试看',
    '我有你地址',
    '看不懂吗',
    '事儿真多',
    '烦不烦啊',
    '有完没完',
    '页面写得清清楚楚',
    '你敢给差评我就天天给你打电话',
    '差评？你试试看',
    '我让你吃不了兜着走',
    '别怪我不客气',
    '信不信我找人去你家',
    '后果你自己承担',
    '你等着收花圈吧',
    '你是看不懂中文吗',
    '详情页写着呢，自己不会看？',
    '你到底买不买',
    '你家地址我都有',
    '你最好别给差评',
    '眼睛长哪去了',
    '能不能看清楚再问',
    '字都不认识吗',
    '说了你也不懂',
    '跟你说了多少次了',
    '事多就别买',
    '这点小事也来问',
    '就这么点钱还想怎样',
    '别人都没问题就你有问题',
    '你这种买家我见多了',
    '几块钱的东西要求那么高',
    '自己不会弄吗',
    '你是第一天上网吗',
    '谁让你不看清楚',
    '再问就拉黑',
    '你说话注意点',
    '我已经记住你了',
    '别让我在路上碰到你',
    '你的信息我们都有',
    '小心你家里人',
    '我会让你后悔的',
    '给你家寄点东西',
    '我认识你们那边的人',
    '你家门口见',
    '我找人上门找你',
    '你晚上睡得着吗',
    '祝你早日升天',
    '给你烧点纸',
    '你的地址我已经发给朋友了',
    '你这差评我记下了',
    '有种你别收货',
    '敢差评就曝光你',
    '把你信息挂网上',
    '找几个人去你那看看',
    '你走夜路小心',
  ])('%s → abuse', (text) => expect(categories(text)).toEqual(['abuse']));

  it('threats are clear cases: they hold whatever the setting', () => {
    expect(scan('我知道你住哪').every((f) => f.clear)).toBe(true);
  });

  it.each(['这个确实不能退哦，按规则来', '您可以自己看一下尺码表', '您等着收货就行', '拆的时候小心点，别划到手', '您看不懂的话我给您解释', '您的卡号不需要发给我们，退款原路返回', '您信不信我们都会给您处理好', '退款会打到您的卡上', '看不懂的地方可以问我', '您等着，我去问一下仓库', '小心烫手哦', '您小心拆开，里面是玻璃', '路上小心哦', '您等着收货吧', '说明书上有写，第5页', '不用在这拍，给您补发就行', '商品详情页写得很清楚了，第三张图有尺寸', '退款已经打到您的银行卡了，注意查收', '您绑定的银行卡尾号是8888吗', '拍下后申请退款也可以，会原路退回', '您提交差评之前可以先联系我们试试', '出门在外小心点，注意安全哦', '这个尺码看清楚再下单哦，避免退换麻烦', '下次有需要直接找我们客服就行', '我记住你了，下次来给你优惠', '几块钱的东西也给您认真包装', '这么便宜还包邮哦', '您要自己安装的话，视频在详情页', '买不买都没关系，您先了解', '您的信息我们都会保密', '新品ready上架了', '这款body上有logo', '小黄鱼500克新鲜发货', '你的电话我已经发给快递了', '我们会上门取件', '我们这边认识快递站的人，可以帮您催', '您记住这个订单号就行'])('firm but polite: %s', (text) => expect(categories(text)).toEqual([]));
});
