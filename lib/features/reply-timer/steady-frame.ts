/**
 * A second's tick with nothing changed but the time (issue 25: the chat
 * tick's cost). Between two changes of the book, of the page's rows, of the
 * settings or of the tab's visibility, a frame changes only at moments known
 * in advance: a wait's next stage (stage-schedule.ts), a robot-answered wait
 * nearing the hour, a difference from the page's count lasting long enough to
 * report, and the report's refresh. Before the soonest of them the last frame
 * holds, its times aside: the badges (drawn at the tick's time anyway) and the
 * few the alert lists. So the second's tick does not stage, sort and count 50
 * waits again to find the same answer.
 */
import { waitText } from '../../wait-display';
import type { ReplyTimerSettings } from '../../settings/types';
import type { Waiting } from '../../content/chat-session/wait-book';
import type { AlertContent } from './alert-content';
import type { StagedWait, TickInput, TimerFrame } from './state';

/** What a frame was computed from (compared by identity: the book and the settings hand out new objects on change). */
interface Basis {
  waiting: readonly Waiting[];
  settings: ReplyTimerSettings;
  listing: number;
  pageUnanswered: number | null;
  hidden: boolean;
}

export class SteadyFrame {
  private basis: Basis | null = null;
  private frame: TimerFrame | null = null;
  /** The alert's waits of the kept frame, in its order (their texts are written again at each reuse). */
  private alertWaits: readonly Waiting[] = [];
  private from = 0;
  private until = -Infinity;

  /**
   * The kept frame with its times at `input.now`, or null when a whole frame
   * is due. A reused frame asks for no sound, no report and no diagnostics:
   * those went out with the frame it repeats.
   */
  reuse(input: TickInput): TimerFrame | null {
    const b = this.basis;
    const kept = this.frame;
    if (!b || !kept || input.listing === undefined) return null;
    if (input.now < this.from || input.now >= this.until) return null;
    if (b.waiting !== input.waiting || b.settings !== input.settings || b.listing !== input.listing || b.pageUnanswered !== input.pageUnanswered || b.hidden !== input.hidden)
      return null;
    const alert: AlertContent = {
      count: kept.alert.count,
      waits: kept.alert.waits.map((w, i) => ({ ...w, text: waitText(this.alertWaits[i]!, input.now) })),
      estimated: kept.alert.estimated,
    };
    return { staged: kept.staged, badges: kept.badges, alert, playSound: false, mismatch: null, report: null };
  }

  /** A whole frame was computed from `input`; it holds until `until` (the soonest known change). */
  keep(input: TickInput, frame: TimerFrame, alertWaits: readonly StagedWait[], until: number): void {
    if (input.listing === undefined) return this.forget();
    this.basis = { waiting: input.waiting, settings: input.settings, listing: input.listing, pageUnanswered: input.pageUnanswered, hidden: input.hidden };
    this.frame = frame;
    this.alertWaits = alertWaits.map((w) => w.waiting);
    this.from = input.now;
    this.until = until;
  }

  /** The next tick computes a whole frame (a report failed to arrive: it goes out again). */
  forget(): void {
    this.basis = null;
    this.frame = null;
    this.alertWaits = [];
  }
}
