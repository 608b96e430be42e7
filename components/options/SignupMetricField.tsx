import { i18n } from '#i18n';
import { getPath } from '@/lib/settings/paths';
import type { SignupMetric } from '@/lib/settings/types';
import { PercentField, Row, type FormContext } from './fields';

const PATH = 'targets.signupMetric';

/** Which rate a promotion signup asks for, and the required 3-minute rate (issue #17). */
export function SignupMetricField({ ctx }: { ctx: FormContext }) {
  const value = getPath(ctx.draft, PATH) as SignupMetric;
  return (
    <>
      <Row ctx={ctx} path={PATH} label={i18n.t('official.settings.signupMetric')} help={i18n.t('official.settings.signupMetricHelp')}>
        {(p) => (
          <select
            id={p.id}
            disabled={p.disabled}
            aria-invalid={p.invalid}
            data-testid="signup-metric-select"
            value={value}
            onChange={(e) => ctx.set(PATH, (e.target as HTMLSelectElement).value)}
          >
            <option value="rate1h">{i18n.t('official.settings.metric1h')}</option>
            <option value="rate3min">{i18n.t('official.settings.metric3min')}</option>
          </select>
        )}
      </Row>
      <PercentField ctx={ctx} path="targets.signupRate3min" label={i18n.t('official.settings.signupRate3min')} min={0} max={1} />
    </>
  );
}
