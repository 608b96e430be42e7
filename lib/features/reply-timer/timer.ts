/**
 * Reply timers on the chat workbench (issue #4): a live wait badge on every
 * conversation row whose buyer awaits a human reply, one "longest waiting"
 * alert, and the toolbar count. One 1 Hz tick drives everything; the row
 * list is re-read only when the page changes it, and badges are re-attached
 * when the page re-renders its rows.
 */
import { h } from 'preact';
import { i18n } from '#i18n';
import { isInCountedWindow, type Clock } from '../../clock';
import type { WaitingReport } from '../../events';
import { checkChatPage, readPageUnansweredCount } from '../../pdd/chat-page';
import { badgeAnchor, readConversationRows, rowMarkupChanged, rowNickname, type ConversationRow } from '../../pdd/chat-rows';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import type { Settings } from '../../settings/types';
import { ElementWatch } from '../../ui/element-watch';
import { OnScreen } from '../../ui/on-screen';
import { createOverlay, type Overlay } from '../../ui/overlay';
import { playBreachSound } from '../../ui/sound';
import { WaitBadge } from './wait-badge';
import type { Waiting } from '../../wait-book';
import type { ReplyThreshold } from '../../rules';
import { stageOrdinal, thresholdsFromSettings, waitStage } from './wait-stage';
import { PageNotice } from '@/components/PageNotice';
import type { ChatSession, Send } from '../chat-session/session';
import { CountCheck } from './count-check';
import { ALERT_LIST_SIZE, LongestWaitAlert } from './longest-wait-alert';
import { describeWait } from './wait-tooltip';
import { waitText } from '../../wait-display';

export interface ReplyTimerDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  session: ChatSession;
  settings: () => Settings;
  send: Send;
  signal: AbortSignal;
}

const TICK_MS = 1_000;
/** The background drops a tab's live report after 2 minutes of silence. */
const REPORT_REFRESH_MS = 60_000;
/** The page may still be rendering: wait this long before calling it unrecognised. */
const RECOGNITION_GRACE_MS = 15_000;

export function startReplyTimer(deps: ReplyTimerDeps): { tick(): void; open(buyerId: string): void } {
  const { win, doc, clock, session, signal } = deps;
  const startedAt = clock.now();
  const badges = new Map<string, WaitBadge>();
  let rows = new Map<string, ConversationRow>();
  let rowsDirty = true;
  /** The page's own count of unanswered buyers (its group titles), for the self-check; null without groups. */
  let pageUnanswered: number | null = null;
  let notice: Overlay | null = null;
  const alert = new LongestWaitAlert({
    win,
    doc,
    findRow: (buyerId) => {
      rowsDirty = true;
      refreshRows();
      return rows.get(buyerId);
    },
    flash: (buyerId) => badges.get(buyerId)?.flash(),
    onChange: () => safely(render),
  });
  let recognised = false;
  const notCountedTag = i18n.t('timer.notCounted');
  let lastReport = '';
  let lastReportAt = 0;
  const levels = new Map<string, number>();
  const countCheck = new CountCheck();

  // Everything that happens between two frames (a re-render of the list, the
  // messages it came with, badges scrolling into view) is handled once, before
  // the next paint, in a frame callback of our own rather than inside the
  // page's task, which we must not lengthen.
  let frameRequested = false;
  function schedule(): void {
    if (frameRequested) return;
    frameRequested = true;
    win.requestAnimationFrame(() => {
      frameRequested = false;
      safeTick();
    });
  }
  // The conversation panel (rows added, removed, re-rendered) and the open
  // thread (new messages), followed across SPA route changes.
  const panelWatch = new ElementWatch(CHAT_SELECTORS.conversationPanel, () => {
    rowsDirty = true;
    schedule();
  });
  const threadWatch = new ElementWatch(CHAT_SELECTORS.messageList, () => safely(() => session.readThread()));
  signal.addEventListener('abort', () => {
    panelWatch.disconnect();
    threadWatch.disconnect();
    badges.forEach((b) => b.host.remove());
    alert.remove();
    notice?.remove();
  });

  function bindObservers(): void {
    if (panelWatch.follow(doc)) rowsDirty = true;
    if (threadWatch.follow(doc) && threadWatch.element) session.readThread();
  }

  /** Re-reads the rows after a change; false when the list holds items but no row we can read. */
  function refreshRows(): boolean {
    if (!rowsDirty) return true;
    rowsDirty = false;
    const now = clock.now();
    // Rows the agent does not see (全部会话) matter only for buyers who wait.
    const waitingBuyers = session.book.waiting().map((w) => w.buyerId);
    rows = new Map(readConversationRows(doc, { outsideActiveOnlyFor: waitingBuyers }).map((row) => [row.buyerId, row]));
    if (rows.size === 0 && rowMarkupChanged(doc)) return false;
    for (const row of rows.values())
      session.book.applyPageSignal(row.buyerId, { state: row.pageState, countdownSec: row.pageCountdownSec, elapsedMinSec: row.pageElapsedMinSec }, now);
    pageUnanswered = readPageUnansweredCount(doc);
    return true;
  }

  function checkRecognised(): void {
    // Rows are checked by refreshRows, which reads them anyway.
    let check = checkChatPage(doc, false);
    if (check.recognised && !refreshRows()) check = { recognised: false, missing: ['conversationRow'] };
    if (check.recognised) {
      recognised = true;
      notice?.remove();
      notice = null;
      return;
    }
    recognised = false;
    badges.forEach((b) => b.host.remove());
    badges.clear();
    alert.hide();
    if (!notice && clock.now() - startedAt > RECOGNITION_GRACE_MS) {
      notice = createOverlay(doc, 'kefu-guard-notice');
      notice.render(h(PageNotice, { missing: check.missing }));
    }
  }

  /** Tooltip of a buyer's badge, composed on hover from the current state. */
  function describe(buyerId: string): string {
    const waiting = session.book.waiting().find((w) => w.buyerId === buyerId);
    if (!waiting) return '';
    return describeWait(
      { waitMs: clock.now() - waiting.waitingSince, waitingSince: waiting.waitingSince, counted: isCounted(waiting), source: waiting.source },
      deps.settings().replyTimer,
    );
  }

  // The anchor inside a row is found once per row element (rows are replaced
  // on re-render), and again if the page replaced it inside a row it kept.
  const anchors = new WeakMap<Element, Element>();
  function anchorOf(row: Element): Element {
    let anchor = anchors.get(row);
    if (!anchor || !row.contains(anchor)) anchors.set(row, (anchor = badgeAnchor(row)));
    return anchor;
  }

  // Which badges are on screen. A badge coming back into view after a while
  // is redrawn at once; one moved by the page's re-render was drawn in that
  // same frame already.
  const drawnAt = new WeakMap<Element, number>();
  const onScreen = new OnScreen(win, (shown) => {
    const now = clock.now();
    if (shown.some((badge) => now - (drawnAt.get(badge) ?? 0) > TICK_MS)) schedule();
  });
  signal.addEventListener('abort', () => onScreen.disconnect());

  // Waiting objects are reused until the book changes, so this is computed
  // once per wait, and again when the agent changes the counted window.
  let countedCache = new WeakMap<Waiting, boolean>();
  let countedCacheWindow: Settings['replyTimer']['countedWindow'] | null = null;
  function isCounted(waiting: Waiting): boolean {
    const window = deps.settings().replyTimer.countedWindow;
    if (window !== countedCacheWindow) {
      countedCache = new WeakMap();
      countedCacheWindow = window;
    }
    let counted = countedCache.get(waiting);
    if (counted === undefined) {
      counted = waiting.messageTimes.some((t) => isInCountedWindow(t, window));
      countedCache.set(waiting, counted);
    }
    return counted;
  }

  function render(): void {
    if (!recognised) return;
    const settings = deps.settings();
    const thresholds = thresholdsFromSettings(settings.replyTimer);
    const now = clock.now();
    // Waits restored from stored history count only for conversations the page lists.
    const waiting = session.book.waiting().filter((w) => !w.restoredOnly || rows.has(w.buyerId));
    const live = new Set<string>();
    let breachedNow = false;
    for (const w of waiting) {
      const waitMs = now - w.waitingSince;
      const stage = waitStage(waitMs, thresholds, settings.replyTimer.warnRatio);
      const counted = isCounted(w);
      if (counted && stage.level > (levels.get(w.conversationId) ?? stage.level)) breachedNow = true;
      levels.set(w.conversationId, stage.level);
      const row = rows.get(w.buyerId);
      if (!row) continue;
      live.add(w.buyerId);
      let badge = badges.get(w.buyerId);
      if (!badge) {
        badge = new WaitBadge(doc, w.buyerId, () => describe(w.buyerId));
        badges.set(w.buyerId, badge);
        onScreen.observe(badge.host);
      }
      const anchor = anchorOf(row.element);
      if (badge.host.parentNode !== anchor) anchor.append(badge.host);
      // Rows scrolled out of sight keep their badge but skip the per-second text update.
      if (badge.drawn && !onScreen.isVisible(badge.host)) continue;
      drawnAt.set(badge.host, now);
      badge.render({
        text: waitText(w, now),
        level: stage.level,
        warning: stage.warning,
        counted,
        tag: counted ? null : notCountedTag,
      });
    }
    for (const [buyerId, badge] of badges) {
      if (!live.has(buyerId)) {
        onScreen.unobserve(badge.host);
        badge.host.remove();
        badges.delete(buyerId);
      }
    }
    if (levels.size > waiting.length) {
      const stillWaiting = new Set(waiting.map((w) => w.conversationId));
      for (const id of levels.keys()) if (!stillWaiting.has(id)) levels.delete(id);
    }
    if (breachedNow && settings.replyTimer.sound) playBreachSound(win);
    renderAlert(waiting, now, thresholds, settings);
    const mismatch = countCheck.observe(waiting.length, pageUnanswered, now);
    if (mismatch) void deps.send({ type: 'diagnostics/report', entry: { kind: 'waiting-count-mismatch', ours: mismatch.ours, page: mismatch.page, lastedMs: mismatch.lastedMs } }).catch(() => undefined);
    report({ ...liveCounts(waiting, now, settings), pageRecognised: true });
  }

  /**
   * The figures the background needs for the toolbar badge and for desktop
   * notifications: how many wait, how many are past the first threshold,
   * and the counted waits past the warning stage, longest first, with their
   * stage (so the background can notify once per buyer and stage).
   */
  function liveCounts(waiting: readonly Waiting[], now: number, settings: Settings): Omit<WaitingReport, 'pageRecognised'> {
    const thresholds = thresholdsFromSettings(settings.replyTimer);
    let overFirst = 0;
    const attention: NonNullable<WaitingReport['attention']> = [];
    for (const w of waiting) {
      const stage = waitStage(now - w.waitingSince, thresholds, settings.replyTimer.warnRatio);
      if (stage.level >= 1) overFirst++;
      const ordinal = stageOrdinal(stage);
      if (ordinal >= 1 && isCounted(w) && attention.length < ALERT_LIST_SIZE)
        attention.push({ buyerId: w.buyerId, waitingSince: w.waitingSince, stage: ordinal });
    }
    return {
      waiting: waiting.length,
      overFirstThreshold: overFirst,
      longestWaitingSince: waiting[0]?.waitingSince ?? null,
      hidden: doc.hidden || !doc.hasFocus(),
      attention,
    };
  }

  function renderAlert(waiting: readonly Waiting[], now: number, thresholds: readonly ReplyThreshold[], settings: Settings): void {
    // The longest waits the platform counts come first; a message from last
    // night (not counted) is listed only after them.
    const ordered = [...waiting.filter((w) => isCounted(w)), ...waiting.filter((w) => !isCounted(w))].slice(0, ALERT_LIST_SIZE);
    const listed = ordered.map((w) => ({
      buyerId: w.buyerId,
      nickname: nicknameOf(w.buyerId),
      text: waitText(w, now),
      level: waitStage(now - w.waitingSince, thresholds, settings.replyTimer.warnRatio).level,
    }));
    alert.show(waiting.length, listed, ordered[0]?.estimated ?? false);
  }

  function nicknameOf(buyerId: string): string {
    const row = rows.get(buyerId);
    return (row && rowNickname(row.element)) || buyerId;
  }

  /** Sends the live counts when they change, and at least once a minute so the popup knows the tab is alive. */
  function report(next: WaitingReport): void {
    const attention = (next.attention ?? []).map((a) => `${a.buyerId}:${a.stage}`).join(',');
    const key = `${next.waiting}/${next.overFirstThreshold}/${next.longestWaitingSince}/${next.pageRecognised}/${next.hidden}/${attention}`;
    const now = clock.now();
    if (key === lastReport && now - lastReportAt < REPORT_REFRESH_MS) return;
    lastReport = key;
    lastReportAt = now;
    void deps.send({ type: 'chat/waiting', report: next }).catch(() => (lastReport = ''));
  }

  let failures = 0;
  /** An unexpected page state is logged once and never thrown into the page. */
  function safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (failures++ === 0) console.warn('[kefu-guard] reply timer failed', error);
    }
  }
  const safeTick = () => safely(tick);

  function tick(): void {
    if (!deps.settings().features.replyTimer) return;
    bindObservers();
    checkRecognised();
    if (!recognised) {
      rowsDirty = true; // re-check the rows next time
      // Off the chat view (客服设置, another route) the socket and the book live
      // on: the toolbar badge and notifications keep the count from what the
      // traffic said, without the rows we cannot see.
      const waiting = session.book.waiting().filter((w) => !w.restoredOnly);
      report({ ...liveCounts(waiting, clock.now(), deps.settings()), pageRecognised: false });
      return;
    }
    render();
  }

  session.onChange(() => {
    if (!recognised) return;
    // A buyer who starts waiting may be listed only outside the active panel.
    if (session.book.waiting().some((w) => !rows.has(w.buyerId))) rowsDirty = true;
    schedule();
  });
  // Hiding the tab or leaving its window changes who must be alerted from outside: report at once.
  for (const [target, type] of [[doc, 'visibilitychange'], [win, 'focus'], [win, 'blur']] as const)
    target.addEventListener(type, schedule, { signal });
  const timer = win.setInterval(safeTick, TICK_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer));
  safeTick();
  // A click on a desktop notification: the background has focused this tab; open the conversation as the alert would.
  const open = (buyerId: string) => safely(() => alert.jumpTo(buyerId));
  return { tick: safeTick, open };
}
