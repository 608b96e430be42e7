/**
 * The tooltip of a wait badge: how long the buyer has waited, which
 * threshold of RULES.md §1 is passed or comes next, and why a wait is not
 * counted or only estimated. Composed on hover, never every second.
 */
import { i18n } from '#i18n';
import { formatElapsed } from '../clock';
import { RULES } from '../rules';
import { ruleName } from '../ui/lang';
import type { ReplyTimerSettings } from '../settings/types';
import { thresholdsFromSettings, waitStage } from '../wait-stage';

export interface WaitFacts {
  waitMs: number;
  /** Whether the platform counts the wait (a message sent in the counted window). */
  counted: boolean;
  /** Whether the start was estimated from the page's own countdown. */
  estimated: boolean;
}

export function describeWait({ waitMs, counted, estimated }: WaitFacts, settings: ReplyTimerSettings): string {
  const stage = waitStage(waitMs, thresholdsFromSettings(settings), settings.warnRatio);
  const parts = [i18n.t('timer.badgeTitle', { elapsed: formatElapsed(waitMs) })];
  if (stage.breached) {
    const rule = RULES[stage.breached.id];
    parts.push(i18n.t('timer.stageBreached', { breached: formatElapsed(stage.breached.ms), rule: ruleName(stage.breached.id), section: rule.section }));
  }
  if (stage.next) parts.push(i18n.t(stage.warning ? 'timer.stageWarn' : 'timer.stageFresh', { next: formatElapsed(stage.next.ms) }));
  if (!counted)
    parts.push(
      i18n.t('timer.notCountedTitle', { from: String(settings.countedWindow.startHour), to: String(settings.countedWindow.endHour) }),
    );
  if (estimated) parts.push(i18n.t('timer.estimatedTitle'));
  return parts.join('\n');
}
