import { i18n } from '#i18n';
import type { TrendPoint } from '@/lib/messages';
import { formatPct, monthDay } from '@/lib/ui/format';

/**
 * The bottom of the % axis: 50 % when every value and threshold is above it
 * (rates usually are, and the top half is where they differ), else lower in
 * steps of 10 %, down to 0 %.
 */
export function axisFloor(values: ReadonlyArray<number | null>): number {
  const shown = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = shown.length ? Math.min(...shown) : 1;
  return Math.max(0, Math.min(0.5, Math.floor((min - 0.05) * 10) / 10));
}

/** Runs of consecutive days that have a value: each run is one line, a missing day leaves a gap. */
export function segments(values: ReadonlyArray<number | null>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}

export interface TrendChartProps {
  points: TrendPoint[];
  /** The 5-minute floor (RULES §1, 70 % by default). */
  floor5min: number;
  /** The 1-hour rate a promotion signup requires. */
  required1h: number;
}

const W = 348;
const H = 128;
const PAD = { left: 34, right: 10, top: 8, bottom: 20 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const SERIES = [
  { key: 'rate1h', className: 's1h' },
  { key: 'rate5min', className: 's5m' },
] as const;

/** Where things sit in the plot: x of a day's index, y of a rate (clamped to the axis), and the axis floor. */
interface Scale {
  floor: number;
  x(i: number): number;
  y(rate: number): number;
}

function scaleFor(points: readonly TrendPoint[], floor5min: number, required1h: number): Scale {
  const step = points.length > 1 ? PLOT_W / (points.length - 1) : 0;
  const floor = axisFloor([...points.flatMap((p) => [p.rate1h, p.rate5min, p.official3min ?? null]), floor5min, required1h]);
  return {
    floor,
    x: (i) => PAD.left + i * step,
    y: (rate) => PAD.top + ((1 - Math.min(1, Math.max(floor, rate))) / (1 - floor)) * PLOT_H,
  };
}

interface Threshold {
  value: number;
  className: string;
  label: string;
}

/** The % grid, the two thresholds and the day labels. */
function Axes({ points, scale, thresholds }: { points: readonly TrendPoint[]; scale: Scale; thresholds: readonly Threshold[] }) {
  const { floor, x, y } = scale;
  return (
    <>
      {[floor, (floor + 1) / 2, 1].map((v) => (
        <g key={v} class="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 3.5} text-anchor="end">
            {formatPct(v)}
          </text>
        </g>
      ))}
      {thresholds.map((t) => (
        <line key={t.className} class={`threshold ${t.className}`} data-testid={`threshold-${t.className}`} x1={PAD.left} x2={W - PAD.right} y1={y(t.value)} y2={y(t.value)}>
          <title>{t.label}</title>
        </line>
      ))}
      {points.map((p, i) => (
        <text key={p.day} class="day" x={x(i)} y={H - 5} text-anchor="middle">
          {monthDay(p.day)}
        </text>
      ))}
    </>
  );
}

/** One estimated rate: a line per run of days with a value, and a dot per day. */
function Series({ points, scale, series, name }: { points: readonly TrendPoint[]; scale: Scale; series: (typeof SERIES)[number]; name: string }) {
  const { key, className } = series;
  const { x, y } = scale;
  const values = points.map((p) => p[key]);
  return (
    <g class={`series ${className}`} data-testid={`series-${key}`}>
      {segments(values).map((run) => (run.length > 1 ? <polyline key={run[0]} points={run.map((i) => `${x(i)},${y(values[i]!)}`).join(' ')} /> : null))}
      {values.map((v, i) =>
        v === null ? null : (
          <circle key={i} cx={x(i)} cy={y(v)} r={2.6}>
            <title>{`${monthDay(points[i]!.day)} ${name} ${formatPct(v)}`}</title>
          </circle>
        ),
      )}
    </g>
  );
}

/** The platform's own figures: hollow diamonds, no line, so they never read as an estimate. */
function OfficialPoints({ points, scale }: { points: readonly TrendPoint[]; scale: Scale }) {
  const { x, y } = scale;
  return (
    <g class="series official-pts" data-testid="series-official3min">
      {points.map((p, i) =>
        typeof p.official3min === 'number' ? (
          <path key={p.day} data-testid="official-point" d={`M${x(i)},${y(p.official3min) - 4} l4,4 l-4,4 l-4,-4 z`}>
            <title>{`${monthDay(p.day)} ${i18n.t('official.trendOfficial')} ${formatPct(p.official3min)}`}</title>
          </path>
        ) : null,
      )}
    </g>
  );
}

function Legend({ names, hasOfficial, thresholds }: { names: Record<'rate1h' | 'rate5min', string>; hasOfficial: boolean; thresholds: readonly Threshold[] }) {
  return (
    <figcaption class="legend">
      <span class="key s1h">{names.rate1h}</span>
      <span class="key s5m">{names.rate5min}</span>
      {hasOfficial && <span class="key official-key">{i18n.t('official.trendOfficial')}</span>}
      {thresholds.map((t) => (
        <span key={t.className} class={`key ${t.className}`}>
          {t.label}
        </span>
      ))}
    </figcaption>
  );
}

/** The 7-day trend of the 1-hour and 5-minute rates, with the floor and the signup requirement. */
export function TrendChart({ points, floor5min, required1h }: TrendChartProps) {
  const scale = scaleFor(points, floor5min, required1h);
  const hasOfficial = points.some((p) => typeof p.official3min === 'number');
  const empty = points.every((p) => p.rate1h === null && p.rate5min === null && typeof p.official3min !== 'number');
  const names = { rate1h: i18n.t('popup.trend.rate1h'), rate5min: i18n.t('popup.trend.rate5min') };
  const title = i18n.t('popup.trend.title');
  const thresholds: Threshold[] = [
    { value: floor5min, className: 't5m', label: i18n.t('popup.trend.floor', { pct: formatPct(floor5min) }) },
    { value: required1h, className: 't1h', label: i18n.t('popup.trend.required', { pct: formatPct(required1h) }) },
  ];
  return (
    <figure class="trend" data-testid="trend">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={title}>
        <title>{title}</title>
        <Axes points={points} scale={scale} thresholds={thresholds} />
        {empty && (
          <text class="trend-empty" x={PAD.left + PLOT_W / 2} y={PAD.top + PLOT_H / 2} text-anchor="middle" data-testid="trend-empty">
            {i18n.t('popup.trend.empty')}
          </text>
        )}
        {SERIES.map((series) => (
          <Series key={series.key} points={points} scale={scale} series={series} name={names[series.key]} />
        ))}
        {hasOfficial && <OfficialPoints points={points} scale={scale} />}
      </svg>
      <Legend names={names} hasOfficial={hasOfficial} thresholds={thresholds} />
    </figure>
  );
}
