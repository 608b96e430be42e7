/**
 * The board's documents: exactly what a team day file holds (lib/team/day-file.ts),
 * cut into documents with deterministic ids, so the same event is always the
 * same document and replicating it twice changes nothing.
 *
 *   ev:<agent>:<message>   one chat event: kind, hashed conversation/buyer/message, time
 *   day:<agent>:<day>      one day of one agent: coverage minutes and spans, guard counts, names
 *   status:<agent>         the agent's live status (lib/team/board/status.ts)
 *
 * `agent` is the agent's user name on the shop's server (the writer the
 * server's validate_doc_update checks); `agentId` and `shop` are the
 * platform's ids as the day file has them. Never message text.
 * Pure: no storage, no browser.
 */
import type { BeijingDay } from '../../clock';
import { beijingDay } from '../../clock';
import type { ChatEventKind } from '../../events';
import type { FileEvent, TeamDayFile } from '../day-file';
import { TEAM_DAY_FILE_FORMAT, TEAM_DAY_FILE_VERSION, toChatEvent, toFileEvent } from '../day-file';

interface DocBase {
  _id: string;
  _rev?: string;
  agent: string;
  shop: string;
  agentId: string;
}

export interface EventDoc extends DocBase {
  type: 'event';
  kind: ChatEventKind;
  conversation: string;
  buyer: string;
  message: string;
  at: number;
  /** A human reply inferred from the page's grouping (ChatEvent.inferred): counted, never deciding a verdict. */
  inferred?: true;
}

export interface DayDoc extends DocBase {
  type: 'day';
  shopName?: string;
  agentName?: string;
  day: BeijingDay;
  startHour: number;
  endHour: number;
  minutes: number;
  spans: Array<[number, number]>;
  held: number;
  warned: number;
  sentAnyway: number;
  updatedAt: number;
}

export interface StatusDoc extends DocBase {
  type: 'status';
  agentName?: string;
  online: boolean;
  /** Buyers awaiting a human reply now, and how many of them in each wait stage (index = stage level). */
  waiting: { total: number; byStage: number[] };
  longestWaitSince: number | null;
  /** Messages the guard held today. */
  held: number;
  updatedAt: number;
}

export type BoardDoc = EventDoc | DayDoc | StatusDoc;

export const eventDocId = (agent: string, message: string): string => `ev:${agent}:${message}`;
export const dayDocId = (agent: string, day: BeijingDay): string => `day:${agent}:${day}`;
export const statusDocId = (agent: string): string => `status:${agent}`;

/** One event of a day file as its document. */
export function eventDoc(agent: string, file: Pick<TeamDayFile, 'shop' | 'agent'>, e: FileEvent): EventDoc {
  const { kind, conversationId: conversation, buyerId: buyer, messageId: message, at, inferred } = toChatEvent(e);
  return { _id: eventDocId(agent, message), type: 'event', agent, shop: file.shop.id, agentId: file.agent.id, kind, conversation, buyer, message, at, ...(inferred ? { inferred } : {}) };
}

/** Each day of a day file as its document (a day with neither coverage nor guard counts has none). */
export function dayDocs(agent: string, file: TeamDayFile): DayDoc[] {
  const days = new Set([...file.coverage.map((c) => c.day), ...file.guard.map((g) => g.day)]);
  return [...days].sort().map((day) => {
    const c = file.coverage.find((x) => x.day === day);
    const g = file.guard.find((x) => x.day === day);
    return {
      _id: dayDocId(agent, day),
      type: 'day',
      agent,
      shop: file.shop.id,
      agentId: file.agent.id,
      ...(file.shop.name ? { shopName: file.shop.name } : {}),
      ...(file.agent.name ? { agentName: file.agent.name } : {}),
      day,
      startHour: file.countedWindow.startHour,
      endHour: file.countedWindow.endHour,
      minutes: c?.minutes ?? 0,
      spans: (c?.spans ?? []).map(([a, b]) => [a, b] as [number, number]),
      held: g?.held ?? 0,
      warned: g?.warned ?? 0,
      sentAnyway: g?.sentAnyway ?? 0,
      updatedAt: file.exportedAt,
    };
  });
}

/** A whole day file as documents: its events and its days. */
export function dayFileDocs(agent: string, file: TeamDayFile): Array<EventDoc | DayDoc> {
  return [...file.events.map((e) => eventDoc(agent, file, e)), ...dayDocs(agent, file)];
}

/** The same content (revision and time aside, in any key order): an unchanged document is not written again. */
export function sameContent(a: BoardDoc, b: BoardDoc): boolean {
  const text = (d: BoardDoc) =>
    JSON.stringify(
      Object.keys(d)
        .filter((k) => k !== '_rev' && k !== 'updatedAt')
        .sort()
        .map((k) => [k, d[k as keyof BoardDoc]]),
    );
  return text(a) === text(b);
}

/**
 * The day files the documents make again, one per agent (writer): what the
 * Team page's merge (lib/team/merge.ts) takes from imported files. Events are
 * placed on their Beijing day; days with no day document have no coverage.
 */
export function docsToDayFiles(docs: Iterable<BoardDoc>, now: number): TeamDayFile[] {
  const byAgent = new Map<string, { events: FileEvent[]; days: DayDoc[]; shop: string; agentId: string }>();
  for (const d of docs) {
    if (d.type === 'status') continue;
    let a = byAgent.get(d.agent);
    if (!a) byAgent.set(d.agent, (a = { events: [], days: [], shop: d.shop, agentId: d.agentId }));
    if (d.type === 'event') a.events.push(toFileEvent({ kind: d.kind, conversationId: d.conversation, buyerId: d.buyer, messageId: d.message, at: d.at, ...(d.inferred ? { inferred: d.inferred } : {}) }));
    else a.days.push(d);
  }
  return [...byAgent.values()].map((a) => toDayFile(a, now));
}

function toDayFile(a: { events: FileEvent[]; days: DayDoc[]; shop: string; agentId: string }, now: number): TeamDayFile {
  const days = a.days.sort((x, y) => x.day.localeCompare(y.day));
  const eventDays = a.events.map((e) => beijingDay(e[4])).sort();
  const all = [...days.map((d) => d.day), ...eventDays].sort();
  const today = beijingDay(now);
  const last = days.at(-1);
  return {
    format: TEAM_DAY_FILE_FORMAT,
    version: TEAM_DAY_FILE_VERSION,
    exportedAt: Math.max(now, ...days.map((d) => d.updatedAt)),
    shop: { id: a.shop, ...(last?.shopName ? { name: last.shopName } : {}) },
    agent: { id: a.agentId, ...(last?.agentName ? { name: last.agentName } : {}) },
    days: { from: all[0] ?? today, to: all.at(-1) ?? today },
    countedWindow: { startHour: last?.startHour ?? 8, endHour: last?.endHour ?? 23 },
    coverage: days.map((d) => ({ day: d.day, minutes: d.minutes, spans: d.spans })),
    guard: days.filter((d) => d.held + d.warned + d.sentAnyway > 0).map((d) => ({ day: d.day, held: d.held, warned: d.warned, sentAnyway: d.sentAnyway })),
    events: a.events.sort((x, y) => x[4] - y[4]),
  };
}
