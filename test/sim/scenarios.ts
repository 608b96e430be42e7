/**
 * Built-in scenarios. Every time is relative to `sim.clock.now()` and nothing
 * is random, so a frozen clock gives the same pages byte for byte.
 */
import type { Simulator } from './index.ts';
import { beijingMidnight } from './time.ts';

export type ScenarioName = 'lively' | 'empty';

/** Buyer uids of the 'lively' scenario, by role in it. */
export const LIVELY = {
  /** The conversation with every kind of message (open it for the snapshot). */
  showcase: '8123456789',
  waiting20s: '8123456790',
  waiting150s: '8123456791',
  timeout4m: '8123456792',
  robotAnsweredTimeout: '8123456793',
  timeout70m: '8123456794',
  robotAnswered: '8123456795',
  answeredBySub: '8123456796',
  batchRemindOnly: '8123456797',
  singleRemind: '8123456798',
  couponAnswered: '8123456799',
  offHours: '8123456800',
  yesterday: '8123456801',
  threeDaysAgo: '8123456802',
  noReplyNeeded: '8123456803',
} as const;

export function runScenario(sim: Simulator, name: ScenarioName): void {
  if (name === 'empty') return;
  lively(sim);
}

function lively(sim: Simulator): void {
  const now = sim.clock.now();
  const ago = (sec: number): number => now - sec * 1000;
  const c = sim.chat;
  const U = LIVELY;

  const buyers: Array<[string, string]> = [
    [U.showcase, 'S*******n'],
    [U.waiting20s, '小**'],
    [U.waiting150s, 'j***8'],
    [U.timeout4m, '陈**'],
    [U.robotAnsweredTimeout, 'M****a'],
    [U.timeout70m, '爱吃**的猫'],
    [U.robotAnswered, 'x***y'],
    [U.answeredBySub, '王**'],
    [U.batchRemindOnly, 'L*******6'],
    [U.singleRemind, '一***秋'],
    [U.couponAnswered, 'z**g'],
    [U.offHours, '夜***人'],
    [U.yesterday, '刘**'],
    [U.threeDaysAgo, 'T*******r'],
    [U.noReplyNeeded, '好***'],
  ];
  for (const [uid, nickname] of buyers) c.addBuyer({ uid, nickname });

  // The showcase conversation: every message kind, last buyer message 45 s ago.
  const s = U.showcase;
  c.buyerSource(s, '商品详情页', { at: ago(42 * 60) });
  c.buyerSays(s, '这个有现货吗', { type: 'goods', at: ago(41 * 60 + 50) });
  c.buyerSays(s, '这个四件套是纯棉的吗？洗了会不会起球', { at: ago(41 * 60 + 40) });
  c.robotReplies(s, '亲，您好！本店四件套均为100%新疆长绒棉，亲肤透气，正常洗涤不起球哦~', {
    at: ago(41 * 60 + 36),
  });
  c.systemNotice(s, '您接待过此消费者，机器人已暂停接待，立即恢复接待', { at: ago(30 * 60 + 5) });
  const a1 = c.agentReplies(s, '亲，是A类纯棉的，婴儿也可以用，不起球的哦', { at: ago(29 * 60 + 40) });
  c.agentSendsCard(s, 'coupon', { at: ago(29 * 60 + 30) });
  c.buyerSays(s, '', { type: 'image', at: ago(12 * 60) });
  c.buyerSays(s, '这个颜色还有现货吗？', { quote: a1, at: ago(11 * 60 + 50) });
  c.agentSendsCard(s, 'goods', { at: ago(11 * 60) });
  c.agentReplies(s, '有现货的亲，今天下单48小时内发货', { at: ago(10 * 60 + 50) });
  c.buyerSays(s, '好的，那用券的话一共多少钱', { at: ago(45) });

  c.buyerSays(U.waiting20s, '在吗？', { at: ago(20) });
  c.buyerSays(U.waiting150s, '发什么快递呀', { at: ago(150) });

  c.buyerSays(U.timeout4m, '怎么还没发货，都三天了', { at: ago(4 * 60 + 5) });

  c.buyerSays(U.robotAnsweredTimeout, '可以开发票吗', { at: ago(12 * 60) });
  c.robotReplies(U.robotAnsweredTimeout, '亲，本店支持开具电子发票，请在订单详情页申请哦', {
    at: ago(12 * 60 - 3),
    template: 'mall_answer_with_text',
  });

  c.buyerSays(U.timeout70m, '退货地址发我一下', { at: ago(70 * 60) });

  c.buyerSays(U.robotAnswered, '保温杯能装开水吗', { at: ago(3 * 60 + 10) });
  c.robotReplies(U.robotAnswered, '亲，可以装100℃开水的，316不锈钢内胆放心使用~', { at: ago(3 * 60 + 8) });

  c.buyerSays(U.answeredBySub, '拖鞋28码适合几岁的宝宝', { at: ago(22 * 60) });
  c.agentReplies(U.answeredBySub, '亲，28-29码适合4-5岁左右的宝宝哦', { at: ago(20 * 60), agent: '小美' });

  c.buyerSays(U.batchRemindOnly, '拍了怎么付款不了', { at: ago(2 * 60) });
  c.agentSendsCard(U.batchRemindOnly, 'pay-remind-batch', { at: ago(100) });

  c.buyerSays(U.singleRemind, '我先拍下，晚点付款', { at: ago(35 * 60) });
  c.agentSendsCard(U.singleRemind, 'pay-remind-single', { at: ago(34 * 60) });

  c.buyerSays(U.couponAnswered, '有优惠券吗', { at: ago(50 * 60) });
  c.agentSendsCard(U.couponAnswered, 'coupon', { at: ago(49 * 60) });

  // Off-hours: the latest 02:13 Beijing that is at least a minute ago.
  let night = beijingMidnight(now) + (2 * 60 + 13) * 60_000;
  if (night > now - 60_000) night -= 24 * 3600_000;
  c.buyerSays(U.offHours, '睡不着，看看你家的被子，冬天用的有吗', { at: night });

  const yMid = beijingMidnight(now) - 24 * 3600_000;
  c.buyerSays(U.yesterday, '收到了，质量不错', { at: yMid + (20 * 60 + 15) * 60_000 });
  c.agentReplies(U.yesterday, '感谢亲的支持，有问题随时联系我们哦', { at: yMid + (20 * 60 + 16) * 60_000 });

  const d3 = beijingMidnight(now) - 3 * 24 * 3600_000;
  c.buyerSays(U.threeDaysAgo, '纸巾是几层的', { at: d3 + 15 * 3600_000 });
  c.agentReplies(U.threeDaysAgo, '亲，是4层加厚的哦', { at: d3 + 15 * 3600_000 + 40_000 });

  c.buyerSays(U.noReplyNeeded, '什么时候能到', { at: ago(15 * 60) });
  c.agentReplies(U.noReplyNeeded, '亲，预计后天送达哦', { at: ago(14 * 60) });
  c.buyerSays(U.noReplyNeeded, '好的谢谢', { at: ago(13 * 60), needReply: false });

  // After-sales: 12 requests (two pages of 10).
  const h = 3600;
  const a = sim.aftersales;
  a.addRequest({ type: '仅退款', reason: '质量问题', amountFen: 3800, shipped: true, appliedAt: ago(47 * h) });
  a.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 1590, shipped: false, appliedAt: ago(2 * h), speedRefund: true });
  a.addRequest({
    type: '退货退款',
    reason: '描述不符',
    amountFen: 3800,
    shipped: true,
    status: 'awaiting-receipt',
    returnTrackingNo: 'YT7523098812345',
    appliedAt: ago(3 * 24 * h),
    deadlineAt: now + (6 * 24 * h + 21 * h + 53 * 60 + 27) * 1000,
    logisticsUpdatedAt: ago(5 * h),
  });
  a.addRequest({
    type: '退货退款',
    reason: '质量问题',
    amountFen: 12900,
    shipped: true,
    status: 'awaiting-receipt',
    returnTrackingNo: 'SF1409876543210',
    carrier: '顺丰速运',
    appliedAt: ago(4 * 24 * h),
    deadlineAt: now + (27 * h + 12 * 60 + 5) * 1000,
    countdownCondition: '物流无退回轨迹',
    logisticsUpdatedAt: ago(50 * h),
  });
  a.addRequest({ type: '仅退款', reason: '假货', amountFen: 3990, shipped: true, appliedAt: ago(30 * h), carrier: '韵达快递' });
  a.addRequest({
    type: '仅退款',
    reason: '空包裹',
    amountFen: 2590,
    shipped: true,
    appliedAt: ago(47 * h + 50 * 60),
    logisticsUpdatedAt: ago(60 * h),
  });
  a.addRequest({ type: '退货退款', reason: '描述不符', amountFen: 5990, shipped: true, appliedAt: ago(20 * h) });
  a.addRequest({ type: '仅退款', reason: '缺货', amountFen: 990, shipped: false, status: 'refunded', appliedAt: ago(26 * h) });
  a.addRequest({ type: '退货退款', reason: '多拍错拍', amountFen: 4590, shipped: true, status: 'closed', appliedAt: ago(5 * 24 * h) });
  a.addRequest({ type: '换货', reason: '质量问题', amountFen: 1590, shipped: true, appliedAt: ago(9 * h), carrier: '圆通速递' });
  a.addRequest({
    type: '仅退款',
    reason: '不想要了',
    amountFen: 2990,
    shipped: false,
    status: 'refunded',
    speedRefund: true,
    appliedAt: ago(6 * h),
  });
  a.addRequest({
    type: '退货退款',
    reason: '不想要了',
    amountFen: 7900,
    shipped: true,
    status: 'awaiting-return',
    appliedAt: ago(30 * 60),
  });
}
