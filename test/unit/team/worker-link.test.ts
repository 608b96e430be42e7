/**
 * The Team page and its merge worker (lib/team/worker-link.ts): the page's
 * importer and the worker's session joined by a pair of ports, as a Worker
 * and its global scope are. Progress reaches the page, then the outcome; a
 * crashed worker fails the import instead of leaving it pending.
 */
import { describe, expect, it } from 'vitest';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { teamDayFileText } from '@/lib/team/day-file';
import type { TeamDayFile } from '@/lib/team/day-file';
import type { ImportProgress } from '@/lib/team/session';
import { serveTeamSession, workerImporter } from '@/lib/team/worker-link';
import type { FromWorker, ToWorker } from '@/lib/team/worker-link';
import { bj, TODAY, WINDOW } from '../store/helpers';

const h = (id: string) => hashIdSync(shopSalt('mall1'), id);
const FILE: TeamDayFile = {
  format: 'kefu-guard-team-day',
  version: 1,
  exportedAt: bj(TODAY, '09:00'),
  shop: { id: 'mall1' },
  agent: { id: 'A' },
  days: { from: TODAY, to: TODAY },
  countedWindow: WINDOW,
  coverage: [],
  guard: [],
  events: [['buyer', h('c1'), h('u1'), h('m1'), bj(TODAY, '08:30')]],
};
const OPTIONS = { today: TODAY, now: bj(TODAY, '12:00'), window: WINDOW, expectedAgents: 0 };

/** A worker and its scope, messages delivered a task later (structured clone is not needed for plain data here). */
function pair() {
  const page = { onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null, onerror: null as ((e: ErrorEvent) => void) | null, postMessage: (m: ToWorker) => void setTimeout(() => scope.onmessage?.({ data: m } as MessageEvent<ToWorker>)) };
  const scope = { onmessage: null as ((e: MessageEvent<ToWorker>) => void) | null, postMessage: (m: FromWorker) => void setTimeout(() => page.onmessage?.({ data: m } as MessageEvent<FromWorker>)) };
  return { page, scope };
}

describe('worker link', () => {
  it('runs the import in the worker\'s session: progress, then the merged outcome', async () => {
    const { page, scope } = pair();
    serveTeamSession(scope);
    const importer = workerImporter(page as unknown as Worker);
    const progress: ImportProgress[] = [];
    const outcome = await importer.import([{ name: 'a.json', text: async () => teamDayFileText(FILE) }], OPTIONS, (p) => progress.push(p));
    expect(outcome.added).toEqual(['a.json']);
    expect(outcome.reports[0]!.shop.id).toBe('mall1');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.share).toBe(1);
  });

  it('fails a pending import when the worker crashes', async () => {
    const { page } = pair(); // nobody serves: the import waits
    const importer = workerImporter(page as unknown as Worker);
    const pending = importer.import([{ name: 'a.json', text: async () => '{}' }], OPTIONS, () => undefined);
    page.onerror!({ message: 'out of memory' } as ErrorEvent);
    await expect(pending).rejects.toThrow('out of memory');
  });
});
