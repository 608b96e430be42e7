/**
 * Each wait's stage decided once per stage, not once per second (issue 25:
 * the chat tick's cost). A wait's stage changes only at known moments: the
 * warning start of its next threshold and the threshold itself (30 s, 3 min,
 * 5 min, 1 h). So a stage is kept with the moment it next changes, and a tick
 * before that moment reuses it, the same StagedWait object and all, so that
 * what is derived from it downstream (the badges to place) can tell "nothing
 * changed" by identity. The book reuses a Waiting until it changes: a new
 * message, a new Waiting, a new decision.
 */
import { isInCountedWindow, type CountedWindow } from '../../clock';
import type { ReplyTimerSettings } from '../../settings/types';
import type { Waiting } from '../../content/chat-session/wait-book';
import type { ReplyThreshold } from '../../rules';
import { ROBOT_NEAR_HOUR_MS } from './robot-answered';
import type { StagedWait } from './state';
import { nextStageChangeAt, thresholdsFromSettings, waitStage } from './wait-stage';

interface Decision {
  staged: StagedWait;
  /** Valid from the moment it was decided (a clock set back decides again) … */
  from: number;
  /** … until this one: the wait's next stage change. */
  until: number;
}

export class StageSchedule {
  private decisions = new WeakMap<Waiting, Decision>();
  private settings: ReplyTimerSettings | null = null;
  private thresholds: ReplyThreshold[] = [];
  /** How many stages were decided (what the schedule saves is seen in tests). */
  decided = 0;

  /** The wait's stage at `now`, decided again only past its next change, or when the settings, `counted` or `robot` differ. */
  staged(waiting: Waiting, settings: ReplyTimerSettings, now: number, counted: boolean, robot = false): StagedWait {
    if (settings !== this.settings) {
      this.settings = settings;
      this.thresholds = thresholdsFromSettings(settings);
      this.decisions = new WeakMap();
    }
    const known = this.decisions.get(waiting);
    if (known && now >= known.from && now < known.until && known.staged.counted === counted && (known.staged.robot ?? false) === robot) return known.staged;
    this.decided++;
    const stage = waitStage(now - waiting.waitingSince, this.thresholds, settings.warnRatio);
    const until = nextStageChangeAt(waiting.waitingSince, stage, settings.warnRatio);
    const staged: StagedWait = robot ? { waiting, stage, counted, robot } : { waiting, stage, counted };
    this.decisions.set(waiting, { staged, from: now, until });
    return staged;
  }

  /**
   * When the staged wait's frame may next change from `now` on: its next
   * stage, or (robot-answered) the moment it starts calling for the agent
   * (robot-answered.ts). -Infinity for a wait this schedule did not stage.
   */
  changeAt(staged: StagedWait, now: number): number {
    const known = this.decisions.get(staged.waiting);
    if (known?.staged !== staged) return -Infinity;
    const calls = staged.waiting.waitingSince + ROBOT_NEAR_HOUR_MS;
    return staged.robot && calls > now ? Math.min(calls, known.until) : known.until;
  }
}

/**
 * Whether the platform counts a wait, computed once per wait: the book
 * reuses a Waiting until it changes. A new counted window starts afresh.
 */
export class CountedWaits {
  private cache = new WeakMap<Waiting, boolean>();
  private window: CountedWindow | null = null;

  isCounted(waiting: Waiting, window: CountedWindow): boolean {
    if (window !== this.window) {
      this.cache = new WeakMap();
      this.window = window;
    }
    let counted = this.cache.get(waiting);
    if (counted === undefined) {
      counted = waiting.messageTimes.some((t) => isInCountedWindow(t, window));
      this.cache.set(waiting, counted);
    }
    return counted;
  }
}
