/**
 * The wait badges on the conversation rows (the view of state.ts's frame):
 * one badge per listed wait, put back into its row when the page re-renders
 * the row, painted every second only while on screen. A badge put into a new
 * row is drawn too (the page laid out its new rows anyway), and one scrolled
 * back into view is brought up to date at once, on its own.
 */
import { badgeAnchor, type ConversationRow } from '../../pdd/chat-rows';
import { OnScreen } from '../../ui/on-screen';
import { waitText } from '../../wait-display';
import type { StagedWait } from './state';
import { WaitBadge, type BadgeView } from './wait-badge';

/** A badge drawn longer ago than this is redrawn as soon as it comes back into view. */
export const STALE_MS = 1_000;

export interface BadgeLayerDeps {
  win: Window;
  doc: Document;
  now(): number;
  /** The tooltip of a buyer's badge, composed on hover. */
  describe(buyerId: string): string;
  /** The tag of a wait the platform does not count. */
  notCountedTag: string;
  /** The quieter badge's words for a buyer the robot answered: "机器人已答 · 待人工". */
  robotLabel?: string;
}

/** What a badge shows of a wait at `now`. */
export function badgeView({ waiting, stage, counted, robot }: StagedWait, now: number, notCountedTag: string, robotLabel = ''): BadgeView {
  const text = waitText(waiting, now);
  const view = { text, level: stage.level, warning: stage.warning, counted, tag: counted ? null : notCountedTag };
  // The robot answered: the timer runs on (RULES §1), quieter (issue 20 item 4).
  return robot ? { ...view, text: `${robotLabel} ${text}`.trim(), quiet: true } : view;
}

/** The same waits, the same objects, in the same order. */
function sameWaits(a: readonly StagedWait[], b: readonly StagedWait[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class BadgeLayer {
  private readonly badges = new Map<string, WaitBadge>();
  /**
   * Each badge's buyer by its host, as we made it: the hosts on screen are
   * redrawn every second, and reading their data-buyer back from the page's
   * DOM (dataset) cost more than the redraw; nor can the page change it.
   */
  private readonly buyerOf = new Map<Element, string>();
  // The anchor inside a row is found once per row element (rows are replaced
  // on re-render), and again if the page replaced it inside a row it kept:
  // checked once per reading of the rows (any such change makes the page's
  // list be read again).
  private readonly anchors = new WeakMap<Element, { anchor: Element; reading: number }>();
  private readonly drawnAt = new WeakMap<Element, number>();
  /** Each badge's wait as staged at the last tick (drawn or not): what a badge scrolled back into view is redrawn from. */
  private readonly waits = new Map<string, StagedWait>();
  private readonly onScreen: OnScreen;
  /** The reading of the rows and the waits the badges were last placed for. */
  private placedAt = NaN;
  private placed: readonly StagedWait[] = [];

  constructor(private readonly deps: BadgeLayerDeps) {
    // A badge coming back into view after a while is redrawn at once, alone
    // (not a whole tick); one moved by the page's re-render was drawn then.
    this.onScreen = new OnScreen(deps.win, (shown) => {
      const now = deps.now();
      for (const host of shown) if (now - (this.drawnAt.get(host) ?? 0) > STALE_MS) this.redraw(this.buyerOf.get(host) ?? '', now);
    });
  }

  /**
   * Puts a badge on each wait's row and paints those on screen; badges of
   * waits no longer listed go. `reading` numbers the reading of the rows
   * (ListedRows.readings): anchors found in the same reading are not looked
   * for again (NaN: always). `placing` runs the work that puts badges into
   * the page's rows (the caller's element watch sets itself aside for it);
   * a tick that only writes the texts of badges on screen, inside their own
   * shadow roots, needs no such care.
   */
  paint(waits: readonly StagedWait[], rowOf: (buyerId: string) => ConversationRow | undefined, now: number, reading = NaN, placing = (work: () => void) => work()): void {
    // The same rows and the same staged waits (a stage change makes a new
    // one, stage-schedule.ts): every badge sits where it did (unless the page
    // wrote over it, which it does not report as a change of its rows), and
    // only those on screen have a second to show.
    if (reading === this.placedAt && sameWaits(waits, this.placed) && this.allInPage()) return this.drawShown(now);
    placing(() => this.place(waits, rowOf, now, reading));
  }

  private place(waits: readonly StagedWait[], rowOf: (buyerId: string) => ConversationRow | undefined, now: number, reading: number): void {
    this.placedAt = reading;
    this.placed = waits;
    const live = new Set<string>();
    for (const wait of waits) {
      const row = rowOf(wait.waiting.buyerId);
      if (!row) continue;
      live.add(wait.waiting.buyerId);
      const badge = this.badgeOf(wait.waiting.buyerId);
      this.waits.set(wait.waiting.buyerId, wait);
      const anchor = this.anchorOf(row.element, reading);
      const moved = badge.host.parentNode !== anchor;
      if (moved) anchor.append(badge.host);
      // Rows scrolled out of sight keep their badge but skip the per-second
      // text update; one just put into a new row is drawn (it may have come into view).
      if (badge.drawn && !moved && !this.onScreen.isVisible(badge.host)) continue;
      this.draw(badge, wait, now);
    }
    for (const buyerId of this.badges.keys()) if (!live.has(buyerId)) this.drop(buyerId);
  }

  private allInPage(): boolean {
    for (const badge of this.badges.values()) if (!badge.host.isConnected) return false;
    return true;
  }

  /** Brings the badges on screen to `now`; the others wait until they come into view. */
  private drawShown(now: number): void {
    const shown = this.onScreen.shown();
    if (shown === null) for (const buyerId of this.badges.keys()) this.redraw(buyerId, now);
    else for (const host of shown) this.redraw(this.buyerOf.get(host) ?? '', now);
  }

  /** Draws the eye to a buyer's badge. */
  flash(buyerId: string): void {
    this.badges.get(buyerId)?.flash();
  }

  /** Takes every badge off the page (the page is not recognised). */
  clear(): void {
    this.placedAt = NaN;
    for (const buyerId of this.badges.keys()) this.drop(buyerId);
  }

  /** For good: the feature stops. */
  remove(): void {
    this.clear();
    this.onScreen.disconnect();
  }

  private draw(badge: WaitBadge, wait: StagedWait, now: number): void {
    this.drawnAt.set(badge.host, now);
    badge.render(badgeView(wait, now, this.deps.notCountedTag, this.deps.robotLabel));
  }

  /** A badge back in view: its wait as the last tick staged it, its time at `now`. */
  private redraw(buyerId: string, now: number): void {
    const badge = this.badges.get(buyerId);
    const wait = this.waits.get(buyerId);
    if (badge && wait) this.draw(badge, wait, now);
  }

  private badgeOf(buyerId: string): WaitBadge {
    let badge = this.badges.get(buyerId);
    if (!badge) {
      badge = new WaitBadge(this.deps.doc, buyerId, () => this.deps.describe(buyerId));
      this.badges.set(buyerId, badge);
      this.buyerOf.set(badge.host, buyerId);
      this.onScreen.observe(badge.host);
    }
    return badge;
  }

  private anchorOf(row: Element, reading: number): Element {
    const known = this.anchors.get(row);
    if (known?.reading === reading) return known.anchor;
    const anchor = known && row.contains(known.anchor) ? known.anchor : badgeAnchor(row);
    this.anchors.set(row, { anchor, reading });
    return anchor;
  }

  private drop(buyerId: string): void {
    const badge = this.badges.get(buyerId);
    if (!badge) return;
    this.onScreen.unobserve(badge.host);
    badge.host.remove();
    this.buyerOf.delete(badge.host);
    this.badges.delete(buyerId);
    this.waits.delete(buyerId);
  }
}
