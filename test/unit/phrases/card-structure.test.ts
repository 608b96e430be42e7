/**
 * Cards and money moved around the order by structure, second round
 * (lib/phrases/intent-cards.ts, intent-payee.ts): the card photographed, in
 * shorthand, its bank or holder asked for, in financial digits; the price
 * paid at the door, the order skipped, a gift or code for a review,
 * after-sales closed for money, the agent paying out of pocket, cash on
 * arrival. Each beside twins written to break it: a warranty card, the
 * refund's way back, a warning, on-platform money, a reship, advice. Our own
 * lines in other wordings, plus one tuning line each; none from a held-out file.
 */
import { describe } from 'vitest';
import type { PhraseCategory } from '@/lib/phrases';
import { expectPattern } from './pattern-table';

const expectHeld = (id: string, category: PhraseCategory, held: readonly string[], clean: readonly string[]) => expectPattern(id, category, held, clean);

describe('a card asked for in other words', () => {
  expectHeld(
    'card-picture',
    'bank',
    ['兄弟 你把卡拍个图 盖住有效期 号码露出来就行', '补偿款要打给你，银行卡对着拍一张', '您那张储蓄卡拍个照片发来，我让财务转', '拍一下你的银行卡正面，我好打钱', '账号写纸上拍给我就行'],
    ['保修卡拍个照发我，帮您登记', '把卡片拍个照，看下是否压坏了', '收到您的银行卡截图了，请撤回，我们不需要，退款原路返回', '会员卡照片上传到店铺首页就能积分', '把SIM卡拍个照我看看卡槽'],
  );
  expectHeld(
    'card-alias',
    'bank',
    ['差价我退你，你把yhk号码发一下', '直接ka号甩我，马上到账', '你有yin hang ka吗，我转你'],
    ['这款是yhk2000型号的配件吗？不是哦', '我们的卡扣是塑料的'],
  );
  expectHeld(
    'card-whose',
    'bank',
    ['你那卡是哪个银行的？同行转账快', '你的卡是建行吗，我也是', '叫啥名字，哪个银行，我让会计退你', '麻烦告知开户银行与账号', '把银行账户和名字发我', '卡后四位和姓名报一下', '你卡是几几开头的', '邮政的卡也行，报个号'],
    ['您用哪个银行卡付的款？退款原路回去', '请不要在聊天中发送任何银行卡信息', '您的卡是哪家银行的都可以付款，下单时选就行', '平台不会向您索要银行卡信息，请放心'],
  );
  expectHeld('card-financial', 'bank', ['收款卡：陆贰贰捌 肆捌零零 贰叁肆伍 陆柒捌玖'], ['价格：陆佰贰拾元整，开票用', '发票金额陆贰零元']);
});

describe('money around the order, second round', () => {
  expectHeld(
    'skip-refund',
    'deal',
    ['别申请退款了，我直接退您', '别在订单里点退款，我私下退你'],
    ['不用申请售后，我们直接给您补发', '不用申请退货，直接给您退款', '别急着申请退款，我先帮您查物流'],
  );
  expectHeld(
    'pay-worker',
    'deal',
    ['床垫送到后尾款直接给安装师傅', '窗帘钱跟他结就行', '货款交给司机就好', '验完货再付给师傅，线上那单我关了', '师傅装好了您直接给他钱', '现场刷师傅的pos机就行'],
    ['安装费不用给师傅，平台已经付过了', '费用跟师傅无关，是平台收的', '有问题直接给师傅打电话', '师傅上门不收任何钱，如果收费请告诉我们'],
  );
  expectHeld(
    'skip-online',
    'deal',
    ['下次别在网上拍了，直接来店里', '以后不用在手机上买，打电话给我就行', '批量采购不必经过拼多多下单', '团购的话不走链接，我们单独对接', '这个请勿在此下单，另行结算'],
    ['不用在网上拍了，已经给您补发了', '不在这个店下单的话我们查不到订单', '别在网上乱买三无产品哦', '请在拼多多下单，这样有保障'],
  );
  expectHeld(
    'review-gift',
    'deal',
    ['五星好评的话给您寄一个抱枕当谢礼', '追评晒图给你包个6.6的', '确认收货后找我领一包纸巾', '评价写好点，回头给你多塞两双袜子', '收到先别点收货，我发个暗号给你'],
    ['好评是对我们最大的鼓励，谢谢', '五星好评不强求，用着好再说', '确认收货后给您寄个发票', '收货后有破损的话给您补发'],
  );
  expectHeld(
    'close-for-money',
    'deal',
    ['你把售后撤了，我另外补你十块', '取消退款申请，我给你返20'],
    ['您先把退款关了，我这边重新给您发货', '取消售后申请后，平台会自动关闭'],
  );
  expectHeld('pay-personal', 'deal', ['这个差价我个人补您', '运费由我个人转给您', '我先用私人账户垫给你'], ['我个人建议您选大一码', '我个人觉得黑色更百搭']);
  expectHeld(
    'pay-on-arrival',
    'deal',
    ['取消订单吧，东西到了付我50就行', '下次直接给我留言，让快递上门收钱', '剩下那斤的钱转这就行'],
    ['到了再给您打电话确认', '螺丝打这个孔，对准就行', '把这个链接转这个群里也可以'],
  );
});

describe('cards and money, the spellings and orders several writers share', () => {
  expectHeld(
    'card-partial',
    'bank',
    ['钱转我卡 尾号 7 7 0 3 的建行', '先打到 6228 4800 12 后几位等下发', '6217 00开头，后面的待会发你'],
    ['快递单尾号 5 5 1 2 的那个是您的', '订单尾号3306，请核对'],
  );
  expectHeld(
    'app-account',
    'bank',
    ['赔你30，ysf号给我', '你支x宝的号是多少', '把你那个花钱的宝账号给我', 'yun shan fu 账号多少'],
    ['云闪付付款在下单页选就行', '退款会原路退回您的支付宝'],
  );
  expectHeld('pay-worker', 'deal', ['尾款到时候现金给师傅就行'], ['现金券在订单页领取']);
  expectHeld(
    'skip-online',
    'deal',
    ['网上不用下单，到店现结', '这单您别拍了，回头我联系您发货', '以后直接报我名字，不用下单', '大单不在平台做，私下谈'],
    ['补发不用重新下单，我们这边安排', '网上不用下单的话，怎么买？请在拼多多拍'],
  );
  expectHeld('review-gift', 'deal', ['五星评价送一卷胶带', '给我个好评我再寄你一套新弦', '点个确认收货，运费给你贴回去'], ['五星好评是对我们的肯定', '给个好评吧亲，谢谢']);
  expectHeld('close-for-money', 'deal', ['差评你删了，我给你送一箱'], ['差评删不了，平台规定']);
  expectHeld('pay-on-arrival', 'deal', ['差的十块您下次一起给我', '拍完我这边再给您单独优惠十块'], ['两件一起给您发货', '优惠券领了再给您单独备注']);
});
