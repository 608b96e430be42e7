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

/** What the kept frame asked of the page's rows: whether each wait's buyer is listed and robot-answered, the alert's nicknames. */
interface Answers {
  listed: boolean[];
  robot: boolean[];
  nicknames: string[];
}

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
  private answers: Answers = { listed: [], robot: [], nicknames: [] };
  private from = 0;
  private until = -Infinity;

  /**
   * The kept frame with its times at `input.now`, or null when a whole frame
   * is due. A reused frame asks for no sound, no report and no diagnostics:
   * those went out with the frame it repeats.
   *
   * The page re-rendering its rows, or a buyer who waits writing again (the
   * book hands out new waits), changes nothing on screen when each wait shows
   * the same (`sameShown`: its time aside) and the rows answer the frame's
   * questions as before: the frame holds then too, now for the new basis.
   */
  reuse(input: TickInput, sameShown: (a: Waiting, b: Waiting) => boolean): TimerFrame | null {
    const b = this.basis;
    const kept = this.frame;
    if (!b || !kept || input.listing === undefined) return null;
    if (input.now < this.from || input.now >= this.until) return null;
    if (b.settings !== input.settings || b.pageUnanswered !== input.pageUnanswered || b.hidden !== input.hidden) return null;
    if (b.waiting !== input.waiting && !sameWaits(b.waiting, input.waiting, sameShown)) return null;
    if (b.listing !== input.listing && !this.sameAnswers(input)) return null;
    b.waiting = input.waiting;
    b.listing = input.listing;
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
    this.answers = answersOf(input, frame);
    this.from = input.now;
    this.until = until;
  }

  /** The next tick computes a whole frame (a report failed to arrive: it goes out again). */
  forget(): void {
    this.basis = null;
    this.frame = null;
    this.alertWaits = [];
  }

  /** The rows answer the kept frame's questions as they did. */
  private sameAnswers(input: TickInput): boolean {
    const { listed, robot, nicknames } = this.answers;
    const waiting = input.waiting;
    for (let i = 0; i < waiting.length; i++) if (input.isListed(waiting[i]!.buyerId) !== listed[i]) return false;
    if (!input.isRobotAnswered) {
      if (robot.includes(true)) return false;
    } else for (let i = 0; i < waiting.length; i++) if (input.isRobotAnswered(waiting[i]!.buyerId) !== robot[i]) return false;
    const alert = this.frame?.alert.waits ?? [];
    for (let i = 0; i < alert.length; i++) if (input.nickname(alert[i]!.buyerId) !== nicknames[i]) return false;
    return true;
  }
}

function answersOf(input: TickInput, frame: TimerFrame): Answers {
  return {
    listed: input.waiting.map((w) => input.isListed(w.buyerId)),
    robot: input.waiting.map((w) => input.isRobotAnswered?.(w.buyerId) ?? false),
    nicknames: frame.alert.waits.map((w) => w.nickname),
  };
}

/** The same waits in the same order, each showing the same (the book hands out the same object for a wait that did not change). */
function sameWaits(a: readonly Waiting[], b: readonly Waiting[], sameShown: (a: Waiting, b: Waiting) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameShown(a[i]!, b[i]!)) return false;
  return true;
}
