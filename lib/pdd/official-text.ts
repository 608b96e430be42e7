/**
 * Figures from what the data pages render, when their responses were not
 * heard: the 服务数据 cards (label / value pairs, dated by the date picker)
 * and the 店铺体验 page's 30-day 3-minute rate.
 */
import { addDays, beijingDay } from '../clock';
import { checkRange, pageRange } from './official-dates';
import { FIELD_ALIASES, hasFigures, readFigures, type OfficialFigures, type OfficialMetric, type OfficialReading, type PageDates, type ParseResult } from './official-figures';
import { toRate, type Obj } from './official-values';

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
