/**
 * The Team page's signup verdict: lib/signup-verdict.ts on the platform's
 * shop-wide figures and the merged team estimate, with which agent and day
 * pulled it down. A team day is complete only when every agent who worked it
 * was covered: a file for the day and, if they served anyone or opened the
 * chat page, their own chat page open for most of the counted window.
 */
import type { BeijingDay } from '../clock';
import { SIGNUP_MIN_COVERAGE } from '../rules';
import { estimateRate, SIGNUP_PRESETS } from '../signup-rules';
import type { SignupRule } from '../signup-rules';
import { signupVerdict } from '../signup-verdict';
import type { EstimateDay, PlatformDay, SignupVerdict } from '../signup-verdict';
import type { ShopReport } from './merge';

/** An agent's state on a day: no file, worked but partly covered, or covered (or did not work). */
export type AgentCoverage = 'no-file' | 'partial' | 'covered' | 'idle';

export function agentCoverage(report: ShopReport, agentIndex: number, dayIndex: number): AgentCoverage {
  const d = report.agents[agentIndex]!.days[dayIndex]!;
  if (d.coverage === null) return 'no-file';
  const worked = d.coverage > 0 || d.metrics.messages > 0;
  if (!worked) return 'idle';
  return d.coverage >= SIGNUP_MIN_COVERAGE ? 'covered' : 'partial';
}

/** Who pulled a day down: an agent without a file, one partly covered, or the lowest rate. */
export interface PulledDown {
  day: BeijingDay;
  agent: string;
  why: 'no-file' | 'partial' | 'lowest';
  value: number | null;
}

export interface TeamVerdict {
  verdict: SignupVerdict;
  pulledDown: PulledDown | null;
}

function pulledDown(report: ShopReport, verdict: SignupVerdict): PulledDown | null {
  const bad = verdict.days.filter((d) => d.outcome === 'fail' || d.outcome === 'unsure').at(-1);
  const i = bad ? report.days.indexOf(bad.day) : -1;
  if (!bad || i < 0) return null;
  const name = (a: ShopReport['agents'][number]) => a.name ?? a.id;
  for (const why of ['no-file', 'partial'] as const) {
    const a = report.agents.findIndex((_, k) => agentCoverage(report, k, i) === why);
    if (a >= 0) return { day: bad.day, agent: name(report.agents[a]!), why, value: null };
  }
  const preset = SIGNUP_PRESETS[verdict.rule.preset];
  const rated = report.agents
    .map((a) => ({ agent: name(a), value: estimateRate(a.days[i]!.metrics, preset) }))
    .filter((r): r is { agent: string; value: number } => r.value !== null)
    .sort((x, y) => x.value - y.value);
  return rated[0] ? { day: bad.day, ...rated[0], why: 'lowest' } : null;
}

/** The shop's verdict on the Team page: platform figures first, then the merged estimate. */
export function teamVerdict(
  report: ShopReport,
  official: Readonly<Record<BeijingDay, PlatformDay | undefined>>,
  rule: SignupRule,
  today: BeijingDay,
): TeamVerdict {
  const team: Record<BeijingDay, EstimateDay> = {};
  const agentsMissing = report.expectedAgents > report.agents.length;
  report.days.forEach((day, i) => {
    const shop = report.shopDays[i]!;
    const covered = report.agents.every((_, k) => ['covered', 'idle'].includes(agentCoverage(report, k, i)));
    const seen = shop.metrics.messages > 0 || shop.metrics.uncounted > 0;
    team[day] = { metrics: seen ? shop.metrics : null, coverage: shop.coverage, complete: covered && !agentsMissing };
  });
  const verdict = signupVerdict({ rule, today, platform: official, team, shop: { agentCount: Math.max(report.agents.length, report.expectedAgents) } });
  return { verdict, pulledDown: pulledDown(report, verdict) };
}
