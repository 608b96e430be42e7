/**
 * How the chat page shows each kind of message (its card titles and the
 * template names in its WebSocket frames): the adapter's half of the
 * human-reply rule, whose platform half is lib/reply-rule.ts.
 */
import type { MessageKind } from '../reply-rule';

export type { MessageKind, MessageRole } from '../reply-rule';

/**
 * Text anchors that tell card kinds apart in the DOM. Public sources show
 * `.commonCard` for coupons and reminders without naming the variants, so the
 * card's title text decides (guess, see test/sim/README.md).
 */
export const CARD_TEXT_ANCHORS: ReadonlyArray<{ kind: MessageKind; pattern: RegExp }> = [
  { kind: 'pay-remind-batch', pattern: /批量催付|批量提醒|自动催付/ },
  { kind: 'pay-remind-single', pattern: /催付|提醒付款|待支付提醒/ },
  { kind: 'coupon', pattern: /优惠券|券/ },
];

/**
 * Template names in the page's WebSocket frames (PDD-PAGES.md §(d)).
 * Robot and automatic templates mean "not a human reply".
 */
export const ROBOT_TEMPLATE_PATTERNS: readonly RegExp[] = [
  /^mall_robot/i,
  /^mall_answer_with/i,
  /auto_?reply/i,
  /robot/i,
];

export const BATCH_REMIND_TEMPLATE_PATTERNS: readonly RegExp[] = [/batch.*remind|remind.*batch/i, /auto.*pay.*remind|pay.*remind.*auto/i];

export const SINGLE_REMIND_TEMPLATE_PATTERNS: readonly RegExp[] = [/pay.*remind|remind.*pay|urge.*pay/i];

/**
 * Platform notices the page shows on the buyer's side ("当前用户来自 商品详情页",
 * PDD-PAGES.md §(b)): not buyer messages, they start no wait.
 */
export const BUYER_NOTICE_TEMPLATE_PATTERNS: readonly RegExp[] = [/^user_source/i, /system_hint/i, /^dispute_warning/i];

/**
 * The buyer's nudge "消费者催促您，请尽快回复！" (type 31, PDD-PAGES.md §(i)):
 * the buyer is still waiting since the question before, it asks nothing new.
 */
export const BUYER_NUDGE_TEMPLATE_PATTERNS: readonly RegExp[] = [/^remind_customer_service/i];

/** Texts of such notices, for the DOM where no template name is visible. */
export const BUYER_NOTICE_TEXT = /^(当前用户来自|买家申请修改|订单编号[:：]?\s*\d|机器人已暂停接待)/;

export const COUPON_TEMPLATE_PATTERNS: readonly RegExp[] = [/coupon/i];

export const GOODS_TEMPLATE_PATTERNS: readonly RegExp[] = [/goods/i];
