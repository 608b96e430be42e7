import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardSyncHost, isOffscreenRun, OFFSCREEN_PATH, OFFSCREEN_RUN, type OffscreenRun } from '@/lib/background/replication/offscreen-host';
import { OffscreenBoard, type OffscreenApi } from '@/lib/background/replication/offscreen-client';
import { startCouch, type CouchServer } from '../../../couch/server';
import { NodePouch } from '../../../couch/pouch';
import { boardFile, NOW } from './helpers';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_off', { name: 'owner', password: 'o-pw' }, [{ name: 'o1', password: 'p1' }]);
});
afterAll(async () => couch?.stop());

/** Chrome's offscreen API as a fake whose document is the real host over the in-memory server. */
function fakeChrome() {
  const host = boardSyncHost(NodePouch);
  const created: Array<{ url: string; reasons: string[] }> = [];
  let open = false;
  const api: OffscreenApi = {
    createDocument: async (p) => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      await new Promise((r) => setTimeout(r, 20));
      created.push(p);
      open = true;
    },
    closeDocument: async () => void (open = false),
    hasDocument: async () => open,
    sendMessage: async (m) => (open ? host(m) : undefined),
  };
  return { api, created, isOpen: () => open };
}

const connection = () => ({ localName: `off-${Math.random()}`, url: couch.url, database: 'kg_off', user: 'o1', password: 'p1' });

describe('the board replication in Chrome\'s offscreen document', () => {
  it('creates the document on the first run only (two runs at once: one creation), replicates there, and closes it', async () => {
    const chrome = fakeChrome();
    const board = new OffscreenBoard(chrome.api);
    const sync = board.open(connection());
    expect(chrome.created).toEqual([]); // opening creates nothing: no document, no PouchDB
    const [a, b] = await Promise.all([sync.run({ file: boardFile('O'), status: null, now: NOW }), sync.run({ file: boardFile('O'), status: null, now: NOW })]);
    expect(chrome.created).toEqual([expect.objectContaining({ url: OFFSCREEN_PATH })]);
    expect(a.ok && b.ok).toBe(true);
    const owner = new NodePouch(`${couch.url}/kg_off`, { auth: { username: 'owner', password: 'o-pw' }, skip_setup: true });
    expect((await owner.allDocs({})).rows.map((r) => (r as { id: string }).id).filter((id) => id.startsWith('ev:o1:'))).toHaveLength(3);
    await board.close();
    expect(chrome.isOpen()).toBe(false);
  });

  it('a wrong password comes back as the pause reason; a run the document cannot answer is an error, not a silent success', async () => {
    const chrome = fakeChrome();
    const state = await new OffscreenBoard(chrome.api).open({ ...connection(), password: 'wrong' }).run({ file: boardFile('O'), status: null, now: NOW });
    expect(state).toMatchObject({ ok: false, reason: 'unauthorized' });
    const mute = new OffscreenBoard({ ...chrome.api, sendMessage: async () => undefined });
    await expect(mute.open(connection()).run({ file: null, status: null, now: NOW })).rejects.toThrow(/did not answer/);
  });

  it('the document answers only well-formed runs', () => {
    const good: OffscreenRun = { kind: OFFSCREEN_RUN, connection: connection(), input: { file: null, status: null, now: NOW } };
    expect(isOffscreenRun(good)).toBe(true);
    for (const bad of [null, 'x', { ...good, kind: 'other' }, { ...good, connection: { ...good.connection, password: 1 } }, { ...good, input: {} }]) expect(isOffscreenRun(bad)).toBe(false);
    expect(boardSyncHost(NodePouch)({ type: 'summary/get' })).toBeUndefined();
  });
});
