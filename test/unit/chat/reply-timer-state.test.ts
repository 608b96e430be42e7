// @vitest-environment node
/**
 * The reply timer's state without a page (issue 13): which waits get a
 * badge, what the alert lists, when the sound plays, when the toolbar report
 * is sent, and when the "page not recognised" notice shows.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeView } from '@/lib/features/reply-timer/badge-layer';
import { MISMATCH_LASTING_MS } from '@/lib/features/reply-timer/count-check';
import { ROBOT_NEAR_HOUR_MS } from '@/lib/features/reply-timer/robot-answered';
import { CountedWaits } from '@/lib/features/reply-timer/stage-schedule';
import { ALERT_LIST_SIZE } from '@/lib/features/reply-timer/alert-content';
import {
  RECOGNITION_GRACE_MS,
  REPORT_REFRESH_MS,
  Recognition,
  ReplyTimerState,
  type TickInput,
} from '@/lib/features/reply-timer/state';
import { DEFAULT_SETTINGS, type ReplyTimerSettings } from '@/lib/settings/types';
import type { Waiting } from '@/lib/content/chat-session/wait-book';
import { useLocale } from '../popup/i18n';

// Waits past 5 minutes are written in the locale's minutes (badgeElapsed).
beforeEach(() => useLocale('zh_CN'));

const SEC = 1000;
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing, inside the counted window
const NIGHT = Date.UTC(2026, 10, 22, 16, 0, 0); // 00:00 Beijing, outside it
const settings: ReplyTimerSettings = DEFAULT_SETTINGS.replyTimer;

function wait(buyerId: string, waitedSec: number, more: Partial<Waiting> = {}): Waiting {
  const waitingSince = NOW - waitedSec * SEC;
  return { conversationId: buyerId, buyerId, waitingSince, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [waitingSince], restoredOnly: false, ...more };
}

function input(waiting: Waiting[], more: Partial<TickInput> = {}): TickInput {
  const listed = new Set(waiting.map((w) => w.buyerId));
  return { waiting, isListed: (id) => listed.has(id), nickname: (id) => `昵称${id}`, settings, now: NOW, pageUnanswered: null, hidden: false, ...more };
}

describe('ReplyTimerState.frame', () => {
  it('gives a badge to each listed wait with its stage; restored waits only when the page lists them', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('a', 400), wait('b', 100), wait('r', 50, { restoredOnly: true }), wait('c', 10)];
    const listed = new Set(['a', 'c', 'r']);
    const frame = state.frame(input(waiting, { isListed: (id) => listed.has(id) }));
    expect(frame.badges.map((b) => [b.waiting.buyerId, b.stage.level, b.counted])).toEqual([
      ['a', 3, true],
      ['r', 1, true],
      ['c', 0, true],
    ]);
    expect(frame.alert.count).toBe(4); // b waits though its row is not listed; r counts because it is
    const unlisted = state.frame(input(waiting, { isListed: (id) => id !== 'r', now: NOW + SEC }));
    expect(unlisted.alert.count).toBe(3);
  });

  it('the alert lists the counted waits first, the five longest, and names only those', () => {
    const nickname = vi.fn((id: string) => `昵称${id}`);
    // 200 s … 150 s: u3 (170 s) is 10 s from the 3-minute line, the soonest to cross it.
    const waiting = [wait('night', 3 * 3600, { messageTimes: [NIGHT] }), ...Array.from({ length: 6 }, (_, i) => wait(`u${i}`, 200 - i * 10, { estimated: i === 0 }))];
    const { alert } = new ReplyTimerState(NOW).frame(input(waiting, { nickname }));
    expect(alert.waits.map((w) => w.buyerId)).toEqual(['u3', 'u0', 'u1', 'u2', 'u4']);
    expect(alert.waits[1]).toEqual({ buyerId: 'u0', nickname: '昵称u0', text: '≈3:20', level: 2 }); // estimated: said so
    expect(alert.estimated).toBe(false); // the first one (u3) is exact
    expect(alert.count).toBe(7);
    expect(nickname).toHaveBeenCalledTimes(ALERT_LIST_SIZE);
    // The night's message comes after the counted ones, not before.
    const few = new ReplyTimerState(NOW).frame(input([waiting[0]!, waiting[6]!]));
    expect(few.alert.waits.map((w) => w.buyerId)).toEqual(['u5', 'night']);
  });

  it('前往 goes first to the buyer about to cross the next threshold (still savable), else to the longest', () => {
    const frame = (waiting: Waiting[]) => new ReplyTimerState(NOW).frame(input(waiting)).alert.waits.map((w) => w.buyerId);
    // Past 1 hour: no threshold left to save. 55 min: 5 min from the hour, warning. 2:55: 5 s from 3 min.
    expect(frame([wait('old', 2 * 3600), wait('hour', 55 * 60), wait('near', 175)])).toEqual(['near', 'old', 'hour']);
    const soon = new ReplyTimerState(NOW).frame(input([wait('old', 2 * 3600), wait('near', 175)])).alert.waits;
    expect(soon.map((w) => w.soon ?? false)).toEqual([true, false]); // said as 即将超时, not 最久
    // Nobody in a warning stage: the longest first, as before.
    expect(frame([wait('a', 400), wait('b', 5)])).toEqual(['a', 'b']);
    // A wait from last night is never "savable" first.
    expect(frame([wait('night', 175, { messageTimes: [NIGHT] }), wait('a', 400)])).toEqual(['a', 'night']);
  });

  it('asks for the sound when a counted wait passes a threshold, once, and only when the agent wants it', () => {
    const loud = { ...settings, sound: true };
    const state = new ReplyTimerState(NOW);
    const a = wait('a', 25);
    expect(state.frame(input([a], { settings: loud })).playSound).toBe(false); // first sight is no rise
    expect(state.frame(input([a], { settings: loud, now: NOW + 4 * SEC })).playSound).toBe(false);
    expect(state.frame(input([a], { settings: loud, now: NOW + 6 * SEC })).playSound).toBe(true); // past 30 s
    expect(state.frame(input([a], { settings: loud, now: NOW + 7 * SEC })).playSound).toBe(false);
    const quiet = new ReplyTimerState(NOW);
    quiet.frame(input([a]));
    expect(quiet.frame(input([a], { now: NOW + 6 * SEC })).playSound).toBe(false);
    const uncounted = new ReplyTimerState(NOW);
    const night = wait('n', 25, { messageTimes: [NIGHT] });
    uncounted.frame(input([night], { settings: loud }));
    expect(uncounted.frame(input([night], { settings: loud, now: NOW + 6 * SEC })).playSound).toBe(false);
  });

  it('a wait that ended and starts again is first seen again (no sound for its old level)', () => {
    const loud = { ...settings, sound: true };
    const state = new ReplyTimerState(NOW);
    state.frame(input([wait('a', 25)], { settings: loud }));
    state.frame(input([], { settings: loud }));
    expect(state.frame(input([wait('a', 400)], { settings: loud })).playSound).toBe(false);
  });

  it('reports who waits: past the first threshold, and the counted ones past a warning with their stage ordinal', () => {
    const waiting = [wait('night', 4000, { messageTimes: [NIGHT] }), wait('a', 200), wait('b', 20), wait('c', 5)];
    const { report } = new ReplyTimerState(NOW).frame(input(waiting, { hidden: true }));
    expect(report).toEqual({
      waiting: 4,
      overFirstThreshold: 2,
      longestWaitingSince: NOW - 4000 * SEC,
      hidden: true,
      pageRecognised: true,
      attention: [
        { buyerId: 'a', waitingSince: NOW - 200 * SEC, stage: 5 },
        { buyerId: 'b', waitingSince: NOW - 20 * SEC, stage: 1 },
      ],
    });
  });

  it('sends the same report once a minute, a changed one at once, and any after a failed send', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('a', 5)];
    expect(state.frame(input(waiting)).report).not.toBeNull();
    expect(state.frame(input(waiting, { now: NOW + SEC })).report).toBeNull();
    expect(state.frame(input(waiting, { now: NOW + SEC, hidden: true })).report).not.toBeNull();
    expect(state.frame(input(waiting, { now: NOW + 2 * SEC, hidden: true })).report).toBeNull();
    state.reportFailed();
    expect(state.frame(input(waiting, { now: NOW + 3 * SEC, hidden: true })).report).not.toBeNull();
    expect(state.frame(input(waiting, { now: NOW + 3 * SEC + REPORT_REFRESH_MS, hidden: true })).report).not.toBeNull();
  });

  it('off the chat view the report leaves out restored waits, listed or not, and says the page is not recognised', () => {
    const state = new ReplyTimerState(NOW);
    const report = state.offPageReport({ waiting: [wait('a', 100), wait('r', 500, { restoredOnly: true })], settings, now: NOW, hidden: false });
    expect(report).toMatchObject({ waiting: 1, overFirstThreshold: 1, longestWaitingSince: NOW - 100 * SEC, pageRecognised: false });
  });

  it('reports a lasting difference from the page’s own count once', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('a', 5)];
    expect(state.frame(input(waiting, { pageUnanswered: 2 })).mismatch).toBeNull();
    const mismatch = state.frame(input(waiting, { pageUnanswered: 2, now: NOW + MISMATCH_LASTING_MS })).mismatch;
    expect(mismatch).toMatchObject({ ours: 1, page: 2, lastedMs: MISMATCH_LASTING_MS });
    expect(state.frame(input(waiting, { pageUnanswered: 2, now: NOW + 2 * MISMATCH_LASTING_MS })).mismatch).toBeNull();
  });
});

describe('CountedWaits', () => {
  it('answers from the wait’s message times, and afresh for another counted window', () => {
    const counted = new CountedWaits();
    const night = wait('n', 5, { messageTimes: [NIGHT] });
    expect(counted.isCounted(night, { startHour: 8, endHour: 23 })).toBe(false);
    expect(counted.isCounted(night, { startHour: 0, endHour: 24 })).toBe(true);
    expect(counted.isCounted(wait('a', 5), { startHour: 8, endHour: 23 })).toBe(true);
  });
});

describe('Recognition', () => {
  const missing = { recognised: false, missing: ['conversationPanel'] };

  it('shows the notice only after the grace, with what was missing then, and drops it once recognised', () => {
    const recognition = new Recognition(NOW);
    recognition.observe(missing, NOW + RECOGNITION_GRACE_MS);
    expect(recognition).toMatchObject({ recognised: false, notice: null });
    recognition.observe(missing, NOW + RECOGNITION_GRACE_MS + 1);
    expect(recognition.notice).toEqual(['conversationPanel']);
    const shown = recognition.notice;
    recognition.observe({ recognised: false, missing: ['replyInput'] }, NOW + RECOGNITION_GRACE_MS + 2);
    expect(recognition.notice).toBe(shown);
    recognition.observe({ recognised: true, missing: [] }, NOW + RECOGNITION_GRACE_MS + 3);
    expect(recognition).toMatchObject({ recognised: true, notice: null });
  });
});

describe('buyers the robot answered (issue 20 item 4, RULES.md §1)', () => {
  const robotOnly = (ids: string[]) => ({ isRobotAnswered: (id: string) => ids.includes(id) });

  it('keep their badge, but join the alert and the toolbar count only as they near the 1-hour line', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('robot', 20 * 60), wait('plain', 200)];
    const early = state.frame(input(waiting, robotOnly(['robot'])));
    expect(early.badges.map((b) => [b.waiting.buyerId, b.robot === true])).toEqual([
      ['robot', true],
      ['plain', false],
    ]);
    expect(early.alert.count).toBe(1);
    expect(early.alert.waits.map((w) => w.buyerId)).toEqual(['plain']);
    expect(early.report?.waiting).toBe(1);
    expect(early.report?.attention?.map((a) => a.buyerId)).toEqual(['plain']);

    const late = new ReplyTimerState(NOW).frame(input([wait('robot', ROBOT_NEAR_HOUR_MS / SEC), wait('plain', 200)], robotOnly(['robot'])));
    expect(late.alert.count).toBe(2);
    expect(late.alert.waits.map((w) => w.buyerId)).toContain('robot');
    expect(late.report?.waiting).toBe(2);
  });

  it('are not compared with the page’s own unanswered count (the page files them apart)', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('robot', 20 * 60), wait('plain', 200)];
    expect(state.frame(input(waiting, { ...robotOnly(['robot']), pageUnanswered: 1 })).mismatch).toBeNull();
    expect(state.frame(input(waiting, { ...robotOnly(['robot']), pageUnanswered: 1, now: NOW + MISMATCH_LASTING_MS + SEC })).mismatch).toBeNull();
  });

  it('show a quieter badge that says the robot answered and the timer runs on', () => {
    const [staged] = new ReplyTimerState(NOW).frame(input([wait('robot', 12 * 60 + 30)], robotOnly(['robot']))).badges;
    const view = badgeView(staged!, NOW, '不计', '机器人已答 · 待人工');
    expect(view.text).toBe('机器人已答 · 待人工 12 分');
    expect(view.quiet).toBe(true);
    const plain = badgeView({ ...staged!, robot: false }, NOW, '不计', '机器人已答 · 待人工');
    expect([plain.text, plain.quiet ?? false]).toEqual(['12 分', false]);
  });
});
