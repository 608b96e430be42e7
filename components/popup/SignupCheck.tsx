import { i18n } from '#i18n';
import type { SignupCheck as SignupCheckData, SignupDay } from '@/lib/metrics';
import { SIGNUP_CHECK_DAYS } from '@/lib/rules';
import { formatPct, monthDay } from '@/lib/ui/format';
import { signupDayText } from '@/lib/ui/signup-day';
import { RuleLink } from '@/lib/ui/RuleLink';
import { SignupPlan } from './SignupPlan';

const VERDICT_ICON = { pass: '✓', fail: '✕', insufficient: '?' } as const;

// A "partial" day whose coverage shows as 0% is the same situation as no data: one wording.
const dayVerdict = (day: SignupDay): string =>
  signupDayText(day, (pct) => (pct !== '0%' ? i18n.t('popup.signup.dayPartial', { pct }) : null));

export interface SignupCheckProps {
  signup: SignupCheckData;
  /** Today's Beijing day, for the plan ahead (earliest signup day, the rate the rest of today needs). */
  today?: string;
  /** The verdict covers this agent's conversations only (other agents serve the shop): say so, link the Team page. */
  agentOnly?: boolean;
  /** The counted window, for the coverage requirement stated next to the verdict. */
  window?: { startHour: number; endHour: number };
}

/** The verdict on top, whose conversations it covers, and the coverage it needs. */
function SignupVerdict({ signup, agentOnly, window }: Required<Pick<SignupCheckProps, 'signup' | 'agentOnly' | 'window'>>) {
  const verdict = {
    pass: i18n.t('popup.signup.pass'),
    fail: i18n.t('popup.signup.fail'),
    insufficient: i18n.t('popup.signup.insufficient'),
  }[signup.verdict];
  return (
    <>
      <p class="verdict" data-testid="signup-verdict">
        <span class="verdict-icon" aria-hidden="true">
          {VERDICT_ICON[signup.verdict]}
        </span>
        {verdict}
        {agentOnly && (
          <span class="verdict-scope" data-testid="signup-scope">
            {i18n.t('teamReport.popup.agentOnly')}
          </span>
        )}
      </p>
      <p class="muted small" data-testid="signup-coverage-rule">
        {i18n.t('teamReport.popup.coverageRule', { from: window.startHour, to: window.endHour })}
      </p>
      {agentOnly && (
        <p class="small" data-testid="signup-team-link">
          {i18n.t('teamReport.popup.shopWide')}{' '}
          <a href="/team.html" target="_blank" rel="noopener">
            {i18n.t('teamReport.popup.openTeam')}
          </a>
        </p>
      )}
    </>
  );
}

function SignupDayRow({ day }: { day: SignupDay }) {
  return (
    <tr class={`day day--${day.verdict}`} data-testid={`signup-day-${day.day}`} data-verdict={day.verdict}>
      <td>{monthDay(day.day)}</td>
      <td class="num" data-source={day.source ?? 'estimate'}>
        <span data-testid="signup-rate">{formatPct(day.rate === undefined ? day.rate1h : day.rate)}</span>
        {day.source && (
          <span class={`tag tag--source ${day.source === 'official' ? 'tag--official' : ''}`} data-testid="signup-source">
            {i18n.t(day.source === 'official' ? 'official.sourceOfficial' : 'official.sourceEstimate')}
          </span>
        )}
      </td>
      <td class="num" data-testid="signup-buyers">
        {day.buyers}
      </td>
      <td class="num" data-testid="signup-coverage">
        {formatPct(day.coverage)}
      </td>
      <td class="day-verdict">{dayVerdict(day)}</td>
    </tr>
  );
}

function SignupDays({ days, metric3min }: { days: readonly SignupDay[]; metric3min: boolean }) {
  return (
    <table class="days">
      <thead>
        <tr>
          <th>{i18n.t('popup.signup.colDay')}</th>
          <th class="num">{metric3min ? i18n.t('official.rate3min') : i18n.t('popup.signup.colRate')}</th>
          <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
          <th class="num" title={i18n.t('popup.signup.colCoverageTitle')}>
            {i18n.t('popup.signup.colCoverage')}
          </th>
          <th>{i18n.t('popup.signup.colVerdict')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <SignupDayRow key={day.day} day={day} />
        ))}
      </tbody>
    </table>
  );
}

/** 活动报名检查: the 1-hour rate on each of the 3 days before today against the required rate, one verdict on top. */
export function SignupCheck({ signup, today, agentOnly = false, window = { startHour: 8, endHour: 23 } }: SignupCheckProps) {
  const metric3min = signup.metric === 'rate3min';
  return (
    <section class={`card signup signup--${signup.verdict}`} data-testid="signup" data-verdict={signup.verdict}>
      <header class="card-head">
        <h2>{i18n.t('popup.signup.title')}</h2>
        <RuleLink id={metric3min ? 'reply-3min' : 'reply-1h'} />
      </header>
      <SignupVerdict signup={signup} agentOnly={agentOnly} window={window} />
      <p class="muted">
        {i18n.t(metric3min ? 'official.requirement3min' : 'popup.signup.requirement', { days: SIGNUP_CHECK_DAYS, pct: formatPct(signup.requiredRate) })}
      </p>
      <SignupDays days={signup.days} metric3min={metric3min} />
      {signup.verdict === 'insufficient' && signup.days.some((d) => d.verdict === 'insufficient' && d.reason !== 'page-text') && <p class="hint">{i18n.t('popup.signup.insufficientHint')}</p>}
      {signup.metric && today && <SignupPlan signup={signup} today={today} />}
    </section>
  );
}
