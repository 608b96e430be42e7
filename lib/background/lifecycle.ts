/**
 * Worker lifecycle: the daily alarm (retention, and catching up on days
 * counted with an old window) and following a change of the counted window.
 * Nothing here keeps state in memory: the alarm lives in the browser, the
 * data in IndexedDB.
 */
import { beijingDay, beijingDayStart, addDays, DAY_MS, HOUR_MS, isBeijingDay, MINUTE_MS } from '../clock';
import type { BeijingDay, Clock } from '../clock';
import type { StoreConnection } from '../store/db';
import { pruneOfficialBefore } from '../store/official';
import { LAST_PRUNE_KEY, newestEventDay, pruneBefore, PRUNE_ALARM, referenceDay, retentionCutoff } from '../store/retention';
import type { PruneResult } from '../store/retention';
import type { PruneMark } from '../store/schema';
import type { Settings } from '../settings/types';
import { recomputeStale } from '../store/aggregates';

/** The part of `browser.alarms` the prune needs. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
}

/** Beijing time of day the prune runs: 04:30, when no agent is assessed (RULES.md §1 window is 08–23). */
const PRUNE_TIME_OF_DAY_MS = 4 * HOUR_MS + 30 * MINUTE_MS;

/** The next Beijing 04:30 after `now`. */
export function nextPruneAt(now: number): number {
  const todayAt = beijingDayStart(beijingDay(now)) + PRUNE_TIME_OF_DAY_MS;
  return todayAt > now ? todayAt : beijingDayStart(addDays(beijingDay(now), 1)) + PRUNE_TIME_OF_DAY_MS;
}

/** Registers the daily prune alarm unless it exists (re-creating it would push the schedule back). */
export async function ensurePruneAlarm(alarms: AlarmsApi, now: number): Promise<boolean> {
  if (await alarms.get(PRUNE_ALARM)) return false;
  await alarms.create(PRUNE_ALARM, { when: nextPruneAt(now), periodInMinutes: DAY_MS / MINUTE_MS });
  return true;
}

/** What a prune did: the reference day it counted back from (retention.ts), and what it deleted. */
export type PruneRun = PruneResult & { reference: BeijingDay };

/**
 * Deletes data older than the retention period of the settings (Beijing
 * days), counted back from the reference day (never from a clock that
 * jumped ahead). With no chat event stored and no earlier run there is
 * nothing but the clock to go by: nothing is deleted, nothing noted (a day
 * noted from the clock alone would later let a jumped clock delete); null then.
 */
export async function pruneNow(store: StoreConnection, settings: Settings, clock: Clock): Promise<PruneRun | null> {
  const now = clock.now();
  const today = beijingDay(now);
  return store.run('retention', async (db) => {
    const last = ((await db.get('meta', LAST_PRUNE_KEY)) as PruneMark | undefined) ?? null;
    const lastDay = last && isBeijingDay(last.day) ? last.day : null;
    const reference = referenceDay(today, await newestEventDay(db, lastDay === null ? null : addDays(lastDay, 1)), last);
    if (reference === null) return null;
    const cutoff = retentionCutoff(reference, settings.retentionDays);
    const result = await pruneBefore(db, cutoff);
    await pruneOfficialBefore(db, cutoff); // the platform's figures follow the same retention
    await db.put('meta', { day: reference, at: now } satisfies PruneMark, LAST_PRUNE_KEY);
    return { ...result, reference };
  });
}

/** The daily alarm's work: the prune, then any day still counted with an old window rewritten. */
export async function dailyUpkeep(store: StoreConnection, settings: Settings, clock: Clock): Promise<PruneRun | null> {
  const pruned = await pruneNow(store, settings, clock);
  await store.run('recompute', (db) => recomputeStale(db, settings.replyTimer.countedWindow, clock.now()));
  return pruned;
}

/**
 * Follows a settings change: when the counted window changed, the stored days
 * are rewritten with it here, on the change, so that reading a summary never
 * has to (lib/store/aggregates.ts readAggregates). Returns how many were.
 */
export async function followSettings(store: StoreConnection, clock: Clock, settings: Settings, previous: Settings | null): Promise<number> {
  const window = settings.replyTimer.countedWindow;
  const before = previous?.replyTimer.countedWindow;
  if (before && before.startHour === window.startHour && before.endHour === window.endHour) return 0;
  return store.run('recompute', (db) => recomputeStale(db, window, clock.now()));
}
