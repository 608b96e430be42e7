/**
 * What of the book's waits the timer draws (issue 25: its cost on the chat
 * page). The session reports every change of the book, most of them one more
 * message from a buyer who already waits: nothing on screen changes then,
 * and the tick at the end of that task is not needed (the second's tick
 * comes anyway). Compared with what the last tick drew.
 */
import type { Waiting } from '../../content/chat-session/wait-book';

/** One string for everything a wait's badge, the alert and the toolbar count show of it (its time aside). */
function keyOf(waiting: readonly Waiting[], counted: (w: Waiting) => boolean): string {
  let key = '';
  for (const w of waiting)
    key += `${w.conversationId}|${w.buyerId}|${w.waitingSince}|${w.source}|${+w.estimated}${+w.lowerBound}${+w.restoredOnly}${+counted(w)};`;
  return key;
}

export class ShownWaits {
  /** The book's list the last tick drew (the book hands out the same array until it changes), and its key once asked. */
  private drawn: readonly Waiting[] | null = null;
  private drawnKey: string | null = null;

  constructor(private readonly counted: (w: Waiting) => boolean) {}

  /** A tick drew these waits. */
  drew(waiting: readonly Waiting[]): void {
    if (waiting === this.drawn) return;
    this.drawn = waiting;
    this.drawnKey = null;
  }

  /** Whether these waits differ from what the last tick drew (anything but their time going on). */
  differs(waiting: readonly Waiting[]): boolean {
    if (this.drawn === null) return true;
    if (waiting === this.drawn) return false;
    this.drawnKey ??= keyOf(this.drawn, this.counted);
    return keyOf(waiting, this.counted) !== this.drawnKey;
  }
}
