/**
 * The Team page's side of the live board: every document of the shop's
 * database, kept current from the server's changes feed (the feed
 * replication reads) with the owner's credentials, and the board rebuilt at
 * most every `settleMs` after a change. The server down or the password
 * wrong: the reason is reported and the feed retried every `retryMs`.
 * The PouchDB constructor is passed in (pouchdb-browser, loaded only when
 * the tab is opened with the board switched on).
 * With `fromDay`, only what the board reads comes over: statuses, and days
 * and events from that Beijing day on — read at once from the design
 * document's view, then the changes since that read through its filter
 * (design.ts), so the server walks neither the old events nor their changes.
 * A database set up before those existed is followed whole, as before.
 */
import { beijingDayStart, type BeijingDay } from '../../clock';
import { BOARD_DESIGN_ID, BOARD_RECENT_FILTER } from './design';
import type { PouchCtor, PouchDb } from './pouch';
import type { PauseReason } from './sync-state';
import { pauseReason } from './sync-state';
import type { BoardDoc } from './docs';

export interface FollowOptions {
  Pouch: PouchCtor;
  url: string;
  database: string;
  user: string;
  password: string;
  /** The first Beijing day the board reads (lib/team/board/board.ts boardFirstDay); absent: every document. */
  fromDay?: BeijingDay;
  onDocs(docs: BoardDoc[]): void;
  onPause(reason: PauseReason | null): void;
  settleMs?: number;
  retryMs?: number;
}

/** Starts following; the returned function stops. */
export function followBoard(options: FollowOptions): () => void {
  const remote = new options.Pouch(`${options.url.replace(/\/+$/, '')}/${encodeURIComponent(options.database)}`, {
    auth: { username: options.user, password: options.password },
    skip_setup: true,
  });
  const docs = new Map<string, BoardDoc>();
  let since: string | number = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let feed: { cancel(): void } | undefined;
  const publish = () => {
    timer = undefined;
    options.onDocs([...docs.values()]);
  };
  const changed = () => {
    timer ??= setTimeout(publish, options.settleMs ?? 250);
  };
  /** The feed's filter once known (undefined: not yet: the design document was not readable). */
  let filter: ChangesFilter | undefined = options.fromDay ? undefined : {};
  const start = () => {
    if (stopped) return;
    if (filter !== undefined) return open(filter);
    void recentFilter(remote, options.fromDay!).then(async (known) => {
      filter = known ?? undefined;
      if (known?.filter) {
        // The board's documents at once from the view, then the feed from the sequence read before it
        // (a change made meanwhile comes twice: the same document). Failed: the filtered feed from 0 reads them.
        await readRecent(remote, beijingDayStart(options.fromDay!), docs).then((seq) => ((since = seq), changed()), () => undefined);
      }
      open(known ?? {});
    });
  };
  const open = (chosen: ChangesFilter) => {
    if (stopped) return;
    const f = remote.changes({ since, live: true, include_docs: true, ...chosen });
    feed = f;
    f.on('change', (change) => {
      const c = change as { id: string; seq?: string | number; deleted?: boolean; doc?: BoardDoc };
      if (c.seq !== undefined) since = c.seq;
      if (c.id.startsWith('_design/')) return;
      if (c.deleted || !c.doc) docs.delete(c.id);
      else docs.set(c.id, c.doc);
      options.onPause(null);
      changed();
    });
    f.on('error', (error) => {
      options.onPause(pauseReason(error));
      if (!stopped) setTimeout(start, options.retryMs ?? 5000);
    });
    void remote.info().then(() => options.onPause(null), (error: unknown) => options.onPause(pauseReason(error)));
  };
  start();
  return () => {
    stopped = true;
    feed?.cancel();
    if (timer) clearTimeout(timer);
  };
}

type ChangesFilter = { filter?: string; query_params?: Record<string, string> };

/** Puts the view's documents from `from` (ms) on into `docs`; returns the database's sequence read before it. */
async function readRecent(remote: PouchDb, from: number, docs: Map<string, BoardDoc>): Promise<string | number> {
  const { update_seq: seq } = await remote.info();
  const { rows } = await remote.query(`${BOARD_DESIGN_ID.slice('_design/'.length)}/${BOARD_RECENT_FILTER}`, { startkey: from, include_docs: true });
  for (const row of rows) if (row.doc) docs.set(row.id, row.doc as BoardDoc);
  return seq;
}

/**
 * The changes filter for `fromDay` if the shop's design document has it (version 2 on), none if
 * it has not (set up before the filter: followed whole); null when the design document could not
 * be read now (server down): the feed opens unfiltered and says why, and the next start asks again.
 */
async function recentFilter(remote: PouchDb, fromDay: BeijingDay): Promise<ChangesFilter | null> {
  try {
    const design = (await remote.get(BOARD_DESIGN_ID)) as { filters?: Record<string, unknown>; views?: Record<string, { map?: unknown } | undefined> };
    if (typeof design.filters?.[BOARD_RECENT_FILTER] !== 'string' || typeof design.views?.[BOARD_RECENT_FILTER]?.map !== 'string') return {};
  } catch (error) {
    return (error as { status?: number } | null)?.status === 404 ? {} : null;
  }
  return { filter: `${BOARD_DESIGN_ID.slice('_design/'.length)}/${BOARD_RECENT_FILTER}`, query_params: { from_day: fromDay, from: String(beijingDayStart(fromDay)) } };
}
