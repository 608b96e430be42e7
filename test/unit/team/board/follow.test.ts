// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../../../couch/server';
import { NodePouch } from '../../../couch/pouch';
import { BoardSync } from '@/lib/background/replication/sync';
import { followBoard } from '@/lib/team/board/follow';
import type { BoardDoc } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { boardFile, ev, NOW, TODAY } from './helpers';
import { addDays, beijingDay, DAY_MS } from '@/lib/clock';
import { boardFirstDay } from '@/lib/team/board/board';
import { BOARD_DESIGN_ID } from '@/lib/team/board/design';
import type { PouchCtor, PouchDb } from '@/lib/team/board/pouch';

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

describe('the Team page fetches only what the board reads (the design document\'s changes filter)', () => {
  /** An agent's day five days ago (inside the server's 8-day window, outside the board's) and today, written to `database`. */
  async function twoDays(database: string) {
    await couch.setupShop(database, { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }]);
    const agent = new BoardSync({ Pouch: NodePouch, localName: `${database}-a1`, url: couch.url, database, user: 'a1', password: 'p1' });
    const old = NOW - 5 * DAY_MS;
    await agent.run({ file: boardFile('A', undefined, {}, old), status: null, now: NOW });
    const status = statusDoc({ agent: 'a1', shop: 'mall1', agentId: 'A', reports: [], heldToday: 0, now: NOW });
    await agent.run({ file: boardFile('A'), status, now: NOW });
    return beijingDay(old);
  }
  /** Where each changes feed the board opened started (0: the whole history walked). */
  const feedsFrom: Array<string | number | undefined> = [];
  class Recorded extends (NodePouch as unknown as PouchCtor) {
    override changes(options: Parameters<PouchDb['changes']>[0]) {
      feedsFrom.push(options.since);
      return super.changes(options);
    }
  }
  /** What the owner's board holds once the feed has settled. */
  async function follow(database: string, fromDay?: string) {
    let docs: BoardDoc[] = [];
    let calls = 0;
    feedsFrom.length = 0;
    const stop = followBoard({ Pouch: Recorded as unknown as PouchCtor, url: couch.url, database, user: 'owner', password: 'o-pw', fromDay, onDocs: (d) => ((docs = d), calls++), onPause: () => {}, settleMs: 50 });
    await until(() => calls > 0);
    await new Promise((r) => setTimeout(r, 400)); // anything more the feed would send
    stop();
    return docs;
  }
  const days = (docs: BoardDoc[]) => [...new Set(docs.flatMap((d) => (d.type === 'day' ? [d.day] : d.type === 'event' ? [beijingDay(d.at)] : [])))].sort();

  it('from the board\'s first day: today\'s days and events and every status, not the week before, nor its changes walked', async () => {
    const oldDay = await twoDays('kg_recent');
    expect(oldDay < boardFirstDay(NOW)).toBe(true);
    const all = await follow('kg_recent');
    expect(days(all)).toEqual([oldDay, TODAY]);
    expect(feedsFrom).toEqual([0]);
    const recent = await follow('kg_recent', boardFirstDay(NOW));
    expect(days(recent)).toEqual([TODAY]);
    // Read from the view at once; the feed starts where that read was, not at the beginning of history.
    expect(feedsFrom).toHaveLength(1);
    expect(feedsFrom[0]).not.toBe(0);
    expect(recent.some((d) => d.type === 'status')).toBe(true);
    expect(recent.length).toBe(all.length - all.filter((d) => d.type !== 'status' && days([d])[0] === oldDay).length);
    expect(addDays(TODAY, -3)).toBe(boardFirstDay(NOW));
  });

  it('a database set up before the filter existed is followed whole, as before', async () => {
    const oldDay = await twoDays('kg_recent_v1');
    const admin = new NodePouch(`${couch.url}/kg_recent_v1`, { auth: { username: couch.admin.name, password: couch.admin.password }, skip_setup: true });
    const design = (await admin.get(BOARD_DESIGN_ID)) as { filters?: unknown; kefuGuardVersion: number };
    delete design.filters;
    design.kefuGuardVersion = 1;
    await admin.put(design);
    expect(days(await follow('kg_recent_v1', boardFirstDay(NOW)))).toEqual([oldDay, TODAY]);
    expect(feedsFrom).toEqual([0]);
  });

  it('a change made after the view was read still reaches the board (the feed from that point)', async () => {
    await twoDays('kg_recent_tail');
    let docs: BoardDoc[] = [];
    const stop = followBoard({ Pouch: NodePouch, url: couch.url, database: 'kg_recent_tail', user: 'owner', password: 'o-pw', fromDay: boardFirstDay(NOW), onDocs: (d) => (docs = d), onPause: () => {}, settleMs: 50 });
    await until(() => docs.length > 0);
    await new Promise((r) => setTimeout(r, 400)); // settled
    const before = docs.length;
    const agent = new BoardSync({ Pouch: NodePouch, localName: 'kg_recent_tail-a1', url: couch.url, database: 'kg_recent_tail', user: 'a1', password: 'p1' });
    const file = boardFile('A');
    await agent.run({ file: { ...file, events: [...file.events, ev('buyer', 1, 'c-new', 'm-new')] }, status: null, now: NOW });
    await until(() => docs.length === before + 1);
    stop();
  }, 20_000);
});
