/**
 * Refund deadlines on the after-sales list and detail pages (issues 6 and
 * 14): each refund coloured by the time left to the platform's 48-hour
 * auto-agree, the urgent ones in a panel, guidance for risky cases.
 */
import { aftersalesPageKind } from '../../pdd/aftersales-selectors';
import type { Feature } from '../../content/feature';
import { isMmsShellPage, SETTINGS_CHANGED, type MmsPageDeps } from '../../content/mms-deps';
import { startRefundDeadline } from './overlay';
import { CLOCK_SHIFTED, ClockShift, TRAFFIC_CHANGED, type AfterSalesPage } from './page';

export type RefundDeadlineDeps = MmsPageDeps & { afterSales: AfterSalesPage };

export const refundDeadline: Feature<RefundDeadlineDeps> = {
  id: 'refund-deadline',
  runsOn: (url, deps) => isMmsShellPage(url) && deps.settings().features.afterSales && aftersalesPageKind(url) !== null,
  pageKind: (url) => aftersalesPageKind(url) ?? 'none',
  init(deps, signal) {
    const { afterSales } = deps;
    const handle = startRefundDeadline({
      ...deps,
      account: afterSales.account,
      traffic: afterSales.traffic,
      panelCollapsed: afterSales.panelCollapsed,
      page: aftersalesPageKind(deps.win.location.href) ?? 'list',
      signal,
    });
    // New rows from the page's own response, and new stages or wording from the settings.
    afterSales.changes.addEventListener(TRAFFIC_CHANGED, () => handle.rescan(), { signal });
    // The clock learned the platform's time (the worker's offset): what was read on it moves, and every row is read again.
    afterSales.changes.addEventListener(CLOCK_SHIFTED, (event) => {
      if (event instanceof ClockShift) handle.shift(event.shift);
    }, { signal });
    deps.changes.addEventListener(SETTINGS_CHANGED, () => handle.rescan(), { signal });
  },
};
