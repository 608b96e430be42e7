/**
 * The plugin's estimate beside the platform's figure, metric by metric, and
 * how far off the estimates were over recent days (issue #17 calibration).
 * Pure: the caller passes both sides.
 */
import type { BeijingDay } from './clock';
import type { DayMetrics } from './metrics';
import type { OfficialFigures } from './pdd/official-figures';

/** Metrics both sides have: the 3-minute rate, consulting buyers, the average response time. */
export const COMPARED_METRICS = ['rate3min', 'consultUsers', 'avgResponseSec'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export interface Comparison {
  metric: ComparedMetric;
  official: number;
  /** Null when the plugin has no estimate of it for the day. */
  estimate: number | null;
  /** estimate − official (rates as fractions, seconds, buyers); null without an estimate. */
  diff: number | null;
}

function estimateOf(metric: ComparedMetric, m: DayMetrics | null): number | null {
  if (!m) return null;
  if (metric === 'rate3min') return m.rate3min;
  if (metric === 'consultUsers') return m.buyers;
  return m.avgResponseMs === null ? null : m.avgResponseMs / 1000;
}

/** One row per metric the platform published for the day. */
export function compareDay(estimate: DayMetrics | null, official: OfficialFigures): Comparison[] {
  const rows: Comparison[] = [];
  for (const metric of COMPARED_METRICS) {
    const o = official[metric];
    if (o === undefined) continue;
    const e = estimateOf(metric, estimate);
    rows.push({ metric, official: o, estimate: e, diff: e === null ? null : e - o });
  }
  return rows;
}

export interface CalibrationDay {
  day: BeijingDay;
  rows: Comparison[];
}

export interface Calibration {
  /** Days with both sides, newest first. */
  days: CalibrationDay[];
  /** Mean absolute difference per metric over those days, with how many days it is over; null when none. */
  averageError: Record<ComparedMetric, { mean: number; days: number } | null>;
}

/** The comparison over the given days (only those where a metric has both sides count for it). */
export function calibrate(input: ReadonlyArray<{ day: BeijingDay; estimate: DayMetrics | null; official: OfficialFigures }>): Calibration {
  const days = input
    .map(({ day, estimate, official }) => ({ day, rows: compareDay(estimate, official).filter((r) => r.diff !== null) }))
    .filter((d) => d.rows.length > 0)
    .sort((a, b) => b.day.localeCompare(a.day));
  const averageError = Object.fromEntries(
    COMPARED_METRICS.map((metric) => {
      const diffs = days.flatMap((d) => d.rows.filter((r) => r.metric === metric).map((r) => Math.abs(r.diff!)));
      return [metric, diffs.length === 0 ? null : { mean: diffs.reduce((a, b) => a + b, 0) / diffs.length, days: diffs.length }];
    }),
  ) as Calibration['averageError'];
  return { days, averageError };
}

/** A day's shop-wide figures as the platform published them on 服务数据. */
export interface OfficialDayInfo {
  figures: OfficialFigures;
  readAt: number;
  via: 'response' | 'text';
}

/** The platform's figures beside the estimates (issue #17). */
export interface OfficialSummary {
  /** The shop (mall id) the figures are of. */
  shop: string;
  /** The days before today, oldest first: the estimate and, when read, the platform's figures. */
  pastDays: Array<{ day: BeijingDay; estimate: DayMetrics | null; official: OfficialDayInfo | null }>;
  /** Days of the last 3 without the platform's figures (the popup then links to 服务数据). */
  missingDays: BeijingDay[];
  /** The latest 店铺体验 30-day 3-minute rate. */
  pilot: { rate3min: number; from: BeijingDay; to: BeijingDay; readAt: number } | null;
}
