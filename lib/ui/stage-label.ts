/**
 * The name of a refund stage as an exclusive range of time left, the same on
 * the after-sales panel and in the popup: "已超时", "≤1小时", "1–4小时",
 * "4–12小时", ">12小时" (default stage hours). Each pending refund with a
 * known deadline falls in exactly one.
 */
import { i18n } from '#i18n';
import type { RefundStage } from '../events';
import type { AfterSalesSettings } from '../settings/types';

const n = (v: number) => String(v);

export function stageLabel(stage: RefundStage, hours: AfterSalesSettings['stageHours']): string {
  switch (stage) {
    case 'overdue':
      return i18n.t('refund.stageOverdue');
    case 'critical':
      return i18n.t('refund.stageWithin', { h: n(hours.critical) });
    case 'urgent':
      return i18n.t('refund.stageBetween', { from: n(hours.critical), to: n(hours.urgent) });
    case 'warn':
      return i18n.t('refund.stageBetween', { from: n(hours.urgent), to: n(hours.warn) });
    default:
      return i18n.t('refund.stageBeyond', { h: n(hours.warn) });
  }
}
