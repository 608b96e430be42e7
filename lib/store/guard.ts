/**
 * Guard events (a banned phrase held, warned about or sent anyway): stored
 * once per event id and counted per day and category in the daily aggregate.
 */
import { addDays, beijingDay, isPlausibleEventTime } from '../clock';
import type { CountedWindow } from '../clock';
import type { AccountInfo, GuardEvent, GuardOutcome } from '../events';
import type { GuardCounts } from '../messages';
import { PHRASE_CATEGORIES } from '../settings/types';
import type { PhraseCategory } from '../settings/types';
import { accountKey, touchAccount } from './accounts';
import { buildAggregate, dayRange } from './aggregates';
import { RequestError } from './errors';
import { isStoredId } from './ids';
import { inTransaction } from './tx';
import type { KefuDb } from './schema';

const OUTCOME_FIELD: Record<GuardOutcome, keyof GuardCounts> = {
  held: 'held',
  warned: 'warned',
  'sent-anyway': 'sentAnyway',
};

/** True for a well-formed guard event. */
export function isGuardEvent(value: unknown): value is GuardEvent {
  const e = value as Partial<GuardEvent> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    isStoredId(e.id) &&
    isPlausibleEventTime(e.at) &&
    PHRASE_CATEGORIES.includes(e.category as PhraseCategory) &&
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
  const key = accountKey(account);
  const day = beijingDay(event.at);
  return inTransaction(db, ['guardEvents', 'chatEvents', 'dailyAggregates', 'accounts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('guardEvents');
    await touchAccount(tx, account, now);
    if (await store.get([key, event.id])) return { added: 0 };
    await store.put({
      account: key,
      id: event.id,
      category: event.category,
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
    const counts: GuardCounts = { held: 0, warned: 0, sentAnyway: 0, ...aggregate.guard[event.category] };
    counts[OUTCOME_FIELD[event.outcome]] += 1;
    await aggregates.put({ ...aggregate, guard: { ...aggregate.guard, [event.category]: counts }, updatedAt: now });
    return { added: 1 };
  });
}

/** Sum of guard counts over categories. */
export function totalGuardCounts(guard: Partial<Record<PhraseCategory, GuardCounts>>): GuardCounts {
  const total: GuardCounts = { held: 0, warned: 0, sentAnyway: 0 };
  for (const counts of Object.values(guard)) {
    if (!counts) continue;
    total.held += counts.held;
    total.warned += counts.warned;
    total.sentAnyway += counts.sentAnyway;
  }
  return total;
}
