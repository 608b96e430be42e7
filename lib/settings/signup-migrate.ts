/**
 * Settings written before the signup presets (issue 23) named the signup rule
 * in `targets.signupMetric` / `targets.signupRate3min` and used `targets.rate1h`
 * both as the 1-hour rate's colour target and as the signup requirement, with
 * a default of 80 % no public source gives. They become `signup`: the preset
 * the metric named and the threshold the owner typed. A value equal to the old
 * default (0.8) cannot be told from one never typed, so it is not carried
 * over: the verdict asks for the activity page's figure instead.
 * Applied to stored settings, policy values and team settings files.
 */
import { isPlain, type Plain } from './paths';

/** The old default requirement, never taken as the owner's own figure. */
const OLD_DEFAULT_REQUIREMENT = 0.8;

const typed = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value !== OLD_DEFAULT_REQUIREMENT ? value : undefined;

/** The settings object with the old signup fields moved into `signup`; anything else unchanged. */
export function migrateSignupFields(raw: unknown): unknown {
  if (!isPlain(raw) || !isPlain(raw.targets)) return raw;
  const { signupMetric, signupRate3min, ...targets } = raw.targets;
  if (signupMetric === undefined && signupRate3min === undefined) return raw;
  const rate1h = typed(targets.rate1h);
  const out: Plain = { ...raw, targets };
  if (raw.signup !== undefined) return out; // settings that already have the new section: it wins
  const thresholds: Plain = {};
  const rate3min = typed(signupRate3min);
  if (rate1h !== undefined) thresholds.rate1h = rate1h;
  if (rate3min !== undefined) thresholds.rate3min = rate3min;
  const signup: Plain = { thresholds };
  if (signupMetric === 'rate1h') signup.preset = 'rate1h-3d';
  if (signupMetric === 'rate3min') signup.preset = 'rate3min-3d';
  out.signup = signup;
  return out;
}
