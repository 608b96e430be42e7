/**
 * The one message contract between content scripts, extension pages and the
 * background worker. Every request type is declared here with its reply; both
 * ends use these types, so a renamed field breaks the build, not the product.
 */
import type { BeijingDay } from './clock';
import type { AccountInfo, AfterSalesRowState, ChatEvent, GuardEvent, RefundStage, WaitingReport } from './events';
import type { DayMetrics, SignupCheck } from './metrics';
import type { PhraseCategory } from './settings/types';

export interface TrendPoint {
  day: BeijingDay;
  rate1h: number | null;
  rate5min: number | null;
  buyers: number;
}

export interface GuardCounts {
  held: number;
  warned: number;
  sentAnyway: number;
}

export interface RefundCounts extends Record<RefundStage, number> {
  pending: number;
  /** When the after-sales list was last seen, epoch ms; null if never. */
  seenAt: number | null;
}

/** A local-database failure the popup must show (lib/store/errors.ts); never a silent loss. */
export interface StoreErrorInfo {
  code: 'quota' | 'blocked' | 'terminated' | 'unknown';
  /** Chinese first, then English. */
  message: string;
  /** The request or step that failed, e.g. 'chat/events'. */
  op: string;
  at: number;
  /** Beijing day whose figures may be incomplete. */
  day: BeijingDay;
}

/** Everything the popup shows, answered in one round trip. */
export interface Summary {
  account: AccountInfo;
  accounts: AccountInfo[];
  today: BeijingDay;
  metrics: DayMetrics;
  /** Oldest first, ending today. */
  trend: TrendPoint[];
  signup: SignupCheck;
  /** Today's guard counts per category (a message with 2 categories counts in both rows). */
  guard: Partial<Record<PhraseCategory, GuardCounts>>;
  /** Today's guard counts per message (a held message with 2 categories is 1 hold). */
  guardTotal: GuardCounts;
  refunds: RefundCounts;
  /** The latest live report from an open chat tab, null if none is open. */
  live: (WaitingReport & { reportedAt: number }) | null;
  /** True when nothing has been recorded yet for this account. */
  empty: boolean;
  /** The last local-database error of the days shown (null when none): their figures may be incomplete. */
  storeError?: StoreErrorInfo | null;
}

export type ExportFormat = 'csv' | 'json';

/** Request name → request body and reply. */
export interface Protocol {
  /** Chat events seen on the page; stored deduplicated by message id. */
  'chat/events': { request: { account: AccountInfo; events: ChatEvent[] }; reply: { added: number } };
  /** Unanswered buyer messages already stored, so a reload keeps the original waiting-since. */
  'chat/pending': {
    request: { account: string; since: number };
    reply: { pending: Array<{ conversationId: string; buyerId: string; waitingSince: number; messageId: string }> };
  };
  /** The chat page is open and recognised; marks this minute as observed. */
  'chat/heartbeat': { request: { account: AccountInfo; at: number }; reply: { ok: true } };
  /** The chat tab's live counts, for the toolbar badge and the popup. */
  'chat/waiting': { request: { report: WaitingReport }; reply: { ok: true } };
  'guard/event': { request: { account: AccountInfo; event: GuardEvent }; reply: { added: number } };
  /** The after-sales rows on the page; latest state wins per after-sales id. */
  'aftersales/snapshot': {
    request: { account: AccountInfo; seenAt: number; rows: AfterSalesRowState[] };
    reply: { stored: number };
  };
  'summary/get': { request: { account?: string }; reply: Summary };
  'export/daily': {
    request: { account?: string; format: ExportFormat };
    reply: { filename: string; mime: string; body: string };
  };
}

export type RequestType = keyof Protocol;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K } & Protocol[K]['request'] }[T];
export type Reply<T extends RequestType> = Protocol[T]['reply'];

/** What travels back: a reply, or an error message the UI can show. */
export type Envelope<T extends RequestType> = { ok: true; value: Reply<T> } | { ok: false; error: string };

export type Handlers = {
  [K in RequestType]: (request: Request<K>, sender: { tabId?: number }) => Promise<Reply<K>>;
};

/** Minimal runtime messaging surface, so the contract works with browser.runtime or a fake. */
export interface MessagePort {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a typed request to the background and unwraps its envelope. */
export async function sendRequest<T extends RequestType>(port: MessagePort, request: Request<T>): Promise<Reply<T>> {
  const envelope = (await port.sendMessage(request)) as Envelope<T> | undefined;
  if (!envelope) throw new Error(`no reply to ${request.type}: background not running?`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'chat/events',
  'chat/pending',
  'chat/heartbeat',
  'chat/waiting',
  'guard/event',
  'aftersales/snapshot',
  'summary/get',
  'export/daily',
]);

/** True for objects shaped like one of our requests (messages from elsewhere are ignored). */
export function isRequest(message: unknown): message is Request {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.has((message as { type: string }).type)
  );
}

/** Routes a request to its handler and wraps the outcome in an envelope. */
export async function dispatch(handlers: Handlers, request: Request, sender: { tabId?: number }): Promise<Envelope<RequestType>> {
  try {
    const handler = handlers[request.type] as (r: Request, s: { tabId?: number }) => Promise<unknown>;
    return { ok: true, value: (await handler(request, sender)) as Reply<RequestType> };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
