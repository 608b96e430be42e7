/**
 * What counts as a human reply (人工回复), a platform rule (RULES.md §1,
 * source 004; rule id 'human-reply' in lib/rules.ts): typed text, emoji,
 * image or video sent by an agent; a coupon; goods, buyer-show, group,
 * free-group and small-payment cards; a "remind to pay" on a single order;
 * accept-return or refund cards; address, price and tracking changes; help
 * links; recommending goods. NOT a human reply: automatic replies (robot /
 * 自动回复) and batch or automatic payment reminders. How a page shows each
 * kind is the adapter's business (lib/pdd/reply-kinds.ts).
 */
import type { ChatEventKind } from './events';

/** Who sent a message. */
export type MessageRole = 'buyer' | 'agent' | 'robot' | 'system';

/** What a message is, as far as the rule cares. */
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
const NON_HUMAN_KINDS: ReadonlySet<MessageKind> = new Set(['pay-remind-batch', 'system']);

/** Classifies a message for the metrics: 'buyer', 'human' (counts as a reply) or 'robot' (does not); null for system notes. */
export function replyClass(role: MessageRole, kind: MessageKind): ChatEventKind | null {
  if (role === 'buyer') return 'buyer';
  if (role === 'system') return null;
  if (role === 'robot') return 'robot';
  return NON_HUMAN_KINDS.has(kind) ? 'robot' : 'human';
}
