/**
 * The list pages this page showed recently (issue 23 item 7: page 2 showed
 * "已超时 0" while page 1 had one): the panel's stage counts are over every
 * page seen in the last 30 minutes, as the popup's are (lib/list-pages.ts,
 * the same rule). Only ids and deadlines; the rows themselves stay on their page.
 */
import { mergeListPages, RECENT_PAGES_MS, type SeenPage } from '../../list-pages';
import type { DeadlineSource } from '../../refund-stage';
import type { RefundRow } from './rows';

/** A pending refund of another list page: counted by its stage, not listed. */
export interface OtherPageRow {
  afterSalesId: string;
  /** Null when its deadline is unknown (counted nowhere, as on the page). */
  deadlineAt: number | null;
}

interface Page extends SeenPage {
  /** `source`: a countdown's deadline is on our clock and moves with it; an estimate is the platform's. */
  pending: Array<OtherPageRow & { source: DeadlineSource | null }>;
}

export class PagesSeen {
  private pages: Page[] = [];

  /** The list showed `rows` at `now` (every row of the page, pending or not). */
  saw(now: number, rows: readonly RefundRow[]): void {
    const pending = rows.filter((r) => r.pending).map((r) => ({ afterSalesId: r.afterSalesId, deadlineAt: r.deadline?.at ?? null, source: r.deadline?.source ?? null }));
    this.pages = mergeListPages(this.pages, { seenAt: now, ids: rows.map((r) => r.afterSalesId), pending });
  }

  /** The clock moved by `shift` ms (it learned the platform's time): what was read on it moves with it. */
  shift(shift: number): void {
    this.pages = this.pages.map((page) => ({
      ...page,
      seenAt: page.seenAt + shift,
      pending: page.pending.map((row) => (row.source === 'page' && row.deadlineAt !== null ? { ...row, deadlineAt: row.deadlineAt + shift } : row)),
    }));
  }

  /** Pending refunds of the recent pages that are not on the page now (newest sighting wins). */
  others(now: number, onPage: ReadonlySet<string>): OtherPageRow[] {
    const out = new Map<string, OtherPageRow>();
    for (const page of this.pages) {
      if (page.seenAt < now - RECENT_PAGES_MS) continue;
      for (const row of page.pending) if (!onPage.has(row.afterSalesId) && !out.has(row.afterSalesId)) out.set(row.afterSalesId, { afterSalesId: row.afterSalesId, deadlineAt: row.deadlineAt });
    }
    return [...out.values()];
  }
}
