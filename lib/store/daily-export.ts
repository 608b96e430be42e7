/**
 * The daily figures as a file (CSV for Excel, or JSON): one row per Beijing
 * day from its stored aggregate and coverage (read by lib/store/export.ts).
 * Pure: figures only, never message text.
 */
import { messageGuardCounts } from './guard-counts';
import type { DayMetrics } from '../metrics';
import type { DailyAggregateRecord } from './schema';

/** One exported day: the day's counts as DayMetrics names them, rates as percentages. */
export interface ExportedDay extends Pick<DayMetrics, 'day' | 'buyers' | 'messages' | 'answered' | 'waiting' | 'uncounted' | 'rate1hAssessed'> {
  /** Percentages with one decimal, null when nothing was counted. */
  rate30sPct: number | null;
  rate3minPct: number | null;
  rate5minPct: number | null;
  rate1hPct: number | null;
  avgResponseSec: number | null;
  coveragePct: number;
  guardHeld: number;
  guardWarned: number;
  guardSentAnyway: number;
}

const pct = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);
const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** One exported row from a day's aggregate and coverage. */
export function exportedDay(aggregate: DailyAggregateRecord, coverage: number): ExportedDay {
  const m = aggregate.metrics;
  const guard = messageGuardCounts(aggregate);
  return {
    day: aggregate.day,
    buyers: m.buyers,
    messages: m.messages,
    answered: m.answered,
    waiting: m.waiting,
    uncounted: m.uncounted,
    rate30sPct: pct(m.rate30s),
    rate3minPct: pct(m.rate3min),
    rate5minPct: pct(m.rate5min),
    rate1hPct: pct(m.rate1h),
    rate1hAssessed: m.rate1hAssessed,
    avgResponseSec: oneDecimal(m.avgResponseMs === null ? null : m.avgResponseMs / 1000),
    coveragePct: pct(coverage) ?? 0,
    guardHeld: guard.held,
    guardWarned: guard.warned,
    guardSentAnyway: guard.sentAnyway,
  };
}

/** Column, heading (Chinese first), and decimals for the figures written with one decimal. */
const CSV_COLUMNS: ReadonlyArray<[keyof ExportedDay, string, number?]> = [
  ['day', '日期 day'],
  ['buyers', '咨询买家数 buyers'],
  ['messages', '考核消息数 messages'],
  ['answered', '已人工回复 answered'],
  ['waiting', '未回复 waiting'],
  ['uncounted', '非考核时段消息 uncounted'],
  ['rate30sPct', '30秒应答率% rate30s', 1],
  ['rate3minPct', '3分钟回复率% rate3min', 1],
  ['rate5minPct', '5分钟回复率% rate5min', 1],
  ['rate1hPct', '1小时有效回复率% rate1h', 1],
  ['rate1hAssessed', '1小时考核(>100人) assessed'],
  ['avgResponseSec', '平均人工响应秒 avg response s', 1],
  ['coveragePct', '观察覆盖率% coverage', 1],
  ['guardHeld', '拦截 held'],
  ['guardWarned', '提醒 warned'],
  ['guardSentAnyway', '仍然发送 sent anyway'],
];

function csvCell(value: unknown, decimals?: number): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'boolean') text = value ? '是' : '否';
  else if (typeof value === 'number') text = decimals === undefined ? String(value) : value.toFixed(decimals);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text: UTF-8 BOM (so Excel reads the Chinese headings), CRLF line ends. */
export function toCsv(rows: readonly ExportedDay[]): string {
  const lines = [CSV_COLUMNS.map(([, heading]) => csvCell(heading)).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([key, , decimals]) => csvCell(row[key], decimals)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file-name-safe form of an account key ('mall:agent' → 'mall_agent'). */
export function safeFilePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 60) || 'default';
}

export interface ExportFile {
  filename: string;
  mime: string;
  body: string;
}
