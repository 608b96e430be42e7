/**
 * The local database: one DBSchema for every store, key and index, and the
 * records they hold (the upgrade that walks versions is ./upgrade.ts).
 * Records hold ids, roles and times only, never message text (privacy
 * principle, lib/events.ts).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { BeijingDay, CountedWindow } from '../clock';
import type { AccountInfo, ChatEventKind, GuardOutcome, GuidanceFlag } from '../events';
import type { DayMetrics } from '../metrics';
import type { GuardCounts } from '../messages';
import type { OfficialReading } from '../pdd/official-figures';
import type { PhraseCategory } from '../settings/types';

export const DB_NAME = 'kefu-guard';
export const DB_VERSION = 5;

export interface ChatEventRecord {
  account: string;
  messageId: string;
  kind: ChatEventKind;
  conversationId: string;
  buyerId: string;
  at: number;
  day: BeijingDay;
  /** A page-inferred human reply (lib/events.ts). */
  inferred?: true;
}

export interface GuardEventRecord {
  account: string;
  id: string;
  category: PhraseCategory;
  /** Every category of the message (absent before issue #16). */
  categories?: PhraseCategory[];
  ruleId: string;
  outcome: GuardOutcome;
  at: number;
  day: BeijingDay;
}

export interface AfterSalesRecord {
  account: string;
  afterSalesId: string;
  pending: boolean;
  deadlineAt: number | null;
  flags: GuidanceFlag[];
  /** When this state was seen (the snapshot's seenAt). */
  seenAt: number;
}

export interface DailyAggregateRecord {
  account: string;
  day: BeijingDay;
  metrics: DayMetrics;
  guard: Partial<Record<PhraseCategory, GuardCounts>>;
  /** Guard counts per message (one held message with 2 categories is 1 hold); absent before issue #16. */
  guardMessages?: GuardCounts;
  /** The counted window the metrics were computed with. */
  window: CountedWindow;
  /**
   * Conversations with a counted buyer message after the day's last human
   * reply: only a human event of the NEXT day in one of these can change this
   * day's figures (a reply after midnight), so only then is the day recomputed.
   */
  carry: string[];
  updatedAt: number;
  /** Names the in-memory conversation tallies these figures came from (aggregates.ts TallyCache); absent when none. */
  stamp?: string;
}

/** Observed minutes of a Beijing day as sorted, disjoint half-open spans [from, to) of minute indexes 0–1440. */
export type MinuteSpans = Array<[number, number]>;

export interface CoverageRecord {
  account: string;
  day: BeijingDay;
  spans: MinuteSpans;
}

export interface AccountRecord extends AccountInfo {
  lastSeenAt: number;
}

/** Prefix of the meta keys that hold an account's current after-sales set (AfterSalesCurrent). */
export const AFTERSALES_CURRENT_PREFIX = 'aftersales-current:';

/** The after-sales rows shown on the latest visit of the list (see aftersales.ts). */
export interface AfterSalesCurrent {
  /** The newest list snapshot's time. */
  seenAt: number;
  /** Every id counted: the union of `pages`. */
  ids: string[];
  /** The list pages seen recently (lib/store/aftersales.ts mergeListPages); absent in data from before. */
  pages?: ListPage[];
}

export interface ListPage {
  seenAt: number;
  ids: string[];
}

/** The last retention prune: the reference day it counted back from, and the clock time it ran (retention.ts). */
export interface PruneMark {
  day: BeijingDay;
  at: number;
}

/** The platform's figures for one shop (and agent, '' = shop-wide) over a day or an inclusive range of days. */
export interface OfficialFiguresRecord extends OfficialReading {
  /** The shop's mall id ('default' when no page told it). */
  shop: string;
  /** When the page showed them, epoch ms. */
  readAt: number;
}

/** Data-page responses that were rejected, by reason (diagnostics). */
export interface OfficialRejects {
  counts: Record<string, number>;
  lastAt: number;
}

export type MetaValue = AfterSalesCurrent | PruneMark | OfficialRejects;

export interface KefuGuardDB extends DBSchema {
  chatEvents: {
    key: [string, string];
    value: ChatEventRecord;
    indexes: { byDay: [string, string]; byConversation: [string, string] };
  };
  guardEvents: {
    key: [string, string];
    value: GuardEventRecord;
    indexes: { byDay: [string, string] };
  };
  afterSales: { key: [string, string]; value: AfterSalesRecord };
  dailyAggregates: { key: [string, string]; value: DailyAggregateRecord };
  coverage: { key: [string, string]; value: CoverageRecord };
  accounts: { key: string; value: AccountRecord };
  /** Key [shop, source, agent, from, to]: re-reading the same day (or range) replaces it. */
  officialFigures: { key: [string, string, string, string, string]; value: OfficialFiguresRecord };
  /** Out-of-line keys: `aftersales-current:<account>`, `retention-last-run`, `official-rejects`. */
  meta: { key: string; value: MetaValue };
}

export type KefuDb = IDBPDatabase<KefuGuardDB>;
