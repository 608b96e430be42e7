import { i18n } from '#i18n';
import { formatBeijing } from '@/lib/clock';
import type { RefundCounts } from '@/lib/messages';
import { REFUND_STAGES } from '@/lib/refund-stage';
import type { AfterSalesSettings } from '@/lib/settings/types';
import { stageLabel } from '@/lib/ui/stage-label';
import { RuleLink } from '@/lib/ui/RuleLink';

/**
 * Pending refunds by time left before the 48-hour auto-agree (RULES §3), in
 * exclusive ranges from 已超时 to "> 12 小时", plus 时限未知 for rows without a
 * deadline, so the cells always add up to 待处理.
 */
export function RefundStages({ refunds, stageHours }: { refunds: RefundCounts; stageHours: AfterSalesSettings['stageHours'] }) {
  const known = REFUND_STAGES.reduce((sum, s) => sum + refunds[s], 0);
  const unknown = Math.max(0, refunds.pending - known);
  const cells = [
    ...REFUND_STAGES.map((stage) => ({ key: stage, label: stageLabel(stage, stageHours), count: refunds[stage] })),
    ...(unknown > 0 ? [{ key: 'unknown', label: i18n.t('refund.unknown'), count: unknown }] : []),
  ];
  return (
    <section class="card" data-testid="refunds">
      <header class="card-head">
        <h2>{i18n.t('popup.refunds.title')}</h2>
        <RuleLink id="refund-48h" />
      </header>
      <div class="stages" style={{ gridTemplateColumns: `repeat(${cells.length}, 1fr)` }}>
        {cells.map((s) => (
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
