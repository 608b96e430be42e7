/**
 * The team report: every agent's team day files of a shop merged into the
 * shop's figures. Pure: no storage, no browser.
 *
 * - Shop-wide figures of a day are `dayMetrics` over the UNION of all agents'
 *   events, deduplicated by message id (ids are hashed with the shop's salt,
 *   so the same message has the same id in every agent's file). A buyer
 *   served by two agents counts once; a reply by either agent answers the
 *   buyer (a transferred conversation is one conversation). Rates are never
 *   averaged over agents.
 * - The same file imported twice (or two files of one agent overlapping)
 *   changes nothing: events are deduplicated, and an agent's coverage and
 *   guard counts of a day come from the newest file covering that day.
 * - Coverage: a minute of the shop is observed when any agent's chat page
 *   was open. A day some known agent has no file for is incomplete: its
 *   signup verdict is 'insufficient' whatever the union says.
 * - Files of different shops never mix: one report per shop.
 */
import type { BeijingDay, CountedWindow } from '../clock';
import type { ChatEvent } from '../events';
import type { DayMetrics } from '../metrics';
import type { DayGuard, TeamDayFile } from './day-file';
import { toChatEvent } from './day-file';
import { agentByDay, dayList, EventUnion, metricsOfDay, missingHours, observed, push, unionSpans, windowMinutes } from './union';

export const TREND_DAYS = 7;

export interface AgentDay {
  day: BeijingDay;
  /** The agent's own figures (their events only). */
  metrics: DayMetrics;
  held: number;
  sentAnyway: number;
  /** Observed share of the counted window; null when no file of the agent covers the day. */
  coverage: number | null;
}

export interface AgentReport {
  id: string;
  name?: string;
  /** One per report day, in order. */
  days: AgentDay[];
}

export interface ShopDay {
  day: BeijingDay;
  /** dayMetrics over the union of every agent's events. */
  metrics: DayMetrics;
  /** Share of the counted window in which at least one agent's chat page was open. */
  coverage: number;
  /** Agents of the shop with no file covering this day. */
  missingAgents: string[];
  /** Agents whose file covers the day but whose chat page was never open in the window. */
  absentAgents: string[];
  /** Hours of the counted window nobody watched for at least 90 % of it. */
  missingHours: number[];
  held: number;
  sentAnyway: number;
}

export interface ShopReport {
  shop: { id: string; name?: string };
  /** Every day some file covers, oldest first. */
  days: BeijingDay[];
  shopDays: ShopDay[];
  agents: AgentReport[];
  /** Files of this shop that were already imported (same agent, export time and days). */
  duplicateFiles: number;
  /** Copies of a message id whose time differs between files (lib/team/conflicts.ts names the files). */
  differingTimes: number;
  /** Set in team settings and more than the agents found: files still missing. */
  expectedAgents: number;
}

export interface MergeOptions {
  window: CountedWindow;
  /** Agents the shop has (team settings; 0 = unknown). */
  expectedAgents?: number;
  /** Hears the share of the merge done, 0–1 (the Team page's progress bar). */
  onProgress?: (share: number) => void;
}

/** A file's identity: the same agent, export time, days and event count is the same file. */
export function fileFingerprint(file: TeamDayFile): string {
  return JSON.stringify([file.shop.id, file.agent.id, file.exportedAt, file.days.from, file.days.to, file.events.length]);
}

interface AgentAcc {
  id: string;
  name?: string;
  /** The events of each of the agent's files (one copy per message id within a file: the store's key). */
  lists: ChatEvent[][];
  /** Per day, the newest file covering it. */
  newest: Map<BeijingDay, TeamDayFile>;
}

/** The files of one shop gathered: each file once, events by agent, the newest file of each agent's day. */
interface Gathered {
  shop: ShopReport['shop'];
  agents: Map<string, AgentAcc>;
  shopUnion: EventUnion;
  duplicateFiles: number;
}

function gather(files: readonly TeamDayFile[]): Gathered {
  const seen = new Set<string>();
  const gathered: Gathered = { shop: { id: files[0]?.shop.id ?? '' }, agents: new Map(), shopUnion: new EventUnion(), duplicateFiles: 0 };
  for (const file of files) {
    const fingerprint = fileFingerprint(file);
    if (seen.has(fingerprint)) {
      gathered.duplicateFiles += 1;
      continue;
    }
    seen.add(fingerprint);
    if (file.shop.name) gathered.shop = { id: file.shop.id, name: file.shop.name };
    let agent = gathered.agents.get(file.agent.id);
    if (!agent) {
      agent = { id: file.agent.id, lists: [], newest: new Map() };
      gathered.agents.set(file.agent.id, agent);
    }
    if (file.agent.name) agent.name = file.agent.name;
    const events = file.events.map(toChatEvent);
    gathered.shopUnion.add(events);
    agent.lists.push(events);
    for (const day of dayList(file.days.from, file.days.to)) {
      const kept = agent.newest.get(day);
      if (!kept || file.exportedAt > kept.exportedAt) agent.newest.set(day, file);
    }
  }
  return gathered;
}

const guardOf = (file: TeamDayFile | undefined, day: BeijingDay): DayGuard | undefined => file?.guard.find((g) => g.day === day);
const spansOf = (file: TeamDayFile | undefined, day: BeijingDay) => file?.coverage.find((c) => c.day === day)?.spans ?? [];

/** One agent's figures, guard counts and coverage on each report day (their own events only). */
function agentReport(agent: AgentAcc, days: readonly BeijingDay[], window: CountedWindow): AgentReport {
  const byDay = agentByDay(agent.lists);
  const minutes = windowMinutes(window);
  return {
    id: agent.id,
    ...(agent.name ? { name: agent.name } : {}),
    days: days.map((day) => {
      const file = agent.newest.get(day);
      const guard = guardOf(file, day);
      return {
        day,
        metrics: metricsOfDay(byDay, day, window),
        held: guard?.held ?? 0,
        sentAnyway: guard?.sentAnyway ?? 0,
        coverage: file ? observed(unionSpans(spansOf(file, day)), minutes.from, minutes.to) / minutes.length : null,
      };
    }),
  };
}

/** The shop's `i`-th report day: figures over the union, coverage by anyone, who is missing. */
function shopDay(day: BeijingDay, i: number, gathered: Gathered, shopByDay: Map<BeijingDay, ChatEvent[]>, agentReports: readonly AgentReport[], window: CountedWindow): ShopDay {
  const spans = unionSpans([...gathered.agents.values()].flatMap((a) => spansOf(a.newest.get(day), day)));
  const minutes = windowMinutes(window);
  return {
    day,
    metrics: metricsOfDay(shopByDay, day, window),
    coverage: observed(spans, minutes.from, minutes.to) / minutes.length,
    missingAgents: agentReports.filter((a) => a.days[i]!.coverage === null).map((a) => a.id),
    absentAgents: agentReports.filter((a) => a.days[i]!.coverage === 0).map((a) => a.id),
    missingHours: missingHours(spans, window),
    held: agentReports.reduce((n, a) => n + a.days[i]!.held, 0),
    sentAnyway: agentReports.reduce((n, a) => n + a.days[i]!.sentAnyway, 0),
  };
}

/** Every day from the first to the last some agent's file covers. */
function reportDays(agents: Iterable<AgentAcc>): BeijingDay[] {
  const covered = [...new Set([...agents].flatMap((a) => [...a.newest.keys()]))].sort();
  return covered.length > 0 ? dayList(covered[0]!, covered[covered.length - 1]!) : [];
}

const byAgentName = (a: AgentAcc, b: AgentAcc) => (a.name ?? a.id).localeCompare(b.name ?? b.id) || a.id.localeCompare(b.id);

/** The team report of one shop's files (all files must be of that shop). */
export function mergeShop(files: readonly TeamDayFile[], options: MergeOptions): ShopReport {
  const { window, onProgress } = options;
  const gathered = gather(files);
  const days = reportDays(gathered.agents.values());
  // Progress: each agent's days, then the shop's days (about half the work each).
  const agents = [...gathered.agents.values()].sort(byAgentName).map((agent, i, all) => (onProgress?.(i / (all.length + 1)), agentReport(agent, days, window)));
  const shopByDay = gathered.shopUnion.byDay();
  const shopDays = days.map((day, i) => shopDay(day, i, gathered, shopByDay, agents, window));
  onProgress?.(1);
  const expectedAgents = Math.max(0, Math.floor(options.expectedAgents ?? 0));
  return {
    shop: gathered.shop,
    days,
    shopDays,
    agents,
    duplicateFiles: gathered.duplicateFiles,
    differingTimes: gathered.shopUnion.differing,
    expectedAgents,
  };
}

/** One report per shop, shops in order of name. */
export function mergeTeamFiles(files: readonly TeamDayFile[], options: MergeOptions): ShopReport[] {
  const byShop = new Map<string, TeamDayFile[]>();
  for (const file of files) push(byShop, file.shop.id, file);
  const { onProgress } = options;
  return [...byShop.values()]
    .map((shopFiles, i, shops) => mergeShop(shopFiles, { ...options, onProgress: onProgress && ((share) => onProgress((i + share) / shops.length)) }))
    .sort((a, b) => (a.shop.name ?? a.shop.id).localeCompare(b.shop.name ?? b.shop.id));
}

/** The last `n` report days ending at the report's last day (for the per-agent trend). */
export function trendDays(report: ShopReport, n = TREND_DAYS): BeijingDay[] {
  return report.days.slice(-n);
}
