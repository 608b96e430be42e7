/**
 * Which rule a promotion signup checks (issue 23, RULES.md §3b): it varies by
 * activity and year, so the owner picks one of these presets at setup and
 * types the threshold the activity's own signup page states (以活动报名页为准).
 * Each preset names its source, the days it checks and what it counts, and
 * the estimate for it counts exactly that: robot replies only where the rule
 * does. Pure data and small readers; no clock, no storage.
 */
import type { DayMetrics } from './metrics';
import type { OfficialFigures } from './pdd/official-figures';
import { RATE_1H_MIN_BUYERS } from './rules';
import type { RuleId } from './rules';
import type { SignupSettings } from './settings/types';

export type SignupPresetId = 'rate1h-3d' | 'rate5min-1d' | 'rate3min-3d';

export const SIGNUP_PRESET_IDS: readonly SignupPresetId[] = ['rate1h-3d', 'rate5min-1d', 'rate3min-3d'];

/** Where a preset's rule comes from. */
export type SignupRuleSource = 'seed-004' | 'notice-2023' | 'data-pages';

export interface SignupPreset {
  id: SignupPresetId;
  /** Its threshold's key in the settings (signup.thresholds) and its words' key in the locales. */
  key: keyof SignupSettings['thresholds'];
  /** The rate checked, as the rules page names it. */
  rule: RuleId;
  source: SignupRuleSource;
  /** Days before signup that are checked, each on its own. */
  days: number;
  /** Robot (automatic) replies answer a buyer for this rule. */
  robotCounts: boolean;
  /** The rate is per buyer and assessed only when more than this many buyers consulted. */
  minBuyers: number | null;
  /** The platform's shop-wide figure of 服务数据 that IS this rate, when the pages publish one. */
  platformRate: 'rate3min' | null;
  /** A threshold a public source states; null: none does, the owner must type it. */
  sourceThreshold: number | null;
}

export const SIGNUP_PRESETS: Readonly<Record<SignupPresetId, SignupPreset>> = {
  // Seed 004: each of the 3 days before signup, per buyer, human replies only; no threshold given.
  'rate1h-3d': { id: 'rate1h-3d', key: 'rate1h', rule: 'reply-1h', source: 'seed-004', days: 3, robotCounts: false, minBuyers: RATE_1H_MIN_BUYERS, platformRate: null, sourceThreshold: null },
  // 2023 notice for 新榜 / 爱逛街 / 9.9 特卖: above 50 % on the one day before signup, robot and card replies count.
  'rate5min-1d': { id: 'rate5min-1d', key: 'rate5min', rule: 'reply-5min', source: 'notice-2023', days: 1, robotCounts: true, minBuyers: null, platformRate: null, sourceThreshold: 0.5 },
  // The 3-minute human reply rate the 客服数据 pages lead with (daily figure); no public threshold.
  'rate3min-3d': { id: 'rate3min-3d', key: 'rate3min', rule: 'reply-3min', source: 'data-pages', days: 3, robotCounts: false, minBuyers: null, platformRate: 'rate3min', sourceThreshold: null },
};

/** The rule the owner chose and the threshold the activity's page states (null: not typed yet). */
export interface SignupRule {
  preset: SignupPresetId;
  threshold: number | null;
}

/** The rule the settings choose; a threshold of 0 is one not typed yet. */
export function signupRuleOf(signup: SignupSettings): SignupRule {
  const threshold = signup.thresholds[SIGNUP_PRESETS[signup.preset].key];
  return { preset: signup.preset, threshold: threshold > 0 ? threshold : null };
}

/** The most days any preset checks: how many days before today a caller must supply. */
export const SIGNUP_MAX_DAYS = Math.max(...SIGNUP_PRESET_IDS.map((id) => SIGNUP_PRESETS[id].days));

/** The estimate of the preset's rate from a day's figures (null: nothing counted, or an aggregate older than the figure). */
export function estimateRate(metrics: DayMetrics | null | undefined, preset: SignupPreset): number | null {
  if (!metrics) return null;
  switch (preset.id) {
    case 'rate1h-3d':
      return metrics.rate1h;
    case 'rate5min-1d':
      return metrics.rate5minAny ?? null;
    case 'rate3min-3d':
      return metrics.rate3min;
  }
}

/** The platform's figure of the preset's rate, when 服务数据 publishes it. */
export function platformRate(figures: OfficialFigures | null | undefined, preset: SignupPreset): number | null {
  return preset.platformRate === null ? null : (figures?.[preset.platformRate] ?? null);
}
