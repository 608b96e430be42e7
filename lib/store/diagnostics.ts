/**
 * Counts of what the background refused, kept in `storage.session` (survives
 * the worker being stopped): malformed events skipped inside a batch and
 * requests refused for their sender. Nothing is retried: a bad event is
 * counted once here and dropped.
 */
import type { KeyValueArea } from './errors';

export const DIAGNOSTICS_KEY = 'diagnostics';

export interface Diagnostics {
  /** Events dropped from a batch as malformed (bad time, id, kind). */
  skippedEvents: number;
  /** Requests refused because of their sender (not our page, not mms.pinduoduo.com, another account). */
  refusedRequests: number;
  /** When the last one was counted, epoch ms. */
  lastAt: number | null;
}

const EMPTY: Diagnostics = { skippedEvents: 0, refusedRequests: 0, lastAt: null };

const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export async function readDiagnostics(area: KeyValueArea): Promise<Diagnostics> {
  const raw = (await area.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY] as Partial<Diagnostics> | undefined;
  if (!raw || typeof raw !== 'object') return { ...EMPTY };
  return { skippedEvents: count(raw.skippedEvents), refusedRequests: count(raw.refusedRequests), lastAt: typeof raw.lastAt === 'number' ? raw.lastAt : null };
}

// Counts are read, added to and written back: one at a time, so two requests never lose one.
let queue: Promise<void> = Promise.resolve();

/** Adds to the counters; never throws (a failed count must not fail the request). */
export function countDiagnostics(area: KeyValueArea, add: Partial<Pick<Diagnostics, 'skippedEvents' | 'refusedRequests'>>, now: number): Promise<void> {
  if (!add.skippedEvents && !add.refusedRequests) return Promise.resolve();
  queue = queue.then(() => addCounts(area, add, now));
  return queue;
}

async function addCounts(area: KeyValueArea, add: Partial<Pick<Diagnostics, 'skippedEvents' | 'refusedRequests'>>, now: number): Promise<void> {
  try {
    const current = await readDiagnostics(area);
    await area.set({
      [DIAGNOSTICS_KEY]: {
        skippedEvents: current.skippedEvents + count(add.skippedEvents),
        refusedRequests: current.refusedRequests + count(add.refusedRequests),
        lastAt: now,
      } satisfies Diagnostics,
    });
  } catch (error) {
    console.warn('[kefu-guard] could not count diagnostics', add, error);
  }
}
