/**
 * One message object of the chat page's traffic (a push frame's message, an
 * entry of a history list or of latest_conversations) read into an observed
 * message: who sent it (buyer, agent, robot, platform), its kind and its
 * exact time. Every id and time is checked (lib/boundary.ts); message text
 * is never read.
 */
import { epochMsByMagnitude, safeId, saneTime } from '../boundary';
import { countDropped } from '../content/dropped';
import {
  BATCH_REMIND_TEMPLATE_PATTERNS,
  BUYER_NOTICE_TEMPLATE_PATTERNS,
  BUYER_NUDGE_TEMPLATE_PATTERNS,
  COUPON_TEMPLATE_PATTERNS,
  GOODS_TEMPLATE_PATTERNS,
  ROBOT_TEMPLATE_PATTERNS,
  SINGLE_REMIND_TEMPLATE_PATTERNS,
  type MessageKind,
  type MessageRole,
} from './reply-kinds';

export interface ObservedMessage {
  conversationId: string;
  buyerId: string;
  messageId: string;
  at: number;
  role: MessageRole;
  kind: MessageKind;
}

interface RawParty {
  role?: unknown;
  uid?: unknown;
}

export interface RawMessage {
  msg_id?: unknown;
  from?: RawParty;
  to?: RawParty;
  type?: unknown;
  template_name?: unknown;
  ts?: unknown;
  time?: unknown;
  is_aut?: unknown;
  manual_reply?: unknown;
  show_auto?: unknown;
  info?: unknown;
  chat_type_id?: unknown;
  need_reply?: unknown;
  /** On a latest_conversations head: 1 = the platform says no reply is needed. */
  no_unreply_hint?: unknown;
  /** On a system hint attributed to the buyer (PDD-PAGES.md §(i)): the conversation stays silent. */
  conv_silent?: unknown;
}

const asString = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;

/**
 * Where the reader is: `now` bounds every time read (lib/boundary.ts);
 * without it (unit tests of shapes) times are read by magnitude only.
 */
export interface ReadContext {
  now?: number;
}

/** A time field of the page, bounded around now; a value that is there but does not fit is counted. */
export function readTime(value: unknown, ctx: ReadContext): number | null {
  if (value === undefined || value === null) return null;
  const at = epochMsByMagnitude(value);
  const bounded = ctx.now === undefined ? at : saneTime(at, ctx.now);
  if (bounded === null) countDropped('bad-time');
  return bounded;
}

/** An id field of the page; a value that is there but does not fit SAFE_ID is counted. */
export function readId(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const id = safeId(value);
  if (id === null) countDropped('bad-id');
  return id;
}


const matchesAnyPattern = (patterns: readonly RegExp[], value: string) => patterns.some((p) => p.test(value));

function isAutomatic(msg: RawMessage): boolean {
  const template = asString(msg.template_name) ?? '';
  const info = (typeof msg.info === 'object' && msg.info) || {};
  return (
    matchesAnyPattern(ROBOT_TEMPLATE_PATTERNS, template) ||
    msg.is_aut === 1 ||
    msg.is_aut === true ||
    msg.show_auto === 1 ||
    msg.show_auto === true ||
    (info as { is_aut?: unknown }).is_aut === 1
  );
}


/** Kind of a message by its numeric type, where no template says more (PDD-PAGES.md §(d)). */
const KIND_BY_TYPE: Readonly<Record<number, MessageKind>> = {
  0: 'text',
  1: 'image',
  5: 'emoji',
  14: 'video',
  41: 'goods-card',
  64: 'card',
  8: 'system',
  24: 'system',
  30: 'system',
  31: 'system',
};

/** Kind of a message from its numeric type and template name. */
export function frameKind(type: unknown, templateName: string, info: unknown): MessageKind {
  const batch = (typeof info === 'object' && info && (info as { batch?: unknown }).batch) || false;
  if (matchesAnyPattern(BATCH_REMIND_TEMPLATE_PATTERNS, templateName) || (batch && /remind/i.test(templateName)))
    return 'pay-remind-batch';
  if (matchesAnyPattern(SINGLE_REMIND_TEMPLATE_PATTERNS, templateName)) return 'pay-remind-single';
  if (matchesAnyPattern(COUPON_TEMPLATE_PATTERNS, templateName)) return 'coupon';
  if (matchesAnyPattern(GOODS_TEMPLATE_PATTERNS, templateName)) return 'goods-card';
  return (typeof type === 'number' ? KIND_BY_TYPE[type] : undefined) ?? 'unknown';
}

/** A message object from a frame or a list response, or null if it is not a buyer conversation message. */
export function parseRawMessage(msg: RawMessage, chatTypeId?: unknown, ctx: ReadContext = {}): ObservedMessage | null {
  const fromRole = asString(msg.from?.role);
  if (fromRole !== 'user' && fromRole !== 'mall_cs') return null;
  const messageId = readId(msg.msg_id);
  if (!messageId) return null;
  const at = readTime(msg.ts ?? msg.time, ctx);
  if (at === null) return null;
  // chat_type_id 5 is the platform's own service chat, not a buyer (PDD-PAGES.md §(d)).
  if (chatTypeId === 5 || msg.chat_type_id === 5) return null;
  if (msg.type === 1002) return null; // a withdrawal notice, not a message
  const templateName = asString(msg.template_name) ?? '';
  let role: MessageRole;
  let buyerId: string | null;
  if (fromRole === 'user') {
    // A platform notice attributed to the buyer (entered from a goods page …),
    // or a message the platform itself marks as needing no reply: no wait.
    // A conversation head (latest_conversations) says so with no_unreply_hint
    // (PDD-PAGES.md §(d)): its message is the one that needs no reply.
    // The product-page card (type 41) and the buyer's nudge ask nothing new (§(i)).
    const noReply = msg.need_reply === 0 || platformSaysNoReply(msg) || msg.type === 41;
    const notice = matchesAnyPattern(BUYER_NOTICE_TEMPLATE_PATTERNS, templateName) || matchesAnyPattern(BUYER_NUDGE_TEMPLATE_PATTERNS, templateName) || noReply;
    role = notice ? 'system' : 'buyer';
    buyerId = readId(msg.from?.uid);
  } else {
    buyerId = readId(msg.to?.uid);
    role = isAutomatic(msg) ? 'robot' : 'agent';
  }
  if (!buyerId) return null;
  let kind = role === 'system' ? 'system' : frameKind(msg.type, templateName, msg.info);
  if (kind === 'system') role = 'system';
  // The "robot" nickname aside, an automatic payment reminder is no human reply either.
  if (role === 'agent' && kind === 'pay-remind-batch') role = 'robot';
  if (role === 'robot' && kind === 'system') kind = 'text';
  return { conversationId: buyerId, buyerId, messageId, at, role, kind };
}

/** no_unreply_hint (a conversation head, a hint) or conv_silent (a hint): the platform itself says no reply is needed. */
export function platformSaysNoReply(msg: RawMessage): boolean {
  return msg.no_unreply_hint === 1 || msg.no_unreply_hint === true || msg.conv_silent === true || msg.conv_silent === 1;
}
