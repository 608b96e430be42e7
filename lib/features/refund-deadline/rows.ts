/**
 * One after-sales row as the refund overlay uses it: the DOM row (what the
 * agent sees) completed by the page's own queryList item, with its deadline
 * and guidance flags. Pure, so the merge rules are unit-tested.
 */
import type { AfterSalesRowState } from '../../events';
import type { AfterSalesRow } from '../../pdd/aftersales-page';
import type { TrafficRow } from '../../pdd/aftersales-traffic';
import { refundDeadline, type Deadline } from '../../refund-stage';
import { guidanceFlags, type GuidanceFacts } from './guidance';
import type { AfterSalesSettings } from '../../settings/types';

export interface RefundRow extends GuidanceFacts {
  afterSalesId: string;
  deadline: Deadline | null;
  appliedAt: number | null;
  dom: AfterSalesRow;
}

/** A new deadline this close to the last one is the same (the page's countdown is whole seconds). */
const SAME_DEADLINE_MS = 3_000;

/**
 * Merges a DOM row with its queryList item, read at `seenAt`. The DOM wins
 * where it speaks; the traffic fills what it leaves out (e.g. the type of a
 * row that only says 退款成功). `previous` keeps the deadline steady across
 * re-scans and keeps a past deadline once the page's countdown sits at 0.
 * Deadlines from a countdown are instants of the clock it was read on; an
 * estimate is the platform's own (apply time + 48 h).
 */
export function toRefundRow(dom: AfterSalesRow, traffic: TrafficRow | undefined, seenAt: number, previous?: RefundRow): RefundRow {
  const domKnowsStatus = dom.statusKind !== 'unknown' || dom.countdown !== null;
  const pending = domKnowsStatus ? dom.pending : (traffic?.pending ?? dom.pending);
  const appliedAt = dom.appliedAt ?? traffic?.appliedAt ?? null;
  const awaitingFirstResponse = dom.awaitingFirstResponse || (!domKnowsStatus && traffic?.statusCode === 2);
  let deadline: Deadline | null = null;
  if (pending) {
    const fromDom = dom.countdown !== null;
    const fromTraffic = !fromDom && traffic?.remainingMs != null;
    deadline = refundDeadline({
      seenAt: fromTraffic ? traffic!.observedAt : seenAt,
      remainingMs: fromDom ? dom.countdown!.remainingMs : fromTraffic ? traffic!.remainingMs : null,
      appliedAt,
      awaitingFirstResponse,
    });
    const prev = previous?.deadline;
    if (deadline && prev) {
      // A countdown at 0 says only "already due": the earlier of the two is when (an estimate can be earlier than the
      // moment it was first seen at 0, once the clock learned the platform's time).
      const stuckAtZero = fromDom && dom.countdown!.remainingMs === 0 && prev.at <= seenAt;
      if (stuckAtZero) deadline = deadline.at < prev.at ? deadline : prev;
      else if (Math.abs(deadline.at - prev.at) < SAME_DEADLINE_MS) deadline = prev;
    }
  }
  return {
    afterSalesId: dom.afterSalesId,
    pending,
    type: dom.type ?? traffic?.type ?? null,
    reason: dom.reason ?? traffic?.reason ?? null,
    shipped: dom.shipped ?? traffic?.shipped ?? null,
    trackingNumber: dom.trackingNumber ?? traffic?.trackingNumber ?? null,
    latestLogisticsAt: dom.latestLogisticsAt ?? traffic?.latestLogisticsAt ?? null,
    instantRefund: dom.instantRefund || (traffic?.instantRefund ?? false),
    appliedAt,
    deadline,
    dom,
  };
}

/** The row's state for the background: ids, pending, deadline and flags only. */
export function rowState(row: RefundRow, now: number, settings: Pick<AfterSalesSettings, 'escalateReasons'>): AfterSalesRowState {
  return {
    afterSalesId: row.afterSalesId,
    pending: row.pending,
    deadlineAt: row.pending ? (row.deadline?.at ?? null) : null,
    flags: guidanceFlags(row, now, settings),
  };
}

/**
 * What decides whether a snapshot must be re-sent: the set of ids and each
 * state, deadlines to the minute (a re-read may move one by a second).
 */
export function snapshotKey(states: readonly AfterSalesRowState[]): string {
  return JSON.stringify(
    [...states]
      .sort((a, b) => (a.afterSalesId < b.afterSalesId ? -1 : a.afterSalesId > b.afterSalesId ? 1 : 0))
      .map((s) => [s.afterSalesId, s.pending, s.deadlineAt === null ? null : Math.round(s.deadlineAt / 60_000), s.flags.join(',')]),
  );
}
