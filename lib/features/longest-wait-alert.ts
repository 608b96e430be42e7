/**
 * The one "longest waiting" alert on the chat workbench (issue #4): how many
 * buyers wait, who has waited longest, and a button that opens that
 * conversation through the page's own row.
 */
import { h } from 'preact';
import { WaitAlert } from '@/components/WaitAlert';
import type { ConversationRow } from '../pdd/chat-page';
import { createOverlay, type Overlay } from '../ui/overlay';

/** How long the page gets to open a conversation after our click before the agent is asked to click. */
export const JUMP_CHECK_MS = 500;

export interface LongestWait {
  buyerId: string;
  nickname: string;
  /** Formatted wait, e.g. "4:05". */
  elapsed: string;
  level: number;
  estimated: boolean;
}

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
  /** What is on screen: a re-render of the page between two ticks changes nothing here. */
  private shown = '';

  constructor(private readonly deps: LongestWaitAlertDeps) {}

  /** Renders the alert, or hides it when nobody waits. The overlay is created on first need. */
  show(count: number, longest: LongestWait | null): void {
    if (count === 0 || !longest) {
      if (this.shown) this.overlay?.render(null);
      this.shown = '';
      this.hint = false;
      return;
    }
    const key = `${count}|${longest.buyerId}|${longest.nickname}|${longest.elapsed}|${longest.level}|${longest.estimated}|${this.hint}`;
    if (key === this.shown) return;
    this.shown = key;
    this.overlay ??= createOverlay(this.deps.doc, 'kefu-guard-alert');
    this.overlay.render(
      h(WaitAlert, {
        count,
        longest: { nickname: longest.nickname, elapsed: longest.elapsed, level: longest.level, estimated: longest.estimated },
        hint: this.hint,
        onJump: () => this.jumpTo(longest.buyerId),
      }),
    );
  }

  hide(): void {
    this.overlay?.render(null);
    this.shown = '';
  }

  remove(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.shown = '';
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
