import { i18n } from '#i18n';
import type { SignupCheck as SignupCheckData, SignupDay } from '@/lib/metrics';
import { RULES, SIGNUP_CHECK_DAYS } from '@/lib/rules';
import { formatPct, monthDay } from '@/lib/ui/format';
import { ruleCite } from '../pages/lang';

const VERDICT_ICON = { pass: '✓', fail: '✕', insufficient: '?' } as const;

function dayVerdict(day: SignupDay): string {
  switch (day.verdict) {
    case 'pass':
      return i18n.t('popup.signup.dayPass');
    case 'fail':
      return i18n.t('popup.signup.dayFail');
    case 'not-assessed':
      return i18n.t('popup.signup.dayNotAssessed');
    default:
      return day.reason === 'partial'
        ? i18n.t('popup.signup.dayPartial', { pct: formatPct(day.coverage) })
        : i18n.t('popup.signup.dayNoData');
  }
}

export interface SignupCheckProps {
  signup: SignupCheckData;
  /** The verdict covers this agent's conversations only (other agents serve the shop): say so, link the Team page. */
  agentOnly?: boolean;
  /** The counted window, for the coverage requirement stated next to the verdict. */
  window?: { startHour: number; endHour: number };
}

/** 活动报名检查: the 1-hour rate on each of the 3 days before today against the required rate, one verdict on top. */
export function SignupCheck({ signup, agentOnly = false, window = { startHour: 8, endHour: 23 } }: SignupCheckProps) {
  const verdict = {
    pass: i18n.t('popup.signup.pass'),
    fail: i18n.t('popup.signup.fail'),
    insufficient: i18n.t('popup.signup.insufficient'),
  }[signup.verdict];
  return (
    <section class={`card signup signup--${signup.verdict}`} data-testid="signup" data-verdict={signup.verdict}>
      <header class="card-head">
        <h2>{i18n.t('popup.signup.title')}</h2>
        <span class="rule" title={ruleCite('reply-1h')}>
          {RULES['reply-1h'].section}
        </span>
      </header>
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
      <p class="muted">
        {i18n.t('popup.signup.requirement', { days: SIGNUP_CHECK_DAYS, pct: formatPct(signup.requiredRate) })}
      </p>
      <table class="days">
        <thead>
          <tr>
            <th>{i18n.t('popup.signup.colDay')}</th>
            <th class="num">{i18n.t('popup.signup.colRate')}</th>
            <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
            <th class="num">{i18n.t('popup.signup.colCoverage')}</th>
            <th>{i18n.t('popup.signup.colVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {signup.days.map((day) => (
            <tr key={day.day} class={`day day--${day.verdict}`} data-testid={`signup-day-${day.day}`} data-verdict={day.verdict}>
              <td>{monthDay(day.day)}</td>
              <td class="num" data-testid="signup-rate">
                {formatPct(day.rate1h)}
              </td>
              <td class="num" data-testid="signup-buyers">
                {day.buyers}
              </td>
              <td class="num" data-testid="signup-coverage">
                {formatPct(day.coverage)}
              </td>
              <td class="day-verdict">{dayVerdict(day)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {signup.verdict === 'insufficient' && <p class="hint">{i18n.t('popup.signup.insufficientHint')}</p>}
    </section>
  );
}
