/**
 * The tooltip of a wait badge: how long the buyer has waited and since when,
 * which threshold of RULES.md §1 is passed, how long until the next one
 * ("再过 1 分 10 秒超过 3 分钟"), and why a wait is not counted or only
 * estimated. Composed on hover, never every second.
 */
import { i18n } from '#i18n';
import { formatElapsed } from '../../clock';
import { RULES } from '../../rules';
import { ruleName } from '../../ui/lang';
import type { ReplyTimerSettings } from '../../settings/types';
import type { Waiting, WaitSource } from '../../content/chat-session/wait-book';
import { sourceNote, startedAt, timeToNext } from '../../wait-display';
import { thresholdsFromSettings, waitStage } from './wait-stage';

export interface WaitFacts {
  waitMs: number;
  /** When the wait began (epoch ms): shown as a Beijing time. */
  waitingSince: number;
  /** Whether the platform counts the wait (a message sent in the counted window). */
  counted: boolean;
  /** Where the start comes from; anything but an exact time is said so. */
  source: WaitSource;
}

export function describeWait({ waitMs, waitingSince, counted, source }: WaitFacts, settings: ReplyTimerSettings): string {
  const stage = waitStage(waitMs, thresholdsFromSettings(settings), settings.warnRatio);
  const parts = [i18n.t('timer.badgeTitle', { elapsed: formatElapsed(waitMs) }), startedAt(waitingSince)];
  if (stage.breached) {
    const rule = RULES[stage.breached.id];
    parts.push(i18n.t('timer.stageBreached', { breached: formatElapsed(stage.breached.ms), rule: ruleName(stage.breached.id), section: rule.section }));
  }
  if (stage.next) parts.push(timeToNext(waitMs, stage.next.ms));
  if (!counted)
    parts.push(
      i18n.t('timer.notCountedTitle', { from: String(settings.countedWindow.startHour), to: String(settings.countedWindow.endHour) }),
    );
  const note = sourceNote(source);
  if (note) parts.push(note);
  return parts.join('\n');
}

/** The tooltip of a buyer's badge from the book's waits at `now`; '' once the buyer no longer waits. */
export function describeBuyer(waits: readonly Waiting[], buyerId: string, now: number, timer: ReplyTimerSettings, counted: (w: Waiting) => boolean): string {
  const waiting = waits.find((w) => w.buyerId === buyerId);
  if (!waiting) return '';
  return describeWait({ waitMs: now - waiting.waitingSince, waitingSince: waiting.waitingSince, counted: counted(waiting), source: waiting.source }, timer);
}
