/**
 * The days a team day file may carry: the same window as every time read
 * from a page (lib/boundary.ts: 400 days back, 30 days ahead), counted in
 * Beijing days from the Team page's today. A file with a day outside it is
 * refused whole, naming the day: a day in 2031 would otherwise become the
 * report's "last day" and a year of empty days (issue 22). Pure.
 */
import { addDays, DAY_MS } from '../clock';
import type { BeijingDay } from '../clock';
import { SANE_FUTURE_MS, SANE_PAST_MS } from '../boundary';
import type { DayFileIssue, TeamDayFile } from './day-file';

export interface DayWindow {
  first: BeijingDay;
  last: BeijingDay;
}

/** The days a file imported on `today` may name. */
export function importWindow(today: BeijingDay): DayWindow {
  return { first: addDays(today, -Math.round(SANE_PAST_MS / DAY_MS)), last: addDays(today, Math.round(SANE_FUTURE_MS / DAY_MS)) };
}

/** The first day of the file outside the window, as an issue naming it and the window; null when all are inside. */
export function dayOutsideWindow(file: TeamDayFile, today: BeijingDay): DayFileIssue | null {
  const { first, last } = importWindow(today);
  const named: Array<[string, BeijingDay]> = [
    ['days.from', file.days.from],
    ['days.to', file.days.to],
    ...file.coverage.map((c, i): [string, BeijingDay] => [`coverage.${i}.day`, c.day]),
    ...file.guard.map((g, i): [string, BeijingDay] => [`guard.${i}.day`, g.day]),
  ];
  const outside = named.find(([, day]) => day < first || day > last);
  if (!outside) return null;
  const [path, day] = outside;
  return {
    path,
    message: `日期 ${day} 超出可导入的范围 ${first} 至 ${last}（今天前 400 天到后 30 天）/ day ${day} is outside ${first}–${last}`,
  };
}
