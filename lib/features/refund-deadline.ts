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
import type { Clock } from '../clock';
import type { AccountInfo, AfterSalesRowState, GuidanceFlag } from '../events';
import type { Reply, Request, RequestType } from '../messages';
import { readDetailPage } from '../pdd/aftersales-detail';
import { checkAfterSalesList, readAfterSalesRows, type AfterSalesRow, type ListCheck } from '../pdd/aftersales-page';
import type { TrafficBook } from '../pdd/aftersales-traffic';
import { guidanceFlags } from '../refund-guidance';
import type { Settings } from '../settings/types';
import { createOverlay, type Overlay } from '../ui/overlay';
import { REFUND_BADGE_TAG, RefundBadge, type RefundBadgeInfo } from '../ui/refund-badge';
import { createRefundPanel, type RefundPanelOverlay } from '../ui/refund-panel';
import { isOwnNode } from '../ui/shadow-host';
import { PageNotice } from '@/components/PageNotice';
import { rowState, snapshotKey, toRefundRow, type RefundRow } from './refund-rows';
import { badgeInfo, deadlineTitle, panelFlags, panelProps, timeOf, type PanelItem } from './refund-view';

export type Send = <T extends RequestType>(request: Request<T>) => Promise<Reply<T>>;

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
  /** The panel's collapsed state, remembered by the caller across pages. */
  panelCollapsed: { get(): boolean; set(collapsed: boolean): void };
  signal: AbortSignal;
}

const TICK_MS = 1_000;
/** Re-scan this long after the page's last change (coalesces a render's bursts). */
const SCAN_DEBOUNCE_MS = 40;
const SNAPSHOT_DEBOUNCE_MS = 1_500;
const SNAPSHOT_RETRY_MS = 30_000;
/** A failing self-check must last this long before the notice shows (a render in progress). */
const NOTICE_AFTER_MS = 2_000;
/** noLogistics depends on the time: flags are re-derived this often. */
const FLAGS_REFRESH_MS = 60_000;
const HIDDEN = '\u0000hidden';

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
  let snapshot = { key: '', sentKey: '', timer: undefined as number | undefined, sending: false, failedAt: 0 };

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
    flagsAt = now;
    attach();
    render(now);
    queueSnapshot();
  }

  function describe(row: RefundRow, now: number, settings: Settings['afterSales'], badge: RefundBadge | null): RowView {
    const flags = guidanceFlags(row, now, settings);
    return { row, flags, badge, info: badgeInfo(row, flags, settings), title: deadlineTitle(row), panelFlags: panelFlags(flags, settings) };
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
    const collapsed = deps.panelCollapsed.get();
    key += collapsed;
    if (key === panelKey && panel) return;
    panelKey = key;
    panel ??= createRefundPanel(doc);
    panel.render(panelProps(items, settings, { collapsed, onToggle: toggle, onJump: jump }));
  }

  function toggle(): void {
    deps.panelCollapsed.set(!deps.panelCollapsed.get());
    render(clock.now());
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

  function states(now: number): AfterSalesRowState[] {
    const settings = deps.settings().afterSales;
    return [...views.values()].map((v) => rowState(v.row, now, settings));
  }

  /** Sends the rows when the set or a state changed (debounced); never while the list is still loading. */
  function queueSnapshot(): void {
    if (deps.page !== 'list' || !check.recognised) return;
    const trafficSaysEmpty = deps.traffic.lastEmpty && deps.traffic.lastAt >= startedAt;
    if (check.state === 'loading' && !trafficSaysEmpty) return;
    snapshot.key = snapshotKey(states(clock.now()));
    if (snapshot.key === snapshot.sentKey || snapshot.timer !== undefined) return;
    snapshot.timer = win.setTimeout(() => void sendSnapshot(), SNAPSHOT_DEBOUNCE_MS);
  }

  async function sendSnapshot(): Promise<void> {
    snapshot.timer = undefined;
    if (signal.aborted || snapshot.sending) return;
    const now = clock.now();
    const rows = states(now);
    const key = snapshotKey(rows);
    if (key === snapshot.sentKey || !check.recognised) return;
    snapshot.sending = true;
    try {
      await deps.send({ type: 'aftersales/snapshot', account: await deps.account(), seenAt: now, rows });
      snapshot.sentKey = key;
    } catch {
      snapshot.failedAt = clock.now(); // background away: retried from the tick
    } finally {
      snapshot.sending = false;
    }
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
      queueSnapshot();
    }
    render(now);
    if (snapshot.key !== snapshot.sentKey && snapshot.timer === undefined && !snapshot.sending && now - snapshot.failedAt > SNAPSHOT_RETRY_MS) {
      queueSnapshot();
    }
  }

  const timer = win.setInterval(tick, TICK_MS);
  signal.addEventListener('abort', () => {
    win.clearInterval(timer);
    win.clearTimeout(scanTimer);
    win.clearTimeout(snapshot.timer);
    observer.disconnect();
    clearOverlay();
    panel?.remove();
    notice?.remove();
    snapshot = { ...snapshot, timer: undefined };
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
