/**
 * The classes the twenty-eighth writer's tuning text showed missing or
 * over-flagged (issue 21), each with our own lines and clean twins (none is
 * a corpus line): a QR code that is the goods or what they print, someone
 * else's code on a receipt or a card, the platform's own feature, the buyer's
 * own payment code printed on a stand, a file inside WeChat a printer prints;
 * JD as a courier or a box, the buyer's words quoted, what the buyer saw
 * elsewhere set against ours; a bare group beside a contact is no deal, and a
 * bare 加我 after a code is the code's; codes offered and scanned without the
 * QR word (扫它直接找我, 扫了有惊喜, 尾款走这个码, 扫玛付款). Context rules carry
 * further twins in their notes (context.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { expectCategory, expectPattern, findingsIn } from './pattern-table';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

expectCategory(
  "a code that is the goods or what they print, someone else's code, the platform's own feature",
  'qrcode',
  ['标签机坏了扫二维码加我', '贴纸上的二维码扫了进群领券', '小票上的二维码是我微信，扫了加我', '狗牌上的二维码扫了加我领券'],
  [
    '店里新到一批二维码扫描模块，接单片机就能用',
    '我们卖的是空白的二维码贴纸，您自己打码上去',
    '狗牌背面可以刻二维码，丢了别人扫了能看到您留的信息',
    '您发来的二维码图有点糊，印出来会扫不出，麻烦发原图',
    '门票上的二维码是景区检票用的，卡套不会挡住',
    '会员卡上的二维码是健身房自己的，不影响我们的卡套',
    '这个“拼小圈”扫一扫就能看，是平台自己的功能',
  ],
);

expectCategory(
  "the buyer's own payment code printed on a stand",
  'deal',
  ['差价扫我的个人收款码'],
  ['您上传的个人收款码我们只印在亚克力立牌上'],
);

expectCategory(
  'an app a device prints from or runs a meeting on',
  'contact',
  ['打印机的事加我微信', '耳机有问题钉钉找我'],
  ['照片打印机连上手机，微信里的照片也能直接打', '这个耳机可以连两台设备，电脑上开钉钉会议也行'],
);

expectCategory(
  'JD as a courier or a box, the buyer quoted, what the buyer saw elsewhere set against ours',
  'platform',
  ['您说京东那边便宜，去那边拍吧', '顺丰和京东上都有我们的店', '抖音上看到的那个价是我们家299', '抖音上同款卖两百多，我们这便宜'],
  [
    '物流可以选中通或者京东，您备注一下',
    '外包装用的是京东的纸箱，里面是我们家的货',
    '您说京东上看到过这个色，我们这边是原厂正品',
    '您在抖音上看到的那个教程也可以，我们家的更简单',
  ],
);

describe('a bare group or a bare add beside a code (overlaps.ts)', () => {
  const categories = (text: string) => ['contact', 'deal', 'qrcode'].filter((c) => findingsIn(text, c as never).length > 0);
  it.each([
    ['二维码发您了，长按识别就能进售后群', ['qrcode']],
    ['扫码进售后群领红包', ['deal', 'qrcode']],
    ['扫这个码加我就行', ['qrcode']],
    ['扫这个码加我微信', ['contact', 'qrcode']],
    ['扫这个码加我，给您发优惠券', ['contact', 'deal', 'qrcode']],
  ])('%s → %j', (text, expected) => expect(categories(text)).toEqual(expected));
});

expectPattern(
  'scan-code',
  'qrcode',
  ['宝，扫这个图，就到我个人号了', '有事扫它直接找我，比这里方便', '你扫下这个，加上以后发你资料', '拿手机扫下面这张图付款就行', '定金走这个码，拍下的单我关掉', '给你看个码，扫了有惊喜', '码给你发了哈，扫完通过一下', '扫玛付款便宜十块'],
  ['给你看个码，扫了看产地', '扫这个图看安装视频', '扫下这个，看看是不是正品', '尾款在订单里付就行'],
);

expectCategory(
  'chat apps under other names: 围信, Soul, YY, 你V给我, the blue penguin, the green icon, a Telegram handle',
  'contact',
  ['围信同号，懂的', 'soul上搜我名字', 'yy频道 6688 晚上见', '方便的话你V给我', '蓝色小企鹅上搜我', '去那个绿色图标的软件聊', 'tg：@shop_deal88'],
  ['这款是响当当的老牌子', '周围信号不好的话换个地方收快递', 'V领给我来一件M码', 'tg是这款的型号缩写'],
);

expectCategory(
  'smaller shops and aliases: 有赞, 多抓鱼, 当当, TM旗舰, 东东平台, 橙色那个app',
  'platform',
  ['我们在有赞上也有店', '多抓鱼上也能收', '当当上有套装', '这个色TM旗舰有', '去红色的东东平台拍', '橙色那个app上搜我们'],
  ['这款很多人都有赞过', '当当当，新品到了', '颜色是橙色的，app里能调'],
);

expectCategory(
  "an app's own product or goods named after an alias",
  'contact',
  ['绿泡泡发我一下', '微信读书的事微信找我'],
  ['微信读书的年卡我们这边不卖哈', '绿泡泡沐浴球买两盒更划算'],
);

expectCategory(
  'a code refused or warned against',
  'qrcode',
  ['别扫那个了，扫这个二维码加我'],
  ['千万别扫陌生人发的二维码哈', '我们包裹里不放任何让您扫码加人的小卡'],
);

expectCategory('an e-mail address not needed', 'email', ['邮箱地址发我一下'], ['您的邮箱地址我们用不上哈，发票在订单里下载']);

expectCategory(
  'a refund the way it was paid, a colour or a serial named after an app, a refusal with 也不行',
  'contact',
  ['微信也不行就加我QQ吧', '序列号以QQ开头那个号是我，加我', '微信付给我就行，不走平台'],
  ['钱原路退，微信付的回微信，花呗付的回花呗', '您在微信里的零钱明细能查到这笔退款', '“微信绿”这个颜色是我们的色号名', 'QQ也不行哦，咱们就在这里聊', '序列号以“QQ5”开头的是新批次'],
);

expectCategory('a housing estate named after a platform', 'platform', ['闲鱼上搜我们店'], ['您填的小区是“闲鱼湾”吗？快递单上没写全']);

expectCategory(
  "a number topped up to the wrong line, the courier's contact on the tracking page",
  'contact',
  ['别的号加我也行', '快递员的联系方式我发你'],
  ['手机号填错的话话费会充到别的号上', '快递员是李师傅，订单物流页面有他的联系方式'],
);

expectCategory('a warehouse named after a platform', 'platform', ['唯品上也有我们的店'], ['寄件人是“唯品仓储”，是我们合作的仓库']);

expectCategory('an e-mail address the shop cannot see', 'email', ['邮箱地址发我一下'], ['发票会发到您填的邮箱，我们这边看不到邮箱地址']);

expectCategory('a payment code card a phone case holds', 'qrcode', ['手机壳的事扫我收款码补差价'], ['这款手机壳背面能塞一张收款码卡片或者照片']);

expectCategory(
  "the buyer's price or view quoted, a content app scrolled on the goods",
  'platform',
  ['您说淘宝上便宜？那您去淘宝搜我们店名', '支架在抖音上搜我们店更便宜'],
  ['您说淘宝上才卖49？我们这个是加厚款', '您看到的京东价是不含运费的，我们这边包邮', '这个手机支架躺着刷抖音很稳'],
);

expectCategory("a waybill's own code", 'qrcode', ['快递单上的二维码是我微信，扫了加我'], ['快递单上的二维码是快递公司的，扫了只能看物流']);

expectCategory('two payment codes on a stand', 'contact', ['台卡的事加我微信说'], ['收款码台卡是亚克力的，可以放微信和支付宝两个码']);

expectCategory(
  'a code the platform does not let us send, a card we know nothing of, a tax code, a pet tag, a checkout scanner',
  'qrcode',
  ['平台不让发，我发你二维码你扫了加我', '那张卡片不是我们放的，扫这个码加我'],
  ['宝，二维码平台不让发，我用文字跟您说步骤', '您收到的那张扫码领红包的卡片我们不知情，请勿扫', '发票上的二维码是税务局的查验码', '宠物的防丢牌扫码能看到主人信息', '收银机支持扫码支付，顾客出示付款码就行'],
);

expectCategory('apps a learning tablet installs, a blogger quoted', 'contact', ['学习机的问题加我QQ'], ['这个学习机可以装QQ和微信，家长能设置限制']);

expectCategory('a blogger the buyer quotes', 'platform', ['小红书上搜我们店名'], ['您是说小红书上那个博主推荐的吗？那个是我们家的同款']);

expectPattern('qq-number', 'contact', ['企鹅 三八六七五四二一九', '加一下扣扣三八七二九一零五六'], ['企鹅玩偶有三个尺寸', '扣扣子那款有三种颜色']);

expectCategory(
  'a rival platform with a device in the clause and a price, a bar inside the name',
  'platform',
  ['这个耳机同款在狗东要399，我们这才259', '音箱在天猫卖得贵，我们这是正品', '这款比京丨东便宜100'],
  ['这款手表能显示天猫精灵的提醒'],
);

expectCategory('an e-mail address asked for in other words', 'email', ['邮箱报一下，我发你', '郵箱寫一下', '资料发你，把邮箱写给我', '告诉我邮箱就行'], ['邮箱功能在设置里', '邮箱地址我们用不上']);

expectCategory('a link with 。 for the dot, a short video link', 'url', ['官网 lebo。tv 下载', '复制到浏览器：shop-yun。top', '视频在 youtu.be/abc123'], ['好的。top款没货了', '收到了。shop里看看', '可以的。tv柜也有']);

expectPattern(
  'scan-code',
  'qrcode',
  ['吊牌背面有个小方块码，扫了能找到我本人', '面单旁边贴了个码，扫完师傅会联系你', '那个黑白格子的图扫了就能加上我', '您对着这张图扫下，会跳到我的号'],
  ['包装上的码扫了能看安装视频', '加湿器底部的码扫了能加湿吗', '这张图扫不出来，麻烦重发', '实拍图扫一眼就知道质量'],
);

expectCategory(
  "a colour named after a platform in quotes, the other platform's order or return address, a platform's rider",
  'platform',
  ['这个颜色淘宝上有，去那边拍', '淘宝的店铺名叫小林家，去搜'],
  ['这个颜色叫“天猫红”，是官方色名', '淘宝的退货地址和我们的不一样，不要寄错了', '美团骑手说送不进小区的话，您在门口取一下'],
);

expectCategory(
  "a pickup code, the platform's checkout, the buyer's own payment code to keep",
  'qrcode',
  ['付款码是您自己的，截图发我', '扫码付款扫我这个码就行'],
  ['二维码已经过期的话，您在订单页面重新生成取件码', '扫码付款是在拼多多的收银台，不是扫我们的码', '付款码是您自己手机上的，不要发给任何人'],
);

expectCategory(
  'a wish granted then refused, a card or an account disowned, an attendance machine',
  'contact',
  ['您说加微信更方便，理解的，加我 vx：shop_88', '视频号上那个是假冒的，加我微信 kf_2024 才是真的'],
  ['您说加微信更方便，理解的，但我们只能在这里服务', '包裹里的小卡片写着加微信，那个不是我们的活动', '视频号上那个是假冒的', '这款是钉钉考勤机，员工打卡用的'],
);

expectCategory(
  'more names for a chat app: 威号, 小绿书号, 私我小号, B站私信, 飞书搜, a Line handle',
  'contact',
  ['我的威 号 lin1988', '我的小绿书号 lin_home', '私我小号 lin_small', 'b站私信我', '飞书搜我名字', 'line：lin_home'],
  ['这是权威号召的活动', '您想留别的联系方式？不需要的，在这里就好', 'line是这款的线条设计'],
);

expectCategory(
  'another platform named without its name: tao上, 另一个平台, 拼多多以外的店',
  'platform',
  ['这个在tao上更便宜', '我们另外一个平台也有店', '要去拼多多以外的店买'],
  ['这款tao瓷杯是手工的', '留个拼多多以外的联系方式？不需要的'],
);
