/**
 * In-page code of the team benchmark (bundled by team-merge.bench.ts and run
 * inside team.html): the product's merge, and the naive baseline — each
 * file's figures recomputed on its own and every shop-day rebuilt by scanning
 * every file's whole event list (no day buckets, no union index).
 */
import { addDays, beijingDay } from '../../lib/clock';
import type { ChatEvent } from '../../lib/events';
import { dayMetrics } from '../../lib/metrics';
import { parseTeamDayFile, toChatEvent } from '../../lib/team/day-file';
import type { TeamDayFile } from '../../lib/team/day-file';
import { mergeTeamFiles } from '../../lib/team/merge';

const WINDOW = { startHour: 8, endHour: 23 };

function parseAll(texts: string[]): TeamDayFile[] {
  return texts.map((t) => {
    const r = parseTeamDayFile(t);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.file;
  });
}

/** Naive: per file, per day, scan the file's events; then per shop-day scan every file again for the union. */
function naive(files: TeamDayFile[]): number {
  let checksum = 0;
  const days = new Set<string>();
  for (const f of files) for (let d = f.days.from; d <= f.days.to; d = addDays(d, 1)) days.add(d);
  for (const f of files) {
    for (const day of days) {
      const next = addDays(day, 1);
      const own = f.events.map(toChatEvent).filter((e) => {
        const d = beijingDay(e.at);
        return d === day || d === next;
      });
      checksum += dayMetrics(own, day, { window: WINDOW }).messages;
    }
  }
  for (const day of days) {
    const next = addDays(day, 1);
    const all: ChatEvent[] = [];
    for (const f of files) for (const e of f.events) {
      const d = beijingDay(e[4]);
      if (d === day || d === next) all.push(toChatEvent(e));
    }
    checksum += dayMetrics(all, day, { window: WINDOW }).messages;
  }
  return checksum;
}

function ours(files: TeamDayFile[]): number {
  const [report] = mergeTeamFiles(files, { window: WINDOW });
  return report!.shopDays.reduce((n, d) => n + d.metrics.messages, 0) + report!.agents.reduce((n, a) => n + a.days.reduce((m, d) => m + d.metrics.messages, 0), 0);
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

(globalThis as unknown as { __teamBench: unknown }).__teamBench = {
  run(texts: string[]) {
    const parsed = time(() => parseAll(texts));
    const merge = time(() => ours(parsed.value));
    const baseline = time(() => naive(parsed.value));
    return { parseMs: parsed.ms, mergeMs: merge.ms, naiveMs: baseline.ms, ours: merge.value, naive: baseline.value };
  },
};
