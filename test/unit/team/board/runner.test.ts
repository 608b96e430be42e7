// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../../../couch/server';
import { NodePouch } from '../../../couch/pouch';
import { BOARD_SYNC_STATE_KEY, BoardRunner, boardOriginPattern, type BoardRunnerDeps } from '@/lib/background/replication/runner';
import type { PouchCtor } from '@/lib/team/board/pouch';
import { BoardSync } from '@/lib/background/replication/sync';
import type { BoardSettings } from '@/lib/settings/types';
import { DEFAULT_BOARD_SETTINGS } from '@/lib/settings/types';
import { boardFile, NOW } from './helpers';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_run', { name: 'owner', password: 'o-pw' }, [{ name: 'r1', password: 'p1' }]);
});
afterAll(() => couch.stop());

function setup(initial: Partial<BoardSettings>, granted = true) {
  let board = initial;
  let boardRead: () => Promise<void> = async () => undefined;
  const session = new Map<string, unknown>();
  let constructed = 0;
  const Counting = function (this: unknown, name: string, options?: object) {
    constructed++;
    return new NodePouch(name, options as never);
  } as unknown as PouchCtor;
  let now = NOW;
  const asked: string[] = [];
  const deps: BoardRunnerDeps = {
    open: (connection) => new BoardSync({ Pouch: Counting, ...connection }),
    board: async () => {
      const read = { ...DEFAULT_BOARD_SETTINGS, ...board };
      await boardRead();
      return read;
    },
    granted: async (origin) => (asked.push(origin), granted),
    dayFile: async () => boardFile('R'),
    reports: async () => [{ waiting: 1, overFirstThreshold: 0, longestWaitingSince: NOW - 30_000, pageRecognised: true, reportedAt: NOW }],
    session: {
      get: async (k) => (session.has(k) ? { [k]: session.get(k) } : {}),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
      remove: async (k) => void session.delete(k),
    },
    now: () => now,
  };
  return {
    runner: new BoardRunner(deps), session, asked, constructed: () => constructed, tick: (ms: number) => (now += ms),
    setBoard: (next: Partial<BoardSettings>) => void (board = next),
    /** Holds each board read until the returned release is called. */
    holdReads: () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      boardRead = () => held;
      return release;
    },
  };
}

const ON = () => ({ enabled: true, url: couch.url, database: 'kg_run', user: 'r1', password: 'p1' });

describe('the worker\'s board runner', () => {
  it('off (the default): constructs no PouchDB and asks nothing', async () => {
    const t = setup({});
    expect(await t.runner.poke(true)).toBeNull();
    expect(t.constructed()).toBe(0);
    expect(t.asked).toEqual([]);
    const half = setup({ ...ON(), password: '' });
    expect(await half.runner.poke(true)).toBeNull();
    expect(half.constructed()).toBe(0);
  });

  it('on without the origin granted: no PouchDB, paused for permission', async () => {
    const t = setup(ON(), false);
    expect(await t.runner.poke(true)).toMatchObject({ ok: false, reason: 'permission' });
    expect(t.constructed()).toBe(0);
    expect(t.asked).toEqual(['http://127.0.0.1/*']);
    expect(t.session.get(BOARD_SYNC_STATE_KEY)).toMatchObject({ reason: 'permission' });
  });

  it('on and granted: replicates the day file and the status; a poke within 15 s does not run again', async () => {
    const t = setup(ON());
    const state = await t.runner.poke();
    expect(state).toMatchObject({ ok: true, written: 5 });
    expect(t.session.get(BOARD_SYNC_STATE_KEY)).toMatchObject({ ok: true });
    t.tick(5_000);
    expect(await t.runner.poke()).toBeNull();
    t.tick(15_000);
    expect(await t.runner.poke()).toMatchObject({ ok: true, written: 0 });
    const owner = new NodePouch(`${couch.url}/kg_run`, { auth: { username: 'owner', password: 'o-pw' }, skip_setup: true });
    const ids = (await owner.allDocs({})).rows.map((r) => (r as { id: string }).id);
    expect(ids).toContain('status:r1');
  });

  it('a settings change during a run (a forced poke) runs again after it, with the new settings', async () => {
    const t = setup({});
    const release = t.holdReads();
    const first = t.runner.poke(true); // reads the board as it was: off
    t.setBoard(ON()); // the agent switches it on while that read is in flight…
    const second = t.runner.poke(true); // …and the change pokes
    expect(t.runner.poke(true)).toBe(second); // one more run, however many pokes
    release();
    expect(await first).toBeNull();
    expect(await second).toMatchObject({ ok: true });
    expect(t.session.get(BOARD_SYNC_STATE_KEY)).toMatchObject({ ok: true });
  });

  it('only https, or http on this computer, is a board origin', () => {
    expect(boardOriginPattern('https://couch.example.com:6984')).toBe('https://couch.example.com/*');
    expect(boardOriginPattern('http://couch.example.com')).toBeNull();
    expect(boardOriginPattern('http://localhost:5984')).toBe('http://localhost/*');
    expect(boardOriginPattern('not a url')).toBeNull();
  });
});
