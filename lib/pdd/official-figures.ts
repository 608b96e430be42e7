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
 */
import { addDays, beijingDay, DAY_MS, isBeijingDay } from '../clock';
import type { BeijingDay } from '../clock';

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
const FIELD_ALIASES: Record<OfficialMetric, readonly string[]> = {
  consultUsers: ['consultUserCnt', 'consultUv', 'consultCnt', 'consultUserNum'],
  needManualUsers: ['needManuReplyConsultUserCnt', 'needManualReplyUserCnt'],
  receivedUsers: ['receiveUserCnt', 'manuReceiveUserCnt', 'receptionUserCnt'],
  rate3min: ['manuReplyRate3Min', 'manualReplyRate3Min', 'replyRate3Min', 'threeMinReplyRate', 'reply3MinRate'],
  rate30s: ['replyRate30s', 'responseRate30s', 'respRate30s', 'thirtySecondReplyRate', 'reply30sRate'],
  avgResponseSec: ['artificialResponseTime', 'avgManuResponseTime', 'avgResponseTime'],
  serviceScore: ['csServiceScore', 'serviceScore', 'csScore'],
};

const AGENT_FIELDS = ['csName', 'csNick', 'nickname', 'nickName', 'csAccountName', 'accountName', 'name'];
const DAY_FIELDS = ['statDate', 'date', 'dt', 'statDay', 'day'];
const FROM_FIELDS = ['startDate', 'beginDate', 'startTime', 'starttime', 'beginTime', 'start'];
const TO_FIELDS = ['endDate', 'endTime', 'endtime', 'end'];
const LIST_FIELDS = ['list', 'dataList', 'csList', 'items', 'records', 'rows'];

/** Upper bounds beyond which a figure is not believed. */
const MAX_COUNT = 10_000_000;
const MAX_SECONDS = 86_400;
const MAX_SCORE = 1_000;
/** Oldest day a reading may name (the pages keep a few months). */
const MAX_AGE_DAYS = 400;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finite number from a number or a numeric string ("1,234" too); null otherwise. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * A rate as a fraction 0–1: "83.72%" is a percentage; a number up to 1 is a
 * fraction, above 1 up to 100 a percentage. NaN for anything outside 0–100 %
 * (absurd), null when there is no value ("-", "", missing).
 */
export function toRate(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || /^[-—–]+$/.test(text)) return null;
    const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) return checkedFraction(Number(percent[1]) / 100);
  }
  const n = toNumber(value);
  if (n === null) return Number.NaN;
  return checkedFraction(n <= 1 ? n : n / 100);
}

/** Rounded to 6 places so "83.72%" and 0.8372 are the same figure. */
const checkedFraction = (f: number): number => (f >= 0 && f <= 1 ? Math.round(f * 1e6) / 1e6 : Number.NaN);

/** Seconds from a number, a numeric string, "47秒", "1分12秒", "1分钟" or "1小时2分"; NaN when absurd, null when absent. */
export function toSeconds(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || /^[-—–]+$/.test(text)) return null;
    const parts = /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s))?$/.exec(text);
    if (parts && (parts[1] ?? parts[2] ?? parts[3]) !== undefined) {
      const sec = Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
      return sec <= MAX_SECONDS ? sec : Number.NaN;
    }
  }
  const n = toNumber(value);
  if (n === null || n < 0 || n > MAX_SECONDS) return Number.NaN;
  return n;
}

function toCount(value: unknown): number | null {
  if (value === undefined || value === null || value === '' || value === '-') return null;
  const n = toNumber(value);
  if (n === null || n < 0 || !Number.isInteger(n) || n > MAX_COUNT) return Number.NaN;
  return n;
}

function toScore(value: unknown): number | null {
  if (value === undefined || value === null || value === '' || value === '-') return null;
  const n = toNumber(value);
  return n === null || n < 0 || n > MAX_SCORE ? Number.NaN : n;
}

/** Reads one figure; NaN marks an absurd value. */
function readMetric(metric: OfficialMetric, value: unknown): number | null {
  if (RATE_METRICS.has(metric)) return toRate(value);
  if (COUNT_METRICS.has(metric)) return toCount(value);
  if (metric === 'avgResponseSec') return toSeconds(value);
  return toScore(value);
}

/** The figures of one record; 'absurd' when any present value is, or when the counts contradict each other. */
function readFigures(record: Obj): OfficialFigures | 'absurd' {
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

const hasFigures = (f: OfficialFigures): boolean => Object.keys(f).length > 0;

/** A Beijing day from "2026-11-30", "2026/11/30", "20261130", or unix seconds / ms; null otherwise. */
export function toBeijingDay(value: unknown): BeijingDay | null {
  if (typeof value === 'string') {
    const text = value.trim();
    const m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[ T].*)?$/.exec(text);
    if (m) {
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      return isBeijingDay(day) ? day : null;
    }
  }
  const n = toNumber(value);
  if (n === null || n <= 0) return null;
  // Seconds until the year 2286, ms after.
  const ms = n < 1e10 ? n * 1000 : n;
  return beijingDay(ms);
}

const firstDay = (obj: Obj, fields: readonly string[]): BeijingDay | null => {
  for (const name of fields) {
    const day = toBeijingDay(obj[name]);
    if (day) return day;
  }
  return null;
};

/** Dates a record or the whole response names for itself. */
function ownDates(obj: Obj): { from: BeijingDay; to: BeijingDay } | null {
  const day = firstDay(obj, DAY_FIELDS);
  if (day) return { from: day, to: day };
  const from = firstDay(obj, FROM_FIELDS);
  const to = firstDay(obj, TO_FIELDS);
  if (from && to) return { from, to };
  return null;
}

/** Dates in the request URL's query. */
function urlDates(url: string): { from: BeijingDay; to: BeijingDay } | null {
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
function checkRange(range: { from: BeijingDay; to: BeijingDay }, source: OfficialSource, now: number): RejectReason | null {
  if (range.from > range.to) return 'absurd';
  if (range.to > latestDay(source, now)) return 'future';
  if (range.from < beijingDay(now - MAX_AGE_DAYS * DAY_MS)) return 'absurd';
  return null;
}

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

/** Labels the data pages print beside each figure (rendered-text fallback). */
export const FIGURE_LABELS: ReadonlyArray<readonly [OfficialMetric, RegExp]> = [
  ['needManualUsers', /^\s*需人工回复的咨询人数/],
  ['consultUsers', /^\s*咨询人数/],
  ['receivedUsers', /^\s*人工接待人数/],
  ['rate3min', /^\s*3分钟人工回复率/],
  ['rate30s', /^\s*30秒应答率/],
  ['avgResponseSec', /^\s*平均人工响应时长/],
];

/**
 * Figures from label/value pairs the page rendered (e.g. the 服务数据 cards):
 * each label is matched once; the value is read like a response field.
 */
export function figuresFromLabels(pairs: ReadonlyArray<{ label: string; value: string }>): OfficialFigures | 'absurd' {
  const record: Obj = {};
  for (const [metric, pattern] of FIGURE_LABELS) {
    const pair = pairs.find((p) => pattern.test(p.label));
    if (pair) record[FIELD_ALIASES[metric][0]!] = pair.value.trim();
  }
  return readFigures(record);
}

/** A reading from the 服务数据 page's rendered cards, dated by its date picker. */
export function parseServiceText(
  pairs: ReadonlyArray<{ label: string; value: string }>,
  context: { now: number; page?: PageDates },
): ParseResult {
  const figures = figuresFromLabels(pairs);
  if (figures === 'absurd') return { ok: false, reason: 'absurd' };
  if (!hasFigures(figures)) return { ok: false, reason: 'no-figures' };
  const range = pageRange(context.page, context.now);
  if (!range) return { ok: false, reason: 'no-day' };
  const bad = checkRange(range, 'service-overview', context.now);
  if (bad) return { ok: false, reason: bad };
  return { ok: true, readings: [{ source: 'service-overview', agent: '', ...range, figures, via: 'text' }] };
}

/**
 * The 店铺体验 page's "近30天3分钟人工回复率 52.17% 未达标": a 30-day range
 * ending yesterday, with whether the platform says it meets its bar.
 */
export function parsePilotText(text: string, now: number): ParseResult & { met?: boolean } {
  const m = /近\s*30\s*天\s*3\s*分钟人工回复率\s*[:：]?\s*(\d+(?:\.\d+)?\s*%)\s*(已达标|未达标)?/.exec(text);
  if (!m) return { ok: false, reason: 'no-figures' };
  const rate = toRate(m[1]!.replace(/\s+/g, ''));
  if (rate === null || Number.isNaN(rate)) return { ok: false, reason: 'absurd' };
  const to = addDays(beijingDay(now), -1);
  const reading: OfficialReading = { source: 'pilot-mall', agent: '', from: addDays(to, -29), to, figures: { rate3min: rate }, via: 'text' };
  const result: ParseResult & { met?: boolean } = { ok: true, readings: [reading] };
  if (m[2]) result.met = m[2] === '已达标';
  return result;
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

/** Which data-page call a tapped URL is, or null. */
export function officialSourceOfUrl(url: string): OfficialSource | null {
  if (/\/desert\/stat\/mallServiceOverviewData(?:[?#]|$)/.test(url)) return 'service-overview';
  if (/\/chats\/csReport\/overview(?:[?#]|$)/.test(url)) return 'cs-report';
  return null;
}

/** Which data page a location is, or null. */
export function dataPageKind(href: string): OfficialSource | null {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  if (/^\/mms-chat\/overview\/service\/?$/.test(path)) return 'service-overview';
  if (/^\/mms-chat\/overview\/merchant\/?$/.test(path)) return 'cs-report';
  if (/^\/sycm\/goods_quality\/pilot_mall\/?$/.test(path)) return 'pilot-mall';
  return null;
}

/** The mall id a tapped user-info response names (to keep shops apart), or null. */
export function mallIdOfUserInfo(body: string): string | null {
  try {
    const json = JSON.parse(body) as unknown;
    const result = isObj(json) && isObj(json['result']) ? json['result'] : null;
    if (!result) return null;
    const mall = isObj(result['mall']) ? result['mall'] : {};
    const id = mall['mall_id'] ?? result['mall_id'] ?? result['mallId'];
    const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : typeof id === 'string' ? id.trim() : '';
    return /^\d{1,20}$/.test(text) ? text : null;
  } catch {
    return null;
  }
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
