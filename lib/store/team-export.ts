/**
 * The team day file of one account (lib/team/day-file.ts), read from the
 * store: its events as stored (ids already hashed), the coverage of each day
 * and the guard counts. Only what the Team page's metrics need.
 */
import { addDays, beijingDay } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { AccountInfo } from '../events';
import { shopOfAccount } from '../id-hash';
import { TEAM_DAY_FILE_FORMAT, TEAM_DAY_FILE_VERSION, teamDayFileName, teamDayFileText, toFileEvent } from '../team/day-file';
import type { TeamDayFile } from '../team/day-file';
import { fileKeys } from '../team/key-fingerprint';
import { dayRange } from './aggregates';
import { MINUTES_PER_DAY, observedMinutes } from './coverage';
import type { ExportFile } from './daily-export';
import { totalGuardCounts } from './guard-counts';
import type { KefuDb } from './schema';

/** Days a file covers by default: a week, enough for the signup check (3 days) and the 7-day trend. */
export const TEAM_EXPORT_DEFAULT_DAYS = 7;

/** The agent part of an account key ('mall:agent' → 'agent'). */
function agentOfAccount(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(colon + 1) || key;
}

/** The team day file of `account` for the `days` Beijing days ending today. */
export async function buildTeamDayFile(
  db: KefuDb,
  account: AccountInfo,
  days: number,
  now: number,
  window: CountedWindow,
  incompleteDays: readonly BeijingDay[] = [],
  secretOf?: (day: BeijingDay) => string,
): Promise<TeamDayFile> {
  const to = beijingDay(now);
  const from = addDays(to, -(Math.max(1, Math.min(366, Math.floor(days))) - 1));
  const key = account.key;
  const tx = db.transaction(['chatEvents', 'coverage', 'dailyAggregates']);
  const [events, coverage, aggregates] = await Promise.all([
    tx.objectStore('chatEvents').index('byDay').getAll(dayRange(key, from, to)),
    tx.objectStore('coverage').getAll(dayRange(key, from, to)),
    tx.objectStore('dailyAggregates').getAll(dayRange(key, from, to)),
  ]);
  await tx.done;
  const startMinute = window.startHour * 60;
  const endMinute = Math.min(MINUTES_PER_DAY, window.endHour * 60);
  const file: TeamDayFile = {
    format: TEAM_DAY_FILE_FORMAT,
    version: TEAM_DAY_FILE_VERSION,
    exportedAt: now,
    shop: { id: shopOfAccount(key), ...(account.mallName ? { name: account.mallName } : {}) },
    agent: { id: agentOfAccount(key), ...(account.agentName ? { name: account.agentName } : {}) },
    days: { from, to },
    countedWindow: { startHour: window.startHour, endHour: window.endHour },
    coverage: coverage
      .map((c) => ({ day: c.day, minutes: observedMinutes(c.spans, startMinute, endMinute), spans: c.spans.map(([a, b]) => [a, b] as [number, number]) }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    guard: aggregates
      .map((a) => ({ day: a.day, ...totalGuardCounts(a.guard) }))
      .filter((g) => g.held + g.warned + g.sentAnyway > 0)
      .sort((a, b) => a.day.localeCompare(b.day)),
    events: events.sort((a, b) => a.at - b.at).map(toFileEvent),
  };
  const incomplete = [...new Set(incompleteDays)].filter((d) => d >= from && d <= to).sort();
  if (incomplete.length > 0) file.incomplete = incomplete;
  // Which key hashed each day's ids, as a fingerprint (issue 23 item 5): never the key itself.
  if (secretOf) file.keys = fileKeys(file.shop.id, from, to, secretOf);
  return file;
}

/** The file of buildTeamDayFile (same arguments) as a download. */
export async function exportTeamDayFile(...args: Parameters<typeof buildTeamDayFile>): Promise<ExportFile> {
  const file = await buildTeamDayFile(...args);
  return { filename: teamDayFileName(file), mime: 'application/json', body: teamDayFileText(file) };
}
