/**
 * What the content scripts observe and the background stores. No message
 * text ever appears here (privacy principle): only ids, roles and times.
 */
import { MINUTE_MS } from './clock';
import type { PhraseCategory } from './settings/types';

/**
 * A chat message as the metrics see it. `human` is a reply that counts under
 * RULES.md §1 (typed text, emoji, image, coupon, cards, a single payment
 * reminder, …); `robot` is everything an agent's side sends that does not
 * count (auto-replies, batch or automatic payment reminders).
 */
export type ChatEventKind = 'buyer' | 'human' | 'robot';

export interface ChatEvent {
  kind: ChatEventKind;
  conversationId: string;
  buyerId: string;
  /** The platform's message id; the dedupe key. */
  messageId: string;
  /** Epoch ms. */
  at: number;
  /**
   * A human reply no traffic brought, inferred when the page moved the buyer
   * to 已回复 (issue 20 item 3): `at` is when the page showed it, a late bound.
   */
  inferred?: true;
}

/** What happened when the guard found something in a message about to be sent. */
export type GuardOutcome = 'held' | 'warned' | 'sent-anyway';

export interface GuardEvent {
  /** Random id made by the content script, so a retried message is stored once. */
  id: string;
  at: number;
  /** The message's first category (its rule is `ruleId`). */
  category: PhraseCategory;
  /**
   * Every category found in the one message (issue #16): the popup counts the
   * message once in its totals and once per category in its breakdown.
   * Absent in events from older versions: the message had `category` alone.
   */
  categories?: PhraseCategory[];
  ruleId: string;
  outcome: GuardOutcome;
}

/** Refund urgency by time left before the 48-hour auto-agree (RULES.md §3). */
export type RefundStage = 'calm' | 'warn' | 'urgent' | 'critical' | 'overdue';

export type GuidanceFlag = 'shippedRefundOnly' | 'escalateReason' | 'instantRefund' | 'noLogistics';

/** One after-sales row as last seen; ids only, no buyer data. */
export interface AfterSalesRowState {
  afterSalesId: string;
  /** False when the row needs no action (closed, agreed, refused). */
  pending: boolean;
  /** Epoch ms of the auto-agree deadline, when known. */
  deadlineAt: number | null;
  flags: GuidanceFlag[];
}

/** The live state of a chat tab, reported when it changes. */
export interface WaitingReport {
  /** Buyers awaiting a human reply. */
  waiting: number;
  /** Of those, buyers waiting past the first threshold (30 s by default). */
  overFirstThreshold: number;
  /** When the longest-waiting buyer's wait began (epoch ms), null if nobody waits. */
  longestWaitingSince: number | null;
  /** False when the page adapter's self-check failed. */
  pageRecognised: boolean;
  /** The chat tab is hidden or its window not focused: alerts must come from outside the tab (issue #15). */
  hidden?: boolean;
  /**
   * Counted waits past the warning stage, longest first (at most 5), with
   * their stage ordinal (lib/features/reply-timer/wait-stage.ts): whom a desktop notification is about.
   */
  attention?: Array<{ buyerId: string; waitingSince: number; stage: number }>;
}

/** A tab's waiting report as the background keeps it (storage.session), with when it came. */
export type StoredReport = WaitingReport & { reportedAt: number };

/** The logged-in shop and agent, when the page says so; data is kept apart per account. */
export interface AccountInfo {
  /** Stable key: `${mallId}:${agentId}`, or 'default' when the page does not tell. */
  key: string;
  mallName?: string;
  agentName?: string;
}

export const DEFAULT_ACCOUNT = 'default';

/**
 * One copy per messageId: the earliest `at`, ties to the first seen (two tabs
 * reporting one message; a message's send time never changes, a later copy
 * can only be a page that stamped it when it saw it). The store does the same.
 */
export function dedupeEvents(events: readonly ChatEvent[]): ChatEvent[] {
  const byId = new Map<string, ChatEvent>();
  for (const event of events) {
    const kept = byId.get(event.messageId);
    if (!kept || event.at < kept.at) byId.set(event.messageId, event);
  }
  return [...byId.values()];
}

/** A discrepancy a content script reports for the options page's diagnostics (kept by the background). */
export type DiagnosticEntry = CountMismatchEntry | TrafficMissingEntry;
/** What a content script reports: an entry before the background stamps it. */
export type DiagnosticReport = Omit<CountMismatchEntry, 'at'> | Omit<TrafficMissingEntry, 'at'>;

/**
 * The page listed new waiting buyers but neither socket (m-ws, titan-ws)
 * brought a message for minutes (issue 20 item 6): that day's figures are
 * incomplete, and the popup and the options page say so.
 */
export interface TrafficMissingEntry {
  kind: 'traffic-missing';
  /** Pushes that brought messages, per socket, in that tab so far. */
  mws: number;
  titan: number;
  /** How long new buyers had gone without a push. */
  silentMs: number;
  at: number;
}

export interface CountMismatchEntry {
  kind: 'waiting-count-mismatch';
  /** Buyers the extension counted as waiting. */
  ours: number;
  /** Buyers the page's unanswered groups listed. */
  page: number;
  /** How long the difference had lasted when reported. */
  lastedMs: number;
  /** When it was reported (epoch ms). */
  at: number;
}

/** A chat tab's live report older than this is from a tab that is gone. */
const LIVE_REPORT_MAX_AGE_MS = 2 * MINUTE_MS;

/** The most recent report, null when none is younger than LIVE_REPORT_MAX_AGE_MS. */
export function latestLiveReport(reports: readonly StoredReport[], now: number): StoredReport | null {
  let latest: StoredReport | null = null;
  for (const r of reports) if (now - r.reportedAt <= LIVE_REPORT_MAX_AGE_MS && (!latest || r.reportedAt > latest.reportedAt)) latest = r;
  return latest;
}
