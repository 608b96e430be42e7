/**
 * The Team page's side of the live board: every document of the shop's
 * database, kept current from the server's changes feed (the feed
 * replication reads) with the owner's credentials, and the board rebuilt at
 * most every `settleMs` after a change. The server down or the password
 * wrong: the reason is reported and the feed retried every `retryMs`.
 * The PouchDB constructor is passed in (pouchdb-browser, loaded only when
 * the tab is opened with the board switched on).
 */
import type { PouchCtor } from './pouch';
import type { PauseReason } from './sync-state';
import { pauseReason } from './sync-state';
import type { BoardDoc } from './docs';

export interface FollowOptions {
  Pouch: PouchCtor;
  url: string;
  database: string;
  user: string;
  password: string;
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
  const start = () => {
    if (stopped) return;
    const f = remote.changes({ since, live: true, include_docs: true });
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
