// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../../../couch/server';
import { NodePouch } from '../../../couch/pouch';
import { BoardSync } from '@/lib/background/replication/sync';
import { followBoard } from '@/lib/team/board/follow';
import type { BoardDoc } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { boardFile, NOW } from './helpers';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_follow', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }]);
});
afterAll(() => couch.stop());

const until = async (check: () => boolean, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the Team page follows the shop database live', () => {
  it('sees an agent\'s documents within moments, and says why when it cannot', async () => {
    let docs: BoardDoc[] = [];
    const pauses: Array<string | null> = [];
    const stop = followBoard({ Pouch: NodePouch, url: couch.url, database: 'kg_follow', user: 'owner', password: 'o-pw', onDocs: (d) => (docs = d), onPause: (r) => pauses.push(r), settleMs: 50 });
    const agent = new BoardSync({ Pouch: NodePouch, localName: 'follow-a1', url: couch.url, database: 'kg_follow', user: 'a1', password: 'p1' });
    const status = statusDoc({ agent: 'a1', shop: 'mall1', agentId: 'A', reports: [{ waiting: 1, overFirstThreshold: 0, longestWaitingSince: NOW - 5000, pageRecognised: true, reportedAt: NOW }], heldToday: 0, now: NOW });
    const t0 = Date.now();
    await agent.run({ file: boardFile('A'), status, now: NOW });
    await until(() => docs.length === 5);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(docs.find((d) => d._id === 'status:a1')).toMatchObject({ online: true, waiting: { total: 1 } });
    stop();

    const wrong: Array<string | null> = [];
    const stop2 = followBoard({ Pouch: NodePouch, url: couch.url, database: 'kg_follow', user: 'owner', password: 'bad', onDocs: () => {}, onPause: (r) => wrong.push(r), retryMs: 60_000 });
    await until(() => wrong.includes('unauthorized'));
    stop2();
  });
});
