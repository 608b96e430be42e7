/** The rate columns the Team page's tables share: heads and one row's cells of a day's figures. */
import { i18n } from '#i18n';
import type { DayMetrics } from '@/lib/metrics';
import { formatPct, splitDuration } from '@/lib/ui/format';

/** An average response time as 分/秒 (issue 23: not "1039.3 秒"). */
export function avgDuration(ms: number | null): string {
  if (ms === null) return '—';
  const { h, m, s } = splitDuration(ms);
  if (h > 0) return i18n.t('popup.duration.hm', { h, m });
  return m > 0 ? i18n.t('popup.duration.ms', { m, s }) : i18n.t('popup.duration.s', { s });
}

/** One day's figures as cells. */
export function Rates({ m }: { m: DayMetrics }) {
  return (
    <>
      <td class="num">{m.buyers}</td>
      <td class="num">{m.messages}</td>
      <td class="num">{formatPct(m.rate30s)}</td>
      <td class="num">{formatPct(m.rate3min)}</td>
      <td class="num">{formatPct(m.rate5min)}</td>
      <td class="num">{formatPct(m.rate1h)}</td>
      <td class="num">{avgDuration(m.avgResponseMs)}</td>
    </>
  );
}

/** The heads of the figures' cells. */
export function RateHeads() {
  return (
    <>
      <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
      <th class="num">{i18n.t('teamReport.page.messages')}</th>
      <th class="num">{i18n.t('popup.rates.rate30s')}</th>
      <th class="num">{i18n.t('popup.rates.rate3min')}</th>
      <th class="num">{i18n.t('popup.rates.rate5min')}</th>
      <th class="num">{i18n.t('popup.trend.rate1h')}</th>
      <th class="num">{i18n.t('teamReport.page.avg')}</th>
    </>
  );
}
