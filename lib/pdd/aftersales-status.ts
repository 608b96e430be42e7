/**
 * The state of one after-sales request as the list row or the detail page
 * writes it ("仅退款 待商家处理", "（1 天 22 时 0 分 0 秒未处理，系统将自动退款）"):
 * the status, whether the merchant must act, and the page's countdown. Pure.
 */
import {
  ACTION_KINDS,
  AFTERSALES_TEXT as T,
  SETTLED_KINDS,
  STATUS_KINDS,
  matchText,
  type AfterSalesStatusKind,
} from './aftersales-selectors';

export interface PageCountdown {
  /** Remaining time as the page shows it (ms). */
  remainingMs: number;
  /** 未处理 / 物流无退回轨迹 / other wording. */
  condition: string;
}

/** What the page says of a request's state. */
export interface RequestStatus {
  statusText: string | null;
  statusKind: AfterSalesStatusKind;
  /** Needs the merchant to act (not closed, agreed/退款成功 or refused). */
  pending: boolean;
  /** Awaiting the merchant's first response: the 48-hour rule applies. */
  awaitingFirstResponse: boolean;
  countdown: PageCountdown | null;
  /** The row mentions the automatic refund but no countdown could be read. */
  countdownUnreadable: boolean;
  instantRefund: boolean;
}

/** Parses the page's countdown ('（1 天 22 时 0 分 0 秒未处理，系统将自动退款）', with or without spaces). */
export function parseRefundCountdown(text: string): PageCountdown | null {
  const m = matchText(text, T.countdown);
  if (!m) return null;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : Number(v))) as [number, number, number, number];
  return { remainingMs: (((d * 24 + h) * 60 + mi) * 60 + s) * 1000, condition: (m[5] ?? '').trim() };
}

/** Classifies a status text (e.g. 待商家确认收货) into a kind. */
export function statusKind(statusText: string | null): AfterSalesStatusKind {
  if (!statusText) return 'unknown';
  return STATUS_KINDS.find((s) => s.pattern.test(statusText))?.kind ?? 'unknown';
}

/** The text the page shows next to the countdown ("…，系统将自动退款"), where the countdown element is looked for. */
export const COUNTDOWN_SEED = '系统将自动退款';

/** The request's state as a row or the detail page states it, read from its whole text. */
export function readStatus(text: string): {
  /** The type written in front of the status ("仅退款 待商家处理"), when it is. */
  typedType: string | null;
  status: RequestStatus;
} {
  const typed = matchText(text, T.typedStatus);
  const statusText = typed?.[2]?.replace(/\s+/g, '') ?? matchText(text, T.bareStatus)?.[1] ?? null;
  const kind = statusKind(statusText);
  const countdown = parseRefundCountdown(text);
  return {
    typedType: typed?.[1] ?? null,
    status: {
      statusText,
      statusKind: kind,
      pending: ACTION_KINDS.has(kind) || (countdown !== null && !SETTLED_KINDS.has(kind)),
      awaitingFirstResponse: kind === 'awaiting-merchant',
      countdown,
      countdownUnreadable: matchText(text, T.autoRefundMention) !== null && countdown === null,
      instantRefund: matchText(text, T.instantRefund) !== null,
    },
  };
}
