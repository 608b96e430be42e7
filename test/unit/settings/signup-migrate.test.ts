import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/settings/merge';
import { migrateSignupFields } from '@/lib/settings/signup-migrate';
import { parseTeamFile } from '@/lib/settings/team-file';

describe('settings written before the signup presets', () => {
  it.each([
    ['the 1-hour metric with a typed requirement', { targets: { rate1h: 0.7, signupMetric: 'rate1h', signupRate3min: 0.8 } }, { preset: 'rate1h-3d', thresholds: { rate1h: 0.7, rate5min: 0.5, rate3min: 0 } }],
    ['the old silent 80 % default is not taken as the owner\'s figure', { targets: { rate1h: 0.8, signupMetric: 'rate1h', signupRate3min: 0.8 } }, { preset: 'rate1h-3d', thresholds: { rate1h: 0, rate5min: 0.5, rate3min: 0 } }],
    ['the 3-minute metric with its requirement', { targets: { rate1h: 0.8, signupMetric: 'rate3min', signupRate3min: 0.85 } }, { preset: 'rate3min-3d', thresholds: { rate1h: 0, rate5min: 0.5, rate3min: 0.85 } }],
  ])('%s', (_case, stored, signup) => {
    const merged = mergeSettings(stored, undefined).settings;
    expect(merged.signup).toEqual(signup);
    expect(merged.targets).not.toHaveProperty('signupMetric');
  });

  it('settings that already have the signup section keep it; the old fields are dropped', () => {
    const raw = { targets: { signupMetric: 'rate3min' }, signup: { preset: 'rate5min-1d' } };
    expect(migrateSignupFields(raw)).toEqual({ targets: {}, signup: { preset: 'rate5min-1d' } });
  });

  it('a team settings file of the old shape imports into the new one', () => {
    const text = JSON.stringify({ format: 'kefu-guard-settings', version: 1, settings: { targets: { signupMetric: 'rate3min', signupRate3min: 0.9 } } });
    const parsed = parseTeamFile(text);
    expect(parsed.ok && parsed.settings.signup).toEqual({ preset: 'rate3min-3d', thresholds: { rate1h: 0, rate5min: 0.5, rate3min: 0.9 } });
  });
});
