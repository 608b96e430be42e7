/**
 * Reply timers on the chat workbench (issue #4): a live wait badge on every
 * conversation row whose buyer awaits a human reply, one "longest waiting"
 * alert, and the toolbar count. The effects at the edge: one 1 Hz tick and a
 * frame callback drive everything; the state (state.ts) decides what a tick
 * shows, the views (badge-layer.ts, longest-wait-alert.ts) draw it. The row
 * list is re-read only when the page changes it (listed-rows.ts).
 */
import { i18n } from '#i18n';
import type { Clock } from '../../clock';
import type { WaitingReport } from '../../events';
import { checkChatPage } from '../../pdd/chat-page';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import { Presence } from '../../pdd/selectors';
import type { Settings } from '../../settings/types';
import { ElementWatch } from '../../ui/element-watch';
import { playBreachSound } from '../../ui/sound';
import type { Send } from '../../messages';
import type { ChatSession } from '../../content/chat-session/session';
import type { Waiting } from '../../content/chat-session/wait-book';
import { BadgeLayer } from './badge-layer';
import { ListedRows } from './listed-rows';
import { LongestWaitAlert } from './longest-wait-alert';
import { NoticeView } from './notice-view';
import { alertTimes } from './alert-content';
import { ReplyTimerState, type StagedWait } from './state';
import { ShownWaits } from './shown-waits';
import { ShownTime, TickClock, type TickKind } from './tick-clock';
import { describeBuyer } from './wait-tooltip';

export interface ReplyTimerDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  session: ChatSession;
  settings: () => Settings;
  send: Send;
  signal: AbortSignal;
}

export interface ReplyTimer {
  tick(): void;
  /** Opens a buyer's conversation as the alert would (a click on a desktop notification). */
  open(buyerId: string): void;
}

export function startReplyTimer(deps: ReplyTimerDeps): ReplyTimer {
  const run = new ReplyTimerRun(deps);
  run.start();
  return { tick: run.tick, open: (buyerId) => run.open(buyerId) };
}

class ReplyTimerRun {
  private readonly state: ReplyTimerState;
  private readonly rows: ListedRows;
  private readonly badges: BadgeLayer;
  private readonly alert: LongestWaitAlert;
  // The conversation panel (rows added, removed, re-rendered) and the open
  // thread (new messages), followed across SPA route changes.
  private readonly panelWatch: ElementWatch;
  private readonly threadWatch: ElementWatch;
  private readonly notice: NoticeView;
  /** The page's required parts as last found (the self-check every second need not search the page). */
  private readonly presence = new Presence();
  private notedRows = -1; // the reading of the rows whose waiting buyers the traffic watch has been told
  private readonly ticks: TickClock;
  private readonly time = new ShownTime(() => this.deps.clock.now());
  /** What the last tick drew: a change of the book that shows nothing new needs no tick of its own. */
  private readonly shown = new ShownWaits((w: Waiting) => this.state.isCounted(w, this.deps.settings().replyTimer));
  private failures = 0;
  /** Something besides the page's rows changed (the book, the tab's visibility): the next tick computes a whole frame. */
  private frameDue = true;
  /** The waits the last whole frame staged (a re-render alone only places their badges and retimes the alert). */
  private last: { staged: readonly StagedWait[] } | null = null;

  constructor(private readonly deps: ReplyTimerDeps) {
    const { win, doc, clock, session } = deps;
    this.state = new ReplyTimerState(clock.now());
    this.notice = new NoticeView(doc);
    this.rows = new ListedRows(doc, session.book, () => clock.now(), (waiting, now) => session.inferReply(waiting, now));
    this.badges = new BadgeLayer({
      win,
      doc,
      now: () => this.time.at('change'),
      describe: (buyerId) => this.describe(buyerId),
      notCountedTag: i18n.t('timer.notCounted'),
      robotLabel: i18n.t('timer.robotAnswered'),
    });
    this.alert = new LongestWaitAlert({
      win,
      doc,
      findRow: (buyerId) => this.rows.current(buyerId),
      flash: (buyerId) => this.badges.flash(buyerId),
      onChange: () => this.safely(() => this.render()),
    });
    this.ticks = new TickClock(win, this.tick);
    const changed = () => {
      this.rows.markDirty();
      this.ticks.pageChanged();
    };
    // The page's own texts ticking (its countdowns) bring the second's tick along (tick-clock.ts).
    this.panelWatch = new ElementWatch(CHAT_SELECTORS.conversationPanel, changed, () => this.ticks.pageUpdated());
    this.threadWatch = new ElementWatch(CHAT_SELECTORS.messageList, () => this.safely(() => session.readThread()));
  }

  readonly tick = (kind: TickKind = 'second'): void => this.safely(() => this.tickNow(kind));

  open(buyerId: string): void {
    this.safely(() => this.alert.jumpTo(buyerId));
  }

  start(): void {
    const { win, doc, session, signal } = this.deps;
    session.onChange(() => {
      if (!this.state.recognition.recognised) return;
      const waiting = session.book.waiting();
      if (!this.shown.differs(waiting)) return; // e.g. one more message from a buyer already waiting
      // A buyer who starts waiting may be listed only outside the active panel.
      if (waiting.some((w) => !this.rows.has(w.buyerId))) this.rows.markDirty();
      this.frameDue = true;
      this.ticks.soon();
    });
    // Hiding the tab or leaving its window changes who must be alerted from outside: report at the
    // next frame (never for a tab being closed, whose report would outlive it in the background).
    for (const [target, type] of [[doc, 'visibilitychange'], [win, 'focus'], [win, 'blur']] as const)
      target.addEventListener(type, () => win.requestAnimationFrame(() => ((this.frameDue = true), this.ticks.soon())), { signal });
    signal.addEventListener('abort', () => {
      this.ticks.stop();
      this.stop();
    });
    this.ticks.start();
  }

  private tickNow(kind: TickKind): void {
    const { settings, session, clock } = this.deps;
    if (!settings().features.replyTimer) return;
    this.bindObservers();
    this.checkRecognised();
    if (this.state.recognition.recognised) {
      if (kind !== 'change' || !this.placeOnly()) this.render(kind);
      return;
    }
    this.rows.markDirty(); // re-check the rows next time
    const report = this.state.offPageReport({ waiting: session.book.waiting(), settings: settings().replyTimer, now: clock.now(), hidden: this.hidden() });
    if (report) this.sendReport(report);
  }

  private bindObservers(): void {
    const { doc, session } = this.deps;
    if (this.panelWatch.follow(doc)) this.rows.markDirty();
    if (this.threadWatch.follow(doc) && this.threadWatch.element) session.readThread();
  }

  private checkRecognised(): void {
    // Rows are checked by the row reading, which reads them anyway.
    let check = checkChatPage(this.deps.doc, false, this.presence);
    if (check.recognised && !this.rows.refresh()) check = { recognised: false, missing: ['conversationRow'] };
    this.state.recognition.observe(check, this.deps.clock.now());
    if (!check.recognised) {
      this.badges.clear();
      this.alert.hide();
    }
    this.notice.show(this.state.recognition.notice);
  }

  /**
   * The page re-rendered its rows and nothing else changed (the book shows what the last frame drew, a
   * buyer's new message aside): badges into the new rows, the alert's times to now, before layout (else the
   * second's tick, if no page update brings it, makes a frame for them); the rest waits for it. Else false.
   */
  private placeOnly(): boolean {
    const last = this.last;
    if (this.frameDue || !last || this.shown.differs(this.deps.session.book.waiting())) return false;
    const now = this.time.at('change');
    const listed = last.staged.filter((w) => this.rows.has(w.waiting.buyerId));
    this.badges.paint(listed, (buyerId) => this.rows.get(buyerId), now, this.rows.readings, this.unobserved);
    this.alert.retime(alertTimes(last.staged, now));
    this.noteRows(now);
    return true;
  }

  /** What the page lists as waiting, told to the traffic watch once per reading of the rows. */
  private noteRows(now: number): void {
    if (this.notedRows === this.rows.readings) return;
    this.notedRows = this.rows.readings;
    this.deps.session.traffic.notePageWaiting(this.rows.pageWaiting(), now);
  }

  private render(kind: TickKind = 'change'): void {
    if (!this.state.recognition.recognised) return;
    const { win, session, settings } = this.deps;
    const now = this.time.at(kind);
    const waiting = session.book.waiting();
    this.shown.drew(waiting);
    this.frameDue = false;
    const frame = this.state.frame({
      waiting,
      isListed: (buyerId) => this.rows.has(buyerId),
      isRobotAnswered: (buyerId) => this.rows.get(buyerId)?.pageAnsweredBy === 'robot',
      nickname: (buyerId) => this.rows.nickname(buyerId),
      settings: settings().replyTimer,
      now,
      pageUnanswered: this.rows.pageUnanswered,
      hidden: this.hidden(),
      listing: this.rows.readings,
    });
    this.badges.paint(frame.badges, (buyerId) => this.rows.get(buyerId), now, this.rows.readings, this.unobserved);
    if (frame.playSound) playBreachSound(win);
    this.alert.show(frame.alert.count, frame.alert.waits, frame.alert.estimated);
    const m = frame.mismatch;
    if (m) void this.deps.send({ type: 'diagnostics/report', entry: { kind: 'waiting-count-mismatch', ours: m.ours, page: m.page, lastedMs: m.lastedMs } }).catch(() => undefined);
    this.last = { staged: frame.staged };
    this.noteRows(now);
    const missing = session.traffic.missing(now);
    if (missing) void this.deps.send({ type: 'diagnostics/report', entry: { kind: 'traffic-missing', ...missing } }).catch(() => undefined);
    if (frame.report) this.sendReport(frame.report);
  }

  private sendReport(report: WaitingReport): void {
    void this.deps.send({ type: 'chat/waiting', report }).catch(() => this.state.reportFailed());
  }

  /** Our badges going into the rows are no change of the page's for the watch to report (a tick that only writes badge texts needs none of this). */
  private readonly unobserved = (work: () => void): void => this.panelWatch.unobserved(work);
  private hidden = (): boolean => this.deps.doc.hidden || !this.deps.doc.hasFocus();

  /** Tooltip of a buyer's badge, composed on hover from the current state, at the time the badges show (never behind their number). */
  private describe(buyerId: string): string {
    const { session, settings } = this.deps;
    const timer = settings().replyTimer;
    return describeBuyer(session.book.waiting(), buyerId, this.time.at('change'), timer, (w) => this.state.isCounted(w, timer));
  }

  /** An unexpected page state is logged once and never thrown into the page. */
  private safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (this.failures++ === 0) console.warn('[kefu-guard] reply timer failed', error);
    }
  }

  private stop(): void {
    this.panelWatch.disconnect();
    this.threadWatch.disconnect();
    this.badges.remove();
    this.alert.remove();
    this.notice.show(null);
  }
}
