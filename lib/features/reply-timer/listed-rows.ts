/**
 * The conversation rows the page lists, re-read only after the page changed
 * its list (a re-render of hundreds of rows must not be read every second).
 * Each reading also tells the wait book what the page's grouping, countdown
 * and elapsed note say of each buyer (issue #15).
 */
import { readConversationList, rowMarkupChanged, rowNickname, type ConversationRow } from '../../pdd/chat-rows';
import type { WaitBook, Waiting } from '../../content/chat-session/wait-book';

export class ListedRows {
  private rows: ReadonlyMap<string, ConversationRow> = new Map();
  /** The buyers the rows of this reading show as waiting (the page's countdown, elapsed note or unanswered groups). */
  private waitingOnPage: string[] = [];
  /** Nicknames read from the rows of this reading (the alert asks for five every second). */
  private nicknames = new Map<string, string>();
  private dirty = true;
  /** How many times the rows were read: what is derived from them changes only then. */
  readings = 0;
  /** The page's own count of unanswered buyers (its group titles), for the self-check; null without groups. */
  pageUnanswered: number | null = null;

  constructor(
    private readonly doc: Document,
    private readonly book: WaitBook,
    private readonly now: () => number,
    /** The page moved a buyer the book says waits to a group that does not wait (已回复): the reply was not seen. */
    private readonly onPageAnswered: (waiting: Waiting, now: number) => void = () => undefined,
  ) {}

  /** The page changed its list (or may have): the next refresh reads it. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Re-reads the rows after a change; false when the list holds items but no row we can read. */
  refresh(): boolean {
    if (!this.dirty) return true;
    this.dirty = false;
    this.readings++;
    const now = this.now();
    // Rows the agent does not see (全部会话) matter only for buyers who wait.
    const waiting = new Map<string, Waiting>();
    for (const w of this.book.waiting()) waiting.set(w.buyerId, w); // no pair array per wait, no iterator
    this.nicknames = new Map();
    const list = readConversationList(this.doc, { outsideActiveOnlyFor: waiting.keys() });
    this.rows = list.byBuyer;
    this.waitingOnPage = [];
    if (this.rows.size === 0 && rowMarkupChanged(this.doc)) return false;
    for (const row of list.rows) {
      if (row.pageState === 'waiting') this.waitingOnPage.push(row.buyerId);
      // Only 已回复 says a human answered (非工作时间留言 does not, RULES §1).
      const answered = row.pageAnsweredBy === 'human' ? waiting.get(row.buyerId) : undefined;
      if (answered) this.onPageAnswered(answered, now);
      this.book.applyPageSignal(row.buyerId, { state: row.pageState, countdownSec: row.pageCountdownSec, elapsedMinSec: row.pageElapsedMinSec }, now);
    }
    this.pageUnanswered = list.pageUnanswered;
    return true;
  }

  /** The buyer's row as last read. */
  get(buyerId: string): ConversationRow | undefined {
    return this.rows.get(buyerId);
  }

  /** The buyers the page lists as waiting (its countdown, elapsed note or unanswered groups). */
  pageWaiting(): readonly string[] {
    return this.waitingOnPage;
  }

  has(buyerId: string): boolean {
    return this.rows.has(buyerId);
  }

  /** The row as the page shows it now, read again first (the page may have re-rendered it). */
  current(buyerId: string): ConversationRow | undefined {
    this.dirty = true;
    this.refresh();
    return this.rows.get(buyerId);
  }

  /** The buyer's masked nickname as the row shows it, else the buyer id. */
  nickname(buyerId: string): string {
    let name = this.nicknames.get(buyerId);
    if (name === undefined) {
      const row = this.rows.get(buyerId);
      name = (row && rowNickname(row.element)) || buyerId;
      this.nicknames.set(buyerId, name);
    }
    return name;
  }
}
