/**
 * The live board (Team page, 实时 tab) from the documents of a shop's
 * database: each agent's live status beside their figures of today, and the
 * shop-wide figures of today with the signup verdict. The figures are the
 * Team page's own merge (lib/team/merge.ts) over the day files the documents
 * make again (docsToDayFiles), so the board and the imported files can never
 * disagree. Pure: no storage, no browser.
 */
import { addDays, beijingDay } from '../../clock';
import { SIGNUP_CHECK_DAYS } from '../../rules';
import type { BeijingDay, CountedWindow } from '../../clock';
import type { DayMetrics } from '../../metrics';
import { mergeShop } from '../merge';
import type { ShopReport } from '../merge';
import type { BoardDoc, StatusDoc } from './docs';
import { docsToDayFiles } from './docs';
import { seenOnline } from './status';

export interface BoardAgent {
  /** The agent's user name on the shop's server. */
  user: string;
  name: string;
  online: boolean;
  waiting: number;
  /** Of those, past the first threshold. */
  waitingOver: number;
  /** How long the longest-waiting buyer has waited, ms; null when nobody waits. */
  longestWaitMs: number | null;
  heldToday: number;
  today: DayMetrics | null;
  /** When the agent's status was last written, null when never. */
  statusAt: number | null;
}

export interface Board {
  /** The Beijing day of `now`: the board's "today". */
  day: BeijingDay;
  shop: { id: string; name?: string } | null;
  agents: BoardAgent[];
  /** The shop's figures of today: every agent's events merged (a buyer once). */
  today: DayMetrics | null;
  /** Today's observed share of the counted window (any agent's chat page open). */
  todayCoverage: number;
  /** The merged shop report the signup verdict is judged on (components/team/Signup.tsx: the one verdict). */
  report: ShopReport | null;
  waitingNow: number;
  onlineNow: number;
  /** Newest document time the board has seen (for "updated … ago"). */
  newestAt: number | null;
}

export interface BoardOptions {
  /** The board's "today" is the Beijing day of this instant: a page left open past midnight turns to the new day. */
  now: number;
  window: CountedWindow;
  expectedAgents?: number;
}

/**
 * What the board shows that only the documents and the day decide: the merged
 * figures (documents → day files → the Team page's merge: the costly part),
 * each agent's status document and figures of today. Rebuilt when the
 * documents change or the Beijing day turns, never by the clock alone.
 */
export interface BoardFigures {
  day: BeijingDay;
  shop: Board['shop'];
  report: ShopReport | null;
  statuses: ReadonlyMap<string, StatusDoc>;
  /** Every agent (user) with their name and today's figures, in no order. */
  agents: ReadonlyArray<{ user: string; name: string; today: DayMetrics | null }>;
  today: DayMetrics | null;
  todayCoverage: number;
  newestAt: number | null;
}

/** The board's figures from every document of the shop's database, on the Beijing day of `options.now`. */
export function boardFigures(docs: readonly BoardDoc[], options: BoardOptions): BoardFigures {
  const statuses = new Map<string, StatusDoc>();
  for (const d of docs) if (d.type === 'status') statuses.set(d.agent, d);
  const today = beijingDay(options.now);
  const files = docsToDayFiles(docs, options.now);
  const report = files.length ? mergeShop(files, { window: options.window, expectedAgents: options.expectedAgents ?? 0 }) : null;
  const todayIndex = report ? report.days.indexOf(today) : -1;
  const users = new Set<string>([...statuses.keys()]);
  const userOfAgentId = new Map<string, string>();
  for (const d of docs) {
    users.add(d.agent);
    userOfAgentId.set(d.agentId, d.agent);
  }
  const agents = [...users].map((user) => {
    const status = statuses.get(user);
    const agentId = status?.agentId ?? [...userOfAgentId].find(([, u]) => u === user)?.[0];
    const fromReport = report?.agents.find((a) => a.id === agentId);
    return { user, name: status?.agentName ?? fromReport?.name ?? user, today: todayIndex >= 0 ? (fromReport?.days[todayIndex]?.metrics ?? null) : null };
  });
  const todayShop = todayIndex >= 0 ? report!.shopDays[todayIndex]! : null;
  return {
    day: today,
    shop: report?.shop ?? (statuses.size ? { id: [...statuses.values()][0]!.shop } : null),
    report,
    statuses,
    agents,
    today: todayShop?.metrics ?? null,
    todayCoverage: todayShop?.coverage ?? 0,
    newestAt: newestTime(docs),
  };
}

/** The board at `now` from its figures: who is online, waiting now, the longest wait (what the clock alone changes; cheap). */
export function boardAt(figures: BoardFigures, now: number): Board {
  const agents = figures.agents.map((a): BoardAgent => {
    const status = figures.statuses.get(a.user);
    const online = seenOnline(status, now);
    const since = online ? (status?.longestWaitSince ?? null) : null;
    return {
      user: a.user,
      name: a.name,
      online,
      waiting: online ? (status?.waiting.total ?? 0) : 0,
      waitingOver: online ? (status?.waiting.byStage[1] ?? 0) : 0,
      longestWaitMs: since === null ? null : Math.max(0, now - since),
      heldToday: status?.held ?? 0,
      today: a.today,
      statusAt: status?.updatedAt ?? null,
    };
  });
  agents.sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name) || a.user.localeCompare(b.user));
  const { day, shop, today, todayCoverage, report, newestAt } = figures;
  return { day, shop, agents, today, todayCoverage, report, newestAt, waitingNow: agents.reduce((n, a) => n + a.waiting, 0), onlineNow: agents.filter((a) => a.online).length };
}

/**
 * The first Beijing day the board reads at `now`: the signup verdict's check days before today
 * (lib/team/merge.ts signup), then today. Older documents change nothing it shows, so the Team
 * page does not fetch them (follow.ts).
 */
export function boardFirstDay(now: number): BeijingDay {
  return addDays(beijingDay(now), -SIGNUP_CHECK_DAYS);
}

/** The board from every document of the shop's database, at `options.now`. */
export function buildBoard(docs: readonly BoardDoc[], options: BoardOptions): Board {
  return boardAt(boardFigures(docs, options), options.now);
}

function newestTime(docs: readonly BoardDoc[]): number | null {
  let newest: number | null = null;
  for (const d of docs) {
    const t = d.type === 'event' ? d.at : d.updatedAt;
    if (newest === null || t > newest) newest = t;
  }
  return newest;
}
