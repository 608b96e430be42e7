// @vitest-environment node
/**
 * A second's tick with nothing changed but the time repeats the last frame
 * (issue 25 item 3: the chat tick's cost) and draws exactly what a whole
 * frame would: over two hours of ticks, with stage changes, a robot-answered
 * wait nearing the hour, a lasting difference from the page's count, the
 * report's refresh, a new wait, a failed report and the tab hidden, a state
 * that may reuse frames gives what a state computing each one gives.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROBOT_NEAR_HOUR_MS } from '@/lib/features/reply-timer/robot-answered';
import { ReplyTimerState, type TickInput, type TimerFrame } from '@/lib/features/reply-timer/state';
import { DEFAULT_SETTINGS, type ReplyTimerSettings } from '@/lib/settings/types';
import type { Waiting } from '@/lib/content/chat-session/wait-book';
import { useLocale } from '../popup/i18n';

// Waits past 5 minutes are written in the locale's minutes (badgeElapsed).
beforeEach(() => useLocale('zh_CN'));

const SEC = 1000;
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing, inside the counted window
const NIGHT = Date.UTC(2026, 10, 22, 16, 0, 0); // 00:00 Beijing, outside it
const settings: ReplyTimerSettings = { ...DEFAULT_SETTINGS.replyTimer, sound: true };

function wait(buyerId: string, waitedSec: number, more: Partial<Waiting> = {}): Waiting {
  const waitingSince = NOW - waitedSec * SEC;
  return { conversationId: buyerId, buyerId, waitingSince, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [waitingSince], restoredOnly: false, ...more };
}

/** What a frame draws and sends, as plain data. */
function drawn(frame: TimerFrame) {
  return {
    badges: frame.badges.map((b) => [b.waiting.buyerId, b.stage.level, b.stage.warning, b.counted, b.robot ?? false]),
    alert: frame.alert,
    playSound: frame.playSound,
    mismatch: frame.mismatch,
    report: frame.report,
  };
}

describe('the steady frame', () => {
  it('over two hours of ticks draws and sends what a whole frame each second would', () => {
    const steady = new ReplyTimerState(NOW);
    const whole = new ReplyTimerState(NOW);
    const robot = new Set(['robot']);
    let waiting: Waiting[] = [wait('robot', ROBOT_NEAR_HOUR_MS / SEC - 90), wait('a', 25), wait('night', 100, { messageTimes: [NIGHT] }), wait('fresh', 0)];
    let listing = 1;
    let hidden = false;
    let reused = 0;
    for (let s = 0; s <= 2 * 3600; s++) {
      const now = NOW + s * SEC;
      if (s === 1500) waiting = [...waiting, wait('later', -1500)]; // a new wait: the book hands out a new list
      if (s === 2000) listing++; // the page re-rendered its rows
      if (s === 3000) hidden = true;
      if (s === 4000) for (const state of [steady, whole]) state.reportFailed();
      const isListed = vi.fn((id: string) => id !== 'night' || s < 2000);
      const base: TickInput = {
        waiting,
        isListed,
        isRobotAnswered: (id) => robot.has(id),
        nickname: (id) => `昵称${id}`,
        settings,
        now,
        pageUnanswered: s < 100 ? 3 : 2, // from 100 s the page counts fewer than we do: a lasting difference, reported once
        hidden,
      };
      const got = steady.frame({ ...base, listing });
      if (isListed.mock.calls.length === 0) reused++;
      expect(drawn(got), `at ${s} s`).toEqual(drawn(whole.frame(base)));
    }
    // Most seconds asked nothing of the page; stage changes, the robot's hour, the report's refresh did.
    expect(reused).toBeGreaterThan(7000);
  });

  it('holds across re-renders of the rows and new messages of buyers who wait, and is whole again when what shows changes', () => {
    const steady = new ReplyTimerState(NOW);
    const whole = new ReplyTimerState(NOW);
    let waiting: Waiting[] = [wait('a', 25), wait('b', 400), wait('night', 100, { messageTimes: [NIGHT] }), wait('robot', 50)];
    const rewritten = (w: Waiting, at: number): Waiting => ({ ...w, messageTimes: [...w.messageTimes, at] }); // the book's new wait: same start, one more message
    let listing = 1;
    let names = '昵称';
    const robot = new Set(['robot']);
    let reused = 0;
    let wholeAfterChange = 0;
    for (let s = 0; s <= 600; s++) {
      const now = NOW + s * SEC;
      if (s % 2 === 0 && s > 0) {
        listing++; // the page re-rendered its rows
        waiting = waiting.map((w, i) => (i === (s / 2) % 2 ? rewritten(w, now) : w)); // and a buyer who waits wrote again
      }
      if (s === 300) waiting = waiting.map((w) => (w.buyerId === 'night' ? rewritten(w, now) : w)); // now counted: shows otherwise
      if (s === 400) names = '新昵称'; // the page shows other names
      if (s === 500) robot.delete('robot'); // a human is now asked for
      const isListed = vi.fn((id: string) => id !== 'b' || s < 200); // from 200 s b's row is gone
      const base: TickInput = { waiting, isListed, isRobotAnswered: (id) => robot.has(id), nickname: (id) => `${names}${id}`, settings, now, pageUnanswered: 4, hidden: false };
      const staged = vi.spyOn(steady.stages, 'staged');
      const got = steady.frame({ ...base, listing });
      if (staged.mock.calls.length === 0) reused++;
      else if ([200, 300, 400, 500].includes(s)) wholeAfterChange++;
      staged.mockRestore();
      expect(drawn(got), `at ${s} s`).toEqual(drawn(whole.frame(base)));
    }
    // Every change of what shows made a whole frame; the 300 re-renders and messages that changed nothing did not.
    expect(wholeAfterChange).toBe(4);
    expect(reused).toBeGreaterThan(560);
  });

  it('a second with nothing changed asks nothing of the page and stages nothing', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = Array.from({ length: 50 }, (_, i) => wait(`b${i}`, 200 + i)); // under 5 min: times in seconds
    const isListed = vi.fn(() => true);
    const nickname = vi.fn((id: string) => id);
    const tick = (now: number, listing = 1) => state.frame({ waiting, isListed, nickname, settings, now, pageUnanswered: 50, hidden: false, listing });
    const first = tick(NOW);
    const calls = isListed.mock.calls.length + nickname.mock.calls.length;
    const next = tick(NOW + SEC);
    expect(isListed.mock.calls.length + nickname.mock.calls.length).toBe(calls);
    expect(next.badges).toBe(first.badges); // the same badges: the layer draws the ones on screen
    expect(next.alert.waits[0]!.text).not.toBe(first.alert.waits[0]!.text); // the alert's times move on
    tick(NOW + 2 * SEC, 2); // the page's rows were read again: a whole frame
    expect(isListed.mock.calls.length).toBeGreaterThan(calls);
  });
});
