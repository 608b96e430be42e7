/**
 * The live board in the background worker. Nothing is constructed unless the
 * board is on and its origin granted (runner.ts): the default stays "no
 * network". Chrome forbids import() in an MV3 service worker, so PouchDB is
 * not in the worker at all there: the replication runs in an offscreen
 * document created at the first run (offscreen-client.ts); Firefox's MV2
 * background page runs it itself (inline.ts). A run is poked by each waiting report of a
 * chat tab (at most every 15 s), by a settings change, and by a one-minute
 * alarm that exists only while the board is on (heartbeat, day file). A
 * restarted worker starts from PouchDB's own checkpoint.
 */
import type { Clock } from '../../clock';
import { allReports } from '../live-reports';
import type { LiveSettings } from '../live-settings';
import { resolveAccount } from '../../store/accounts';
import type { StoreConnection } from '../../store/db';
import { buildTeamDayFile, TEAM_EXPORT_DEFAULT_DAYS } from '../../store/team-export';
import { BoardRunner, boardConfigured, type BoardConnection, type Syncer } from './runner';
import { chromeOffscreenApi, OffscreenBoard } from './offscreen-client';

export const BOARD_ALARM = 'kg-board-sync';

/**
 * Firefox: the replication in the background page itself. A dynamic import on a
 * branch the build removes for Chrome (import.meta.env.FIREFOX is a constant),
 * so Chrome's worker bundle holds no PouchDB; Firefox's single-file background
 * inlines it.
 */
function openInline(connection: BoardConnection): Syncer {
  const sync = import('./inline').then((m) => m.openInline(connection));
  return { run: async (input) => (await sync).run(input) };
}

export interface BoardWiring {
  store: StoreConnection;
  settings: LiveSettings;
  clock: Clock;
}

/** Registers the alarm listener (synchronously, like every listener) and returns the poke for waiting reports. */
export function wireBoard({ store, settings, clock }: BoardWiring): () => void {
  const offscreen = import.meta.env.FIREFOX ? null : new OffscreenBoard(chromeOffscreenApi());
  const runner = new BoardRunner({
    // On the constant itself, so the build drops the other branch (and, for Chrome, PouchDB with it).
    open: import.meta.env.FIREFOX ? openInline : (connection) => offscreen!.open(connection),
    board: async () => (await settings.get()).board,
    granted: (origin) => browser.permissions.contains({ origins: [origin] }),
    dayFile: async (now) => {
      const window = (await settings.get()).replyTimer.countedWindow;
      return store.run('board/day-file', async (db) => {
        const { account, accounts } = await resolveAccount(db);
        return accounts.length ? buildTeamDayFile(db, account, TEAM_EXPORT_DEFAULT_DAYS, now, window) : null;
      });
    },
    reports: () => allReports(browser.storage.session),
    session: browser.storage.session,
    now: () => clock.now(),
  });
  const run = (force: boolean) => {
    void runner.poke(force).catch((error: unknown) => console.warn('[kefu-guard] board sync failed', error));
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BOARD_ALARM) run(false);
  });
  const follow = async () => {
    const on = boardConfigured((await settings.get()).board);
    if (on) await browser.alarms.create(BOARD_ALARM, { periodInMinutes: 1 });
    else await Promise.all([browser.alarms.clear(BOARD_ALARM), offscreen?.close()]);
    run(true);
  };
  settings.onChange(() => follow());
  void follow().catch((error: unknown) => console.warn('[kefu-guard] board alarm failed', error));
  // The options page asks for the origin before it writes enabled: true, so that settings change starts the run.
  return () => run(false);
}
