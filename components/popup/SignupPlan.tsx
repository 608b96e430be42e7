import { i18n } from '#i18n';
import type { SignupCheck } from '@/lib/metrics';
import { formatPct, monthDay } from '@/lib/ui/format';

/** The activity's metric, which days used the platform's figures, and the plan ahead (issue #17). */
export function SignupPlan({ signup, today }: { signup: SignupCheck; today: string }) {
  const metric = signup.metric ?? 'rate1h';
  const official = signup.days.filter((d) => d.source === 'official').length;
  const plan = signup.plan;
  const rest = plan?.restOfToday ?? null;
  return (
    <div class="signup-plan" data-testid="signup-plan">
      <p class="small" data-testid="signup-metric" data-metric={metric}>
        {i18n.t(metric === 'rate3min' ? 'official.checkMetric3min' : 'official.checkMetric1h')}
      </p>
      <p class="small muted" data-testid="signup-sources">
        {i18n.t('official.checkSources', { official, estimate: signup.days.length - official })}
      </p>
      {metric === 'rate1h' && official > 0 && <p class="small muted">{i18n.t('official.no1hOfficial')}</p>}
      {plan && (
        <p class="small" data-testid="signup-earliest" data-day={plan.earliestDay}>
          {plan.earliestDay === today ? i18n.t('official.earliestToday') : i18n.t('official.earliestDay', { day: monthDay(plan.earliestDay) })}
        </p>
      )}
      {rest && (
        <p class={`small ${rest.impossible ? 'warn' : ''}`} data-testid="signup-rest">
          {rest.impossible
            ? i18n.t('official.restImpossible')
            : rest.required === 0
              ? i18n.t('official.restSafe')
              : i18n.t('official.restNeeded', { pct: formatPct(rest.required) })}
        </p>
      )}
    </div>
  );
}
