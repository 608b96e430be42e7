// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../../../couch/server';
import { NodePouch } from '../../../couch/pouch';
import { BoardSync } from '@/lib/background/replication/sync';
import { buildBoard } from '@/lib/team/board/board';
import type { BoardDoc } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { boardFile, ev, NOW } from './helpers';

let couch: CouchServer;
let n = 0;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_mall1', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }, { name: 'a2', password: 'p2' }]);
});
afterAll(() => couch.stop());

const sync = (user = 'a1', password = 'p1', localName = `local-${user}-${++n}`) =>
  new BoardSync({ Pouch: NodePouch, localName, url: couch.url, database: 'kg_mall1', user, password });

async function serverDocs(): Promise<BoardDoc[]> {
  const owner = new NodePouch(`${couch.url}/kg_mall1`, { auth: { username: 'owner', password: 'o-pw' }, skip_setup: true });
  const all = await owner.allDocs({ include_docs: true });
  return all.rows.map((r) => (r as { doc: BoardDoc }).doc).filter((d) => !d._id.startsWith('_design/'));
}
const OPTIONS = { now: NOW, window: { startHour: 0, endHour: 24 } };
const status = (agent: string, agentId: string, waiting: number, now = NOW) =>
  statusDoc({ agent, shop: 'mall1', agentId, reports: [{ waiting, overFirstThreshold: 0, longestWaitingSince: waiting ? NOW - 60_000 : null, pageRecognised: true, reportedAt: now }], heldToday: 1, now });

describe('an agent replicating to the shop database (real CouchDB protocol, in memory)', () => {
  it('replicates the day and the status; again changes nothing; the board follows', async () => {
    const s = sync();
    const first = await s.run({ file: boardFile('A'), status: status('a1', 'A', 2), now: NOW });
    expect(first).toMatchObject({ ok: true, lastOkAt: NOW, refused: {} });
    expect(first.written).toBe(5); // three events, one day, one status
    const again = await s.run({ file: boardFile('A', undefined, { exportedAt: NOW + 1000 }), status: status('a1', 'A', 2, NOW + 1000), now: NOW + 1000 });
    expect(again.written).toBe(0);
    const board = buildBoard(await serverDocs(), OPTIONS);
    expect(board.agents).toMatchObject([{ user: 'a1', online: true, waiting: 2, today: { buyers: 2, messages: 2, answered: 1 } }]);
  });

  it('server down: paused with the reason, the agent\'s data waits; back up: everything once, from the checkpoint', async () => {
    const local = `local-a2-restart`;
    const s = sync('a2', 'p2', local);
    expect((await s.run({ file: boardFile('B', [ev('buyer', 30, 'cb', 'mb1')]), status: null, now: NOW })).written).toBe(2);
    await couch.stop();
    const down = await s.run({ file: boardFile('B', [ev('buyer', 30, 'cb', 'mb1'), ev('human', 29, 'cb', 'mb2'), ev('buyer', 20, 'cb2', 'mb3')]), status: null, now: NOW + 60_000 });
    expect(down).toMatchObject({ ok: false, reason: 'offline', lastOkAt: NOW });
    await couch.start();
    // The worker died meanwhile: a new BoardSync on the same local database resumes from its checkpoint.
    const resumed = sync('a2', 'p2', local);
    const result = await resumed.local.replicate.to(resumed.remote);
    expect(result.docs_read).toBe(2); // the two new events only: not the first event nor the unchanged day again
    const docs = (await serverDocs()).filter((d) => d.agent === 'a2');
    expect(docs.filter((d) => d.type === 'event')).toHaveLength(3);
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
  });

  it('a changed status replaces the server\'s copy (a replicated update, not only a first write)', async () => {
    const s = sync('a1', 'p1');
    await s.run({ file: null, status: status('a1', 'A', 0), now: NOW });
    expect((await s.run({ file: null, status: status('a1', 'A', 3, NOW + 20_000), now: NOW + 20_000 })).written).toBe(1);
    const onServer = (await serverDocs()).find((d) => d._id === 'status:a1') as { waiting: { total: number }; _rev: string };
    expect(onServer.waiting.total).toBe(3);
    expect(onServer._rev).toMatch(/^[2-9]-/);
  });

  it('a wrong password pauses with 用户名或密码错误 as its reason; nothing else happens', async () => {
    expect(await sync('a1', 'wrong').run({ file: boardFile('A'), status: null, now: NOW })).toMatchObject({ ok: false, reason: 'unauthorized' });
  });

  it('a document forged for another agent is refused by the server and counted', async () => {
    const s = sync('a1', 'p1');
    const forged = { ...status('a2', 'B', 9), _id: 'status:a2' };
    await s.local.bulkDocs([forged]);
    const state = await s.run({ file: boardFile('A'), status: null, now: NOW });
    expect(state).toMatchObject({ ok: true, refused: { agent: 1 } });
    expect((await serverDocs()).find((d) => d._id === 'status:a2')).toBeUndefined();
  });
});
