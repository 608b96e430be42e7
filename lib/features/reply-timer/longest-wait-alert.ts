/**
 * The one "longest waiting" alert on the chat workbench (issue #4): how many
 * buyers wait, who has waited longest, and a button that opens that
 * conversation through the page's own row; below it the five longest waits,
 * each one click to open (issue #15).
 */
import { h } from 'preact';
import { WaitAlert, type AlertWait } from './WaitAlert';
import type { ConversationRow } from '../../pdd/chat-rows';
import { createOverlay, type Overlay } from '../../content/overlay';
import { ALERT_LIST_SIZE } from './alert-content';
import alertCss from './wait-alert.css?inline';
import { LEVELS_CSS } from './wait-levels';

/** How long the page gets to open a conversation after our click before the agent is asked to click. */
export const JUMP_CHECK_MS = 500;

export type { AlertWait };

export interface LongestWaitAlertDeps {
  win: Window;
  doc: Document;
  /** The buyer's row as the page shows it now (re-read: the page may have re-rendered it). */
  findRow(buyerId: string): ConversationRow | undefined;
  /** Draws attention to the buyer's badge. */
  flash(buyerId: string): void;
  /** Called when the alert's state changed outside a tick (after a jump). */
  onChange(): void;
}

export class LongestWaitAlert {
  private overlay: Overlay | null = null;
  /** Set when the page ignored our click: the alert asks the agent to click the row. */
  private hint = false;
  /**
   * What is on screen (null: nothing), its times aside: a re-render of the page between two ticks changes
   * nothing here. Compared field by field every second (no key string is built for the same alert).
   */
  private drawn: { count: number; estimated: boolean; hint: boolean; waits: readonly AlertWait[] } | null = null;
  /** The elements showing a wait's time (WaitAlert's data-time), whose buyer, and the text each shows (in `node`, once written). */
  private times: Array<{ element: HTMLElement; buyerId: string; text: string; node: Text | null }> = [];

  constructor(private readonly deps: LongestWaitAlertDeps) {}

  /**
   * Renders the alert, or hides it when nobody waits. `waits` are the longest
   * first (the first is the one the main button opens); `estimated` says the
   * first one's start is an estimate. The overlay is created on first need.
   */
  show(count: number, waits: readonly AlertWait[], estimated = false): void {
    if (count === 0 || waits.length === 0) {
      if (this.drawn) this.overlay?.render(null);
      this.drawn = null;
      this.times = [];
      this.hint = false;
      return;
    }
    const listed = waits.length > ALERT_LIST_SIZE ? waits.slice(0, ALERT_LIST_SIZE) : waits;
    // The times change every second: they are written into the rendered alert, which is drawn again only when more changed.
    if (!this.sameDrawn(count, listed, estimated)) {
      this.drawn = { count, estimated, hint: this.hint, waits: listed };
      this.overlay ??= createOverlay(this.deps.doc, 'kefu-guard-alert', alertCss + LEVELS_CSS);
      this.overlay.render(h(WaitAlert, { count, waits: listed, estimated, hint: this.hint, onJump: (buyerId) => this.jumpTo(buyerId) }));
      this.times = [...this.overlay.root.querySelectorAll<HTMLElement>('[data-time]')].map((element) => ({ element, buyerId: element.dataset.time ?? '', text: '', node: null }));
    }
    this.retime((buyerId) => listed.find((w) => w.buyerId === buyerId)?.text ?? '');
  }

  /** The alert on screen shows these waits (their times aside). */
  private sameDrawn(count: number, listed: readonly AlertWait[], estimated: boolean): boolean {
    const d = this.drawn;
    if (!d || d.count !== count || d.estimated !== estimated || d.hint !== this.hint || d.waits.length !== listed.length) return false;
    for (let i = 0; i < listed.length; i++) {
      const a = d.waits[i]!;
      const b = listed[i]!;
      if (a.buyerId !== b.buyerId || a.nickname !== b.nickname || a.level !== b.level || (a.soon === true) !== (b.soon === true)) return false;
    }
    return true;
  }

  /**
   * Writes each listed wait's time again (`text` of a buyer: undefined keeps what is shown) and
   * nothing else: the times of a tick that is not the second's (a re-render of the page's rows)
   * go into the page's frame, so the second's tick that follows within the same second writes none.
   */
  retime(text: (buyerId: string) => string | undefined): void {
    for (const time of this.times) {
      const next = text(time.buyerId);
      if (next === undefined || next === time.text) continue;
      time.text = next;
      // Every second: the text node written first is rewritten, not replaced by a new one.
      if (time.node?.parentNode === time.element) time.node.data = next;
      else {
        time.element.textContent = next;
        time.node = time.element.firstChild as Text | null;
      }
    }
  }

  hide(): void {
    this.overlay?.render(null);
    this.drawn = null;
    this.times = [];
  }

  remove(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.drawn = null;
    this.times = [];
  }

  /**
   * Opens a conversation through the page's own row: scrolls it into view and
   * clicks it. The live page may ignore synthetic clicks (PDD-PAGES.md §(b)),
   * so if the row did not become active the badge flashes and the alert asks
   * the agent to click it.
   */
  jumpTo(buyerId: string): void {
    const row = this.deps.findRow(buyerId);
    if (!row) return;
    row.element.scrollIntoView({ block: 'center' });
    (row.element as HTMLElement).click();
    this.deps.flash(buyerId);
    this.deps.win.setTimeout(() => {
      this.hint = !(this.deps.findRow(buyerId)?.active ?? false);
      this.deps.onChange();
    }, JUMP_CHECK_MS);
  }
}
