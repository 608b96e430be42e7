// @vitest-environment node
/**
 * Each wait's stage is decided once per stage, at its thresholds, not every
 * second (issue 25 item 3: the chat tick's cost), and is the stage a fresh
 * decision would give at every tick.
 */
import { describe, expect, it } from 'vitest';
import { StageSchedule } from '@/lib/features/reply-timer/stage-schedule';
import { ReplyTimerState, type TickInput } from '@/lib/features/reply-timer/state';
import { nextStageChangeAt, thresholdsFromSettings, waitStage } from '@/lib/features/reply-timer/wait-stage';
import { DEFAULT_SETTINGS, type ReplyTimerSettings } from '@/lib/settings/types';
import type { Waiting } from '@/lib/content/chat-session/wait-book';

const SEC = 1000;
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing, inside the counted window
const settings: ReplyTimerSettings = DEFAULT_SETTINGS.replyTimer;
const thresholds = thresholdsFromSettings(settings);

function wait(buyerId: string, since: number): Waiting {
  return { conversationId: buyerId, buyerId, waitingSince: since, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [since], restoredOnly: false };
}

describe('StageSchedule', () => {
  it('over an hour and a half of ticks, a wait’s stage is decided only when it changes, and is right at every second', () => {
    const schedule = new StageSchedule();
    const w = wait('a', NOW);
    const seen = new Set<string>();
    for (let s = 0; s <= 5400; s++) {
      const now = NOW + s * SEC;
      const { stage } = schedule.staged(w, settings, now, true);
      expect(stage).toEqual(waitStage(now - w.waitingSince, thresholds, settings.warnRatio));
      seen.add(`${stage.level}/${stage.warning}`);
    }
    // One decision per stage lived through (fresh, warning and past for each of 4 thresholds), not 5,401.
    expect(schedule.decided).toBe(seen.size);
    expect(schedule.decided).toBeLessThanOrEqual(9);
  });

  it('changes stage exactly at the threshold, with no decision in the seconds before', () => {
    const schedule = new StageSchedule();
    const w = wait('a', NOW);
    const m3 = settings.thresholdsSec.m3 * SEC;
    schedule.staged(w, settings, NOW + m3 - 10 * SEC, true); // warning for 3 min
    const before = schedule.decided;
    for (let ms = m3 - 9 * SEC; ms < m3; ms += SEC) expect(schedule.staged(w, settings, NOW + ms, true).stage.level).toBe(1);
    expect(schedule.decided).toBe(before);
    expect(schedule.staged(w, settings, NOW + m3, true).stage.level).toBe(2);
    expect(schedule.decided).toBe(before + 1);
  });

  it('decides again for new settings, a clock set back, or a change of counted or robot', () => {
    const schedule = new StageSchedule();
    const w = wait('a', NOW);
    const first = schedule.staged(w, settings, NOW + 200 * SEC, true);
    expect(first.stage.level).toBe(2);
    expect(schedule.staged(w, settings, NOW + 201 * SEC, true)).toBe(first);
    const back = schedule.staged(w, settings, NOW + 20 * SEC, true); // the clock went back below the 30-s line
    expect(back.stage.level).toBe(0);
    expect(schedule.staged(w, settings, NOW + 21 * SEC, false).counted).toBe(false);
    expect(schedule.staged(w, settings, NOW + 22 * SEC, false, true).robot).toBe(true);
    const stricter = { ...settings, thresholdsSec: { ...settings.thresholdsSec, s30: 10 } };
    expect(schedule.staged(w, stricter, NOW + 22 * SEC, false, true).stage.level).toBe(1);
  });

  it('names the next change: the warning start, then the threshold, never after the last', () => {
    const stage = waitStage(0, thresholds, settings.warnRatio);
    const warnAt = nextStageChangeAt(NOW, stage, settings.warnRatio);
    expect(waitStage(warnAt - NOW, thresholds, settings.warnRatio).warning).toBe(true);
    expect(waitStage(warnAt - NOW - 1, thresholds, settings.warnRatio)).toEqual(stage);
    const past = waitStage(2 * 3600 * SEC, thresholds, settings.warnRatio);
    expect(nextStageChangeAt(NOW, past, settings.warnRatio)).toBe(Infinity);
  });
});

describe('ReplyTimerState with the schedule', () => {
  it('hands the same staged waits to the badges tick after tick until one crosses a line', () => {
    const state = new ReplyTimerState(NOW);
    const waiting = [wait('a', NOW - 100 * SEC), wait('b', NOW - 5 * SEC)];
    const input = (now: number): TickInput => ({ waiting, isListed: () => true, nickname: (id) => id, settings, now, pageUnanswered: null, hidden: false });
    const first = state.frame(input(NOW)).badges;
    const second = state.frame(input(NOW + SEC)).badges;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    const s30 = settings.thresholdsSec.s30;
    const crossed = state.frame(input(NOW + (s30 - 5) * SEC)).badges; // b reaches 30 s
    expect(crossed[0]).toBe(first[0]);
    expect(crossed[1]!.stage.level).toBe(1);
  });
});
