/**
 * Words of the refund overlay: badge texts and titles, guidance tags and the
 * panel's entries, from the locale files and settings.afterSales.guidance.
 * Every title names the rule it comes from (lib/rules.ts).
 */
import { i18n } from '#i18n';
import { formatBeijing } from '../../clock';
import type { GuidanceFlag, RefundStage } from '../../events';
import { formatTimeLeft, REFUND_STAGES, refundStage, type TimeLeftWords } from '../../refund-stage';
import { FLAG_RULES } from './guidance';
import { RULES } from '../../rules';
import type { AfterSalesSettings } from '../../settings/types';
import { ruleName } from '../../ui/lang';
import { stageLabel } from '../../ui/stage-label';
import type { RefundBadgeInfo } from './badge';
import type { RefundPanelEntry, RefundPanelProps } from './RefundPanel';
import type { RefundRow } from './rows';

const n = (v: number) => String(v);

export const TIME_WORDS: TimeLeftWords = {
  left: (time) => i18n.t('refund.left', { time }),
  overdue: (time) => i18n.t('refund.overdue', { time }),
  daysHours: (d, h) => i18n.t('refund.daysHours', { d: n(d), h: n(h) }),
  hoursMinutes: (h, m) => i18n.t('refund.hoursMinutes', { h: n(h), m: n(m) }),
  hours: (h) => i18n.t('refund.hours', { h: n(h) }),
  days: (d) => i18n.t('refund.days', { d: n(d) }),
  minutes: (m) => i18n.t('refund.minutes', { m: n(m) }),
  seconds: (s) => i18n.t('refund.seconds', { s: n(s) }),
};

const FLAG_LABEL_KEYS = {
  shippedRefundOnly: 'refund.flagShippedRefundOnly',
  escalateReason: 'refund.flagEscalateReason',
  instantRefund: 'refund.flagInstantRefund',
  noLogistics: 'refund.flagNoLogistics',
} as const satisfies Record<GuidanceFlag, string>;

function flagTitle(flag: GuidanceFlag, settings: AfterSalesSettings): string {
  const rule = FLAG_RULES[flag];
  return i18n.t('refund.flagTitle', { text: settings.guidance[flag], rule: ruleName(rule), section: RULES[rule].section });
}

export function estimateTitle(): string {
  return i18n.t('refund.estimateTitle', { rule: ruleName('refund-48h'), section: RULES['refund-48h'].section });
}

const minuteOf = (at: number) => formatBeijing(at).slice(0, 16);

/** Where the deadline comes from, and the rule (badge title). */
export function deadlineTitle(row: RefundRow): string {
  const source = !row.deadline
    ? i18n.t('refund.sourceUnknown')
    : row.deadline.source === 'page'
      ? i18n.t('refund.sourcePage', { at: minuteOf(row.deadline.at) })
      : i18n.t('refund.sourceEstimate', { applied: row.appliedAt ? minuteOf(row.appliedAt) : '?', at: minuteOf(row.deadline.at) });
  return `${source}\n${i18n.t('refund.rule', { rule: ruleName('refund-48h'), section: RULES['refund-48h'].section })}`;
}

/** The badge's static part: titles, the estimate label and the guidance tags (settings wording); `deadline` is the row's deadlineTitle when already made. */
export function badgeInfo(row: RefundRow, flags: readonly GuidanceFlag[], settings: AfterSalesSettings, deadline?: string): RefundBadgeInfo {
  return {
    title: row.pending ? (deadline ?? deadlineTitle(row)) : '',
    estimateLabel: i18n.t('refund.estimate'),
    estimateTitle: estimateTitle(),
    flags: flags.map((flag) => ({ flag, text: settings.guidance[flag], title: flagTitle(flag, settings) })),
  };
}

/** The time-left text and stage of a row at `now`; nulls for rows needing no action. */
export function timeOf(row: RefundRow, now: number, settings: AfterSalesSettings): { text: string | null; stage: RefundStage | 'unknown' | null } {
  if (!row.pending) return { text: null, stage: null };
  if (!row.deadline) return { text: i18n.t('refund.unknown'), stage: 'unknown' };
  const left = row.deadline.at - now;
  return { text: formatTimeLeft(left, TIME_WORDS), stage: refundStage(left, settings.stageHours) };
}

/** The label of a stage chip: 已超时, ≤1小时, ≤4小时, ≤12小时, >12小时 (from the settings' hours). */
export { stageLabel };

/** The panel's short tags of a row's flags (computed when the row is read). */
export function panelFlags(flags: readonly GuidanceFlag[], settings: AfterSalesSettings): RefundPanelEntry['flags'] {
  return flags.map((flag) => ({ flag, label: i18n.t(FLAG_LABEL_KEYS[flag]), title: flagTitle(flag, settings) }));
}

/** A pending row as the panel lists it: the tick's text and stage, the rest cached. */
export interface PanelItem {
  row: RefundRow;
  text: string;
  stage: RefundStage | 'unknown';
  title: string;
  flags: RefundPanelEntry['flags'];
}

/** The panel's props: pending rows, most urgent first (unknown deadlines last), and the counts per stage. */
export function panelProps(
  items: readonly PanelItem[],
  settings: AfterSalesSettings,
  handlers: Pick<RefundPanelProps, 'collapsed' | 'onToggle' | 'onJump' | 'right' | 'width'>,
  others: { rows: ReadonlyArray<{ deadlineAt: number | null }>; now: number } = { rows: [], now: 0 },
): RefundPanelProps {
  const sorted = [...items].sort(
    (a, b) => (a.row.deadline?.at ?? Infinity) - (b.row.deadline?.at ?? Infinity) || (a.row.afterSalesId < b.row.afterSalesId ? -1 : 1),
  );
  const counts = Object.fromEntries(REFUND_STAGES.map((s) => [s, 0])) as Record<RefundStage, number>;
  for (const item of sorted) if (item.stage !== 'unknown') counts[item.stage] += 1;
  // The other list pages seen recently count too (issue 23 item 7); they are not listed (no row here to jump to).
  for (const o of others.rows) if (o.deadlineAt !== null) counts[refundStage(o.deadlineAt - others.now, settings.stageHours)] += 1;
  return {
    entries: sorted.map((item) => ({
      afterSalesId: item.row.afterSalesId,
      text: item.text,
      stage: item.stage,
      what: [item.row.type, item.row.reason].filter(Boolean).join(' · '),
      title: item.title,
      flags: item.flags,
    })),
    counts: REFUND_STAGES.map((stage) => ({ stage, label: stageLabel(stage, settings.stageHours), count: counts[stage] })),
    urgent: counts.overdue + counts.critical + counts.urgent,
    urgentHours: settings.stageHours.urgent,
    otherPages: others.rows.length,
    estimateTitle: estimateTitle(),
    ...handlers,
  };
}
