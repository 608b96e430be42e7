/**
 * The agent's live status document (status:<agent>): online, buyers waiting
 * now by stage, when the longest wait began, messages held today. Written at
 * most every 15 s while it changes, and re-stamped every 2 minutes while the
 * agent is online so the board can tell a quiet agent from a gone one.
 * Pure: no storage, no browser.
 */
import type { StoredReport } from '../../events';
import { latestLiveReport } from '../../events';
import type { StatusDoc } from './docs';
import { statusDocId } from './docs';

/** Fewest milliseconds between two writes of a changing status. */
export const STATUS_MIN_INTERVAL_MS = 15_000;
/** An unchanged online status is re-stamped this often. */
export const STATUS_HEARTBEAT_MS = 120_000;
/** The board shows an agent offline when the status is older than this (a heartbeat missed, with slack). */
export const STATUS_STALE_MS = STATUS_HEARTBEAT_MS + 60_000;

export interface StatusInput {
  agent: string;
  shop: string;
  agentId: string;
  agentName?: string;
  reports: readonly StoredReport[];
  heldToday: number;
  now: number;
}

/**
 * The status now. Online: a chat tab reported within the last two minutes
 * and its page was recognised. Stages: [within the first threshold, past it]
 * as the chat tab reports them.
 */
export function statusDoc(input: StatusInput): StatusDoc {
  const live = latestLiveReport(input.reports, input.now);
  const online = live !== null && live.pageRecognised;
  const total = online ? live.waiting : 0;
  const over = online ? Math.min(total, live.overFirstThreshold) : 0;
  return {
    _id: statusDocId(input.agent),
    type: 'status',
    agent: input.agent,
    shop: input.shop,
    agentId: input.agentId,
    ...(input.agentName ? { agentName: input.agentName } : {}),
    online,
    waiting: { total, byStage: [total - over, over] },
    longestWaitSince: online ? live.longestWaitingSince : null,
    held: Math.max(0, Math.floor(input.heldToday)),
    updatedAt: input.now,
  };
}

/** What the status changes on (not its time). */
const content = (s: StatusDoc): string => JSON.stringify([s.online, s.waiting, s.longestWaitSince, s.held, s.agentName, s.shop, s.agentId]);

/**
 * When to write `next` given the last written status: now (0), in n ms, or
 * never (null) when nothing changed and no heartbeat is due.
 */
export function statusWriteDelay(last: StatusDoc | null, next: StatusDoc): number | null {
  if (!last) return 0;
  const since = next.updatedAt - last.updatedAt;
  if (content(last) !== content(next)) return Math.max(0, STATUS_MIN_INTERVAL_MS - since);
  if (!next.online) return null;
  return Math.max(0, STATUS_HEARTBEAT_MS - since);
}

/** Online as the board shows it: the agent said so, recently enough. */
export function seenOnline(status: StatusDoc | undefined, now: number): boolean {
  return !!status && status.online && now - status.updatedAt <= STATUS_STALE_MS;
}
