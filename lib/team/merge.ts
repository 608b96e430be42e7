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
import { addDays } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { ChatEvent } from '../events';
import { dayMetrics } from '../metrics';
import type { DayMetrics, SignupCheck, SignupDay } from '../metrics';
import { signupCheck } from '../metrics';
import { SIGNUP_CHECK_DAYS } from '../rules';
import type { DayGuard, TeamDayFile } from './day-file';

export const TREND_DAYS = 7;
/** An hour counts as watched when at least this share of its minutes was observed (the 90 % rule per hour). */
export const HOUR_COVERED_SHARE = 0.9;

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
  /** The 3 days before `today` (RULES.md §1), from the shop-wide figures. */
  signup: SignupCheck;
  /** Files of this shop that were already imported (same agent, export time and days). */
  duplicateFiles: number;
  /** Set in team settings and more than the agents found: files still missing. */
  expectedAgents: number;
}

export interface MergeOptions {
  today: BeijingDay;
  requiredRate: number;
  window: CountedWindow;
  /** Agents the shop has (team settings; 0 = unknown). */
  expectedAgents?: number;
}

/** Appends to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Events by Beijing day, one copy per message id (the earliest, as dedupeEvents keeps). */
export class EventUnion {
  private readonly byId = new Map<string, ChatEvent>();

  add(events: Iterable<ChatEvent>): void {
    for (const e of events) {
      const kept = this.byId.get(e.messageId);
      if (!kept || e.at < kept.at) this.byId.set(e.messageId, e);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** The union bucketed by Beijing day. */
  byDay(): Map<BeijingDay, ChatEvent[]> {
    const out = new Map<BeijingDay, ChatEvent[]>();
    for (const e of this.byId.values()) push(out, dayOfMs(e.at), e);
    return out;
  }
}

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;
/** Beijing day of an instant, cached per day start (called once per event; clock.beijingDay formats a Date each time). */
const dayCache = new Map<number, BeijingDay>();
function dayOfMs(at: number): BeijingDay {
  const index = Math.floor((at + OFFSET_MS) / DAY_MS);
  let day = dayCache.get(index);
  if (day === undefined) {
    day = new Date(index * DAY_MS).toISOString().slice(0, 10);
    if (dayCache.size > 4000) dayCache.clear();
    dayCache.set(index, day);
  }
  return day;
}

/**
 * A day's figures from day-bucketed events: the day's, and the next day's
 * human replies (one after midnight may answer a message of the day). The
 * next day's buyer and robot events cannot change the day's figures (a
 * message counts on the day it was sent; robots answer nothing), so they are
 * left out: dayMetrics gives the same result on less input.
 */
function metricsOfDay(byDay: Map<BeijingDay, ChatEvent[]>, day: BeijingDay, window: CountedWindow): DayMetrics {
  const events = [...(byDay.get(day) ?? [])];
  for (const e of byDay.get(addDays(day, 1)) ?? []) if (e.kind === 'human') events.push(e);
  return dayMetrics(events, day, { window });
}

/** Merges observed minute spans. */
function unionSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function observed(spans: Array<[number, number]>, from: number, to: number): number {
  let total = 0;
  for (const [a, b] of spans) total += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return total;
}

/** Every day from `from` to `to`, inclusive. */
function dayList(from: BeijingDay, to: BeijingDay): BeijingDay[] {
  const out: BeijingDay[] = [];
  for (let d = from; d <= to && out.length < 4000; d = addDays(d, 1)) out.push(d);
  return out;
}

/** An agent's events by day; a union only when the agent has several files (re-exports overlap). */
function agentByDay(lists: ChatEvent[][]): Map<BeijingDay, ChatEvent[]> {
  if (lists.length !== 1) {
    const union = new EventUnion();
    for (const list of lists) union.add(list);
    return union.byDay();
  }
  const out = new Map<BeijingDay, ChatEvent[]>();
  for (const e of lists[0]!) push(out, dayOfMs(e.at), e);
  return out;
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

const toEvent = (e: TeamDayFile['events'][number]): ChatEvent => ({ kind: e[0], conversationId: e[1], buyerId: e[2], messageId: e[3], at: e[4] });

/** The team report of one shop's files (all files must be of that shop). */
export function mergeShop(files: readonly TeamDayFile[], options: MergeOptions): ShopReport {
  const { window, today } = options;
  const seen = new Set<string>();
  let duplicateFiles = 0;
  const shopUnion = new EventUnion();
  const agents = new Map<string, AgentAcc>();
  let shop: ShopReport['shop'] = { id: files[0]?.shop.id ?? '' };
  for (const file of files) {
    const fingerprint = fileFingerprint(file);
    if (seen.has(fingerprint)) {
      duplicateFiles += 1;
      continue;
    }
    seen.add(fingerprint);
    if (file.shop.name) shop = { id: file.shop.id, name: file.shop.name };
    let agent = agents.get(file.agent.id);
    if (!agent) {
      agent = { id: file.agent.id, lists: [], newest: new Map() };
      agents.set(file.agent.id, agent);
    }
    if (file.agent.name) agent.name = file.agent.name;
    const events = file.events.map(toEvent);
    shopUnion.add(events);
    agent.lists.push(events);
    for (const day of dayList(file.days.from, file.days.to)) {
      const kept = agent.newest.get(day);
      if (!kept || file.exportedAt > kept.exportedAt) agent.newest.set(day, file);
    }
  }

  const allDays = [...new Set([...agents.values()].flatMap((a) => [...a.newest.keys()]))].sort();
  const days = allDays.length > 0 ? dayList(allDays[0]!, allDays[allDays.length - 1]!) : [];
  const windowFrom = window.startHour * 60;
  const windowTo = window.endHour * 60;
  const windowMinutes = Math.max(1, windowTo - windowFrom);
  const guardOf = (file: TeamDayFile | undefined, day: BeijingDay): DayGuard | undefined => file?.guard.find((g) => g.day === day);
  const spansOf = (file: TeamDayFile | undefined, day: BeijingDay) => file?.coverage.find((c) => c.day === day)?.spans ?? [];

  const agentReports: AgentReport[] = [...agents.values()]
    .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id) || a.id.localeCompare(b.id))
    .map((agent) => {
      const byDay = agentByDay(agent.lists);
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
            coverage: file ? observed(unionSpans(spansOf(file, day)), windowFrom, windowTo) / windowMinutes : null,
          };
        }),
      };
    });

  const shopByDay = shopUnion.byDay();
  const shopDays: ShopDay[] = days.map((day, i) => {
    const spans = unionSpans([...agents.values()].flatMap((a) => spansOf(a.newest.get(day), day)));
    const missingHours: number[] = [];
    for (let h = window.startHour; h < window.endHour; h += 1) {
      if (observed(spans, h * 60, h * 60 + 60) < 60 * HOUR_COVERED_SHARE) missingHours.push(h);
    }
    const missingAgents = agentReports.filter((a) => a.days[i]!.coverage === null).map((a) => a.id);
    const absentAgents = agentReports.filter((a) => a.days[i]!.coverage === 0).map((a) => a.id);
    return {
      day,
      metrics: metricsOfDay(shopByDay, day, window),
      coverage: observed(spans, windowFrom, windowTo) / windowMinutes,
      missingAgents,
      absentAgents,
      missingHours,
      held: agentReports.reduce((n, a) => n + a.days[i]!.held, 0),
      sentAnyway: agentReports.reduce((n, a) => n + a.days[i]!.sentAnyway, 0),
    };
  });

  const expectedAgents = Math.max(0, Math.floor(options.expectedAgents ?? 0));
  return {
    shop,
    days,
    shopDays,
    agents: agentReports,
    signup: shopSignup(shopDays, today, options.requiredRate, expectedAgents > agents.size),
    duplicateFiles,
    expectedAgents,
  };
}

/**
 * The shop's signup check for the 3 days before `today`: lib/metrics'
 * signupCheck on the shop-wide figures and coverage, with a day made
 * 'insufficient' when a known agent has no file for it (or team settings
 * name more agents than the files): the missing agent's buyers are not in
 * the union, so neither a pass nor a fail can be claimed.
 */
export function shopSignup(shopDays: readonly ShopDay[], today: BeijingDay, requiredRate: number, agentsMissing = false): SignupCheck {
  const byDay = new Map(shopDays.map((d) => [d.day, d]));
  const checkDays = Array.from({ length: SIGNUP_CHECK_DAYS }, (_, i) => addDays(today, i - SIGNUP_CHECK_DAYS));
  const check = signupCheck(
    checkDays.map((day) => {
      const d = byDay.get(day);
      return { day, metrics: d && (d.metrics.messages > 0 || d.metrics.uncounted > 0) ? d.metrics : null, coverage: d?.coverage ?? 0 };
    }),
    requiredRate,
  );
  const days: SignupDay[] = check.days.map((d) => {
    const incomplete = agentsMissing || (byDay.get(d.day)?.missingAgents.length ?? 0) > 0;
    return incomplete && d.verdict !== 'insufficient' ? { ...d, verdict: 'insufficient', reason: 'partial' } : d;
  });
  const verdict = days.some((d) => d.verdict === 'fail') ? 'fail' : days.some((d) => d.verdict === 'insufficient') ? 'insufficient' : 'pass';
  return { verdict, requiredRate, days };
}

/** One report per shop, shops in order of name. */
export function mergeTeamFiles(files: readonly TeamDayFile[], options: MergeOptions): ShopReport[] {
  const byShop = new Map<string, TeamDayFile[]>();
  for (const file of files) push(byShop, file.shop.id, file);
  return [...byShop.values()]
    .map((shopFiles) => mergeShop(shopFiles, options))
    .sort((a, b) => (a.shop.name ?? a.shop.id).localeCompare(b.shop.name ?? b.shop.id));
}

/** The last `n` report days ending at the report's last day (for the per-agent trend). */
export function trendDays(report: ShopReport, n = TREND_DAYS): BeijingDay[] {
  return report.days.slice(-n);
}
