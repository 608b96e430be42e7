/**
 * The reply timer's state (issue 13: state apart from view): who waits and at
 * which stage, which of them get a badge, what the longest-wait alert lists,
 * what the toolbar report says and when it is sent again, when a stage change
 * asks for the sound, and whether the page is recognised. Pure: the caller
 * reads the page and the wait book and passes what they say; nothing here
 * touches a page. The view (badge-layer.ts, longest-wait-alert.ts) draws a
 * frame; timer.ts runs the ticks.
 */
import type { WaitingReport } from '../../events';
import type { SelfCheck } from '../../pdd/selectors';
import type { ReplyTimerSettings } from '../../settings/types';
import type { Waiting } from '../../content/chat-session/wait-book';
import { ALERT_LIST_SIZE, alertContent, alertOrder, type AlertContent } from './alert-content';
import { callsForAgent } from './robot-answered';
import { CountCheck, type CountMismatch } from './count-check';
import { stageOrdinal, type WaitStage } from './wait-stage';
import { CountedWaits, StageSchedule } from './stage-schedule';
import { SteadyFrame } from './steady-frame';
import { sameShown } from './shown-waits';

/** The background drops a tab's live report after 2 minutes of silence. */
export const REPORT_REFRESH_MS = 60_000;
/** The page may still be rendering: wait this long before calling it unrecognised. */
export const RECOGNITION_GRACE_MS = 15_000;

/** One wait as this tick sees it: its stage computed once, for badge, alert and report alike. */
export interface StagedWait {
  waiting: Waiting;
  stage: WaitStage;
  /** The platform counts it (a message sent in the counted window). */
  counted: boolean;
  /** The page lists the buyer under 已被自动回复: still waiting for a human (robot-answered.ts). */
  robot?: boolean;
}

/** What one tick on the recognised page reads. */
export interface TickInput {
  /** Everyone the book says waits, longest first. */
  waiting: readonly Waiting[];
  /** Numbers what the page lists (isListed, isRobotAnswered, nickname): a frame is reused only while it stays the same. Absent: never. */
  listing?: number;
  /** Whether the page lists the buyer's conversation now. */
  isListed(buyerId: string): boolean;
  /** The page lists the buyer under 已被自动回复 (absent: nobody is). */
  isRobotAnswered?(buyerId: string): boolean;
  /** The buyer's name as the page shows it (asked for the few the alert lists). */
  nickname(buyerId: string): string;
  settings: ReplyTimerSettings;
  now: number;
  /** The page's own count of unanswered buyers (its group titles), null on a page without groups. */
  pageUnanswered: number | null;
  /** The tab is hidden or its window not focused. */
  hidden: boolean;
}


/** What a tick asks the view and the edges to do. */
export interface TimerFrame {
  /** Every wait this tick staged, listed or not, longest first. */
  staged: StagedWait[];
  /** One per wait whose conversation the page lists, longest first. */
  badges: StagedWait[];
  alert: AlertContent;
  /** A counted wait passed a threshold since the last tick and the agent wants to hear it. */
  playSound: boolean;
  /** A lasting difference from the page's own count, once per episode (diagnostics). */
  mismatch: CountMismatch | null;
  /** The toolbar report, when it is due (changed, or REPORT_REFRESH_MS old); else null. */
  report: WaitingReport | null;
}

/** Sends the live counts when they change, and at least once a minute so the popup knows the tab is alive. */
export class ReportGate {
  private lastKey = '';
  private lastAt = 0;

  /** The report if it is due now, else null. */
  due(report: WaitingReport, now: number): WaitingReport | null {
    const attention = (report.attention ?? []).map((a) => `${a.buyerId}:${a.stage}`).join(',');
    const key = `${report.waiting}/${report.overFirstThreshold}/${report.longestWaitingSince}/${report.pageRecognised}/${report.hidden}/${attention}`;
    if (key === this.lastKey && now - this.lastAt < REPORT_REFRESH_MS) return null;
    this.lastKey = key;
    this.lastAt = now;
    return report;
  }

  /** When the same report is next sent again. */
  refreshAt(): number {
    return this.lastAt + REPORT_REFRESH_MS;
  }

  /** The last report did not arrive: the next one goes out whatever it says. */
  failed(): void {
    this.lastKey = '';
  }
}

/** Whether the page is recognised, and what the "page not recognised" notice lists (null: no notice). */
export class Recognition {
  recognised = false;
  notice: readonly string[] | null = null;

  constructor(private readonly startedAt: number) {}

  /** One self-check; the notice waits RECOGNITION_GRACE_MS after start and then lists what was missing. */
  observe(check: SelfCheck, now: number): void {
    this.recognised = check.recognised;
    if (check.recognised) this.notice = null;
    else if (this.notice === null && now - this.startedAt > RECOGNITION_GRACE_MS) this.notice = check.missing;
  }
}

/**
 * The figures the background needs for the toolbar badge and for desktop
 * notifications: how many wait, how many are past the first threshold, and
 * the counted waits past the warning stage, longest first, with their stage
 * (so the background can notify once per buyer and stage).
 */
export function liveCounts(waits: readonly StagedWait[], hidden: boolean): Omit<WaitingReport, 'pageRecognised'> {
  const attention: NonNullable<WaitingReport['attention']> = [];
  let overFirstThreshold = 0;
  for (const { waiting, stage, counted } of waits) {
    if (stage.level >= 1) overFirstThreshold++;
    const ordinal = stageOrdinal(stage);
    if (ordinal >= 1 && counted && attention.length < ALERT_LIST_SIZE)
      attention.push({ buyerId: waiting.buyerId, waitingSince: waiting.waitingSince, stage: ordinal });
  }
  return { waiting: waits.length, overFirstThreshold, longestWaitingSince: waits[0]?.waiting.waitingSince ?? null, hidden, attention };
}

export class ReplyTimerState {
  readonly recognition: Recognition;
  private readonly counted = new CountedWaits();
  private readonly reports = new ReportGate();
  private readonly countCheck = new CountCheck();
  /** Each wait's stage until its next change. */
  readonly stages = new StageSchedule();
  /** Each waiting conversation's level at the last tick: a rise is a breach (the sound). */
  private readonly levels = new Map<string, number>();
  /** The last whole frame, repeated (its times aside) until something in it changes (steady-frame.ts). */
  private readonly steady = new SteadyFrame();

  constructor(startedAt: number) {
    this.recognition = new Recognition(startedAt);
  }

  isCounted(waiting: Waiting, settings: ReplyTimerSettings): boolean {
    return this.counted.isCounted(waiting, settings.countedWindow);
  }

  /** One tick on the recognised page. */
  frame(input: TickInput): TimerFrame {
    const again = this.steady.reuse(input, (a, b) => sameShown(a, b, (w) => this.isCounted(w, input.settings)));
    if (again) return again;
    // Waits restored from stored history count only for conversations the page lists.
    const waits = this.staged(
      input.waiting.filter((w) => !w.restoredOnly || input.isListed(w.buyerId)),
      input.settings,
      input.now,
      input.isRobotAnswered,
    );
    const due = waits.filter((w) => callsForAgent(w, input.now));
    const rose = this.levelsRose(due);
    const listed = alertOrder(due, input.now);
    const frame = {
      staged: waits,
      badges: waits.filter((w) => input.isListed(w.waiting.buyerId)),
      alert: alertContent(due, input.nickname, input.now, listed),
      playSound: rose && input.settings.sound,
      mismatch: this.countCheck.observe(waits.filter((w) => !w.robot).length, input.pageUnanswered, input.now),
      report: this.reports.due({ ...liveCounts(due, input.hidden), pageRecognised: true }, input.now),
    };
    const changes = [this.countCheck.dueAt(), this.reports.refreshAt(), ...waits.map((w) => this.stages.changeAt(w, input.now))];
    this.steady.keep(input, frame, listed, Math.min(...changes));
    return frame;
  }

  /**
   * One tick off the chat view (客服设置, another route): the socket and the
   * book live on, so the toolbar badge and notifications keep the count from
   * what the traffic said, without the rows we cannot see.
   */
  offPageReport(input: Pick<TickInput, 'waiting' | 'settings' | 'now' | 'hidden'>): WaitingReport | null {
    this.steady.forget(); // its report said the page was recognised
    const waits = this.staged(
      input.waiting.filter((w) => !w.restoredOnly),
      input.settings,
      input.now,
    );
    return this.reports.due({ ...liveCounts(waits, input.hidden), pageRecognised: false }, input.now);
  }

  /** The last report did not reach the background. */
  reportFailed(): void {
    this.reports.failed();
    this.steady.forget();
  }

  /** Each wait's stage, decided again only when it changes (stage-schedule.ts). */
  private staged(waiting: readonly Waiting[], settings: ReplyTimerSettings, now: number, robot?: (buyerId: string) => boolean): StagedWait[] {
    return waiting.map((w) => this.stages.staged(w, settings, now, this.isCounted(w, settings), robot?.(w.buyerId) ?? false));
  }

  /** Notes every wait's level; true when a counted one rose since the last tick. */
  private levelsRose(waits: readonly StagedWait[]): boolean {
    let rose = false;
    for (const { waiting, stage, counted } of waits) {
      if (counted && stage.level > (this.levels.get(waiting.conversationId) ?? stage.level)) rose = true;
      this.levels.set(waiting.conversationId, stage.level);
    }
    if (this.levels.size > waits.length) {
      const stillWaiting = new Set(waits.map((w) => w.waiting.conversationId));
      for (const id of this.levels.keys()) if (!stillWaiting.has(id)) this.levels.delete(id);
    }
    return rose;
  }
}
