/**
 * What the imported team day files say against each other (issue 22): shown
 * on the Team page, never settled silently. The merge still takes the
 * earliest copy of a message and the newest file of an agent's day; these
 * say where that choice was made, so a forged or edited file is seen.
 *
 * - message-time: one message id with different times in two files;
 * - agent-name: a file whose agent id differs but whose name is another
 *   agent's (a file made to pass for someone else's);
 * - future-export: a file exported after the Team page's now;
 * - agent-files-differ: two files of one agent disagree on a day both cover
 *   (the newer must hold every event of the older, and the same events,
 *   observed minutes and guard counts on days the older had finished);
 * - key-missing / key-differs: a file hashed without the team's key or with
 *   another (lib/team/key-conflicts.ts).
 * Pure.
 */
import { addDays } from '../clock';
import type { BeijingDay } from '../clock';
import type { DayGuard, TeamDayFile } from './day-file';
import type { ImportedFile } from './imports';
import type { ShopReport } from './merge';
import { dayOfMs } from './union';
import { keyConflicts } from './key-conflicts';
import type { KeyConflict } from './key-conflicts';

export type ConflictKind = 'message-time' | 'agent-name' | 'future-export' | 'agent-files-differ' | KeyConflict['kind'];

export interface TeamConflict {
  kind: ConflictKind;
  shopId: string;
  /** The files concerned, by the names they were imported under. */
  files: string[];
  /** message-time: copies that differ; agent-files-differ: days that differ. */
  count?: number;
  /** agent-name: the name claimed. */
  name?: string;
  /** agent-files-differ: the first day that differs. */
  day?: BeijingDay;
  /** future-export: the file's export time. */
  at?: number;
  /** key-missing / key-differs (lib/team/key-conflicts.ts): the agent's name or id. */
  agent?: string;
}

/** An export this far past the page's now is a conflict (clocks of two computers differ by minutes). */
export const FUTURE_EXPORT_SLACK_MS = 10 * 60_000;

/** Every conflict among the imported files, shop by shop; `secret`: the Team page's own shop secret (the team's key). */
export function findConflicts(files: readonly ImportedFile[], reports: readonly ShopReport[], now: number, secret = ''): TeamConflict[] {
  const out: TeamConflict[] = [];
  const byShop = new Map<string, ImportedFile[]>();
  for (const f of files) byShop.set(f.file.shop.id, [...(byShop.get(f.file.shop.id) ?? []), f]);
  for (const [shopId, shopFiles] of byShop) {
    for (const f of shopFiles) {
      if (f.file.exportedAt > now + FUTURE_EXPORT_SLACK_MS) out.push({ kind: 'future-export', shopId, files: [f.name], at: f.file.exportedAt });
    }
    out.push(...nameConflicts(shopId, shopFiles));
    if ((reports.find((r) => r.shop.id === shopId)?.differingTimes ?? 0) > 0) out.push(...timeConflicts(shopId, shopFiles));
    out.push(...agentFileConflicts(shopId, shopFiles));
    out.push(...keyConflicts(shopId, shopFiles, secret));
  }
  return out;
}

/** Files whose agent name is already another agent id's. */
function nameConflicts(shopId: string, files: readonly ImportedFile[]): TeamConflict[] {
  const firstByName = new Map<string, ImportedFile>();
  const out: TeamConflict[] = [];
  const reported = new Set<string>();
  for (const f of files) {
    const name = f.file.agent.name;
    if (!name) continue;
    const first = firstByName.get(name);
    if (!first) firstByName.set(name, f);
    else if (first.file.agent.id !== f.file.agent.id && !reported.has(`${name}\u0000${f.file.agent.id}`)) {
      reported.add(`${name}\u0000${f.file.agent.id}`);
      out.push({ kind: 'agent-name', shopId, files: [first.name, f.name], name });
    }
  }
  return out;
}

/** Per pair of files, the copies of one message id at different times. */
function timeConflicts(shopId: string, files: readonly ImportedFile[]): TeamConflict[] {
  const first = new Map<string, [file: number, at: number]>();
  const pairs = new Map<string, number>();
  files.forEach((f, i) => {
    for (const e of f.file.events) {
      const seen = first.get(e[3]);
      if (!seen) first.set(e[3], [i, e[4]]);
      else if (seen[1] !== e[4]) pairs.set(`${seen[0]},${i}`, (pairs.get(`${seen[0]},${i}`) ?? 0) + 1);
    }
  });
  return [...pairs].map(([key, count]) => {
    const [a, b] = key.split(',').map(Number);
    return { kind: 'message-time', shopId, files: [files[a!]!.name, files[b!]!.name], count };
  });
}

/** One day of one file: its events as id@time, observed minutes and guard counts. */
interface FileDay {
  events: Set<string>;
  minutes: number;
  guard: string;
}

function fileDays(file: TeamDayFile): Map<BeijingDay, FileDay> {
  const out = new Map<BeijingDay, FileDay>();
  const dayOf = (day: BeijingDay) => {
    let d = out.get(day);
    if (!d) out.set(day, (d = { events: new Set(), minutes: 0, guard: '' }));
    return d;
  };
  for (const e of file.events) dayOf(dayOfMs(e[4])).events.add(`${e[3]}@${e[4]}`);
  for (const c of file.coverage) dayOf(c.day).minutes = c.minutes;
  const guardText = (g: DayGuard) => `${g.held}/${g.warned}/${g.sentAnyway}`;
  for (const g of file.guard) dayOf(g.day).guard = guardText(g);
  return out;
}

/** Days both files cover on which the newer one does not carry the older one on. */
function differingDays(older: TeamDayFile, newer: TeamDayFile): BeijingDay[] {
  const from = older.days.from > newer.days.from ? older.days.from : newer.days.from;
  const to = older.days.to < newer.days.to ? older.days.to : newer.days.to;
  if (from > to) return [];
  const finished = dayOfMs(older.exportedAt); // days before it were over when the older file was made
  const [a, b] = [fileDays(older), fileDays(newer)];
  const empty: FileDay = { events: new Set(), minutes: 0, guard: '' };
  const out: BeijingDay[] = [];
  for (let day = from; day <= to && out.length < 400; day = addDays(day, 1)) {
    const [x, y] = [a.get(day) ?? empty, b.get(day) ?? empty];
    const lost = [...x.events].some((e) => !y.events.has(e));
    const changed = day < finished && (x.events.size !== y.events.size || x.minutes !== y.minutes || x.guard !== y.guard);
    if (lost || changed) out.push(day);
  }
  return out;
}

/** Pairs of one agent's files that disagree on a day both cover. */
function agentFileConflicts(shopId: string, files: readonly ImportedFile[]): TeamConflict[] {
  const byAgent = new Map<string, ImportedFile[]>();
  for (const f of files) byAgent.set(f.file.agent.id, [...(byAgent.get(f.file.agent.id) ?? []), f]);
  const out: TeamConflict[] = [];
  for (const list of byAgent.values()) {
    const sorted = [...list].sort((x, y) => x.file.exportedAt - y.file.exportedAt);
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const days = differingDays(sorted[i]!.file, sorted[j]!.file);
        if (days.length > 0) out.push({ kind: 'agent-files-differ', shopId, files: [sorted[i]!.name, sorted[j]!.name], count: days.length, day: days[0]! });
      }
    }
  }
  return out;
}
