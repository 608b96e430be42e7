/**
 * Where the worker keeps the live board's last sync state (session storage),
 * and how a page reads it back: only a known pause reason, anything else
 * (absent, malformed, ok) is "not paused".
 */
export const BOARD_SYNC_STATE_KEY = 'board/sync';

export const PAUSE_REASONS = ['unauthorized', 'forbidden', 'offline', 'notFound', 'server', 'permission'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** The reason the sync is paused, or null when it runs or is off. */
export function pausedReason(stored: unknown): PauseReason | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { ok, reason } = stored as { ok?: unknown; reason?: unknown };
  if (ok !== false) return null;
  return (PAUSE_REASONS as readonly unknown[]).includes(reason) ? (reason as PauseReason) : 'offline';
}

/** Why the replication stopped, from PouchDB's error (an HTTP status, or none when the server is unreachable). */
export function pauseReason(error: unknown): PauseReason {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (typeof status === 'number' && status >= 500) return 'server';
  return 'offline';
}
