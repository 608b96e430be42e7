/**
 * Export of the daily figures (CSV for Excel, or JSON): one row per stored
 * Beijing day of an account, read here; the rows and the file's text are
 * made by lib/store/daily-export.ts. Figures only, never message text.
 */
import { beijingDay } from '../clock';
import type { CountedWindow } from '../clock';
import { exportedDay, safeFilePart, toCsv } from './daily-export';
import type { ExportFile } from './daily-export';
import type { ExportFormat } from '../messages';
import { readAggregates } from './aggregates';
import { readCoverage } from './coverage';
import type { KefuDb } from './schema';

/** The daily figures of every stored day of an account as a CSV or JSON file. */
export async function exportDaily(
  db: KefuDb,
  account: string,
  format: ExportFormat,
  now: number,
  window: CountedWindow,
): Promise<ExportFile> {
  const aggregates = await readAggregates(db, account, '', '\uffff', window);
  const coverage = await readCoverage(db, account, '', '\uffff', window);
  const rows = [...aggregates.values()]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((a) => exportedDay(a, coverage.get(a.day) ?? 0));
  const from = rows[0]?.day ?? beijingDay(now);
  const to = rows[rows.length - 1]?.day ?? beijingDay(now);
  const base = `kefu-guard-${safeFilePart(account)}-${from}-${to}`;
  if (format === 'json') {
    const body = JSON.stringify({ account, exportedAt: now, countedWindow: window, days: rows }, null, 2);
    // Named apart from a team day file (kefu-guard-team-day-…): the Team page does not take this one (issue 23).
    return { filename: `kefu-guard-figures-${safeFilePart(account)}-${from}-${to}.json`, mime: 'application/json', body };
  }
  return { filename: `${base}.csv`, mime: 'text/csv;charset=utf-8', body: toCsv(rows) };
}
