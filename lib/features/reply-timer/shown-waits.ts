/**
 * What of the book's waits the timer draws (issue 25: its cost on the chat
 * page). The session reports every change of the book, most of them one more
 * message from a buyer who already waits: nothing on screen changes then,
 * and the tick at the end of that task is not needed (the second's tick
 * comes anyway). Compared with what the last tick drew.
 */
import type { Waiting } from '../../content/chat-session/wait-book';

/** Whether two waits show the same (their time aside): the same object, or the same of everything shown. */
export function sameShown(a: Waiting, b: Waiting, counted: (w: Waiting) => boolean): boolean {
  if (a === b) return true;
  return (
    a.conversationId === b.conversationId && a.buyerId === b.buyerId && a.waitingSince === b.waitingSince && a.source === b.source &&
    a.estimated === b.estimated && a.lowerBound === b.lowerBound && a.restoredOnly === b.restoredOnly && counted(a) === counted(b)
  );
}

export class ShownWaits {
  /** The book's list the last tick drew (the book hands out the same array until it changes, and the same Waiting until that one changes). */
  private drawn: readonly Waiting[] | null = null;

  constructor(private readonly counted: (w: Waiting) => boolean) {}

  /** A tick drew these waits. */
  drew(waiting: readonly Waiting[]): void {
    this.drawn = waiting;
  }

  /** Whether these waits differ from what the last tick drew (anything but their time going on); compared wait by wait, no key built. */
  differs(waiting: readonly Waiting[]): boolean {
    const drawn = this.drawn;
    if (drawn === null) return true;
    if (waiting === drawn) return false;
    if (waiting.length !== drawn.length) return true;
    for (let i = 0; i < waiting.length; i++) if (!sameShown(waiting[i]!, drawn[i]!, this.counted)) return true;
    return false;
  }
}
