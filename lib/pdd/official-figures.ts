/**
 * The platform's official customer-service figures, read from what its 客服数据
 * pages already fetched or rendered (shared/PDD-PAGES.md §(h)). Pure functions:
 * the caller passes the response text, the request URL, the dates the page's
 * own date picker shows and the current time.
 *
 * Public sources give the field names but not the JSON shapes, so every value
 * is read tolerantly: numbers or numeric strings; rates as 0–1, 0–100 or
 * "83.72%"; durations as seconds, "47秒" or "1分12秒"; missing fields are left
 * out. Anything that does not fit (HTML, an error code, no `result`, a rate
 * above 100 %, a negative count, a day in the future) yields no reading and a
 * reason the content script counts; a response is taken whole or not at all.
 *
 * Which day a figure belongs to, first match wins:
 * 1. dates in the response itself (statDate / startDate+endDate / …);
 * 2. dates in the request URL's query (startDate, endDate, starttime, endtime);
 * 3. the range the page's date picker shows, or its "近1天" button = yesterday
 *    in Beijing time (the data pages publish finished days, T+1);
 * 4. the 客服绩效 overview only: today (its overview is live).
 * A range of several days stays a range: it is never spread over its days.
 *
 * Here: the figures' types and the response parser; beside it the value
 * readers (official-values.ts), the day rules (official-dates.ts), the
 * rendered-text fallbacks (official-text.ts) and which page or call it is
 * (official-pages.ts).
 */
import { beijingDay, isBeijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import { checkRange, ownDates, pageRange, urlDates } from './official-dates';
import { isObj, toCount, toRate, toScore, toSeconds, type Obj } from './official-values';

/** Which page (and call) a figure comes from. */
export type OfficialSource = 'service-overview' | 'cs-report' | 'pilot-mall';

/** The figures the data pages publish. Rates are fractions 0–1, times seconds. */
export interface OfficialFigures {
  /** 咨询人数 */
  consultUsers?: number;
  /** 需人工回复的咨询人数 */
  needManualUsers?: number;
  /** 人工接待人数 */
  receivedUsers?: number;
  /** 3分钟人工回复率 */
  rate3min?: number;
  /** 30秒应答率 */
  rate30s?: number;
  /** 平均人工响应时长, seconds */
  avgResponseSec?: number;
  /** 客服服务分 (客服绩效 only) */
  serviceScore?: number;
}

export const OFFICIAL_METRICS = [
  'consultUsers',
  'needManualUsers',
  'receivedUsers',
  'rate3min',
  'rate30s',
  'avgResponseSec',
  'serviceScore',
] as const satisfies ReadonlyArray<keyof OfficialFigures>;
export type OfficialMetric = (typeof OFFICIAL_METRICS)[number];

const RATE_METRICS: ReadonlySet<OfficialMetric> = new Set(['rate3min', 'rate30s']);
const COUNT_METRICS: ReadonlySet<OfficialMetric> = new Set(['consultUsers', 'needManualUsers', 'receivedUsers']);

/** One reading: a shop's (or one agent's) figures for a day or an inclusive range of days. */
export interface OfficialReading {
  source: OfficialSource;
  /** Empty for shop-wide figures, else the agent's name as the page shows it. */
  agent: string;
  from: BeijingDay;
  to: BeijingDay;
  figures: OfficialFigures;
  /** Read from the page's response, or from its rendered text. */
  via: 'response' | 'text';
}

export type RejectReason = 'not-json' | 'error-response' | 'no-result' | 'absurd' | 'no-figures' | 'no-day' | 'future';

export type ParseResult = { ok: true; readings: OfficialReading[] } | { ok: false; reason: RejectReason };

/** Dates the page's own controls show: a picked range, or the "近N天" button. */
export type PageDates = { from: BeijingDay; to: BeijingDay } | { lastDays: number } | null;

export interface ParseContext {
  url: string;
  now: number;
  page?: PageDates;
}

/** Field aliases of each figure, the names of §(h) first. */
export const FIELD_ALIASES: Record<OfficialMetric, readonly string[]> = {
  consultUsers: ['consultUserCnt', 'consultUv', 'consultCnt', 'consultUserNum'],
  needManualUsers: ['needManuReplyConsultUserCnt', 'needManualReplyUserCnt'],
  receivedUsers: ['receiveUserCnt', 'manuReceiveUserCnt', 'receptionUserCnt'],
  rate3min: ['manuReplyRate3Min', 'manualReplyRate3Min', 'replyRate3Min', 'threeMinReplyRate', 'reply3MinRate'],
  rate30s: ['replyRate30s', 'responseRate30s', 'respRate30s', 'thirtySecondReplyRate', 'reply30sRate'],
  avgResponseSec: ['artificialResponseTime', 'avgManuResponseTime', 'avgResponseTime'],
  serviceScore: ['csServiceScore', 'serviceScore', 'csScore'],
};

const AGENT_FIELDS = ['csName', 'csNick', 'nickname', 'nickName', 'csAccountName', 'accountName', 'name'];
const LIST_FIELDS = ['list', 'dataList', 'csList', 'items', 'records', 'rows'];

/** Reads one figure; NaN marks an absurd value. */
function readMetric(metric: OfficialMetric, value: unknown): number | null {
  if (RATE_METRICS.has(metric)) return toRate(value);
  if (COUNT_METRICS.has(metric)) return toCount(value);
  if (metric === 'avgResponseSec') return toSeconds(value);
  return toScore(value);
}

/** The figures of one record; 'absurd' when any present value is, or when the counts contradict each other. */
export function readFigures(record: Obj): OfficialFigures | 'absurd' {
  const figures: OfficialFigures = {};
  for (const metric of OFFICIAL_METRICS) {
    const field = FIELD_ALIASES[metric].find((name) => record[name] !== undefined);
    if (field === undefined) continue;
    const value = readMetric(metric, record[field]);
    if (value === null) continue;
    if (Number.isNaN(value)) return 'absurd';
    figures[metric] = value;
  }
  return consistent(figures) ? figures : 'absurd';
}

/** Counts that cannot hold together: more agents' buyers than consulting buyers. */
function consistent(f: OfficialFigures): boolean {
  if (f.consultUsers === undefined) return true;
  return (f.needManualUsers ?? 0) <= f.consultUsers && (f.receivedUsers ?? 0) <= f.consultUsers;
}

export const hasFigures = (f: OfficialFigures): boolean => Object.keys(f).length > 0;

/** The `result` of a `{ success, result }` envelope, or why there is none. */
function envelopeResult(body: string): { result: unknown } | { reason: RejectReason } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { reason: 'not-json' };
  }
  if (!isObj(json)) return { reason: 'not-json' };
  const code = json['error_code'] ?? json['errorCode'];
  if (json['success'] === false || (code !== undefined && code !== null && code !== 0 && code !== 1000000)) {
    return { reason: 'error-response' };
  }
  const result = json['result'];
  if (result === undefined || result === null) return { reason: 'no-result' };
  return { result };
}

/** The records of a result: itself, or the array it holds (or is). */
function recordsOf(result: unknown): Obj[] | null {
  if (Array.isArray(result)) return result.filter(isObj);
  if (!isObj(result)) return null;
  for (const name of LIST_FIELDS) {
    const list = result[name];
    if (Array.isArray(list)) return list.filter(isObj);
  }
  return [result];
}

const agentOf = (record: Obj): string => {
  for (const name of AGENT_FIELDS) {
    const v = record[name];
    if (typeof v === 'string' && v.trim() !== '') return v.trim().slice(0, 64);
  }
  return '';
};

/**
 * Parses a data page's response into readings. `source` says which call it
 * is; see the file comment for the day rules.
 */
export function parseOfficialResponse(source: OfficialSource, body: string, context: ParseContext): ParseResult {
  const envelope = envelopeResult(body);
  if ('reason' in envelope) return { ok: false, reason: envelope.reason };
  const records = recordsOf(envelope.result);
  if (records === null) return { ok: false, reason: 'no-result' };
  const top = isObj(envelope.result) ? envelope.result : {};
  const fallback =
    ownDates(top) ?? urlDates(context.url) ?? pageRange(context.page, context.now) ??
    (source === 'cs-report' ? { from: beijingDay(context.now), to: beijingDay(context.now) } : null);

  const readings: OfficialReading[] = [];
  for (const record of records) {
    const figures = readFigures(record);
    if (figures === 'absurd') return { ok: false, reason: 'absurd' };
    if (!hasFigures(figures)) continue;
    const agent = source === 'cs-report' ? agentOf(record) : '';
    if (source === 'cs-report' && agent === '') continue; // a per-agent row without its agent is nobody's
    const range = ownDates(record) ?? fallback;
    if (!range) return { ok: false, reason: 'no-day' };
    const bad = checkRange(range, source, context.now);
    if (bad) return { ok: false, reason: bad };
    readings.push({ source, agent, from: range.from, to: range.to, figures, via: 'response' });
  }
  if (readings.length === 0) return { ok: false, reason: 'no-figures' };
  return { ok: true, readings: dedupeReadings(readings) };
}

/** Later rows for the same agent and range replace earlier ones. */
function dedupeReadings(readings: OfficialReading[]): OfficialReading[] {
  const byKey = new Map<string, OfficialReading>();
  for (const r of readings) byKey.set(JSON.stringify([r.agent, r.from, r.to]), r);
  return [...byKey.values()];
}

const SOURCES: ReadonlySet<string> = new Set<OfficialSource>(['service-overview', 'cs-report', 'pilot-mall']);

/**
 * A reading that crossed a message boundary, checked again field by field:
 * the known figures within their bounds, real days, no future day. Null when
 * anything does not fit.
 */
export function checkReading(value: unknown, now: number): OfficialReading | null {
  if (!isObj(value)) return null;
  const { source, agent, from, to, figures, via } = value;
  if (typeof source !== 'string' || !SOURCES.has(source)) return null;
  if (typeof agent !== 'string' || agent.length > 64 || (source === 'cs-report') !== (agent !== '')) return null;
  if (typeof from !== 'string' || typeof to !== 'string' || !isBeijingDay(from) || !isBeijingDay(to)) return null;
  if (via !== 'response' && via !== 'text') return null;
  if (!isObj(figures)) return null;
  const range = { from, to };
  if (checkRange(range, source as OfficialSource, now)) return null;
  const clean: OfficialFigures = {};
  for (const [name, raw] of Object.entries(figures)) {
    if (!(OFFICIAL_METRICS as readonly string[]).includes(name) || typeof raw !== 'number') return null;
    const metric = name as OfficialMetric;
    const read = readMetric(metric, raw);
    // Rates arrive as fractions: a value above 1 would be re-read as a percentage.
    if (read === null || Number.isNaN(read) || (RATE_METRICS.has(metric) && raw > 1)) return null;
    clean[metric] = read;
  }
  if (!hasFigures(clean) || !consistent(clean)) return null;
  return { source: source as OfficialSource, agent, from, to, figures: clean, via };
}
