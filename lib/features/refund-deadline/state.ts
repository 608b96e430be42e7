/**
 * What the refund overlay knows, without the page: the rows last read (merged
 * with the page's own traffic, with their flags and words), the self-check
 * (recognised or failing since when), what each badge and the panel show at
 * a given time, and the rows for the background. The overlay (overlay.ts)
 * reads the page, feeds this, and draws what it answers.
 */
import type { AfterSalesRowState, GuidanceFlag, RefundStage } from '../../events';
import type { AfterSalesRow, ListCheck } from '../../pdd/aftersales-page';
import type { TrafficBook, TrafficRow } from '../../pdd/aftersales-traffic';
import type { AfterSalesSettings } from '../../settings/types';
import type { RefundBadgeInfo } from './badge';
import { guidanceFlags } from './guidance';
import { rowState, toRefundRow, type RefundRow } from './rows';
import { badgeInfo, deadlineTitle, panelFlags, timeOf, type PanelItem } from './words';
import { PagesSeen, type OtherPageRow } from './pages-seen';

/** Which after-sales page the overlay is on: the list (badges, panel, snapshot) or one refund's detail (its badge only). */
export type RefundPage = 'list' | 'detail';

/** A failing self-check must last this long before the notice shows (a render in progress). */
export const NOTICE_AFTER_MS = 2_000;
/** noLogistics depends on the time: flags are re-derived this often. */
export const FLAGS_REFRESH_MS = 60_000;
const HIDDEN = '\u0000hidden';

/** The urgent stage or worse (≤ stageHours.urgent left, or overdue): these open the panel and count on its tab. */
export function isUrgent(stage: RefundStage | 'unknown'): boolean {
  return stage === 'urgent' || stage === 'critical' || stage === 'overdue';
}

/** One row as read, with what changes only when it is re-read (or its flags refreshed). */
export interface RowFacts {
  row: RefundRow;
  flags: GuidanceFlag[];
  /** The badge's titles and tags. */
  info: RefundBadgeInfo;
  title: string;
  panelFlags: PanelItem['flags'];
}

/** A row needs a badge while it is pending or carries a flag. */
export const needsBadge = (facts: RowFacts): boolean => facts.row.pending || facts.flags.length > 0;

/** Where the open panel can go (measured on the page on re-scans and resizes). */
export interface PanelLayout {
  /** The open panel fits right of the list without covering it. */
  roomOnRight: boolean;
  /** Where the open panel's right edge goes when it does not fit there: the right of a free column of the list (px from the viewport's right). */
  panelRight: number | null;
  /** Its width in that column (narrower than usual when the column is); null = the usual width. */
  panelWidth: number | null;
  /** Somewhere to open that covers none of the rows' amounts, logistics, countdown or actions (panel-place.ts). */
  placed: boolean;
}

/** The time-left text and stage of every row at one moment, and the panel's pending items. */
export interface Frame {
  times: Map<string, { text: string | null; stage: RefundStage | 'unknown' | null }>;
  items: PanelItem[];
  /** Pending refunds of the other list pages seen recently (counted, not listed). */
  others: OtherPageRow[];
  /** Changes exactly when what the panel lists changes. */
  key: string;
}

/** What to do with the panel: nothing, hide it, or show it collapsed or open. */
export type PanelChange =
  | { kind: 'same' }
  | { kind: 'hide' }
  | { kind: 'show'; collapsed: boolean; right: number | null; width: number | null; items: PanelItem[]; others: OtherPageRow[]; reopen: boolean };

function describe(row: RefundRow, now: number, settings: AfterSalesSettings): RowFacts {
  const flags = guidanceFlags(row, now, settings);
  const title = deadlineTitle(row);
  return { row, flags, info: badgeInfo(row, flags, settings, title), title, panelFlags: panelFlags(flags, settings) };
}

export class RefundState {
  /** The rows last read, by after-sales id (empty while the page is not recognised). */
  rows = new Map<string, RowFacts>();
  check: ListCheck = { recognised: true, missing: [], state: 'loading' };
  layout: PanelLayout = { roomOnRight: true, panelRight: null, panelWidth: null, placed: true };
  /** The list pages seen recently (pages-seen.ts): the stage counts are over all of them. */
  readonly pagesSeen = new PagesSeen();
  private failingSince: number | null = null;
  private flagsAt = 0;
  private panelKey = HIDDEN;
  /** Refunds already seen in the urgent stage or worse: a new one opens the panel once. */
  private readonly urgentSeen = new Set<string>();
  /** Refunds seen before the urgent stage: one entering it while watched opens even a panel the agent collapsed. */
  private readonly calmSeen = new Set<string>();

  constructor(
    readonly page: RefundPage,
    /** When the overlay started: an empty list heard from the traffic before it does not count. */
    private startedAt: number,
  ) {}

  /**
   * The clock moved by `shift` ms (it learned the platform's time): every instant read on it moves with it, the
   * deadlines of countdowns among them; estimates (apply time + 48 h) are the platform's and stay. The next read
   * re-describes the rows.
   */
  shift(shift: number): void {
    for (const facts of this.rows.values()) {
      const { deadline } = facts.row;
      if (deadline?.source === 'page') facts.row = { ...facts.row, deadline: { ...deadline, at: deadline.at + shift } };
    }
    this.pagesSeen.shift(shift);
    this.startedAt += shift;
    this.flagsAt += shift;
    if (this.failingSince !== null) this.failingSince += shift;
  }

  /** The page was re-read at `now`; answers the ids that are gone. */
  read(domRows: readonly AfterSalesRow[], check: ListCheck, traffic: (id: string) => TrafficRow | undefined, now: number, settings: AfterSalesSettings): string[] {
    this.check = check;
    const previous = this.rows;
    this.rows = new Map();
    if (!check.recognised) {
      this.failingSince ??= now;
      this.panelKey = HIDDEN;
      return [...previous.keys()];
    }
    this.failingSince = null;
    for (const dom of domRows) {
      const row = toRefundRow(dom, traffic(dom.afterSalesId), now, previous.get(dom.afterSalesId)?.row);
      this.rows.set(row.afterSalesId, describe(row, now, settings));
    }
    this.flagsAt = now;
    if (this.page === 'list' && check.state !== 'loading') this.pagesSeen.saw(now, [...this.rows.values()].map((f) => f.row));
    return [...previous.keys()].filter((id) => !this.rows.has(id));
  }

  /** The self-check fails (the page is not recognised): no badges, no panel. */
  get failing(): boolean {
    return this.failingSince !== null;
  }

  /** The self-check has failed long enough to tell the agent. */
  noticeDue(now: number): boolean {
    return this.failingSince !== null && now - this.failingSince >= NOTICE_AFTER_MS;
  }

  /** Re-derives the flags when they are due (noLogistics moves with time); answers whether it did. */
  refreshFlags(now: number, settings: AfterSalesSettings): boolean {
    if (now - this.flagsAt < FLAGS_REFRESH_MS) return false;
    this.flagsAt = now;
    for (const [id, facts] of this.rows) this.rows.set(id, describe(facts.row, now, settings));
    return true;
  }

  /** Every row's time left at `now`, and the pending rows the panel lists. */
  frame(now: number, settings: AfterSalesSettings): Frame {
    const times: Frame['times'] = new Map();
    const items: PanelItem[] = [];
    let key = '';
    for (const facts of this.rows.values()) {
      const { text, stage } = timeOf(facts.row, now, settings);
      times.set(facts.row.afterSalesId, { text, stage });
      if (facts.row.pending && text !== null && stage !== null) {
        items.push({ row: facts.row, text, stage, title: facts.title, flags: facts.panelFlags });
        key += `${facts.row.afterSalesId}|${text}|${stage}|${facts.flags.join(',')};`;
      }
    }
    const others = this.page === 'list' ? this.pagesSeen.others(now, new Set(this.rows.keys())) : [];
    for (const o of others) key += `${o.afterSalesId}@${o.deadlineAt};`;
    return { times, items, others, key };
  }

  /** Collapsed or open: the agent's choice, else open only where it covers nothing (a wide screen's margin). */
  collapsed(choice: boolean | null): boolean {
    return choice ?? !this.layout.roomOnRight;
  }

  /**
   * Refunds of `items` that open the panel: entering the urgent stage while
   * watched, or first seen urgent unless the agent collapsed the panel (so a
   * reload keeps it collapsed, issue 23 item 7). Each one once.
   */
  private entering(items: readonly PanelItem[], choice: boolean | null): PanelItem[] {
    const out: PanelItem[] = [];
    for (const item of items) {
      const id = item.row.afterSalesId;
      if (!isUrgent(item.stage)) {
        if (item.stage !== 'unknown') this.calmSeen.add(id);
        continue;
      }
      if (this.urgentSeen.has(id)) continue;
      this.urgentSeen.add(id);
      if (choice !== true || this.calmSeen.has(id)) out.push(item);
    }
    return out;
  }

  /**
   * What the panel does for `frame`, given the agent's open/collapsed choice.
   * A refund entering the urgent stage opens it, even if the agent had
   * collapsed it (once per refund): `reopen` says the choice becomes open.
   */
  panel(frame: Frame, choice: boolean | null): PanelChange {
    if (this.page !== 'list' || (this.check.state === 'loading' && frame.items.length === 0)) {
      const wasShown = this.panelKey !== HIDDEN;
      this.panelKey = HIDDEN;
      return wasShown ? { kind: 'hide' } : { kind: 'same' };
    }
    // Nowhere to open without covering the rows' amounts, logistics, countdown or actions: the tab's count says it.
    const entering = this.entering(frame.items, choice);
    const reopen = entering.length > 0 && this.collapsed(choice) && this.layout.placed;
    const collapsed = reopen ? false : this.collapsed(choice);
    const { panelRight, panelWidth } = this.layout;
    const key = `${frame.key}${collapsed}|${panelRight}|${panelWidth}`;
    if (key === this.panelKey && !reopen) return { kind: 'same' };
    this.panelKey = key;
    const right = this.layout.roomOnRight ? null : panelRight;
    return { kind: 'show', collapsed, right, width: this.layout.roomOnRight ? null : panelWidth, items: frame.items, others: frame.others, reopen };
  }

  /** The panel was removed from the page: the next frame draws it anew. */
  panelGone(): void {
    this.panelKey = HIDDEN;
  }

  /** The rows for the background; null while the list is loading or not recognised. */
  snapshotRows(now: number, settings: AfterSalesSettings, traffic: Pick<TrafficBook, 'lastEmpty' | 'lastAt'>): AfterSalesRowState[] | null {
    if (this.page !== 'list' || !this.check.recognised) return null;
    const trafficSaysEmpty = traffic.lastEmpty && traffic.lastAt >= this.startedAt;
    if (this.check.state === 'loading' && !trafficSaysEmpty) return null;
    return [...this.rows.values()].map((facts) => rowState(facts.row, now, settings));
  }
}
