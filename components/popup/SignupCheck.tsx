/**
 * 活动报名检查 in the popup: the one verdict (lib/signup-verdict.ts) with the
 * rule it checked, what each day rests on, and where the missing parts come
 * from: the 客服数据 page for a day without platform figures, the Team page
 * for the shop when other agents serve it.
 */
import { i18n } from '#i18n';
import type { PopupSignup } from '@/lib/signup';
import { SIGNUP_PRESETS } from '@/lib/signup-rules';
import type { SignupVerdict, VerdictDay } from '@/lib/signup-verdict';
import { formatPct, monthDay } from '@/lib/ui/format';
import { basisLine, basisName, dayOutcomeText, ruleLine, sourceLine, verdictHeadline } from '@/lib/ui/signup-verdict-text';
import { SERVICE_DATA_URL } from '../pages/urls';
import { TabLink } from './TabLink';
import { RuleLink } from '@/lib/ui/RuleLink';

const ICON = { pass: '✓', fail: '✕', unsure: '?' } as const;

/** The kind of headline, for styling and tests: never a bare pass on this agent alone. */
export function headlineKind(v: SignupVerdict): string {
  if (v.rule.threshold === null) return 'no-threshold';
  if (v.agentOnly) return `agent-${v.agentOnly.outcome}`;
  return v.outcome;
}

function DayRow({ day }: { day: VerdictDay }) {
  return (
    <tr class={`day day--${day.outcome}`} data-testid={`signup-day-${day.day}`} data-verdict={day.outcome} data-basis={day.basis}>
      <td>{monthDay(day.day)}</td>
      <td class="num" data-source={day.basis}>
        <span data-testid="signup-rate">{formatPct(day.value)}</span>
        <span class={`tag tag--source ${day.basis === 'platform' ? 'tag--official' : ''}`} data-testid="signup-source">
          {basisName(day.basis)}
        </span>
      </td>
      <td class="num" data-testid="signup-buyers">
        {day.buyers ?? '—'}
      </td>
      <td class="num" data-testid="signup-coverage">
        {day.coverage === null ? '—' : formatPct(day.coverage)}
      </td>
      <td class="day-verdict">{dayOutcomeText(day)}</td>
    </tr>
  );
}

function Days({ days }: { days: readonly VerdictDay[] }) {
  return (
    <table class="days">
      <thead>
        <tr>
          <th>{i18n.t('verdict.colDay')}</th>
          <th class="num">{i18n.t('verdict.colValue')}</th>
          <th class="num">{i18n.t('verdict.colBuyers')}</th>
          <th class="num" title={i18n.t('popup.signup.colCoverageTitle')}>
            {i18n.t('verdict.colCoverage')}
          </th>
          <th>{i18n.t('verdict.colOutcome')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <DayRow key={day.day} day={day} />
        ))}
      </tbody>
    </table>
  );
}

/** Days without platform figures, the way to add them, and the Team page for the shop. */
function WhereFrom({ verdict, teamLink, onOpenTab }: { verdict: SignupVerdict; teamLink: boolean; onOpenTab: (url: string) => void }) {
  const missing = verdict.days.filter((d) => d.basis !== 'platform').map((d) => monthDay(d.day));
  return (
    <>
      {missing.length > 0 && SIGNUP_PRESETS[verdict.rule.preset].platformRate !== null && (
        <p class="small" data-testid="signup-missing-official">
          {i18n.t('verdict.missingOfficial', { days: missing.join('、') })}{' '}
          <TabLink href={SERVICE_DATA_URL} onOpenTab={onOpenTab} testId="signup-open-data">
            {i18n.t('verdict.openData')}
          </TabLink>
        </p>
      )}
      {teamLink && (
        <p class="small" data-testid="signup-team-link">
          <a href="/team.html" target="_blank" rel="noopener">
            {i18n.t('verdict.teamLink')}
          </a>
        </p>
      )}
    </>
  );
}

function Plan({ signup, today }: { signup: PopupSignup; today: string }) {
  const { earliestDay } = signup.verdict;
  const rest = signup.restOfToday;
  return (
    <div class="signup-plan" data-testid="signup-plan">
      <p class="small" data-testid="signup-earliest" data-day={earliestDay}>
        {earliestDay === today ? i18n.t('verdict.earliestToday') : i18n.t('verdict.earliestDay', { day: monthDay(earliestDay) })}
      </p>
      {rest && (
        <p class={`small ${rest.impossible ? 'warn' : ''}`} data-testid="signup-rest">
          {rest.impossible ? i18n.t('official.restImpossible') : rest.required === 0 ? i18n.t('official.restSafe') : i18n.t('official.restNeeded', { pct: formatPct(rest.required) })}
        </p>
      )}
    </div>
  );
}

export interface SignupCheckProps {
  signup: PopupSignup;
  today: string;
  onOpenTab: (url: string) => void;
  onOpenOptions: () => void;
}

/** The verdict on top, the rule and its source, the basis, the days, and where the rest comes from. */
export function SignupCheck({ signup, today, onOpenTab, onOpenOptions }: SignupCheckProps) {
  const v = signup.verdict;
  const kind = headlineKind(v);
  const noAgentData = v.days.every((d) => d.basis !== 'agent' && d.basis !== 'team');
  return (
    <section class={`card signup signup--${v.outcome}`} data-testid="signup" data-verdict={v.outcome} data-kind={kind} data-basis={v.basis.join(',')} data-preset={v.rule.preset}>
      <header class="card-head">
        <h2>{i18n.t('verdict.title')}</h2>
      </header>
      <p class="verdict" data-testid="signup-verdict">
        <span class="verdict-icon" aria-hidden="true">
          {ICON[v.outcome]}
        </span>
        {verdictHeadline(v)}
      </p>
      {/* The § chip beside the rule it cites, after the verdict: Tab reaches the verdict's card
          before any rule chip (issue 26). */}
      <p class="small">
        <span data-testid="signup-rule">{ruleLine(v.rule)}</span>
        <RuleLink id={SIGNUP_PRESETS[v.rule.preset].rule} />
      </p>
      <p class="muted small">{sourceLine(v.rule)}</p>
      <p class="small" data-testid="signup-basis">
        {basisLine(v)}
      </p>
      {v.rule.threshold === null && (
        <p class="small">
          <button type="button" class="btn" data-testid="signup-open-options" onClick={onOpenOptions}>
            {i18n.t('verdict.openOptions')}
          </button>
        </p>
      )}
      <Days days={v.days} />
      <WhereFrom verdict={v} teamLink={signup.agentCount > 1 || noAgentData} onOpenTab={onOpenTab} />
      <Plan signup={signup} today={today} />
    </section>
  );
}
