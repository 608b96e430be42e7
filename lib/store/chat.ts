/**
 * Chat events: stored once per [account, messageId], with the daily
 * aggregates they change recomputed in the same transaction.
 */
import { saneTime } from '../boundary';
import { addDays, beijingDay, isPlausibleEventTime } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import { dedupeEvents } from '../events';
import type { AccountInfo, ChatEvent, ChatEventKind } from '../events';
import { hashIdSync, shopOfAccount, shopSalt } from '../id-hash';
import { accountKey, touchAccount } from './accounts';
import { isStoredId } from './stored-ids';
import { recomputeDays } from './aggregates';
import { allRequests, inTransaction } from './tx';
import type { ChatEventRecord, KefuDb } from './schema';

const KINDS: ReadonlySet<ChatEventKind> = new Set(['buyer', 'human', 'robot']);

/** Most events one request may carry (content scripts send at most 500); the rest are skipped and counted. */
export const MAX_BATCH = 1000;

/**
 * True for a well-formed chat event (messages come from page scripts:
 * checked, not trusted): a known kind, bounded ids, a plausible time.
 * The buyer id may be empty (a page that does not tell).
 */
function isChatEvent(value: unknown): value is ChatEvent {
  const e = value as Partial<ChatEvent> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    KINDS.has(e.kind as ChatEventKind) &&
    isStoredId(e.conversationId) &&
    (e.buyerId === '' || isStoredId(e.buyerId)) &&
    isStoredId(e.messageId) &&
    isPlausibleEventTime(e.at) &&
    (e.inferred === undefined || (e.inferred === true && e.kind === 'human'))
  );
}

function toRecord(account: string, e: ChatEvent): ChatEventRecord {
  // Only these fields: whatever else a page script attaches (text!) is dropped.
  return {
    account,
    messageId: e.messageId,
    kind: e.kind,
    conversationId: e.conversationId,
    buyerId: e.buyerId,
    at: e.at,
    day: beijingDay(e.at),
    ...(e.inferred ? { inferred: true as const } : {}),
  };
}

/** The salt of the shop an account belongs to (lib/id-hash.ts). */
export function accountSalt(account: AccountInfo | string, secret = ''): string {
  return shopSalt(shopOfAccount(accountKey(account)), secret);
}

/** The shop's secret of each Beijing day (lib/background/id-keys.ts), or one secret for every day. */
export type DaySecrets = string | ((day: BeijingDay) => string);

/** The salt of an event's own day, computed once per day of a batch. */
function saltsByDay(account: string, secret: DaySecrets): (at: number) => string {
  const salts = new Map<BeijingDay, string>();
  return (at) => {
    const day = beijingDay(at);
    let salt = salts.get(day);
    if (salt === undefined) salts.set(day, (salt = accountSalt(account, typeof secret === 'string' ? secret : secret(day))));
    return salt;
  };
}

/**
 * The event with its buyer, conversation and message ids hashed with `salt`;
 * nothing else kept. Synchronous (lib/id-hash.ts hashIdSync, the digest
 * crypto.subtle gives, about 10 µs an id): a live batch of one event waits on
 * no crypto task (issue 13), and a history batch of 500 costs some 15 ms.
 */
function hashChatEvent(salt: string, e: ChatEvent): ChatEvent {
  return { kind: e.kind, conversationId: hashIdSync(salt, e.conversationId), buyerId: hashIdSync(salt, e.buyerId), messageId: hashIdSync(salt, e.messageId), at: e.at, ...(e.inferred ? { inferred: true as const } : {}) };
}

/** The promise, marked handled at once: it is awaited later, and a batch that fails before that must not leave it unhandled. */
function handledEarly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export interface AddChatEventsResult {
  /** Events not stored before. */
  added: number;
  /** Days whose aggregates were recomputed. */
  days: BeijingDay[];
  /** Events dropped as malformed (or beyond MAX_BATCH): never stored, never retried. */
  skipped: number;
}

/**
 * Stores a batch of chat events in one transaction, idempotently by message id
 * (a copy with an earlier `at` replaces the stored one, as dedupeEvents does),
 * with buyer, conversation and message ids hashed with the shop's salt
 * (`secret`: the shop secret of each event's own day, so a key set mid-day
 * changes no hash of that day, issue 22) before anything is stored,
 * and recomputes the aggregates of the days it changed: each event's day, and
 * the previous day when a human reply answers a message left open there.
 * A malformed event is skipped and counted; it never fails its batch.
 */
export async function addChatEvents(
  db: KefuDb,
  account: AccountInfo,
  events: readonly unknown[],
  window: CountedWindow,
  now: number,
  secret: DaySecrets = '',
): Promise<AddChatEventsResult> {
  const key = accountKey(account);
  // The store's own bound on top of the readers': 400 days back to 30 days ahead of now.
  const valid = events.slice(0, MAX_BATCH).filter((e): e is ChatEvent => isChatEvent(e) && saneTime(e.at, now) !== null);
  const skipped = events.length - valid.length;
  const saltOf = saltsByDay(key, secret);
  // Hashed before the transaction opens.
  const hashed = valid.map((e) => hashChatEvent(saltOf(e.at), e));
  const batch = dedupeEvents(hashed).map((e) => toRecord(key, e));
  return inTransaction(db, ['chatEvents', 'dailyAggregates', 'accounts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('chatEvents');
    const aggregates = tx.objectStore('dailyAggregates');
    // Requests are issued without waiting where nothing depends on them (a
    // transaction keeps their order; a failed one aborts it and fails `done`):
    // a live batch of one event is a handful of round trips, not one each (issue 13).
    const touching = handledEarly(touchAccount(tx, account, now));
    const stored = await allRequests(batch, (r) => store.get([key, r.messageId]));
    const changed: ChatEventRecord[] = [];
    // Per day, the conversations whose figures this batch changes.
    const touched = new Map<BeijingDay, Set<string>>();
    const touch = (day: BeijingDay, conversationId: string) => {
      const set = touched.get(day);
      if (set) set.add(conversationId);
      else touched.set(day, new Set([conversationId]));
    };
    let added = 0;
    batch.forEach((record, i) => {
      const old = stored[i];
      if (old && old.at <= record.at) return;
      if (old) touch(old.day, old.conversationId);
      else added += 1;
      changed.push(record);
      touch(record.day, record.conversationId);
    });
    const writing = handledEarly(allRequests(changed, (r) => store.put(r)));

    // A human reply after midnight may answer a message of the previous day:
    // recompute that day only if the conversation was left open there.
    const openCheck = new Map<BeijingDay, Set<string>>();
    for (const r of changed) {
      if (r.kind !== 'human') continue;
      const previous = addDays(r.day, -1);
      const set = openCheck.get(previous) ?? new Set<string>();
      set.add(r.conversationId);
      openCheck.set(previous, set);
    }
    for (const [previous, conversations] of openCheck) {
      const aggregate = await aggregates.get([key, previous]);
      for (const c of aggregate?.carry ?? []) if (conversations.has(c)) touch(previous, c);
    }

    const sortedDays = [...touched.keys()].sort();
    await recomputeDays(tx, key, sortedDays, window, now, touched);
    await Promise.all([writing, touching]);
    return { added, days: sortedDays, skipped };
  });
}

export interface PendingMessage {
  conversationId: string;
  buyerId: string;
  waitingSince: number;
  messageId: string;
}

/** Per conversation, the earliest buyer message after the last human reply, or null when answered. */
function earliestUnanswered(events: readonly ChatEventRecord[]): ChatEventRecord | null {
  let lastHuman = -Infinity;
  for (const e of events) if (e.kind === 'human' && e.at > lastHuman) lastHuman = e.at;
  let earliest: ChatEventRecord | null = null;
  for (const e of events) {
    // A reply stamped at the same instant answers the message (metrics use `at >=`).
    if (e.kind === 'buyer' && e.at > lastHuman && (!earliest || e.at < earliest.at)) earliest = e;
  }
  return earliest;
}

/**
 * Unanswered buyer messages (ids as stored: hashed) of conversations active since `since`: per
 * conversation the earliest buyer message after the last human reply (robot
 * replies do not answer). When that wait began before `since`, the true start
 * is returned, read from the conversation's stored history, so a reloaded page
 * keeps the original waiting-since. Oldest wait first.
 */
export async function pendingMessages(db: KefuDb, account: string, since: number): Promise<PendingMessage[]> {
  const key = accountKey(account);
  const recent = (
    await db.getAllFromIndex('chatEvents', 'byDay', IDBKeyRange.bound([key, beijingDay(since)], [key, '\uffff']))
  ).filter((e) => e.at >= since && isPlausibleEventTime(e.at)); // a record stored before times were bounded is not a wait
  const byConversation = new Map<string, ChatEventRecord[]>();
  for (const e of recent) {
    const list = byConversation.get(e.conversationId);
    if (list) list.push(e);
    else byConversation.set(e.conversationId, [e]);
  }
  const pending: PendingMessage[] = [];
  for (const [conversationId, events] of byConversation) {
    let first = earliestUnanswered(events);
    if (!first) continue;
    if (!events.some((e) => e.kind === 'human')) {
      // No reply since `since`: the wait may have begun earlier.
      const history = await db.getAllFromIndex('chatEvents', 'byConversation', [key, conversationId]);
      first = earliestUnanswered(history) ?? first;
    }
    pending.push({ conversationId, buyerId: first.buyerId, waitingSince: first.at, messageId: first.messageId });
  }
  return pending.sort((a, b) => a.waitingSince - b.waitingSince || a.conversationId.localeCompare(b.conversationId));
}
