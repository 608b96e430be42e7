/**
 * The signup verdict (lib/signup-verdict.ts) in words, one wording for the
 * popup and the Team page: the headline, the rule with its
 * source and threshold, what the days rest on, and each day's result.
 */
import { i18n } from '#i18n';
import { SIGNUP_PRESETS } from '../signup-rules';
import type { SignupRule } from '../signup-rules';
import type { SignupVerdict, VerdictBasis, VerdictDay } from '../signup-verdict';
import { formatPct } from './format';

type Key = Parameters<typeof i18n.t>[0];
const t = (key: string, subs?: Record<string, string | number>): string => (i18n.t as (k: Key, s?: Record<string, string | number>) => string)(key as Key, subs);

/** The verdict's headline: never a bare pass when it rests on this agent alone in a multi-agent shop. */
export function verdictHeadline(v: SignupVerdict): string {
  if (v.rule.threshold === null) return t('verdict.noThreshold');
  if (v.agentOnly) return t(v.agentOnly.outcome === 'pass' ? 'verdict.agentPass' : 'verdict.agentFail', { days: v.days.length });
  return t(`verdict.${v.outcome}`);
}

/** The rule's short name. */
export const ruleName = (rule: SignupRule): string => t(`signupRule.${SIGNUP_PRESETS[rule.preset].key}Short`);

/** "考核规则：… ≥80%（以活动报名页为准）". */
export function ruleLine(rule: SignupRule): string {
  return rule.threshold === null
    ? t('verdict.ruleNoThreshold', { rule: ruleName(rule) })
    : t('verdict.rule', { rule: ruleName(rule), pct: formatPct(rule.threshold) });
}

/** "规则来源：…". */
export const sourceLine = (rule: SignupRule): string => t('verdict.source', { source: t(`signupRule.${SIGNUP_PRESETS[rule.preset].key}Source`) });

const BASIS_KEY: Record<VerdictBasis, string> = { platform: 'verdict.basisPlatform', team: 'verdict.basisTeam', agent: 'verdict.basisAgent', none: 'verdict.basisNone' };

/** 平台 / 团队合并估算 / 本客服估算 / 无数据. */
export const basisName = (basis: VerdictBasis): string => t(BASIS_KEY[basis]);

/** "依据：平台、本客服估算". */
export const basisLine = (v: SignupVerdict): string => t('verdict.basis', { bases: v.basis.map(basisName).join('、') });

const REASON_KEY: Record<NonNullable<VerdictDay['reason']>, string> = {
  'no-threshold': 'verdict.dayNoThreshold',
  'no-data': 'verdict.dayNoData',
  partial: 'verdict.dayPartial',
  'team-incomplete': 'verdict.dayTeamIncomplete',
  'agent-only': 'verdict.dayAgentPass',
  'drawn-disagrees': 'verdict.dayDrawnDisagrees',
  'page-inferred': 'verdict.dayPageInferred',
};

const AGENT_KEY = { pass: 'verdict.dayAgentPass', fail: 'verdict.dayAgentFail', 'not-assessed': 'verdict.dayAgentNotAssessed' } as const;

/** One day's result in words. */
export function dayOutcomeText(day: VerdictDay): string {
  switch (day.outcome) {
    case 'pass':
      return t('verdict.dayPass');
    case 'fail':
      return t('verdict.dayFail');
    case 'not-assessed':
      return t('verdict.dayNotAssessed');
    default:
      if (day.reason === 'agent-only' && day.agentOutcome) return t(AGENT_KEY[day.agentOutcome]);
      return t(REASON_KEY[day.reason ?? 'no-data']);
  }
}
