/**
 * Guard events (a banned phrase held, warned about or sent anyway): one per
 * message, stored once per event id and counted per day in the daily
 * aggregate: once in the day's per-message totals and once for each of the
 * message's categories in the breakdown (issue #16).
 */
import { saneTime } from '../boundary';
import { addDays, beijingDay, isPlausibleEventTime } from '../clock';
import type { CountedWindow } from '../clock';
import type { AccountInfo, GuardEvent, GuardOutcome } from '../events';
import type { GuardCounts } from '../messages';
import { PHRASE_CATEGORIES } from '../settings/types';
import type { PhraseCategory } from '../settings/types';
import { accountKey, touchAccount } from './accounts';
import { buildAggregate, dayRange } from './aggregates';
import { RequestError } from './errors';
import { isStoredId } from './stored-ids';
import { messageGuardCounts } from './guard-counts';
import { inTransaction } from './tx';
import type { KefuDb } from './schema';

const OUTCOME_FIELD: Record<GuardOutcome, keyof GuardCounts> = {
  held: 'held',
  warned: 'warned',
  'sent-anyway': 'sentAnyway',
};

const isCategory = (c: unknown): c is PhraseCategory => PHRASE_CATEGORIES.includes(c as PhraseCategory);

/** True for a well-formed guard event. */
function isGuardEvent(value: unknown): value is GuardEvent {
  const e = value as Partial<GuardEvent> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    isStoredId(e.id) &&
    isPlausibleEventTime(e.at) &&
    isCategory(e.category) &&
    (e.categories === undefined ||
      (Array.isArray(e.categories) && e.categories.length <= PHRASE_CATEGORIES.length && e.categories.every(isCategory))) &&
    isStoredId(e.ruleId) &&
    Object.hasOwn(OUTCOME_FIELD, e.outcome as string)
  );
}

/** Stores a guard event once (by id) and counts it in its day's aggregate. */
export async function addGuardEvent(
  db: KefuDb,
  account: AccountInfo,
  event: GuardEvent,
  window: CountedWindow,
  now: number,
): Promise<{ added: number }> {
  if (!isGuardEvent(event)) throw new RequestError('拦截记录格式不正确 / guard/event: malformed event');
  if (saneTime(event.at, now) === null) throw new RequestError('拦截记录时间超出范围（前 400 天到后 30 天） / guard/event: time out of range');
  const key = accountKey(account);
  const day = beijingDay(event.at);
  return inTransaction(db, ['guardEvents', 'chatEvents', 'dailyAggregates', 'accounts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('guardEvents');
    await touchAccount(tx, account, now);
    if (await store.get([key, event.id])) return { added: 0 };
    const categories = messageCategories(event);
    await store.put({
      account: key,
      id: event.id,
      category: event.category,
      categories,
      ruleId: event.ruleId,
      outcome: event.outcome,
      at: event.at,
      day,
    });
    const aggregates = tx.objectStore('dailyAggregates');
    const aggregate =
      (await aggregates.get([key, day])) ??
      buildAggregate(
        key,
        day,
        await tx.objectStore('chatEvents').index('byDay').getAll(dayRange(key, day, addDays(day, 1))),
        window,
        {},
        now,
      );
    const field = OUTCOME_FIELD[event.outcome];
    const guard = { ...aggregate.guard };
    for (const category of categories) {
      const counts: GuardCounts = { held: 0, warned: 0, sentAnyway: 0, ...guard[category] };
      counts[field] += 1;
      guard[category] = counts;
    }
    // Days stored before per-message counting start from the per-category sum they showed.
    const guardMessages = { ...messageGuardCounts(aggregate) };
    guardMessages[field] += 1;
    await aggregates.put({ ...aggregate, guard, guardMessages, updatedAt: now });
    return { added: 1 };
  });
}

/** A message's distinct categories, its first category first. */
function messageCategories(event: GuardEvent): PhraseCategory[] {
  return [...new Set([event.category, ...(event.categories ?? [])])];
}
