/**
 * Files hashed with another key than the team's (issue 23 item 5): their ids
 * never match the other agents' (lib/id-hash.ts), so a chat transferred
 * between them is two buyers and two conversations in the merge. Named by
 * agent and file, with the days concerned, instead of merged silently.
 *
 * The team's key of a shop is the owner's own (the Team page's settings) when
 * some file of the shop was hashed with it; else the key most of the shop's
 * agents used. Only days a file has events on count. A version-1 file (no
 * key fingerprints) cannot be checked and is not named. Pure.
 */
import type { BeijingDay } from '../clock';
import type { ImportedFile } from './imports';
import { keyFingerprint, keyOn } from './key-fingerprint';
import { dayOfMs } from './union';

export interface KeyConflict {
  kind: 'key-missing' | 'key-differs';
  shopId: string;
  files: string[];
  /** The agent's name, else its id. */
  agent: string;
  /** Days concerned, and the first of them. */
  count: number;
  day: BeijingDay;
}

/** The key of each day a file has events on (undefined: the file names no keys). */
function keysByDay(f: ImportedFile): Map<BeijingDay, string | null> | undefined {
  if (!f.file.keys) return undefined;
  const out = new Map<BeijingDay, string | null>();
  for (const e of f.file.events) {
    const day = dayOfMs(e[4]);
    if (!out.has(day)) out.set(day, keyOn(f.file.keys, day) ?? null);
  }
  return out;
}

/** The team's key: the owner's when some file used it, else the one used on most file-days (null: no key). */
function teamKey(days: ReadonlyArray<Map<BeijingDay, string | null>>, own: string | null): string | null {
  const uses = new Map<string | null, number>();
  for (const d of days) for (const key of d.values()) uses.set(key, (uses.get(key) ?? 0) + 1);
  if (own !== null && uses.has(own)) return own;
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of uses) if (n > most || (n === most && best === null)) [best, most] = [key, n]; // a tie goes to a key over none
  return best;
}

/** Per file of one shop, the days its key is not the team's. `secret`: the owner's shop secret ('' when none). */
export function keyConflicts(shopId: string, files: readonly ImportedFile[], secret: string): KeyConflict[] {
  const checked = files.map((f) => [f, keysByDay(f)] as const).filter((x): x is readonly [ImportedFile, Map<BeijingDay, string | null>] => x[1] !== undefined);
  const reference = teamKey(checked.map(([, d]) => d), keyFingerprint(shopId, secret));
  const out: KeyConflict[] = [];
  for (const [f, days] of checked) {
    const off = [...days].filter(([, key]) => key !== reference).sort(([a], [b]) => a.localeCompare(b));
    if (off.length === 0) continue;
    const missing = off.some(([, key]) => key === null);
    out.push({ kind: missing ? 'key-missing' : 'key-differs', shopId, files: [f.name], agent: f.file.agent.name ?? f.file.agent.id, count: off.length, day: off[0]![0] });
  }
  return out;
}
