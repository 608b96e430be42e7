/**
 * The worker's side of the live board: decides whether to sync at all and
 * feeds BoardSync. Nothing is constructed (no PouchDB, no network) unless the
 * board setting is on with a server, a database, a user and a password, and
 * the optional host permission for that one origin is granted. Runs are
 * serialised and at most one every 15 s; a poke inside that gap is picked up
 * by the next one (the worker's alarm, lib/background/replication/wire.ts).
 * The sync state is kept in session storage for the popup (同步暂停).
 * Browser parts are passed in: the tests use the in-memory server.
 */
import type { BoardSettings } from '../../settings/types';
import type { StoredReport } from '../../events';
import type { TeamDayFile } from '../../team/day-file';
import { beijingDay } from '../../clock';
import { statusDoc, STATUS_MIN_INTERVAL_MS } from '../../team/board/status';
import { boardOriginPattern } from '../../team/board/origin';
import type { BoardSyncOptions, SyncInput, SyncState } from './sync';

import { BOARD_SYNC_STATE_KEY } from '../../team/board/sync-state';

export { BOARD_SYNC_STATE_KEY };

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Where a board's replication runs: a BoardSync here (Firefox, tests) or in the offscreen document (Chrome). */
export interface Syncer {
  run(input: SyncInput): Promise<SyncState>;
}

/** A BoardSync's options without the PouchDB constructor: what crosses to the offscreen document. */
export type BoardConnection = Omit<BoardSyncOptions, 'Pouch'>;

export interface BoardRunnerDeps {
  /** Opens the replication of one server user and database (called only once the board is on and granted). */
  open: (connection: BoardConnection) => Syncer;
  board: () => Promise<BoardSettings>;
  /** True when the optional host permission for `origin` (`https://host:port/*`) is granted. */
  granted: (originPattern: string) => Promise<boolean>;
  /** The current account's day file of the last days (what the team export produces), null with no account yet. */
  dayFile: (now: number) => Promise<TeamDayFile | null>;
  reports: () => Promise<StoredReport[]>;
  session: SessionArea;
  now: () => number;
}

/** On, complete, and with a usable URL. */
export function boardConfigured(b: BoardSettings): boolean {
  return b.enabled && b.database !== '' && b.user !== '' && b.password !== '' && boardOriginPattern(b.url) !== null;
}

const noop = () => undefined;

const keyOf = (b: BoardSettings) => JSON.stringify([b.url, b.database, b.user, b.password]);

export { boardOriginPattern };

export class BoardRunner {
  private sync: Syncer | null = null;
  private key = '';
  private running: Promise<SyncState | null> | null = null;
  /** A forced run asked for while one was in flight: it starts when that one ends. */
  private again: Promise<SyncState | null> | null = null;
  private lastRun = -Infinity;

  constructor(private readonly deps: BoardRunnerDeps) {}

  /** True once a replication has been opened (never while the board is off). */
  get started(): boolean {
    return this.sync !== null;
  }

  /**
   * One run unless one ran within 15 s (or `force`); null when the board is off.
   * A forced poke during a run (a settings change) runs once more after it:
   * the run in flight may have read the settings from before the change, and
   * the next alarm is up to a minute away.
   */
  poke(force = false): Promise<SyncState | null> {
    if (this.running) {
      if (!force) return this.running;
      this.again ??= this.running.then(noop, noop).then(() => {
        this.again = null;
        return this.poke(true);
      });
      return this.again;
    }
    if (!force && this.deps.now() - this.lastRun < STATUS_MIN_INTERVAL_MS) return Promise.resolve(null);
    this.running = this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<SyncState | null> {
    const board = await this.deps.board();
    if (!boardConfigured(board)) {
      this.sync = null;
      await this.deps.session.remove(BOARD_SYNC_STATE_KEY);
      return null;
    }
    const now = this.deps.now();
    this.lastRun = now;
    if (!(await this.deps.granted(boardOriginPattern(board.url)!))) {
      const state: SyncState = { ok: false, reason: 'permission', lastOkAt: null, refused: {}, written: 0 };
      await this.deps.session.set({ [BOARD_SYNC_STATE_KEY]: state });
      return state;
    }
    const sync = this.syncFor(board);
    const file = await this.deps.dayFile(now);
    const status = file ? statusDoc({
      agent: board.user,
      shop: file.shop.id,
      agentId: file.agent.id,
      ...(file.agent.name ? { agentName: file.agent.name } : {}),
      reports: await this.deps.reports(),
      heldToday: file.guard.find((g) => g.day === beijingDay(now))?.held ?? 0,
      now,
    }) : null;
    const state = await sync.run({ file, status, now });
    await this.deps.session.set({ [BOARD_SYNC_STATE_KEY]: state });
    return state;
  }

  private syncFor(board: BoardSettings): Syncer {
    const key = keyOf(board);
    if (!this.sync || key !== this.key) {
      this.key = key;
      // The local database is per server user and database: PouchDB keeps its checkpoints there.
      const localName = `kg-board-${board.database}-${board.user}`;
      this.sync = this.deps.open({ localName, url: board.url, database: board.database, user: board.user, password: board.password });
    }
    return this.sync;
  }
}
