/**
 * The local database: one DBSchema for every store, key and index, and the
 * upgrade that walks versions step by step. Records hold ids, roles and
 * times only, never message text (privacy principle, lib/events.ts).
 *
 * Version history
 * - v1: `chatEvents` only, key [account, messageId], no `day`, no index.
 * - v2: `chatEvents` gain `day` (Beijing date of `at`) and the indexes
 *   byDay [account, day] and byConversation [account, conversationId];
 *   new stores guardEvents, afterSales, dailyAggregates, coverage, accounts,
 *   meta. The step back-fills `day` and builds the daily aggregates of the
 *   v1 events, so a v1 database keeps all its data.
 * - v3: new store officialFigures (the platform's own figures read on its
 *   客服数据 pages, lib/store/official.ts); nothing existing changes.
 * - v4: buyer, conversation and message ids are stored hashed with the shop's
 *   salt (lib/id-hash.ts). The step hashes the raw ids of older records (and
 *   the conversation ids in the aggregates' `carry`); keys change, so the
 *   events are read, cleared and written back. (v3 is another step's.)
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { addDays, beijingDay, PLATFORM_COUNTED_WINDOW } from '../clock';
import { hashIdSync, shopOfAccount, shopSalt } from '../id-hash';
import type { BeijingDay, CountedWindow } from '../clock';
import type { AccountInfo, ChatEventKind, GuardOutcome, GuidanceFlag } from '../events';
import type { DayMetrics } from '../metrics';
import type { GuardCounts } from '../messages';
import type { OfficialFigures, OfficialSource } from '../pdd/official-figures';
import type { PhraseCategory } from '../settings/types';

export const DB_NAME = 'kefu-guard';
export const DB_VERSION = 4;

export interface ChatEventRecord {
  account: string;
  messageId: string;
  kind: ChatEventKind;
  conversationId: string;
  buyerId: string;
  at: number;
  day: BeijingDay;
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
export interface OfficialFiguresRecord {
  /** The shop's mall id ('default' when no page told it). */
  shop: string;
  source: OfficialSource;
  agent: string;
  from: BeijingDay;
  to: BeijingDay;
  figures: OfficialFigures;
  via: 'response' | 'text';
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
export type UpgradeTx = IDBPTransaction<KefuGuardDB, StoreNames<KefuGuardDB>[], 'versionchange'>;

/** Computes a day's aggregate from its events inside the upgrade; injected to keep this file free of query code. */
export type AggregateBuilder = (account: string, day: BeijingDay, events: ChatEventRecord[], window: CountedWindow) => DailyAggregateRecord;

/** Walks the schema from `oldVersion` to DB_VERSION one step at a time. Awaits only requests of `tx`. */
export async function upgradeDb(
  db: KefuDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
  buildAggregate: AggregateBuilder,
  /** The team settings' shop secret, read before the database was opened (nothing else may be awaited here). */
  idSecret = '',
): Promise<void> {
  const target = newVersion ?? DB_VERSION;
  if (oldVersion < 1 && target >= 1) {
    // v1: chat events only.
    db.createObjectStore('chatEvents', { keyPath: ['account', 'messageId'] });
  }
  if (oldVersion < 2 && target >= 2) {
    const chatEvents = tx.objectStore('chatEvents');
    chatEvents.createIndex('byDay', ['account', 'day']);
    chatEvents.createIndex('byConversation', ['account', 'conversationId']);
    const guard = db.createObjectStore('guardEvents', { keyPath: ['account', 'id'] });
    guard.createIndex('byDay', ['account', 'day']);
    db.createObjectStore('afterSales', { keyPath: ['account', 'afterSalesId'] });
    const aggregates = db.createObjectStore('dailyAggregates', { keyPath: ['account', 'day'] });
    db.createObjectStore('coverage', { keyPath: ['account', 'day'] });
    db.createObjectStore('accounts', { keyPath: 'key' });
    db.createObjectStore('meta');

    // Back-fill `day` on v1 records and rebuild what v2 derives from them.
    const byAccountDay = new Map<string, ChatEventRecord[]>();
    const lastSeen = new Map<string, number>();
    for (let cursor = await chatEvents.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = { ...cursor.value, day: beijingDay(cursor.value.at) };
      await cursor.update(record);
      const key = JSON.stringify([record.account, record.day]);
      const list = byAccountDay.get(key);
      if (list) list.push(record);
      else byAccountDay.set(key, [record]);
      lastSeen.set(record.account, Math.max(lastSeen.get(record.account) ?? 0, record.at));
    }
    for (const [key, events] of byAccountDay) {
      const [account, day] = JSON.parse(key) as [string, string];
      // A day's replies after midnight sit in the next day's list.
      const next = byAccountDay.get(JSON.stringify([account, addDays(day, 1)])) ?? [];
      await aggregates.put(buildAggregate(account, day, [...events, ...next], PLATFORM_COUNTED_WINDOW));
    }
    const accounts = tx.objectStore('accounts');
    for (const [key, lastSeenAt] of lastSeen) await accounts.put({ key, lastSeenAt });
  }
  if (oldVersion < 3 && target >= 3) {
    db.createObjectStore('officialFigures', { keyPath: ['shop', 'source', 'agent', 'from', 'to'] });
  }
  if (oldVersion < 4 && target >= 4) {
    await hashStoredIds(tx, idSecret);
  }
}

/** v4: hashes the raw ids that versions before 4 stored (synchronous SHA-256: only IDB requests may be awaited). */
async function hashStoredIds(tx: UpgradeTx, secret: string): Promise<void> {
  const cache = new Map<string, string>();
  const hash = (account: string, id: string): string => {
    const salt = shopSalt(shopOfAccount(account), secret);
    const key = `${salt}\u0000${id}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = hashIdSync(salt, id)));
    return value;
  };
  const chatEvents = tx.objectStore('chatEvents');
  const raw = await chatEvents.getAll();
  if (raw.length > 0) {
    await chatEvents.clear();
    const puts = raw.map((r) =>
      chatEvents.put({
        ...r,
        messageId: hash(r.account, r.messageId),
        conversationId: hash(r.account, r.conversationId),
        buyerId: hash(r.account, r.buyerId),
      }),
    );
    await Promise.all(puts);
  }
  const aggregates = tx.objectStore('dailyAggregates');
  for (let cursor = await aggregates.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    if (record.carry.length > 0) await cursor.update({ ...record, carry: record.carry.map((c) => hash(record.account, c)).sort() });
  }
}
