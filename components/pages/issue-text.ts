/**
 * Settings problems in the words of the options page: the field named as
 * its label says ("回复计时 · 提前提醒比例"), the value in the unit the field
 * shows (10%–95%, 秒, 小时), never a dotted path or internal id. Used by the
 * options page (under a field, in the save bar, for ignored policy values)
 * and by the team file import (options and welcome pages), where a fraction
 * is also given as the file writes it.
 */
import { i18n } from '#i18n';
import type { Expectation, SettingsIssue } from '@/lib/settings/schema';
import { PHRASE_CATEGORIES, type PhraseCategory } from '@/lib/settings/types';
import { toPercentInput } from '@/lib/ui/format';
import { lang } from '@/lib/ui/lang';

type Key = Parameters<typeof i18n.t>[0];
const t = (key: string, subs?: Record<string, string | number>): string => (i18n.t as (k: Key, s?: Record<string, string | number>) => string)(key as Key, subs);

type Unit = 'sec' | 'hour' | 'hours' | 'days' | 'percent';

/** Each field of the options page: its section title and label (locale keys) and the unit it is shown in. */
const FIELDS: Readonly<Record<string, { section: string; label: string; unit?: Unit }>> = {
  'features.replyTimer': { section: 'options.features.title', label: 'options.features.replyTimer' },
  'features.phraseGuard': { section: 'options.features.title', label: 'options.features.phraseGuard' },
  'features.afterSales': { section: 'options.features.title', label: 'options.features.afterSales' },
  'replyTimer.thresholdsSec.s30': { section: 'options.timer.title', label: 'options.timer.s30', unit: 'sec' },
  'replyTimer.thresholdsSec.m3': { section: 'options.timer.title', label: 'options.timer.m3', unit: 'sec' },
  'replyTimer.thresholdsSec.m5': { section: 'options.timer.title', label: 'options.timer.m5', unit: 'sec' },
  'replyTimer.thresholdsSec.h1': { section: 'options.timer.title', label: 'options.timer.h1', unit: 'sec' },
  'replyTimer.warnRatio': { section: 'options.timer.title', label: 'options.timer.warnRatio', unit: 'percent' },
  'replyTimer.sound': { section: 'options.timer.title', label: 'options.timer.sound' },
  'replyTimer.notify': { section: 'options.timer.title', label: 'waits.optionNotify' },
  'replyTimer.notifySound': { section: 'options.timer.title', label: 'waits.optionNotifySound' },
  'replyTimer.countedWindow.startHour': { section: 'options.timer.title', label: 'options.timer.startHour', unit: 'hour' },
  'replyTimer.countedWindow.endHour': { section: 'options.timer.title', label: 'options.timer.endHour', unit: 'hour' },
  'phraseGuard.customWords': { section: 'options.phrases.title', label: 'options.phrases.customWords' },
  'phraseGuard.allowList': { section: 'options.phrases.title', label: 'options.phrases.allowList' },
  'afterSales.stageHours.warn': { section: 'options.afterSales.title', label: 'options.afterSales.warn', unit: 'hours' },
  'afterSales.stageHours.urgent': { section: 'options.afterSales.title', label: 'options.afterSales.urgent', unit: 'hours' },
  'afterSales.stageHours.critical': { section: 'options.afterSales.title', label: 'options.afterSales.critical', unit: 'hours' },
  'afterSales.escalateReasons': { section: 'options.afterSales.title', label: 'options.afterSales.escalateReasons' },
  'afterSales.guidance.shippedRefundOnly': { section: 'options.afterSales.title', label: 'options.afterSales.shippedRefundOnly' },
  'afterSales.guidance.escalateReason': { section: 'options.afterSales.title', label: 'options.afterSales.escalateReason' },
  'afterSales.guidance.instantRefund': { section: 'options.afterSales.title', label: 'options.afterSales.instantRefund' },
  'afterSales.guidance.noLogistics': { section: 'options.afterSales.title', label: 'options.afterSales.noLogistics' },
  'targets.rate1h': { section: 'options.targets.title', label: 'options.targets.rate1h', unit: 'percent' },
  'targets.rate5min': { section: 'options.targets.title', label: 'options.targets.rate5min', unit: 'percent' },
  'targets.rate30s': { section: 'options.targets.title', label: 'options.targets.rate30s', unit: 'percent' },
  'targets.rate3min': { section: 'options.targets.title', label: 'options.targets.rate3min', unit: 'percent' },
  'targets.amberMargin': { section: 'options.targets.title', label: 'options.targets.amberMargin', unit: 'percent' },
  'signup.preset': { section: 'signupRule.section', label: 'signupRule.preset' },
  'signup.thresholds.rate1h': { section: 'signupRule.section', label: 'signupRule.rate1hShort', unit: 'percent' },
  'signup.thresholds.rate5min': { section: 'signupRule.section', label: 'signupRule.rate5minShort', unit: 'percent' },
  'signup.thresholds.rate3min': { section: 'signupRule.section', label: 'signupRule.rate3minShort', unit: 'percent' },
  retentionDays: { section: 'options.data.title', label: 'options.data.retentionDays', unit: 'days' },
  'team.shopSecret': { section: 'teamReport.settings.title', label: 'teamReport.settings.shopSecret' },
  'team.agentCount': { section: 'teamReport.settings.title', label: 'teamReport.settings.agentCount' },
  'dayEndReminder.enabled': { section: 'teamReport.settings.title', label: 'teamReport.settings.reminder' },
  'dayEndReminder.hour': { section: 'teamReport.settings.title', label: 'teamReport.settings.reminderHour', unit: 'hour' },
  'board.enabled': { section: 'board.settings.title', label: 'board.settings.enabled' },
  'board.url': { section: 'board.settings.title', label: 'board.settings.url' },
  'board.database': { section: 'board.settings.title', label: 'board.settings.database' },
  'board.user': { section: 'board.settings.title', label: 'board.settings.user' },
  'board.password': { section: 'board.settings.title', label: 'board.settings.password' },
};

/** Groups of fields, for a problem with a whole group (a group written as a number). */
const GROUPS: Readonly<Record<string, string[]>> = {
  features: ['options.features.title'],
  replyTimer: ['options.timer.title'],
  'replyTimer.thresholdsSec': ['options.timer.title'],
  'replyTimer.countedWindow': ['options.timer.title'],
  phraseGuard: ['options.phrases.title'],
  'phraseGuard.actions': ['options.phrases.title', 'options.phrases.colAction'],
  'phraseGuard.allowSendAnyway': ['options.phrases.title', 'options.phrases.colAnyway'],
  afterSales: ['options.afterSales.title'],
  'afterSales.stageHours': ['options.afterSales.title'],
  'afterSales.guidance': ['options.afterSales.title'],
  targets: ['options.targets.title'],
  signup: ['signupRule.section'],
};

const joinName = (parts: string[]) => parts.join(' · ');

/** The field as the options page names it; null when the path is no field of ours (an unknown key in a file). */
export function fieldName(path: string): string | null {
  if (path === '') return t('settingsIssue.whole');
  const field = FIELDS[path];
  if (field) return joinName([t(field.section), t(field.label)]);
  const group = GROUPS[path];
  if (group) return joinName(group.map((k) => t(k)));
  const perCategory = /^phraseGuard\.(actions|allowSendAnyway)\.([a-z]+)$/.exec(path);
  if (perCategory && PHRASE_CATEGORIES.includes(perCategory[2] as PhraseCategory)) {
    const column = perCategory[1] === 'actions' ? 'options.phrases.colAction' : 'options.phrases.colAnyway';
    return joinName([t('options.phrases.title'), t(`guard.categories.${perCategory[2]}`), t(column)]);
  }
  // An entry of a list: 'phraseGuard.customWords.3' is the 4th word.
  const entry = /^(.+)\.(\d+)$/.exec(path);
  if (entry && FIELDS[entry[1]!]) return t('settingsIssue.item', { field: fieldName(entry[1]!)!, n: Number(entry[2]) + 1 });
  return null;
}

const unitOf = (path: string): Unit | undefined => FIELDS[path]?.unit;

/** A value with the field's unit: "30 秒", "8 点", "4 小时". */
function withUnit(value: number, path: string): string {
  const unit = unitOf(path);
  if (unit === 'percent') return `${toPercentInput(value)}%`;
  return unit ? `${value} ${t(`options.unit.${unit}`)}` : String(value);
}

/**
 * Why the value is wrong, in the unit the field shows. `where`: 'form' for
 * the options page (fractions shown as %), 'file' for a settings file or
 * policy, where the fraction the file holds is given too.
 */
export function issueReason(issue: SettingsIssue, where: 'form' | 'file'): string {
  const e: Expectation | undefined = issue.expected;
  const unit = unitOf(issue.path);
  const unitText = unit && unit !== 'percent' ? t(`options.unit.${unit}`) : '';
  switch (e?.kind) {
    case 'missing':
      return t('settingsIssue.missing');
    case 'unknown':
      return t('settingsIssue.unknown');
    case 'number':
      return t(e.int ? 'settingsIssue.integer' : 'settingsIssue.number', { min: e.min, max: e.max, unit: unitText });
    case 'share':
      return where === 'file'
        ? t('settingsIssue.percentFile', { min: toPercentInput(e.min), max: toPercentInput(e.max), fmin: e.min, fmax: e.max })
        : t('settingsIssue.percent', { min: toPercentInput(e.min), max: toPercentInput(e.max) });
    case 'bool':
      return t('settingsIssue.bool');
    case 'text':
      return t('settingsIssue.text', { max: e.max });
    case 'list':
      return t('settingsIssue.list', { max: e.maxItems });
    case 'object':
      return t('settingsIssue.object');
    case 'categories':
      return t('settingsIssue.categories');
    case 'action':
      return t('settingsIssue.action');
    case 'version':
      return t('settingsIssue.version', { value: e.value });
    case 'greater':
    case 'less':
      return t(unitOf(e.than) === 'hour' ? (e.kind === 'greater' ? 'settingsIssue.later' : 'settingsIssue.earlier') : e.kind === 'greater' ? 'settingsIssue.greater' : 'settingsIssue.less', {
        other: fieldName(e.than) ?? e.than,
        value: withUnit(e.value, e.than),
      });
    default:
      return lang() === 'en' ? issue.en : issue.zh; // file-level problems (not JSON, wrong format) carry their own words
  }
}

/** One line naming the field and the problem: 「回复计时 · 提前提醒比例」应为 10%–95%. */
export function issueLine(issue: SettingsIssue, where: 'form' | 'file'): string {
  const reason = issueReason(issue, where);
  if (!issue.expected) return reason; // a problem of the file itself, said in a whole sentence
  const name = fieldName(issue.path) ?? issue.path;
  return t('settingsIssue.line', { field: name, reason });
}
