import { i18n } from '#i18n';
import { formatBeijing } from '@/lib/clock';
import type { OfficialSummary } from '@/lib/official-compare';
import { compareDay } from '@/lib/official-compare';
import type { ComparedMetric, Comparison } from '@/lib/official-compare';
import { formatPct, monthDay } from '@/lib/ui/format';
import { SERVICE_DATA_URL } from '../pages/urls';
import { TabLink } from './TabLink';

const METRIC_LABEL: Record<ComparedMetric, () => string> = {
  rate3min: () => i18n.t('official.rate3min'),
  consultUsers: () => i18n.t('official.consultUsers'),
  avgResponseSec: () => i18n.t('official.avgResponse'),
};

/** A value of a metric as the popup shows it: rates in %, buyers as counts, times in seconds. */
export function formatMetric(metric: ComparedMetric, value: number | null): string {
  if (value === null) return '—';
  if (metric === 'rate3min') return formatPct(value);
  if (metric === 'consultUsers') return String(Math.round(value));
  const sec = Math.round(value);
  return sec >= 60 ? i18n.t('popup.duration.ms', { m: Math.floor(sec / 60), s: sec % 60 }) : i18n.t('popup.duration.s', { s: sec });
}

/** The difference estimate − platform: percentage points for rates, signed counts and seconds. */
export function formatDiff(metric: ComparedMetric, diff: number | null): string {
  if (diff === null) return '—';
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const abs = Math.abs(diff);
  if (metric === 'rate3min') return `${sign}${(Math.round(abs * 1000) / 10).toFixed(1)}pt`;
  return `${sign}${Math.round(abs)}${metric === 'avgResponseSec' ? 's' : ''}`;
}

function DayRows({ day, rows, readAt, viaText }: { day: string; rows: Comparison[]; readAt: number; viaText: boolean }) {
  const title = `${i18n.t('official.readAt', { time: formatBeijing(readAt) })}${viaText ? ` · ${i18n.t('official.viaText')}` : ''}`;
  return (
    <>
      {rows.map((row, i) => (
        <tr key={row.metric} data-testid={`official-${day}-${row.metric}`} title={title}>
          {i === 0 && (
            <td rowSpan={rows.length} class="official-day">
              {monthDay(day)}
            </td>
          )}
          <td>{METRIC_LABEL[row.metric]()}</td>
          <td class="num official-value" data-testid="official-platform">
            {formatMetric(row.metric, row.official)}
          </td>
          <td class="num" data-testid="official-estimate">
            {formatMetric(row.metric, row.estimate)}
          </td>
          <td class="num muted" data-testid="official-diff">
            {formatDiff(row.metric, row.diff)}
          </td>
        </tr>
      ))}
    </>
  );
}

/**
 * Past days: the platform's figures (平台数据) beside the plugin's estimates
 * (插件估算) with the difference, the 店铺体验 30-day rate, and a link to 服务数据
 * when any of the last 3 days lacks the platform's figures.
 */
export function OfficialFigures({ official, onOpenTab }: { official: OfficialSummary; onOpenTab: (url: string) => void }) {
  const days = official.pastDays.filter((d) => d.official !== null).reverse();
  return (
    <section class="card official" data-testid="official-card">
      <header class="card-head">
        <h2>{i18n.t('official.title')}</h2>
      </header>
      {days.length > 0 && (
        <table class="days official-table" data-testid="official-table">
          <thead>
            <tr>
              <th>{i18n.t('official.colDay')}</th>
              <th>{i18n.t('official.colMetric')}</th>
              <th class="num">
                <span class="tag tag--official">{i18n.t('official.platform')}</span>
              </th>
              <th class="num">
                <span class="tag">{i18n.t('official.estimate')}</span>
              </th>
              <th class="num">{i18n.t('official.diff')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <DayRows key={d.day} day={d.day} rows={compareDay(d.estimate, d.official!.figures)} readAt={d.official!.readAt} viaText={d.official!.via === 'text'} />
            ))}
          </tbody>
        </table>
      )}
      {official.pilot && (
        <p class="small" data-testid="official-pilot">
          {i18n.t('official.pilot', { pct: formatPct(official.pilot.rate3min), from: monthDay(official.pilot.from), to: monthDay(official.pilot.to) })}
        </p>
      )}
      {official.missingDays.length > 0 && (
        <p class="small" data-testid="official-missing">
          <TabLink href={SERVICE_DATA_URL} onOpenTab={onOpenTab} testId="official-link">
            {i18n.t('official.missingLink')}
          </TabLink>
          <span class="muted">{i18n.t('official.missingDays', { days: official.missingDays.map(monthDay).join('、') })}</span>
        </p>
      )}
      <p class="muted small">{i18n.t('official.intro')}</p>
    </section>
  );
}
