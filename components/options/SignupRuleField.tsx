import { i18n } from '#i18n';
import { getPath } from '@/lib/settings/paths';
import { SIGNUP_PRESET_IDS, SIGNUP_PRESETS, type SignupPresetId } from '@/lib/signup-rules';
import { sourceLine } from '@/lib/ui/signup-verdict-text';
import { PercentField, Row, Section, type FormContext } from './fields';

const PATH = 'signup.preset';
type Key = Parameters<typeof i18n.t>[0];

/**
 * Which rule a promotion signup checks (issue 23): a preset naming its source,
 * and the threshold of the chosen preset as the activity's signup page states
 * it (0 = not typed: the popup and the Team page then give no verdict).
 */
export function SignupRuleSection({ ctx }: { ctx: FormContext }) {
  const preset = getPath(ctx.draft, PATH) as SignupPresetId;
  const key = SIGNUP_PRESETS[preset].key;
  return (
    <Section id="signup" title={i18n.t('signupRule.section')} intro={i18n.t('signupRule.intro')}>
      <Row ctx={ctx} path={PATH} label={i18n.t('signupRule.preset')} help={i18n.t('signupRule.presetHelp')}>
        {(p) => (
          <select id={p.id} disabled={p.disabled} aria-invalid={p.invalid} data-testid="signup-preset-select" value={preset} onChange={(e) => ctx.set(PATH, (e.target as HTMLSelectElement).value)}>
            {SIGNUP_PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {i18n.t(`signupRule.${SIGNUP_PRESETS[id].key}` as Key)}
              </option>
            ))}
          </select>
        )}
      </Row>
      <p class="row-help" data-testid="signup-preset-source">
        {sourceLine({ preset, threshold: null })}
      </p>
      <PercentField ctx={ctx} path={`signup.thresholds.${key}`} label={i18n.t('signupRule.threshold')} help={i18n.t('signupRule.thresholdHelp')} min={0} max={1} />
    </Section>
  );
}
