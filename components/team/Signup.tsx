/** The shop's promotion-signup check (RULES.md §1) from the merged figures, day by day. */
import { i18n } from '#i18n';
import { addDays } from '@/lib/clock';
import type { BeijingDay } from '@/lib/clock';
import type { SignupDay } from '@/lib/metrics';
import type { ShopReport } from '@/lib/team/merge';
import { formatPct, monthDay } from '@/lib/ui/format';
import { signupDayText } from '@/lib/ui/signup-day';

const verdictText = (day: SignupDay): string => signupDayText(day, (pct) => i18n.t('teamReport.page.dayIncomplete', { pct }));

export function Signup({ report, today }: { report: Pick<ShopReport, 'signup'>; today: BeijingDay }) {
  const { signup } = report;
  const verdict = { pass: i18n.t('popup.signup.pass'), fail: i18n.t('popup.signup.fail'), insufficient: i18n.t('popup.signup.insufficient') }[signup.verdict];
  return (
    <section class="card" data-testid="team-signup" data-verdict={signup.verdict}>
      <h2>{i18n.t('teamReport.page.signupTitle')}</h2>
      <p class={`verdict verdict--${signup.verdict}`} data-testid="team-signup-verdict">
        {verdict}
      </p>
      <p class="muted">
        {i18n.t('popup.signup.requirement', { days: signup.days.length, pct: formatPct(signup.requiredRate) })} · {i18n.t('teamReport.page.signupBasis', { from: monthDay(addDays(today, -3)), to: monthDay(addDays(today, -1)) })}
      </p>
      <table class="grid">
        <thead>
          <tr>
            <th>{i18n.t('popup.signup.colDay')}</th>
            <th class="num">{i18n.t('popup.signup.colRate')}</th>
            <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
            <th class="num">{i18n.t('teamReport.page.coverage')}</th>
            <th>{i18n.t('popup.signup.colVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {signup.days.map((d) => (
            <tr key={d.day} data-testid={`team-signup-${d.day}`} data-verdict={d.verdict}>
              <td>{monthDay(d.day)}</td>
              <td class="num">{formatPct(d.rate1h)}</td>
              <td class="num">{d.buyers}</td>
              <td class="num">{formatPct(d.coverage)}</td>
              <td>{verdictText(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{i18n.t('teamReport.page.coverageRule')}</p>
    </section>
  );
}
