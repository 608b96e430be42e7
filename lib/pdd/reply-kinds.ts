/**
 * What counts as a human reply (人工回复), as data (RULES.md §1, source 004):
 * typed text, emoji, image or video sent by an agent; a coupon; goods,
 * buyer-show, group, free-group and small-payment cards; a "remind to pay" on a
 * single order; accept-return or refund cards; address, price and tracking
 * changes; help links; recommending goods. NOT a human reply: automatic
 * replies (robot / 自动回复) and batch or automatic payment reminders.
 */

export type MessageRole = 'buyer' | 'agent' | 'robot' | 'system';

export type MessageKind =
  | 'text'
  | 'emoji'
  | 'image'
  | 'video'
  | 'goods-card'
  | 'coupon'
  | 'card'
  | 'pay-remind-single'
  | 'pay-remind-batch'
  | 'system'
  | 'unknown';

/** Shop-side kinds that never count as a human reply, whoever sent them. */
export const NON_HUMAN_KINDS: ReadonlySet<MessageKind> = new Set(['pay-remind-batch', 'system']);

/** Classifies a message for the metrics: 'buyer', 'human' (counts as a reply) or 'robot' (does not). */
export function replyClass(role: MessageRole, kind: MessageKind): 'buyer' | 'human' | 'robot' | null {
  if (role === 'buyer') return 'buyer';
  if (role === 'system') return null;
  if (role === 'robot') return 'robot';
  return NON_HUMAN_KINDS.has(kind) ? 'robot' : 'human';
}

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

/** Texts of such notices, for the DOM where no template name is visible. */
export const BUYER_NOTICE_TEXT = /^(当前用户来自|买家申请修改|订单编号[:：]?\s*\d|机器人已暂停接待)/;

export const COUPON_TEMPLATE_PATTERNS: readonly RegExp[] = [/coupon/i];

export const GOODS_TEMPLATE_PATTERNS: readonly RegExp[] = [/goods/i];
