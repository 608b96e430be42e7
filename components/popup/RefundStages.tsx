import { i18n } from '#i18n';
import { formatBeijing } from '@/lib/clock';
import type { RefundCounts } from '@/lib/messages';
import { RULES } from '@/lib/rules';
import type { AfterSalesSettings } from '@/lib/settings/types';
import { ruleCite } from '../pages/lang';

/** Pending refunds by time left before the 48-hour auto-agree (RULES §3), and when the list was last seen. */
export function RefundStages({ refunds, stageHours }: { refunds: RefundCounts; stageHours: AfterSalesSettings['stageHours'] }) {
  const stages = [
    { key: 'warn', label: i18n.t('popup.refunds.within', { hours: stageHours.warn }), count: refunds.warn },
    { key: 'urgent', label: i18n.t('popup.refunds.within', { hours: stageHours.urgent }), count: refunds.urgent },
    { key: 'critical', label: i18n.t('popup.refunds.within', { hours: stageHours.critical }), count: refunds.critical },
    { key: 'overdue', label: i18n.t('popup.refunds.overdue'), count: refunds.overdue },
  ] as const;
  return (
    <section class="card" data-testid="refunds">
      <header class="card-head">
        <h2>{i18n.t('popup.refunds.title')}</h2>
        <span class="rule" title={ruleCite('refund-48h')}>
          {RULES['refund-48h'].section}
        </span>
      </header>
      <div class="stages">
        {stages.map((s) => (
          <div key={s.key} class={`stage stage--${s.key}${s.count > 0 ? ' stage--active' : ''}`} data-testid={`refund-${s.key}`}>
            <span class="stage-count">{s.count}</span>
            <span class="stage-label">{s.label}</span>
          </div>
        ))}
      </div>
      <p class="muted" data-testid="refunds-seen">
        {refunds.seenAt === null
          ? i18n.t('popup.refunds.neverSeen')
          : i18n.t('popup.refunds.seen', { pending: refunds.pending, at: formatBeijing(refunds.seenAt).slice(5, 16) })}
      </p>
    </section>
  );
}
