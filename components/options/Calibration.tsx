import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Reply } from '@/lib/messages';
import { COMPARED_METRICS } from '@/lib/official-compare';
import type { ComparedMetric } from '@/lib/official-compare';
import { monthDay } from '@/lib/ui/format';
import { formatDiff, formatMetric } from '../popup/OfficialFigures';
import { Section } from './fields';

export type CalibrationReply = Reply<'official/calibration'>;

const LABEL: Record<ComparedMetric, () => string> = {
  rate3min: () => i18n.t('official.rate3min'),
  consultUsers: () => i18n.t('official.consultUsers'),
  avgResponseSec: () => i18n.t('official.avgResponse'),
};

/** The average error of a metric: percentage points, buyers or seconds. */
function averageText(metric: ComparedMetric, mean: number): string {
  if (metric === 'rate3min') return `${(Math.round(mean * 1000) / 10).toFixed(1)} ${i18n.t('official.calibration.pointsUnit')}`;
  const unit = metric === 'consultUsers' ? i18n.t('official.calibration.buyersUnit') : i18n.t('official.calibration.secondsUnit');
  return `${(Math.round(mean * 10) / 10).toFixed(1)} ${unit}`;
}

type Calibration = CalibrationReply['calibration'];

/** The reply of `load`, or the error it failed with. */
function useCalibration(load: () => Promise<CalibrationReply>) {
  const [data, setData] = useState<CalibrationReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);
  return { calibration: data?.calibration, error };
}

function CalibrationHead() {
  return (
    <thead>
      <tr>
        <th>{i18n.t('official.calibration.colDay')}</th>
        {COMPARED_METRICS.map((m) => (
          <th key={m} colSpan={3}>
            {LABEL[m]()}
          </th>
        ))}
      </tr>
      <tr>
        <th />
        {COMPARED_METRICS.map((m) => [
          <th key={`${m}e`}>{i18n.t('official.estimate')}</th>,
          <th key={`${m}o`}>{i18n.t('official.platform')}</th>,
          <th key={`${m}d`}>{i18n.t('official.diff')}</th>,
        ])}
      </tr>
    </thead>
  );
}

function CalibrationDay({ day }: { day: Calibration['days'][number] }) {
  return (
    <tr data-testid={`calibration-${day.day}`}>
      <td>{monthDay(day.day)}</td>
      {COMPARED_METRICS.map((m) => {
        const row = day.rows.find((r) => r.metric === m);
        return [
          <td key={`${m}e`}>{row ? formatMetric(m, row.estimate) : '—'}</td>,
          <td key={`${m}o`}>{row ? formatMetric(m, row.official) : '—'}</td>,
          <td key={`${m}d`} data-testid={`calibration-diff-${m}`}>
            {row ? formatDiff(m, row.diff) : '—'}
          </td>,
        ];
      })}
    </tr>
  );
}

function CalibrationAverage({ averageError }: { averageError: Calibration['averageError'] }) {
  return (
    <tfoot>
      <tr data-testid="calibration-average">
        <th>{i18n.t('official.calibration.avgError')}</th>
        {COMPARED_METRICS.map((m) => {
          const a = averageError[m];
          return (
            <td key={m} colSpan={3} data-testid={`calibration-avg-${m}`}>
              {a ? `${averageText(m, a.mean)}（${i18n.t('official.calibration.days', { n: a.days })}）` : '—'}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
}

/**
 * 估算与平台数据对比: for each of the last 30 days with both, the estimate and the
 * platform's figure of every metric they share, and the 30-day average error.
 */
export function CalibrationSection({ load }: { load: () => Promise<CalibrationReply> }) {
  const { calibration: c, error } = useCalibration(load);
  return (
    <Section id="calibration" title={i18n.t('official.calibration.title')} intro={i18n.t('official.calibration.intro')}>
      {error && <p class="row-issue">{error}</p>}
      {c && c.days.length === 0 && (
        <p class="muted" data-testid="calibration-empty">
          {i18n.t('official.calibration.empty')}
        </p>
      )}
      {c && c.days.length > 0 && (
        <table class="calibration" data-testid="calibration">
          <CalibrationHead />
          <tbody>
            {c.days.map((d) => (
              <CalibrationDay key={d.day} day={d} />
            ))}
          </tbody>
          <CalibrationAverage averageError={c.averageError} />
        </table>
      )}
    </Section>
  );
}
