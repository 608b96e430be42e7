/**
 * Refund deadlines on the after-sales list (issue #6, RULES.md §3): a live
 * "剩 3 小时 12 分" badge in its stage colour and the guidance tags on every
 * row that needs action, a "most urgent first" panel, and the counts for the
 * popup. Rows are re-read only when the page changes them (a MutationObserver
 * on the list, ignoring the page's own ticking countdown and our nodes); one
 * 1 Hz tick updates texts and re-checks that our badges are still attached.
 * On the detail page the same badge sits by the countdown (no panel, no counts).
 *
 * The edge of the feature: what it knows lives in state.ts (unit-tested
 * without a page); here are the page reads, the badges, panel and notice, and
 * the timers, observer and sends.
 */
import { h } from 'preact';
import type { Clock } from '../../clock';
import type { AccountInfo } from '../../events';
import type { TrafficBook } from '../../pdd/aftersales-traffic';
import type { Settings } from '../../settings/types';
import { createOverlay, type Overlay } from '../../content/overlay';
import { onScrollFrames } from '../../dom/scroll-frames';
import { PageNotice } from '@/lib/content/PageNotice';
import { RefundBadges } from './badge';
import { checkPageRows, isPageChange, measureLayout, readPageRows, rowsContainer } from './page-rows';
import { createRefundPanel, type RefundPanelOverlay } from './panel';
import { panelTop, PANEL_TOP_PX } from './panel-place';
import type { Send } from '../../messages';
import { RefundSnapshots } from './snapshot';
import { RefundState, type RefundPage } from './state';
import { panelProps } from './words';

/** What the overlay of one after-sales page needs (index.ts builds it from the page's RefundDeadlineDeps). */
export interface RefundOverlayDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  settings: () => Settings;
  send: Send;
  /** Who the snapshot belongs to (resolved once per page load). */
  account: () => Promise<AccountInfo>;
  /** The page's own queryList items (second source). */
  traffic: TrafficBook;
  page: RefundPage;
  /** The agent's choice of collapsed or open panel, remembered by the caller; null = automatic. */
  panelCollapsed: { get(): boolean | null; set(collapsed: boolean): void };
  signal: AbortSignal;
}

const TICK_MS = 1_000;
/** Re-scan this long after the page's last change (coalesces a render's bursts). */
const SCAN_DEBOUNCE_MS = 40;
/** Re-measure this long after the last resize. */
const RESIZE_DEBOUNCE_MS = 200;

class RefundOverlay {
  readonly state: RefundState;
  private readonly badges: RefundBadges;
  private readonly snapshots: RefundSnapshots;
  private readonly observer: MutationObserver;
  private notice: Overlay | null = null;
  private panel: RefundPanelOverlay | null = null;
  private observed: Node | null = null;
  /** The page's own countdowns: their ticking is not a change of the rows. */
  private countdowns: Element[] = [];
  private scanTimer: number | undefined;
  /** The open panel's top (panel-place.ts panelTop), measured with the layout and on scrolling. */
  private top = PANEL_TOP_PX;

  constructor(private readonly deps: RefundOverlayDeps) {
    const { win, clock, send, account, signal } = deps;
    this.state = new RefundState(deps.page, clock.now());
    this.badges = new RefundBadges(deps.doc);
    const current = (now: number) => this.state.snapshotRows(now, deps.settings().afterSales, deps.traffic);
    this.snapshots = new RefundSnapshots({ win, clock, send, account, current, signal });
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => isPageChange(record, this.countdowns))) {
        win.clearTimeout(this.scanTimer);
        this.scanTimer = win.setTimeout(() => this.scan(), SCAN_DEBOUNCE_MS);
      }
    });
  }

  /** Re-reads every row and re-attaches badges (never two for one row). */
  scan(): void {
    this.scanTimer = undefined;
    const { deps, state } = this;
    if (deps.signal.aborted) return;
    const now = deps.clock.now();
    const domRows = readPageRows(deps.page, deps.doc, deps.win.location.href);
    const check = checkPageRows(deps.page, deps.doc, domRows);
    this.observe(rowsContainer(deps.page, deps.doc, domRows));
    const gone = state.read(domRows, check, (id) => deps.traffic.get(id), now, deps.settings().afterSales);
    this.badges.remove(gone);
    if (state.failing) {
      this.clear();
      this.showNotice(now);
      return;
    }
    this.notice?.remove();
    this.notice = null;
    this.countdowns = domRows.flatMap((r) => (r.countdownElement ? [r.countdownElement] : []));
    this.measure();
    this.badges.attach(state.rows.values());
    this.render(now);
    this.snapshots.changed();
  }

  tick(): void {
    const now = this.deps.clock.now();
    // Re-check: the page replaced nodes we did not see (observer on a detached container).
    const stale =
      (this.observed !== null && !this.observed.isConnected) ||
      [...this.state.rows.values()].some((facts) => !facts.row.dom.element.isConnected) ||
      this.badges.detached();
    if (stale && this.scanTimer === undefined) this.scan();
    if (this.state.failing) {
      this.showNotice(now);
      return;
    }
    if (this.state.refreshFlags(now, this.deps.settings().afterSales)) {
      this.badges.attach(this.state.rows.values());
      this.snapshots.changed();
    }
    this.render(now);
    this.snapshots.retry(now);
  }

  /** The clock moved by `shift` ms: what was read on it moves with it, and the rows are read again on it. */
  shifted(shift: number): void {
    this.state.shift(shift);
    this.scan();
  }

  /** Over the list, the open panel starts where the rows do (the list's search and tabs stay clear). A layout read: on scans, resizes and scroll frames only. */
  placeTop(): void {
    const first = this.state.layout.roomOnRight ? undefined : this.state.rows.values().next().value;
    const rowsTop = first?.row.dom.element.isConnected ? first.row.dom.element.getBoundingClientRect().top : null;
    this.top = this.state.layout.roomOnRight ? PANEL_TOP_PX : panelTop(rowsTop, this.deps.win.innerHeight);
    this.panel?.setTop(this.top);
  }

  /** Re-measures where the panel has room (a resize) and redraws it. */
  resized(): void {
    this.measure();
    this.render(this.deps.clock.now());
  }

  /** Removes every node it added and stops observing. */
  stop(): void {
    this.deps.win.clearTimeout(this.scanTimer);
    this.observer.disconnect();
    this.clear();
    this.panel?.remove();
    this.notice?.remove();
  }

  private render(now: number): void {
    const { deps, state } = this;
    const settings = deps.settings().afterSales;
    const frame = state.frame(now, settings);
    this.badges.setTimes(frame.times);
    const change = state.panel(frame, deps.panelCollapsed.get());
    if (change.kind === 'same') return;
    if (change.kind === 'hide') {
      this.panel?.render(null);
      return;
    }
    if (change.reopen) deps.panelCollapsed.set(false);
    const handlers = { collapsed: change.collapsed, right: change.right, width: change.width, onToggle: () => this.toggle(), onJump: (id: string) => this.jump(id) };
    this.panel ??= createRefundPanel(deps.doc);
    this.panel.setTop(this.top);
    this.panel.render(panelProps(change.items, settings, handlers, { rows: change.others, now }));
  }

  private toggle(): void {
    const { panelCollapsed } = this.deps;
    panelCollapsed.set(!this.state.collapsed(panelCollapsed.get()));
    this.render(this.deps.clock.now());
  }

  /** Scrolls a row into view and draws the eye to it (our outline, our badge). */
  private jump(afterSalesId: string): void {
    let facts = this.state.rows.get(afterSalesId);
    if (!facts?.row.dom.element.isConnected) {
      this.scan();
      facts = this.state.rows.get(afterSalesId);
    }
    if (!facts) return;
    facts.row.dom.element.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.badges.flash(afterSalesId);
    this.panel?.outline(facts.row.dom.element);
  }

  private measure(): void {
    const rows = [...this.state.rows.values()].map((facts) => facts.row.dom);
    this.state.layout = measureLayout(this.deps.page, this.deps.win, rows);
    this.placeTop();
  }

  private observe(target: Element): void {
    if (target === this.observed) return;
    this.observer.disconnect();
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
    this.observed = target;
  }

  private showNotice(now: number): void {
    if (this.notice || !this.state.noticeDue(now)) return;
    this.notice = createOverlay(this.deps.doc, 'kefu-refund-notice');
    this.notice.render(h(PageNotice, { missing: this.state.check.missing }));
  }

  /** Badges and panel off the page (the page is not recognised, or the overlay stops). */
  private clear(): void {
    this.badges.clear();
    this.countdowns = [];
    this.panel?.render(null);
    this.state.panelGone();
  }
}

export function startRefundDeadline(deps: RefundOverlayDeps): { tick(): void; rescan(): void; shift(shift: number): void } {
  const { win, signal } = deps;
  const overlay = new RefundOverlay(deps);
  const timer = win.setInterval(() => overlay.tick(), TICK_MS);
  let resizeTimer: number | undefined;
  const onResize = () => {
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(() => overlay.resized(), RESIZE_DEBOUNCE_MS);
  };
  win.addEventListener('resize', onResize, { signal });
  // Scrolling moves the rows under the fixed panel: its top follows, once a frame.
  onScrollFrames(win, deps.doc, signal, () => overlay.placeTop());
  signal.addEventListener('abort', () => {
    win.clearTimeout(resizeTimer);
    win.clearInterval(timer);
    overlay.stop();
  });
  overlay.scan();
  return {
    tick: () => overlay.tick(),
    /** Re-reads the rows now (settings or traffic changed). */
    rescan: () => {
      if (!signal.aborted) overlay.scan();
    },
    /** The clock learned the platform's time anew and moved by `shift` ms. */
    shift: (shift: number) => {
      if (!signal.aborted && shift !== 0) overlay.shifted(shift);
    },
  };
}
