/**
 * Which days a data page's figures belong to (the day rules of
 * official-figures.ts): dates a response or its request URL names, the range
 * the page's own date picker shows, and the range a source may publish.
 */
import { addDays, beijingDay, DAY_MS, isBeijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import type { OfficialSource, PageDates, RejectReason } from './official-figures';
import { toBeijingDay, type Obj } from './official-values';

const DAY_FIELDS = ['statDate', 'date', 'dt', 'statDay', 'day'];
const FROM_FIELDS = ['startDate', 'beginDate', 'startTime', 'starttime', 'beginTime', 'start'];
const TO_FIELDS = ['endDate', 'endTime', 'endtime', 'end'];

/** Oldest day a reading may name (the pages keep a few months). */
const MAX_AGE_DAYS = 400;

const firstDay = (obj: Obj, fields: readonly string[]): BeijingDay | null => {
  for (const name of fields) {
    const day = toBeijingDay(obj[name]);
    if (day) return day;
  }
  return null;
};

/** Dates a record or the whole response names for itself. */
export function ownDates(obj: Obj): { from: BeijingDay; to: BeijingDay } | null {
  const day = firstDay(obj, DAY_FIELDS);
  if (day) return { from: day, to: day };
  const from = firstDay(obj, FROM_FIELDS);
  const to = firstDay(obj, TO_FIELDS);
  if (from && to) return { from, to };
  return null;
}

/** Dates in the request URL's query. */
export function urlDates(url: string): { from: BeijingDay; to: BeijingDay } | null {
  let params: URLSearchParams;
  try {
    params = new URL(url, 'https://mms.pinduoduo.com/').searchParams;
  } catch {
    return null;
  }
  return ownDates(Object.fromEntries(params.entries()));
}

/** The range the page's controls name: "近N天" ends yesterday (finished days only). */
export function pageRange(page: PageDates | undefined, now: number): { from: BeijingDay; to: BeijingDay } | null {
  if (!page) return null;
  if ('lastDays' in page) {
    if (!Number.isInteger(page.lastDays) || page.lastDays < 1 || page.lastDays > 90) return null;
    const to = addDays(beijingDay(now), -1);
    return { from: addDays(to, -(page.lastDays - 1)), to };
  }
  return isBeijingDay(page.from) && isBeijingDay(page.to) ? { from: page.from, to: page.to } : null;
}

/** The latest day a source may publish: yesterday for the finished-day pages, today for the live 客服绩效 overview. */
function latestDay(source: OfficialSource, now: number): BeijingDay {
  const today = beijingDay(now);
  return source === 'cs-report' ? today : addDays(today, -1);
}

/** 'future' / 'absurd' for a range the figures cannot belong to, else null. */
export function checkRange(range: { from: BeijingDay; to: BeijingDay }, source: OfficialSource, now: number): RejectReason | null {
  if (range.from > range.to) return 'absurd';
  if (range.to > latestDay(source, now)) return 'future';
  if (range.from < beijingDay(now - MAX_AGE_DAYS * DAY_MS)) return 'absurd';
  return null;
}

/**
 * The date-picker text of a data page: "2026-11-24 ~ 2026-11-30" (or 至 / -
 * between two dates), or one date. Null when it names no dates.
 */
export function parsePickerText(text: string): { from: BeijingDay; to: BeijingDay } | null {
  const dates = [...text.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g)].map(
    (m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
  );
  if (dates.length === 0 || dates.length > 2 || !dates.every(isBeijingDay)) return null;
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}
