/**
 * How a wait is written for the agent (issue #15): the badge text, the
 * tooltip's start and the time left to the next threshold. Pure: the caller
 * passes "now" (the shared clock) and the wait.
 */
import { i18n } from '#i18n';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, beijingDay, beijingDayStart, formatBeijing, formatElapsed } from './clock';

/**
 * Where a wait's start comes from, in rank order (issue #15): the platform's
 * times from traffic > the page's countdown > the page's elapsed note (a lower
 * bound) > thread stamps > the msg_id as a time > the moment we first saw the
 * row waiting.
 */
export type WaitSource = 'traffic' | 'countdown' | 'elapsed-note' | 'stamp' | 'msg-id' | 'first-seen';

export interface ShownWait {
  waitingSince: number;
  estimated: boolean;
  lowerBound: boolean;
}

/** The last Beijing day asked about: every badge asks every second, and Beijing days are all 24 hours (no DST). */
let lastDay = { start: 0, end: 0 };

/** Beijing midnight before `at`. */
function dayStartOf(at: number): number {
  if (!(at >= lastDay.start && at < lastDay.end)) {
    const start = beijingDayStart(beijingDay(at));
    lastDay = { start, end: start + DAY_MS };
  }
  return lastDay.start;
}

/** A wait that began before midnight but less than this long ago still counts up: a live wait of the night shift. */
export const COUNT_ACROSS_MIDNIGHT_MS = 6 * 60 * 60 * 1000;

/**
 * The badge text. A wait that began before today's Beijing midnight, and
 * longer ago than COUNT_ACROSS_MIDNIGHT_MS, is written as "昨天起" or "N 天前":
 * hundreds of hours say nothing an agent can act on, and such a start is
 * usually the page's history rather than a live wait (the real start is in the
 * tooltip). Other waits count up — a buyer who wrote at 23:50 reads 20 分 at
 * 00:10, not 昨天起 — in seconds, then minutes (badgeElapsed), with "≥" when the
 * start is only the page's lower bound and "≈" when estimated.
 */
export function waitText(w: ShownWait, now: number): string {
  const todayStart = dayStartOf(now);
  if (w.waitingSince < todayStart && now - w.waitingSince >= COUNT_ACROSS_MIDNIGHT_MS) {
    const days = Math.round((todayStart - dayStartOf(w.waitingSince)) / DAY_MS);
    return days <= 1 ? i18n.t('waits.sinceYesterday') : i18n.t('waits.daysAgo', { n: String(days) });
  }
  return (w.lowerBound ? '≥' : w.estimated ? '≈' : '') + badgeElapsed(now - w.waitingSince);
}

/**
 * Under this wait a badge counts seconds; past it, whole minutes. The
 * thresholds counted in seconds and minutes (30 s, 3 min, 5 min) are then
 * behind and the next is an hour away: a second hand helps no decision, and
 * on dozens of rows it costs the page a repaint of each row every second
 * (issue 25: about half the chat page's added main-thread time).
 */
export const SECONDS_SHOWN_UNDER_MS = 5 * MINUTE_MS;

/**
 * Minute texts already written, by minute: every badge on screen asks every
 * second, and a message lookup with substitutions cost more than the rest of
 * the badges' tick together (chat-tick profile). The extension's language is
 * fixed while a page lives, so the minute alone is the key.
 */
const minuteTexts = new Map<number, string>();
const MINUTE_TEXTS_MAX = 1_000;

/** "4:59" under SECONDS_SHOWN_UNDER_MS, then "12 分" and "1 小时 5 分" (whole minutes, rounded down). */
export function badgeElapsed(ms: number): string {
  if (ms < SECONDS_SHOWN_UNDER_MS) return formatElapsed(ms);
  const minutes = Math.floor(ms / MINUTE_MS);
  let text = minuteTexts.get(minutes);
  if (text === undefined) {
    const min = i18n.t('waits.unitMin', { n: String(minutes % 60) });
    // Both units past the hour, "1 小时 0 分" too: the badge's width stays put while it counts.
    text = minutes < 60 ? min : `${i18n.t('waits.unitHour', { n: String(Math.floor(minutes / 60)) })} ${min}`;
    if (minuteTexts.size >= MINUTE_TEXTS_MAX) minuteTexts.clear();
    minuteTexts.set(minutes, text);
  }
  return text;
}

/** A span as "1 分 10 秒" / "1 小时 5 分" (two units at most, rounded up to the second). */
export function formatSpan(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / SECOND_MS));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(i18n.t('waits.unitHour', { n: String(h) }));
  if (m > 0) parts.push(i18n.t('waits.unitMin', { n: String(m) }));
  if (s > 0 && h === 0) parts.push(i18n.t('waits.unitSec', { n: String(s) }));
  return parts.join(' ');
}

/** A threshold's name: "30 秒", "3 分钟", "1 小时". */
export function thresholdName(ms: number): string {
  if (ms % HOUR_MS === 0) return i18n.t('waits.thresholdHour', { n: String(ms / HOUR_MS) });
  if (ms % MINUTE_MS === 0) return i18n.t('waits.thresholdMin', { n: String(ms / MINUTE_MS) });
  return i18n.t('waits.thresholdSec', { n: String(Math.round(ms / SECOND_MS)) });
}

/** "再过 1 分 10 秒超过 3 分钟". */
export function timeToNext(waitMs: number, nextMs: number): string {
  return i18n.t('waits.nextIn', { left: formatSpan(nextMs - waitMs), next: thresholdName(nextMs) });
}

/** "开始于 2026-11-30 20:15:00（北京时间）". */
export function startedAt(at: number): string {
  return i18n.t('waits.startedAt', { at: formatBeijing(at) });
}

/** Why a start is not an exact message time, or null when it is. */
export function sourceNote(source: WaitSource): string | null {
  switch (source) {
    case 'countdown':
      return i18n.t('waits.sourceCountdown');
    case 'elapsed-note':
      return i18n.t('waits.sourceElapsedNote');
    case 'msg-id':
      return i18n.t('waits.sourceMsgId');
    case 'first-seen':
      return i18n.t('waits.sourceFirstSeen');
    default:
      return null;
  }
}
