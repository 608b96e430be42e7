/**
 * Reads the chat page's own traffic, observed passively (WebSocket push frames
 * from m-ws.pinduoduo.com and JSON responses such as latest_conversations),
 * into typed observations. Frames carry exact timestamps, the sender role and
 * robot template names that the DOM does not show (PDD-PAGES.md §(d)).
 * Message text is never read.
 */
import { epochMsByMagnitude, safeId, safeLabel, saneTime } from '../boundary';
import { countDropped } from '../diagnostics';
import type { AccountInfo } from '../events';
import {
  BATCH_REMIND_TEMPLATE_PATTERNS,
  BUYER_NOTICE_TEMPLATE_PATTERNS,
  COUPON_TEMPLATE_PATTERNS,
  GOODS_TEMPLATE_PATTERNS,
  ROBOT_TEMPLATE_PATTERNS,
  SINGLE_REMIND_TEMPLATE_PATTERNS,
  type MessageKind,
  type MessageRole,
} from './reply-kinds';

/** One raw item forwarded by the page-world tap. */
export interface TrafficItem {
  channel: 'ws' | 'http';
  url: string;
  /** The frame or response body, as text. */
  body: string;
}

export interface ObservedMessage {
  conversationId: string;
  buyerId: string;
  messageId: string;
  at: number;
  role: MessageRole;
  kind: MessageKind;
}

/**
 * The platform's own "unanswered since" for a conversation: latest_conversations
 * is asked for it (`need_unreply_time: true`, PDD-PAGES.md §(d)). It reveals
 * buyer messages sent before the page was opened, of which the list shows
 * only the last. The field name in the response is not documented publicly:
 * several spellings are accepted.
 */
export interface WaitHint {
  conversationId: string;
  buyerId: string;
  since: number;
}

export interface TrafficObservations {
  messages: ObservedMessage[];
  waitHints: WaitHint[];
  account: AccountInfo | null;
  /**
   * The platform's clock as this item shows it, when it shows it: the push
   * socket's `server_time`, the times of pushed messages (sent just now) and
   * of the message a send_message call returns. History (lists) says nothing
   * about now. Feeds PlatformClock (lib/clock.ts).
   */
  platformNow: number | null;
}

const UNREPLY_TIME_FIELDS = ['unreply_time', 'unreplyTime', 'unreply_ts', 'wait_time'] as const;

/** URLs whose bodies the chat features read; anything else is ignored unparsed. */
export function isChatTrafficUrl(url: string): boolean {
  return (
    /^wss?:\/\/m-ws\.pinduoduo\.com\//.test(url) ||
    /\/plateau\/chat\/|\/plateau\/message\/|\/latitude\/message\/|\/chats\/userinfo\//.test(url)
  );
}

interface RawParty {
  role?: unknown;
  uid?: unknown;
}

interface RawMessage {
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
}

const asString = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;

/** Frame times are unix seconds, sometimes ms (PDD-PAGES.md §(d)); read by magnitude, µs included. */
export const toEpochMs = epochMsByMagnitude;

/**
 * Where the reader is: `now` bounds every time read (lib/boundary.ts);
 * without it (unit tests of shapes) times are read by magnitude only.
 */
interface ReadContext {
  now?: number;
}

/** A time field of the page, bounded around now; a value that is there but does not fit is counted. */
function readTime(value: unknown, ctx: ReadContext): number | null {
  if (value === undefined || value === null) return null;
  const at = epochMsByMagnitude(value);
  const bounded = ctx.now === undefined ? at : saneTime(at, ctx.now);
  if (bounded === null) countDropped('bad-time');
  return bounded;
}

/** An id field of the page; a value that is there but does not fit SAFE_ID is counted. */
function readId(value: unknown): string | null {
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

/** Kind of a message from its numeric type and template name. */
export function frameKind(type: unknown, templateName: string, info: unknown): MessageKind {
  const batch = (typeof info === 'object' && info && (info as { batch?: unknown }).batch) || false;
  if (matchesAnyPattern(BATCH_REMIND_TEMPLATE_PATTERNS, templateName) || (batch && /remind/i.test(templateName)))
    return 'pay-remind-batch';
  if (matchesAnyPattern(SINGLE_REMIND_TEMPLATE_PATTERNS, templateName)) return 'pay-remind-single';
  if (matchesAnyPattern(COUPON_TEMPLATE_PATTERNS, templateName)) return 'coupon';
  if (matchesAnyPattern(GOODS_TEMPLATE_PATTERNS, templateName)) return 'goods-card';
  switch (type) {
    case 0:
      return 'text';
    case 1:
      return 'image';
    case 5:
      return 'emoji';
    case 14:
      return 'video';
    case 41:
      return 'goods-card';
    case 64:
      return 'card';
    case 8:
    case 24:
    case 30:
    case 31:
      return 'system';
    default:
      return 'unknown';
  }
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
    const noReply = msg.need_reply === 0 || platformSaysNoReply(msg);
    const notice = matchesAnyPattern(BUYER_NOTICE_TEMPLATE_PATTERNS, templateName) || noReply;
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

const MAX_DEPTH = 6;
/** More messages than this in one body are not read (a history page holds a few hundred). */
const MAX_MESSAGES = 2_000;

/**
 * Every message-shaped object in a JSON body: push frames, history lists and
 * latest_conversations alike. Walking the shape instead of fixed paths keeps
 * this working when the page moves a list one level deeper.
 */
function collectMessages(node: unknown, out: TrafficObservations, depth: number, ctx: ReadContext, chatTypeId?: unknown): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object' || out.messages.length >= MAX_MESSAGES) return;
  if (Array.isArray(node)) {
    for (const item of node) collectMessages(item, out, depth + 1, ctx, chatTypeId);
    return;
  }
  const obj = node as Record<string, unknown>;
  const typeId = obj.chat_type_id ?? chatTypeId;
  if ('msg_id' in obj && typeof obj.from === 'object') {
    const parsed = parseRawMessage(obj as RawMessage, typeId, ctx);
    if (!parsed) return;
    out.messages.push(parsed);
    const hint = waitHint(obj as RawMessage & Record<string, unknown>, parsed, ctx);
    if (hint) out.waitHints.push(hint);
    return;
  }
  for (const value of Object.values(obj)) {
    if (typeof value === 'object') collectMessages(value, out, depth + 1, ctx, typeId);
  }
}

/** no_unreply_hint on a conversation head: the platform itself says the conversation needs no reply. */
function platformSaysNoReply(msg: RawMessage): boolean {
  return msg.no_unreply_hint === 1 || msg.no_unreply_hint === true;
}

/** A conversation head's "unanswered since", when the response carries one; `head` is the head's message as parsed. */
function waitHint(msg: RawMessage & Record<string, unknown>, head: ObservedMessage, ctx: ReadContext): WaitHint | null {
  if (platformSaysNoReply(msg)) return null;
  const field = UNREPLY_TIME_FIELDS.find((name) => name in msg);
  const since = field ? readTime(msg[field], ctx) : null;
  if (since === null) return null;
  return { conversationId: head.conversationId, buyerId: head.buyerId, since };
}

/** SEND_URL: the call whose answer carries the message just sent, stamped by the platform. */
const SEND_URL = /\/plateau\/chat\/send_message(?:[?#]|$)/;

function platformNowOf(item: TrafficItem, json: unknown, messages: readonly ObservedMessage[], ctx: ReadContext): number | null {
  const frame = (json !== null && typeof json === 'object' ? json : {}) as { response?: unknown; server_time?: unknown };
  const times: number[] = [];
  if (item.channel === 'ws') {
    if (frame.server_time !== undefined) {
      const at = readTime(frame.server_time, ctx);
      if (at !== null) times.push(at);
    }
    if (frame.response === 'push') times.push(...messages.map((m) => m.at));
  } else if (SEND_URL.test(item.url)) {
    times.push(...messages.map((m) => m.at));
  }
  return times.length > 0 ? Math.max(...times) : null;
}

function findAccount(node: unknown, depth = 0): AccountInfo | null {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return null;
  const obj = node as Record<string, unknown>;
  const mall = obj.mall as Record<string, unknown> | undefined;
  const rawMall = mall?.mall_id ?? obj.mall_id;
  const rawAgent = obj.username ?? obj.csname ?? obj.cs_name;
  if (rawMall !== undefined && rawAgent !== undefined) {
    const mallId = readId(rawMall);
    const agent = safeLabel(typeof rawAgent === 'number' ? String(rawAgent) : rawAgent);
    if (!agent) countDropped('bad-text');
    if (!mallId || !agent) return null;
    const rawName = mall?.mall_name ?? obj.mall_name;
    return { key: `${mallId}:${agent}`, mallName: safeLabel(rawName) ?? undefined, agentName: agent };
  }
  for (const value of Object.values(obj)) {
    const found = typeof value === 'object' ? findAccount(value, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Parses one forwarded item; malformed or unrelated bodies yield nothing.
 * `now` (the time base of lib/clock.ts) bounds every time read; a message
 * whose id or time does not fit is skipped and counted, the others are kept.
 */
export function readTraffic(item: TrafficItem, now?: number): TrafficObservations {
  const empty: TrafficObservations = { messages: [], waitHints: [], account: null, platformNow: null };
  if (!isChatTrafficUrl(item.url)) return empty;
  let json: unknown;
  try {
    json = JSON.parse(item.body);
  } catch {
    countDropped('bad-body');
    return empty;
  }
  const observed: TrafficObservations = { messages: [], waitHints: [], account: null, platformNow: null };
  const ctx = { now };
  collectMessages(json, observed, 0, ctx);
  observed.platformNow = platformNowOf(item, json, observed.messages, ctx);
  if (/\/chats\/userinfo\//.test(item.url)) observed.account = findAccount(json);
  return observed;
}
