/**
 * Reads the chat page's own traffic, observed passively (WebSocket push frames
 * from m-ws.pinduoduo.com and JSON responses such as latest_conversations),
 * into typed observations. Frames carry exact timestamps, the sender role and
 * robot template names that the DOM does not show (PDD-PAGES.md §(d)).
 * Message text is never read.
 */
import { epochMsByMagnitude, safeLabel } from '../boundary';
import { countDropped } from '../content/dropped';
import type { AccountInfo } from '../events';
import { urlPath, type TapItem } from './page-tap';
import { parseRawMessage, platformSaysNoReply, readId, readTime, type ObservedMessage, type RawMessage, type ReadContext } from './chat-frames';

export type { ObservedMessage } from './chat-frames';


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

/** URLs whose bodies the chat features read (by their path, never their query); anything else is ignored unparsed. */
export function isChatTrafficUrl(url: string): boolean {
  const path = urlPath(url);
  return (
    /^wss?:\/\/(?:m-ws|titan-ws)\.pinduoduo\.com\//.test(path) ||
    /\/plateau\/chat\/|\/plateau\/message\/|\/latitude\/message\/|\/chats\/userinfo\//.test(path)
  );
}

/** Frame times are unix seconds, sometimes ms (PDD-PAGES.md §(d)); read by magnitude, µs included. */
export const toEpochMs = epochMsByMagnitude;

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

function platformNowOf(item: TapItem, path: string, json: unknown, messages: readonly ObservedMessage[], ctx: ReadContext): number | null {
  const frame = (json !== null && typeof json === 'object' ? json : {}) as { response?: unknown; server_time?: unknown };
  const times: number[] = [];
  if (item.channel === 'ws') {
    if (frame.server_time !== undefined) {
      const at = readTime(frame.server_time, ctx);
      if (at !== null) times.push(at);
    }
    if (frame.response === 'push') times.push(...messages.map((m) => m.at));
  } else if (SEND_URL.test(path)) {
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
export function readTraffic(item: TapItem, now?: number): TrafficObservations {
  const empty: TrafficObservations = { messages: [], waitHints: [], account: null, platformNow: null };
  const path = urlPath(item.url);
  if (item.channel === 'ws-bin' || !isChatTrafficUrl(path)) return empty;
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
  observed.platformNow = platformNowOf(item, path, json, observed.messages, ctx);
  if (/\/chats\/userinfo\//.test(path)) observed.account = findAccount(json);
  return observed;
}

/**
 * The `push_data.data[]` entries of one titan push (lib/pdd/titan-frame.ts):
 * `{chat_type_id, message}` objects read like m-ws pushes, sent just now, so
 * their times also tell the platform's clock.
 */
export function readPushEntries(entries: readonly unknown[], now?: number): TrafficObservations {
  const observed: TrafficObservations = { messages: [], waitHints: [], account: null, platformNow: null };
  collectMessages(entries, observed, 0, { now });
  if (observed.messages.length > 0) observed.platformNow = Math.max(...observed.messages.map((m) => m.at));
  return observed;
}
