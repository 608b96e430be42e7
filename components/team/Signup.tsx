/**
 * The shop's promotion-signup check on the Team page: the one verdict
 * (lib/signup-verdict.ts) on the platform's shop-wide figures and the merged
 * estimate, the rule it checked, the earliest day the shop can sign up and
 * which agent and day pulled it down, and each agent's coverage of each day.
 */
import { i18n } from '#i18n';
import type { BeijingDay } from '@/lib/clock';
import type { SignupRule } from '@/lib/signup-rules';
import type { PlatformDay } from '@/lib/signup-verdict';
import type { ShopReport } from '@/lib/team/merge';
import { agentCoverage, teamVerdict, type PulledDown } from '@/lib/team/verdict';
import { formatPct, monthDay } from '@/lib/ui/format';
import { basisLine, basisName, dayOutcomeText, ruleLine, sourceLine, verdictHeadline } from '@/lib/ui/signup-verdict-text';
import type { OfficialDay } from './ShopDays';

type Key = Parameters<typeof i18n.t>[0];
const t = (key: string, subs?: Record<string, string | number>): string => (i18n.t as (k: Key, s?: Record<string, string | number>) => string)(key as Key, subs);

/** The platform's shop-wide days as the verdict takes them. */
function platformDays(official: Record<BeijingDay, OfficialDay> | undefined): Record<BeijingDay, PlatformDay> {
  const out: Record<BeijingDay, PlatformDay> = {};
  for (const [day, o] of Object.entries(official ?? {})) {
    const figures = { ...(o.rate3min == null ? {} : { rate3min: o.rate3min }), ...(o.rate30s == null ? {} : { rate30s: o.rate30s }), ...(o.consultUsers === undefined ? {} : { consultUsers: o.consultUsers }) };
    out[day] = { figures, via: o.via ?? 'response' };
  }
  return out;
}

function PulledDownLine({ pulled }: { pulled: PulledDown }) {
  const value = pulled.value === null ? '' : formatPct(pulled.value);
  return (
    <p class="small" data-testid="team-pulled-down" data-agent={pulled.agent} data-day={pulled.day}>
      {t(`teamVerdict.pulled_${pulled.why.replace('-', '_')}`, { agent: pulled.agent, day: monthDay(pulled.day), value })}
    </p>
  );
}

/** Each agent's coverage of each checked day: a day is complete only when every agent who worked it was covered. */
function CoverageGrid({ report, days }: { report: ShopReport; days: readonly BeijingDay[] }) {
  return (
    <table class="grid" data-testid="team-coverage">
      <thead>
        <tr>
          <th>{i18n.t('teamReport.page.agent')}</th>
          {days.map((d) => (
            <th key={d}>{monthDay(d)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.agents.map((a, k) => (
          <tr key={a.id}>
            <td>{a.name ?? a.id}</td>
            {days.map((d) => {
              const i = report.days.indexOf(d);
              const state = i < 0 ? 'no-file' : agentCoverage(report, k, i);
              const pct = i < 0 ? null : a.days[i]!.coverage;
              return (
                <td key={d} data-state={state} data-testid={`team-coverage-${a.id}-${d}`}>
                  {t(`teamVerdict.cov_${state.replace('-', '_')}`, { pct: pct === null ? '' : formatPct(pct) })}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Signup({ report, today, rule, official }: { report: ShopReport; today: BeijingDay; rule: SignupRule; official?: Record<BeijingDay, OfficialDay> }) {
  const { verdict, pulledDown } = teamVerdict(report, platformDays(official), rule, today);
  const days = verdict.days.map((d) => d.day);
  return (
    <section class={`card signup--${verdict.outcome}`} data-testid="team-signup" data-verdict={verdict.outcome} data-basis={verdict.basis.join(',')} data-preset={rule.preset}>
      <h2>{i18n.t('teamReport.page.signupTitle')}</h2>
      <p class={`verdict verdict--${verdict.outcome}`} data-testid="team-signup-verdict">
        {verdictHeadline(verdict)}
      </p>
      <p class="small" data-testid="team-signup-rule">
        {ruleLine(rule)}
      </p>
      <p class="muted small">{sourceLine(rule)}</p>
      <p class="small" data-testid="team-signup-basis">
        {basisLine(verdict)}
      </p>
      <p class="small" data-testid="team-earliest" data-day={verdict.earliestDay}>
        {verdict.earliestDay === today ? i18n.t('verdict.earliestToday') : i18n.t('verdict.earliestDay', { day: monthDay(verdict.earliestDay) })}
      </p>
      {pulledDown && <PulledDownLine pulled={pulledDown} />}
      <table class="grid">
        <thead>
          <tr>
            <th>{i18n.t('verdict.colDay')}</th>
            <th class="num">{i18n.t('verdict.colValue')}</th>
            <th>{i18n.t('verdict.colBasis')}</th>
            <th class="num">{i18n.t('verdict.colBuyers')}</th>
            <th class="num">{i18n.t('teamReport.page.coverage')}</th>
            <th>{i18n.t('verdict.colOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {verdict.days.map((d) => (
            <tr key={d.day} data-testid={`team-signup-${d.day}`} data-verdict={d.outcome} data-basis={d.basis}>
              <td>{monthDay(d.day)}</td>
              <td class="num">{formatPct(d.value)}</td>
              <td>{basisName(d.basis)}</td>
              <td class="num">{d.buyers ?? '—'}</td>
              <td class="num">{d.coverage === null ? '—' : formatPct(d.coverage)}</td>
              <td>{dayOutcomeText(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CoverageGrid report={report} days={days} />
      <p class="hint">{t('teamVerdict.coverageRule')}</p>
    </section>
  );
}
