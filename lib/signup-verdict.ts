/**
 * The one promotion-signup verdict (issue 23), used by the popup and the
 * Team page (and meant for the day file and the live board) so every screen
 * gives the same answer on the same basis. Pure: no clock, no storage, no words (lib/ui/signup-verdict-text.ts
 * says it).
 *
 * Each day checked by the rule rests on the first of these that can decide it:
 * 1. the platform's shop-wide figure of the rule's rate (服务数据), read from
 *    the page's response. For the 1-hour rule the pages publish no rate, but
 *    their 咨询人数 at or below 100 says the day is not assessed. A figure only
 *    drawn from the page's text never decides: it can only make the day
 *    'unsure' when the estimate says otherwise.
 * 2. the team's merged estimate (every agent's day file), when every agent who
 *    worked the day was covered;
 * 3. this agent's own estimate. In a shop with several agents it cannot
 *    decide the shop's day (the other agents' buyers are not in it): the day
 *    is 'unsure' and `agentOutcome` keeps what it says for this agent.
 * A day without enough observation, or a rule without a threshold, is 'unsure';
 * so is an estimate that passes only with replies inferred from the page's
 * grouping (DayMetrics.certain): what a page draws never decides.
 */
import { addDays } from './clock';
import type { BeijingDay } from './clock';
import type { DayMetrics } from './metrics';
import type { OfficialFigures } from './pdd/official-figures';
import { SIGNUP_MIN_COVERAGE } from './rules';
import { estimateRate, platformRate, SIGNUP_PRESETS } from './signup-rules';
import type { SignupPreset, SignupRule } from './signup-rules';

/** The platform's shop-wide figures of one day and how they were read. */
export interface PlatformDay {
  figures: OfficialFigures;
  /** From the page's own response, or drawn from its rendered text (never decides). */
  via: 'response' | 'text';
}

/** An estimate of one day: its figures and how much of the day was observed. */
export interface EstimateDay {
  metrics: DayMetrics | null;
  /** Share 0–1 of the counted window observed (for the team: by anyone). */
  coverage: number;
  /** For the team estimate: every agent who worked the day has a file covering it. */
  complete?: boolean;
}

export type DayOutcome = 'pass' | 'fail' | 'unsure' | 'not-assessed';
/** What a day's value rests on: 平台 / 团队合并估算 / 本客服估算, or nothing. */
export type VerdictBasis = 'platform' | 'team' | 'agent' | 'none';
/** Why a day is unsure. */
export type UnsureReason = 'no-threshold' | 'no-data' | 'partial' | 'team-incomplete' | 'agent-only' | 'drawn-disagrees' | 'page-inferred';

export interface VerdictDay {
  day: BeijingDay;
  /** The rate the outcome rests on (null: none). */
  value: number | null;
  basis: VerdictBasis;
  outcome: DayOutcome;
  reason?: UnsureReason;
  /** Buyers that day on the same basis (the platform's 咨询人数 when it has it). */
  buyers: number | null;
  /** Observed share behind an estimate (null on the platform's figures). */
  coverage: number | null;
  /** On this agent's estimate in a shop with several agents: what it says for this agent alone. */
  agentOutcome?: 'pass' | 'fail' | 'not-assessed';
}

export interface SignupVerdict {
  rule: SignupRule;
  outcome: 'pass' | 'fail' | 'unsure';
  /** The bases the days rest on, in the order platform, team, agent ('none' only when nothing). */
  basis: VerdictBasis[];
  /** Set when the verdict is unsure only because the days rest on this agent alone in a multi-agent shop. */
  agentOnly?: { outcome: 'pass' | 'fail' };
  days: VerdictDay[];
  /** The first day from today whose checked days all pass (today and later assumed reachable). */
  earliestDay: BeijingDay;
}

export interface VerdictInput {
  rule: SignupRule;
  today: BeijingDay;
  platform?: Readonly<Record<BeijingDay, PlatformDay | undefined>>;
  team?: Readonly<Record<BeijingDay, EstimateDay | undefined>>;
  agent?: Readonly<Record<BeijingDay, EstimateDay | undefined>>;
  /** Agents serving the shop (team settings, or accounts seen); 0 or 1: this agent is the shop. */
  shop: { agentCount: number };
  minCoverage?: number;
  /** Whether today's figures so far meet the rule (false pushes the earliest day past today's window). */
  todayPasses?: boolean;
}

type Judged = Pick<VerdictDay, 'outcome' | 'reason' | 'agentOutcome'>;

function compare(value: number | null, threshold: number | null): Judged {
  if (value === null) return { outcome: 'not-assessed' };
  if (threshold === null) return { outcome: 'unsure', reason: 'no-threshold' };
  return { outcome: value >= threshold ? 'pass' : 'fail' };
}

/** An estimate judged by the rule: buyers at or below the rule's minimum mean not assessed. */
function judgeEstimate(e: EstimateDay, preset: SignupPreset, threshold: number | null, minCoverage: number): Judged {
  if (e.metrics === null && e.coverage <= 0) return { outcome: 'unsure', reason: 'no-data' };
  if (e.coverage < minCoverage) return { outcome: 'unsure', reason: 'partial' };
  if (preset.minBuyers !== null && (e.metrics?.buyers ?? 0) <= preset.minBuyers) return { outcome: 'not-assessed' };
  const rate = estimateRate(e.metrics, preset);
  // Messages counted but no figure for this rule (an aggregate stored before the robot-counted rate): unknown, not a pass.
  if (rate === null && (e.metrics?.messages ?? 0) > 0) return { outcome: 'unsure', reason: 'no-data' };
  const judged = compare(rate, threshold);
  // A pass that needs replies inferred from the page's 已回复 group rests on what the page draws: unsure, never a pass.
  const certain = e.metrics?.certain;
  if (judged.outcome === 'pass' && certain && threshold !== null) {
    const certainRate = estimateRate({ ...e.metrics!, ...certain }, preset);
    if (certainRate === null || certainRate < threshold) return { outcome: 'unsure', reason: 'page-inferred' };
  }
  return judged;
}

function fromEstimate(day: BeijingDay, e: EstimateDay, basis: 'team' | 'agent', judged: Judged, preset: SignupPreset): VerdictDay {
  return { day, value: estimateRate(e.metrics, preset), basis, buyers: e.metrics?.buyers ?? null, coverage: e.coverage, ...judged };
}

/** The estimate a day rests on: the team's, else this agent's (unsure in a multi-agent shop). */
function estimateDay(day: BeijingDay, input: VerdictInput, preset: SignupPreset, minCoverage: number): VerdictDay {
  const threshold = input.rule.threshold;
  const team = input.team?.[day];
  if (team) {
    const judged = judgeEstimate(team, preset, threshold, minCoverage);
    if (team.complete === false && judged.outcome !== 'unsure') return fromEstimate(day, team, 'team', { outcome: 'unsure', reason: 'team-incomplete' }, preset);
    return fromEstimate(day, team, 'team', judged, preset);
  }
  const agent = input.agent?.[day];
  if (!agent) return { day, value: null, basis: 'none', outcome: 'unsure', reason: 'no-data', buyers: null, coverage: null };
  const judged = judgeEstimate(agent, preset, threshold, minCoverage);
  if (input.shop.agentCount > 1 && judged.outcome !== 'unsure') {
    return fromEstimate(day, agent, 'agent', { outcome: 'unsure', reason: 'agent-only', agentOutcome: judged.outcome }, preset);
  }
  return fromEstimate(day, agent, 'agent', judged, preset);
}

/** A platform figure read from the response decides; one drawn from the text may only make the day unsure. */
function judgeDay(day: BeijingDay, input: VerdictInput, preset: SignupPreset, minCoverage: number): VerdictDay {
  const platform = input.platform?.[day];
  const consult = platform?.figures.consultUsers ?? null;
  const rate = platformRate(platform?.figures, preset);
  const notAssessed = preset.minBuyers !== null && consult !== null && consult <= preset.minBuyers;
  const decided: VerdictDay | null =
    platform && (rate !== null || notAssessed)
      ? { day, value: rate, basis: 'platform', buyers: consult, coverage: null, ...(notAssessed ? { outcome: 'not-assessed' } : compare(rate, input.rule.threshold)) }
      : null;
  if (decided && platform!.via === 'response') return decided;
  const estimate = estimateDay(day, input, preset, minCoverage);
  if (!decided || decided.outcome === estimate.outcome || estimate.outcome === 'unsure') return estimate;
  return { ...estimate, outcome: 'unsure', reason: 'drawn-disagrees' };
}

const ok = (d: VerdictDay) => d.outcome === 'pass' || d.outcome === 'not-assessed';
const BASES: readonly VerdictBasis[] = ['platform', 'team', 'agent'];

/**
 * The first day from `today` whose `span` days before all pass: a day checked
 * and not passing pushes it past that day's window; so does today when its
 * figures so far do not pass and the candidate's window holds it. Later days
 * are assumed to pass (they can still be made to).
 */
function earliest(today: BeijingDay, days: readonly VerdictDay[], span: number, todayPasses: boolean): BeijingDay {
  const last = days.filter((d) => !ok(d)).map((d) => d.day).sort().at(-1);
  if (last === undefined) return today;
  const after = addDays(last, span + 1);
  if (after <= today) return today;
  return todayPasses ? after : addDays(today, span + 1);
}

/** The signup verdict of the rule over the days it checks before `today`. */
export function signupVerdict(input: VerdictInput): SignupVerdict {
  const preset = SIGNUP_PRESETS[input.rule.preset];
  const minCoverage = input.minCoverage ?? SIGNUP_MIN_COVERAGE;
  const checked = Array.from({ length: preset.days }, (_, i) => addDays(input.today, i - preset.days));
  const days = checked.map((day) => judgeDay(day, input, preset, minCoverage));
  const outcome = days.some((d) => d.outcome === 'fail') ? 'fail' : days.every(ok) ? 'pass' : 'unsure';
  const used = BASES.filter((b) => days.some((d) => d.basis === b));
  const verdict: SignupVerdict = { rule: input.rule, outcome, basis: used.length > 0 ? used : ['none'], days, earliestDay: earliest(input.today, days, preset.days, input.todayPasses ?? true) };
  const agentDays = days.filter((d) => d.reason === 'agent-only');
  if (outcome === 'unsure' && agentDays.length > 0 && days.every((d) => ok(d) || d.reason === 'agent-only')) {
    verdict.agentOnly = { outcome: agentDays.some((d) => d.agentOutcome === 'fail') ? 'fail' : 'pass' };
  }
  return verdict;
}
