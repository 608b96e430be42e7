/**
 * The one message contract between content scripts, extension pages and the
 * background worker. Every request type is declared here with its reply; both
 * ends use these types, so a renamed field breaks the build, not the product.
 */
import type { BeijingDay } from './clock';
import type { AccountInfo, AfterSalesRowState, ChatEvent, DiagnosticEntry, DiagnosticReport, GuardEvent, RefundStage, WaitingReport } from './events';
import type { DayMetrics } from './metrics';
import type { Calibration, OfficialSummary } from './official-compare';
import type { OfficialAgentDays } from './official-agents';
import type { LearnedOffset } from './platform-offset';
import type { PhraseCategory } from './settings/types';
import type { PopupSignup } from './signup';

export interface TrendPoint {
  day: BeijingDay;
  rate1h: number | null;
  rate5min: number | null;
  buyers: number;
  /** The platform's own 3-minute rate of the day (服务数据), when read. */
  official3min?: number | null;
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
  /** The signup verdict (lib/signup-verdict.ts) on this shop's platform figures and this agent's estimate. */
  signup: PopupSignup;
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
  /** A chat tab saw new buyers today but no push brought their messages (issue 20 item 6): today's figures are incomplete. */
  trafficMissing?: boolean;
  /** The platform's own figures of the shop (absent from older workers). */
  official?: OfficialSummary;
}

export type ExportFormat = 'csv' | 'json';

/** Request name → request body and reply. */
export interface Protocol {
  /** Chat events seen on the page; stored deduplicated by message id. */
  'chat/events': {
    request: { account: AccountInfo; events: ChatEvent[] };
    /** `skipped`: malformed events dropped (counted in diagnostics, never retried). */
    reply: { added: number; skipped: number };
  };
  /**
   * Unanswered buyer messages already stored, so a reload keeps the original
   * waiting-since. Their ids are hashed as stored; `salt` lets the chat page
   * hash the ids it sees to find them (lib/id-hash.ts).
   */
  'chat/pending': {
    request: { account: AccountInfo; since: number };
    reply: { pending: Array<{ conversationId: string; buyerId: string; waitingSince: number; messageId: string }>; salt: string };
  };
  /** The chat page is open and recognised; marks this minute as observed. `offset`: platform minus computer clock as the page measured it (null before any). */
  'chat/heartbeat': { request: { account: AccountInfo; at: number; offset?: number | null }; reply: { ok: true } };
  /** The chat tab's live counts, for the toolbar badge and the popup. */
  'chat/waiting': { request: { report: WaitingReport }; reply: { ok: true } };
  /** A lasting difference between the extension's inference and the page (lib/background/diagnostics.ts). */
  'diagnostics/report': { request: { entry: DiagnosticReport }; reply: { stored: boolean } };
  /** The diagnostics kept, oldest first, for the options page; `clear` empties them. */
  'diagnostics/list': { request: { clear?: boolean }; reply: { entries: DiagnosticEntry[] } };
  'guard/event': { request: { account: AccountInfo; event: GuardEvent }; reply: { added: number } };
  /** The chat guard asks for the phrase engine, injected into its document (issue 25 item 3, lib/background/phrase-engine-injector.ts). */
  'guard/engine': { request: Record<never, never>; reply: { injected: true } };
  /** The after-sales rows on the page; latest state wins per after-sales id. */
  'aftersales/snapshot': {
    request: { account: AccountInfo; seenAt: number; rows: AfterSalesRowState[] };
    reply: { stored: number };
  };
  'summary/get': { request: { account?: string }; reply: Summary };
  /**
   * The account the background saw last (the chat page tells it), 'default'
   * when none: for pages that do not say who is logged in (the after-sales
   * pages), without computing a summary.
   */
  'account/current': { request: Record<never, never>; reply: { account: AccountInfo } };
  /** The platform clock the worker learned from the chat page (lib/platform-offset.ts), for content scripts: Chrome keeps storage.session from them. */
  'clock/offset': { request: Record<never, never>; reply: { learned: LearnedOffset | null } };
  'export/daily': {
    request: { account?: string; format: ExportFormat };
    reply: { filename: string; mime: string; body: string };
  };
  /**
   * The platform's own figures read on a 客服数据 page (lib/pdd/official-figures.ts),
   * and the count of responses rejected there. `shop` is the mall id the page
   * named; without it the only shop ever seen is used, else nothing is stored.
   */
  'official/readings': {
    request: { shop?: string; readings: unknown[]; readAt: number; rejected?: Record<string, number> };
    reply: { stored: number; shop: string | null };
  };
  /** Estimate vs the platform's figures over the last 30 days, for the options page. */
  'official/calibration': { request: { account?: string }; reply: { shop: string; calibration: Calibration } };
  /** The platform's shop-wide day figures of every shop seen, and its per-agent ones (客服绩效) by shop, for the Team page beside its estimates. */
  'official/shop-days': {
    request: { days?: number };
    reply: { shops: Record<string, Record<string, { rate30s?: number; rate3min?: number; consultUsers?: number; via?: 'response' | 'text' }>>; agents: Record<string, OfficialAgentDays> };
  };
  /** This agent's team day file (lib/team/day-file.ts) of the last `days` Beijing days, for the shop's Team page. */
  'team/export': {
    request: { account?: string; days?: number };
    reply: { filename: string; mime: string; body: string };
  };
}

export type RequestType = keyof Protocol;

/**
 * Who may send each request (checked in the background, lib/background/senders.ts):
 * - `from`: 'pages' = only the extension's own pages (popup, options);
 *   'pages-and-content' = also its content scripts on https://mms.pinduoduo.com.
 * - `account`: how the request names its account, which a content script
 *   may only use for the account its page first announced: 'filed' (the
 *   field is the account written to; absent = 'default'), 'read' (optional;
 *   absent = the most recent one), 'shop' (the request's `shop` field, a mall
 *   id, must be the shop of the page's account), 'none'.
 * A new request type must say here who may send it, or the build breaks.
 */
export const REQUEST_SENDERS: { readonly [K in RequestType]: { from: 'pages' | 'pages-and-content'; account: 'filed' | 'read' | 'shop' | 'none' } } = {
  'chat/events': { from: 'pages-and-content', account: 'filed' },
  'chat/pending': { from: 'pages-and-content', account: 'filed' },
  'chat/heartbeat': { from: 'pages-and-content', account: 'filed' },
  'chat/waiting': { from: 'pages-and-content', account: 'none' },
  'guard/event': { from: 'pages-and-content', account: 'filed' },
  // Names no account; the handler answers only our chat content script in a top frame of the chat page.
  'guard/engine': { from: 'pages-and-content', account: 'none' },
  'aftersales/snapshot': { from: 'pages-and-content', account: 'filed' },
  'summary/get': { from: 'pages-and-content', account: 'read' },
  // Names no account: answers the one seen last, as summary/get without one does.
  'account/current': { from: 'pages-and-content', account: 'none' },
  'clock/offset': { from: 'pages-and-content', account: 'none' },
  'export/daily': { from: 'pages', account: 'read' },
  // The shop is named by the data page itself (its mall id): a content script only for its page's shop (lib/senders.ts).
  'official/readings': { from: 'pages-and-content', account: 'shop' },
  'official/calibration': { from: 'pages', account: 'read' },
  'official/shop-days': { from: 'pages', account: 'none' },
  'team/export': { from: 'pages', account: 'read' },
  // Counts only (lib/background/diagnostics.ts sanitizes them); nothing of an account.
  'diagnostics/report': { from: 'pages-and-content', account: 'none' },
  'diagnostics/list': { from: 'pages', account: 'none' },
};

/** The account key a request names ('account' as a key or as AccountInfo), undefined when it names none. */
export function requestAccountKey(request: { account?: unknown }): string | undefined {
  const account = request.account;
  if (typeof account === 'string') return account === '' ? undefined : account;
  if (typeof account === 'object' && account !== null) {
    const key = (account as { key?: unknown }).key;
    return typeof key === 'string' && key !== '' ? key : undefined;
  }
  return undefined;
}
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K } & Protocol[K]['request'] }[T];
export type Reply<T extends RequestType> = Protocol[T]['reply'];

/** What travels back: a reply, or an error message the UI can show. */
export type Envelope<T extends RequestType> = { ok: true; value: Reply<T> } | { ok: false; error: string };

/** What a handler knows of who sent a request: its tab, and whether our content script on the platform's page (checked, lib/background/senders.ts). */
export interface Sender {
  tabId?: number;
  kind?: 'page' | 'content';
  /** The sending frame and document and its URL, as the browser gave them (never the request's own words). */
  frameId?: number;
  documentId?: string;
  url?: string;
}

export type Handlers = {
  [K in RequestType]: (request: Request<K>, sender: Sender) => Promise<Reply<K>>;
};

/** Minimal runtime messaging surface, so the contract works with browser.runtime or a fake. */
export interface MessagePort {
  sendMessage(message: unknown): Promise<unknown>;
}

/** How the content scripts and features send a request: typed both ways, the envelope unwrapped. */
export type Send = <T extends RequestType>(request: Request<T>) => Promise<Reply<T>>;

/** A `Send` over a runtime (browser.runtime or a fake). */
export const requestSender =
  (port: MessagePort): Send =>
  (request) =>
    sendRequest(port, request);

/** Sends a typed request to the background and unwraps its envelope. */
export async function sendRequest<T extends RequestType>(port: MessagePort, request: Request<T>): Promise<Reply<T>> {
  const envelope = (await port.sendMessage(request)) as Envelope<T> | undefined;
  if (!envelope) throw new Error(`no reply to ${request.type}: background not running?`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

/** A command the background sends to a chat tab (tabs.sendMessage): open this buyer's conversation, after a click on a desktop notification. */
export interface OpenConversationCommand {
  type: 'tab/open-conversation';
  buyerId: string;
}

/** Buyer uids are digits on the platform; anything else is not ours to act on. */
export const BUYER_ID = /^[0-9A-Za-z_-]{1,64}$/;

export function isOpenConversationCommand(message: unknown): message is OpenConversationCommand {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; buyerId?: unknown };
  return m.type === 'tab/open-conversation' && typeof m.buyerId === 'string' && BUYER_ID.test(m.buyerId);
}
