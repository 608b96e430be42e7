/**
 * Diagnostics for whoever maintains the extension, never shown to the agent
 * as a warning:
 * - counts of what the background refused, kept in `storage.session`
 *   (survives the worker being stopped): malformed events skipped inside a
 *   batch and requests refused for their sender (issue 11). Nothing is
 *   retried: a bad event is counted once here and dropped;
 * - lasting differences between what the extension infers and what the page
 *   shows (issue 15), in `storage.local`, the latest few only; no ids, no text.
 */
import { beijingDay } from '../clock';
import type { DiagnosticEntry } from '../events';
import type { KeyValueArea } from '../storage-area';

/** storage.session key of the refusal counters. */
const DIAGNOSTICS_KEY = 'diagnostics';

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

async function readDiagnostics(area: KeyValueArea): Promise<Diagnostics> {
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

/** storage.local key of the page-versus-extension differences. */
export const DIAGNOSTIC_ENTRIES_KEY = 'diagnosticEntries';
/** Only the latest entries are kept. */
export const MAX_DIAGNOSTICS = 20;

const entryCount = (n: unknown): number | null => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : null);

/** The entry as stored, or null when it does not fit (the sender is a content script on a page we do not own). */
function sanitizeDiagnostic(raw: unknown, now: number): DiagnosticEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r['kind'] === 'traffic-missing') {
    const [mws, titan, silentMs] = [entryCount(r['mws']), entryCount(r['titan']), typeof r['silentMs'] === 'number' && r['silentMs'] >= 0 && r['silentMs'] <= 86_400_000 ? Math.floor(r['silentMs']) : null];
    return mws === null || titan === null || silentMs === null ? null : { kind: 'traffic-missing', mws, titan, silentMs, at: now };
  }
  const ours = entryCount(r['ours']);
  const page = entryCount(r['page']);
  const lastedMs = entryCount(r['lastedMs']);
  if (r['kind'] !== 'waiting-count-mismatch' || ours === null || page === null || lastedMs === null) return null;
  return { kind: 'waiting-count-mismatch', ours, page, lastedMs, at: now };
}

/** Whether a "traffic missing" episode was recorded on the Beijing day of `now`: that day's figures are incomplete. */
export function trafficMissingOn(entries: readonly DiagnosticEntry[], day: string): boolean {
  return entries.some((e) => e.kind === 'traffic-missing' && beijingDay(e.at) === day);
}

/** The Beijing days with a "traffic missing" episode (for the team day file). */
export function trafficMissingDays(entries: readonly DiagnosticEntry[]): string[] {
  return entries.filter((e) => e.kind === 'traffic-missing').map((e) => beijingDay(e.at));
}

export async function listDiagnostics(local: KeyValueArea): Promise<DiagnosticEntry[]> {
  const stored = (await local.get(DIAGNOSTIC_ENTRIES_KEY))[DIAGNOSTIC_ENTRIES_KEY];
  return Array.isArray(stored) ? (stored.filter((e) => sanitizeDiagnostic(e, 0) !== null) as DiagnosticEntry[]) : [];
}

/** Adds an entry, keeping the latest MAX_DIAGNOSTICS; a bad entry changes nothing. */
export async function addDiagnostic(local: KeyValueArea, raw: unknown, now: number): Promise<boolean> {
  const entry = sanitizeDiagnostic(raw, now);
  if (!entry) return false;
  const entries = [...(await listDiagnostics(local)), entry].slice(-MAX_DIAGNOSTICS);
  await local.set({ [DIAGNOSTIC_ENTRIES_KEY]: entries });
  return true;
}
