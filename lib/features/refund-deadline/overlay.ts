/**
 * Refund deadlines on the after-sales list (issue #6, RULES.md §3): a live
 * "剩 3 小时 12 分" badge in its stage colour and the guidance tags on every
 * row that needs action, a "most urgent first" panel, and the counts for the
 * popup. Rows are re-read only when the page changes them (a MutationObserver
 * on the list, ignoring the page's own ticking countdown and our nodes); one
 * 1 Hz tick updates texts and re-checks that our badges are still attached.
 * On the detail page the same badge sits by the countdown (no panel, no counts).
 */
import { h } from 'preact';
import type { Clock } from '../../clock';
import type { AccountInfo, AfterSalesRowState, GuidanceFlag, RefundStage } from '../../events';
import { readDetailPage } from '../../pdd/aftersales-detail';
import { checkAfterSalesList, readAfterSalesRows, rowActionsLeft, type AfterSalesRow, type ListCheck } from '../../pdd/aftersales-page';
import type { TrafficBook } from '../../pdd/aftersales-traffic';
import { guidanceFlags } from './guidance';
import type { Settings } from '../../settings/types';
import { createOverlay, type Overlay } from '../../ui/overlay';
import { REFUND_BADGE_TAG, RefundBadge, type RefundBadgeInfo } from '../../ui/refund-badge';
import { createRefundPanel, type RefundPanelOverlay } from '../../ui/refund-panel';
import { isOwnNode } from '../../dom/shadow-host';
import { PageNotice } from '@/components/PageNotice';
import { rowState, toRefundRow, type RefundRow } from './rows';
import { RefundSnapshots, type Send } from './snapshot';
import { badgeInfo, deadlineTitle, panelFlags, panelProps, timeOf, type PanelItem } from './view';

export interface RefundDeadlineDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  settings: () => Settings;
  send: Send;
  /** Who the snapshot belongs to (resolved once per page load). */
  account: () => Promise<AccountInfo>;
  /** The page's own queryList items (second source). */
  traffic: TrafficBook;
  page: 'list' | 'detail';
  /** The agent's choice of collapsed or open panel, remembered by the caller; null = automatic. */
  panelCollapsed: { get(): boolean | null; set(collapsed: boolean): void };
  signal: AbortSignal;
}

const TICK_MS = 1_000;
/** Re-scan this long after the page's last change (coalesces a render's bursts). */
const SCAN_DEBOUNCE_MS = 40;
/** A failing self-check must last this long before the notice shows (a render in progress). */
const NOTICE_AFTER_MS = 2_000;
/** noLogistics depends on the time: flags are re-derived this often. */
const FLAGS_REFRESH_MS = 60_000;
const HIDDEN = '\u0000hidden';
/** The open panel's width plus margins: it opens by itself only where the page leaves this much free on the right. */
const PANEL_ROOM_PX = 344;
/** Space between the open panel and the rows' action column it keeps clear of. */
const PANEL_GAP_PX = 12;

/** The urgent stage or worse (≤ stageHours.urgent left, or overdue): these open the panel and count on its tab. */
export function isUrgent(stage: RefundStage | 'unknown'): boolean {
  return stage === 'urgent' || stage === 'critical' || stage === 'overdue';
}

interface RowView {
  row: RefundRow;
  flags: GuidanceFlag[];
  badge: RefundBadge | null;
  info: RefundBadgeInfo;
  title: string;
  panelFlags: PanelItem['flags'];
}

export function startRefundDeadline(deps: RefundDeadlineDeps): { tick(): void; rescan(): void } {
  const { win, doc, clock, signal } = deps;
  const startedAt = clock.now();
  let views = new Map<string, RowView>();
  let check: ListCheck = { recognised: true, missing: [], state: 'loading' };
  let failingSince: number | null = null;
  let notice: Overlay | null = null;
  let panel: RefundPanelOverlay | null = null;
  let panelKey = HIDDEN;
  let observed: Node | null = null;
  let countdowns: Element[] = [];
  let scanTimer: number | undefined;
  let flagsAt = 0;
  /** Whether the open panel fits right of the list without covering it. */
  let roomOnRight = true;
  /** Where the open panel's right edge goes when it does not fit: left of the rows' action column (px from the viewport's right). */
  let panelRight: number | null = null;
  /** Refunds already seen in the urgent stage or worse: a new one opens the panel once. */
  const urgentSeen = new Set<string>();

  const snapshots = new RefundSnapshots({ win, clock, send: deps.send, account: deps.account, current: snapshotRows, signal });

  const observer = new MutationObserver((records) => {
    if (records.some(isPageChange)) {
      win.clearTimeout(scanTimer);
      scanTimer = win.setTimeout(scan, SCAN_DEBOUNCE_MS);
    }
  });

  /** A change of the page's rows, not the page's countdown ticking nor our own nodes. */
  function isPageChange(record: MutationRecord): boolean {
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    if (!target || countdowns.some((el) => el.contains(target))) return false;
    if (record.type !== 'childList') return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length === 0 || !nodes.every(isOwnNode);
  }

  function readRows(): AfterSalesRow[] {
    if (deps.page === 'list') return readAfterSalesRows(doc);
    const row = readDetailPage(doc, win.location.href);
    return row ? [row] : [];
  }

  function checkRows(rows: AfterSalesRow[]): ListCheck {
    if (deps.page === 'list') return checkAfterSalesList(doc, rows);
    const broken = rows.some((r) => r.countdownUnreadable);
    return { recognised: !broken, missing: broken ? ['countdown'] : [], state: rows.length ? 'rows' : 'loading' };
  }

  /** Observes the rows' common container (the whole body while there are none). */
  function bindObserver(rows: AfterSalesRow[]): void {
    let target: Element = doc.body;
    if (deps.page === 'list' && rows.length > 0) {
      target = rows[0]!.element.parentElement ?? doc.body;
      while (target !== doc.body && target.parentElement && !rows.every((r) => target.contains(r.element))) target = target.parentElement;
    }
    if (target === observed) return;
    observer.disconnect();
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    observed = target;
  }

  /** Re-reads every row and re-attaches badges (never two for one row). */
  function scan(): void {
    scanTimer = undefined;
    if (signal.aborted) return;
    const settings = deps.settings().afterSales;
    const now = clock.now();
    const domRows = readRows();
    check = checkRows(domRows);
    bindObserver(domRows);
    if (!check.recognised) {
      failingSince ??= now;
      clearOverlay();
      showNotice(now);
      return;
    }
    failingSince = null;
    notice?.remove();
    notice = null;
    const previous = views;
    views = new Map();
    for (const dom of domRows) {
      const old = previous.get(dom.afterSalesId);
      const row = toRefundRow(dom, deps.traffic.get(dom.afterSalesId), now, old?.row);
      const view = describe(row, now, settings, old?.badge ?? null);
      views.set(row.afterSalesId, view);
    }
    for (const [id, old] of previous) if (!views.has(id)) old.badge?.host.remove();
    countdowns = domRows.flatMap((r) => (r.countdownElement ? [r.countdownElement] : []));
    roomOnRight = measureRoom();
    flagsAt = now;
    attach();
    render(now);
    snapshots.changed();
  }

  function describe(row: RefundRow, now: number, settings: Settings['afterSales'], badge: RefundBadge | null): RowView {
    const flags = guidanceFlags(row, now, settings);
    const title = deadlineTitle(row);
    return { row, flags, badge, info: badgeInfo(row, flags, settings, title), title, panelFlags: panelFlags(flags, settings) };
  }

  function attach(): void {
    for (const view of views.values()) {
      if (!view.row.pending && view.flags.length === 0) {
        view.badge?.host.remove();
        view.badge = null;
        continue;
      }
      view.badge ??= new RefundBadge(doc, view.row.afterSalesId);
      view.badge.setInfo(view.info);
      const anchor = view.row.dom.anchor;
      if (view.badge.host.parentNode !== anchor) anchor.append(view.badge.host);
    }
    // Hosts we no longer own (e.g. a row the page cloned with ours inside).
    for (const host of doc.querySelectorAll<HTMLElement>(REFUND_BADGE_TAG)) {
      if (views.get(host.dataset.aftersalesId ?? '')?.badge?.host !== host) host.remove();
    }
  }

  function render(now: number): void {
    const settings = deps.settings().afterSales;
    const items: PanelItem[] = [];
    let key = '';
    for (const view of views.values()) {
      const { text, stage } = timeOf(view.row, now, settings);
      view.badge?.setTime(text, stage);
      if (view.row.pending && text !== null && stage !== null) {
        items.push({ row: view.row, text, stage, title: view.title, flags: view.panelFlags });
        key += `${view.row.afterSalesId}|${text}|${stage}|${view.flags.join(',')};`;
      }
    }
    if (deps.page !== 'list' || (check.state === 'loading' && items.length === 0)) {
      if (panelKey !== HIDDEN) panel?.render(null);
      panelKey = HIDDEN;
      return;
    }
    // A refund entering the urgent stage opens the panel, even if the agent had
    // collapsed it (once per refund); otherwise the agent's choice, else open
    // only where it covers nothing (a wide screen's margin).
    const entering = items.filter((i) => isUrgent(i.stage) && !urgentSeen.has(i.row.afterSalesId));
    for (const item of entering) urgentSeen.add(item.row.afterSalesId);
    if (entering.length > 0 && (deps.panelCollapsed.get() ?? !roomOnRight)) deps.panelCollapsed.set(false);
    const collapsed = deps.panelCollapsed.get() ?? !roomOnRight;
    key += `${collapsed}|${panelRight}`;
    if (key === panelKey && panel) return;
    panelKey = key;
    panel ??= createRefundPanel(doc);
    panel.render(panelProps(items, settings, { collapsed, onToggle: toggle, onJump: jump, right: roomOnRight ? null : panelRight }));
  }

  function toggle(): void {
    deps.panelCollapsed.set(!(deps.panelCollapsed.get() ?? !roomOnRight));
    render(clock.now());
  }

  /**
   * Free width right of the rows, and where the rows' action column starts
   * (layout reads on re-scans and resizes only, never per tick).
   */
  function measureRoom(): boolean {
    if (deps.page !== 'list') return false;
    let right = 0;
    let actionsLeft = Infinity;
    for (const view of views.values()) {
      right = Math.max(right, view.row.dom.element.getBoundingClientRect().right);
      actionsLeft = Math.min(actionsLeft, rowActionsLeft(view.row.dom.element) ?? Infinity);
    }
    const width = win.innerWidth || 0;
    panelRight = Number.isFinite(actionsLeft) ? Math.max(0, Math.round(width - actionsLeft + PANEL_GAP_PX)) : null;
    return width - right >= PANEL_ROOM_PX;
  }

  /** Scrolls a row into view and draws the eye to it (our outline, our badge). */
  function jump(afterSalesId: string): void {
    let view = views.get(afterSalesId);
    if (!view?.row.dom.element.isConnected) {
      scan();
      view = views.get(afterSalesId);
    }
    if (!view) return;
    view.row.dom.element.scrollIntoView({ block: 'center', behavior: 'instant' });
    view.badge?.flash();
    panel?.outline(view.row.dom.element);
  }

  function showNotice(now: number): void {
    if (notice || failingSince === null || now - failingSince < NOTICE_AFTER_MS) return;
    notice = createOverlay(doc, 'kefu-refund-notice');
    notice.render(h(PageNotice, { missing: check.missing }));
  }

  function clearOverlay(): void {
    for (const view of views.values()) view.badge?.host.remove();
    views = new Map();
    countdowns = [];
    panel?.render(null);
    panelKey = HIDDEN;
  }

  /** The rows for the background; null while the list is loading or not recognised. */
  function snapshotRows(now: number): AfterSalesRowState[] | null {
    if (deps.page !== 'list' || !check.recognised) return null;
    const trafficSaysEmpty = deps.traffic.lastEmpty && deps.traffic.lastAt >= startedAt;
    if (check.state === 'loading' && !trafficSaysEmpty) return null;
    const settings = deps.settings().afterSales;
    return [...views.values()].map((v) => rowState(v.row, now, settings));
  }

  function tick(): void {
    const now = clock.now();
    // Re-check: the page replaced nodes we did not see (observer on a detached container).
    const stale =
      (observed !== null && !observed.isConnected) ||
      [...views.values()].some((v) => !v.row.dom.element.isConnected || (v.badge !== null && !v.badge.host.isConnected));
    if (stale && scanTimer === undefined) scan();
    if (failingSince !== null) {
      showNotice(now);
      return;
    }
    if (now - flagsAt >= FLAGS_REFRESH_MS) {
      const settings = deps.settings().afterSales;
      flagsAt = now;
      for (const [id, view] of views) views.set(id, describe(view.row, now, settings, view.badge));
      attach();
      snapshots.changed();
    }
    render(now);
    snapshots.retry(now);
  }

  const timer = win.setInterval(tick, TICK_MS);
  let resizeTimer: number | undefined;
  const onResize = () => {
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(() => {
      roomOnRight = measureRoom();
      render(clock.now());
    }, 200);
  };
  win.addEventListener('resize', onResize, { signal });
  signal.addEventListener('abort', () => {
    win.clearTimeout(resizeTimer);
    win.clearInterval(timer);
    win.clearTimeout(scanTimer);
    observer.disconnect();
    clearOverlay();
    panel?.remove();
    notice?.remove();
  });
  scan();
  return {
    tick,
    /** Re-reads the rows now (settings or traffic changed). */
    rescan: () => {
      if (!signal.aborted) scan();
    },
  };
}
