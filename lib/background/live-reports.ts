/**
 * The chat tabs' live reports (who is waiting right now), kept per tab in
 * `browser.storage.session` so a restarted worker still has them, and the
 * toolbar badge derived from them.
 */
import type { StoredReport, WaitingReport } from '../events';
import type { KeyValueArea } from '../storage-area';

/** A report older than this is not "live" in the popup (tabs re-report at least every minute). */

/** Red, like the overdue timers. */
const BADGE_COLOR = '#d93025';

const PREFIX = 'waiting:';

/** Session key of a tab's report; -1 when the sender is not a tab (tests, extension pages). */
const reportKey = (tabId: number | undefined): string => `${PREFIX}${tabId ?? -1}`;

/** Stores a tab's report, stamped now. */
export async function saveWaitingReport(session: KeyValueArea, tabId: number | undefined, report: WaitingReport, now: number): Promise<void> {
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  const raw = (report ?? {}) as Partial<WaitingReport>;
  const stored: StoredReport = {
    waiting: count(raw.waiting),
    overFirstThreshold: count(raw.overFirstThreshold),
    longestWaitingSince: typeof raw.longestWaitingSince === 'number' && Number.isFinite(raw.longestWaitingSince) ? raw.longestWaitingSince : null,
    pageRecognised: raw.pageRecognised === true,
    reportedAt: now,
  };
  await session.set({ [reportKey(tabId)]: stored });
}

/** Forgets a closed tab's report. */
export async function removeWaitingReport(session: KeyValueArea, tabId: number): Promise<void> {
  await session.remove(reportKey(tabId));
}

/** Every stored tab report. */
export async function allReports(session: KeyValueArea): Promise<StoredReport[]> {
  const all = await session.get(null);
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith(PREFIX) && typeof v === 'object' && v !== null)
    .map(([, v]) => v as StoredReport);
}


/**
 * Badge text: buyers waiting past the first threshold, the maximum over open
 * chat tabs ('' when none). Reports are sent when they change, so an old
 * report of an open tab still holds; closed tabs are removed on tabs.onRemoved.
 */
export function badgeText(reports: readonly StoredReport[]): string {
  const n = reports.reduce((max, r) => Math.max(max, r.overFirstThreshold), 0);
  return n > 0 ? String(n) : '';
}

/** The part of `browser.action` the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Sets the toolbar badge from the stored reports. */
export async function refreshBadge(session: KeyValueArea, action: BadgeApi): Promise<string> {
  const text = badgeText(await allReports(session));
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text });
  return text;
}
