/**
 * Diagnostics for whoever maintains the extension (issue #15): lasting
 * differences between what the extension infers and what the page shows.
 * Kept in storage.local, the latest few only; no ids, no text.
 */
import type { KeyValueArea } from './errors';

export const DIAGNOSTICS_KEY = 'diagnostics';
/** Only the latest entries are kept. */
export const MAX_DIAGNOSTICS = 20;

export interface DiagnosticEntry {
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

const count = (n: unknown): number | null => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : null);

/** The entry as stored, or null when it does not fit (the sender is a content script on a page we do not own). */
export function sanitizeDiagnostic(raw: unknown, now: number): DiagnosticEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ours = count(r['ours']);
  const page = count(r['page']);
  const lastedMs = count(r['lastedMs']);
  if (r['kind'] !== 'waiting-count-mismatch' || ours === null || page === null || lastedMs === null) return null;
  return { kind: 'waiting-count-mismatch', ours, page, lastedMs, at: now };
}

export async function listDiagnostics(local: KeyValueArea): Promise<DiagnosticEntry[]> {
  const stored = (await local.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY];
  return Array.isArray(stored) ? (stored.filter((e) => sanitizeDiagnostic(e, 0) !== null) as DiagnosticEntry[]) : [];
}

/** Adds an entry, keeping the latest MAX_DIAGNOSTICS; a bad entry changes nothing. */
export async function addDiagnostic(local: KeyValueArea, raw: unknown, now: number): Promise<boolean> {
  const entry = sanitizeDiagnostic(raw, now);
  if (!entry) return false;
  const entries = [...(await listDiagnostics(local)), entry].slice(-MAX_DIAGNOSTICS);
  await local.set({ [DIAGNOSTICS_KEY]: entries });
  return true;
}
