/**
 * The platform's per-agent figures (客服绩效, issue 23 item 5) as the Team page
 * shows them beside each agent's estimate. Pure: which platform row is which
 * agent of the imported files.
 */
import type { BeijingDay } from './clock';

/** One agent's day on 客服绩效. Rates are fractions 0–1, times seconds. */
export interface OfficialAgentDay {
  /** 咨询人数 */
  consultUsers?: number;
  /** 3分钟人工回复率 (8–23点) */
  rate3min?: number;
  /** 30秒应答率 (8–23点) */
  rate30s?: number;
  /** 平均人工响应时长, seconds */
  avgResponseSec?: number;
  /** 客服服务分 */
  serviceScore?: number;
  via: 'response' | 'text';
  /** When the page showed them, epoch ms: 客服绩效's overview is live, so figures read on their own day are that day so far. */
  readAt: number;
}

/** Per day, per agent name as 客服绩效 shows it. */
export type OfficialAgentDays = Record<BeijingDay, Record<string, OfficialAgentDay>>;

/** Most agents of one shop-day the Team page is given (a shop has a handful; a page cannot flood it). */
export const MAX_OFFICIAL_AGENTS_PER_DAY = 100;

/**
 * The name's own part: sub-accounts may be shown as "店铺:客服" on one page and
 * "客服" on another, so the part after the last colon is what is compared.
 */
const ownPart = (name: string): string => name.split(/[:：]/).at(-1)!.trim();

/**
 * The platform's row of an agent of the files on a day: the same name, else
 * the same own part when that part names exactly one platform row. Null when
 * none (or more than one) fits: a figure is never shown under the wrong agent.
 */
export function officialOfAgent(rows: Record<string, OfficialAgentDay> | undefined, name: string | undefined): OfficialAgentDay | null {
  if (!rows || !name) return null;
  const exact = rows[name];
  if (exact) return exact;
  const own = ownPart(name);
  if (own === '') return null;
  const matches = Object.keys(rows).filter((k) => ownPart(k) === own);
  return matches.length === 1 ? rows[matches[0]!]! : null;
}

/** Platform rows of a day that no agent of the files matched (an agent whose file is missing, or named otherwise). */
export function unmatchedOfficial(rows: Record<string, OfficialAgentDay> | undefined, names: ReadonlyArray<string | undefined>): string[] {
  if (!rows) return [];
  const used = new Set(names.map((n) => officialOfAgent(rows, n)).filter((r) => r !== null));
  return Object.keys(rows).filter((k) => !used.has(rows[k]!)).sort();
}
