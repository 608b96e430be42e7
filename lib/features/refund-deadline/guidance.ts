/**
 * Guidance flags on an after-sales row (RULES.md §3): what the agent should
 * know before acting. Pure; the wording comes from settings.afterSales.guidance
 * (data, a team can change it) and each flag cites its rule id.
 */
import type { GuidanceFlag } from '../../events';
import { NO_LOGISTICS_UPDATE_MS, type RuleId } from '../../rules';
import type { AfterSalesSettings } from '../../settings/types';

/** The facts about a row the flags look at; unknown facts are null. */
export interface GuidanceFacts {
  pending: boolean;
  /** '仅退款' | '退货退款' | '换货' | '补寄', null when the row does not say. */
  type: string | null;
  reason: string | null;
  shipped: boolean | null;
  trackingNumber: string | null;
  /** Epoch ms of the latest forward-logistics event. */
  latestLogisticsAt: number | null;
  instantRefund: boolean;
}

/** Which rule each flag comes from (lib/rules.ts). */
export const FLAG_RULES: Record<GuidanceFlag, RuleId> = {
  shippedRefundOnly: 'refund-shipped-refund-only',
  escalateReason: 'refund-escalate-reason',
  instantRefund: 'refund-instant',
  noLogistics: 'refund-no-logistics',
};

/** Display order: what could lose goods or money first. */
export const FLAG_ORDER: readonly GuidanceFlag[] = ['shippedRefundOnly', 'noLogistics', 'escalateReason', 'instantRefund'];

/**
 * The flags of a row at `now`:
 * - shippedRefundOnly: 仅退款 on an order shipped with a tracking number (or a logistics event);
 * - escalateReason: the reason names one of settings.escalateReasons;
 * - noLogistics: shipped, and no logistics update for 2 days;
 * - instantRefund: 极速退款 (shown also once refunded: the return must still be checked daily).
 * Only instantRefund is shown on rows that need no action.
 */
export function guidanceFlags(facts: GuidanceFacts, now: number, settings: Pick<AfterSalesSettings, 'escalateReasons'>): GuidanceFlag[] {
  const flags = new Set<GuidanceFlag>();
  if (facts.instantRefund) flags.add('instantRefund');
  if (facts.pending) {
    // A logistics event implies a waybill: the list may show the time but not the number.
    const tracked = Boolean(facts.trackingNumber) || facts.latestLogisticsAt !== null;
    if (facts.type === '仅退款' && facts.shipped === true && tracked) flags.add('shippedRefundOnly');
    const reason = facts.reason?.trim();
    if (reason && settings.escalateReasons.some((r) => r.trim() !== '' && reason.includes(r.trim()))) flags.add('escalateReason');
    if (facts.shipped === true && facts.latestLogisticsAt !== null && now - facts.latestLogisticsAt >= NO_LOGISTICS_UPDATE_MS) {
      flags.add('noLogistics');
    }
  }
  return FLAG_ORDER.filter((f) => flags.has(f));
}
