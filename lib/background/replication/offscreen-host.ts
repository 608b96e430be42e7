/**
 * The live board's replication in Chrome's offscreen document (issue 24
 * follow-up): PouchDB is some 200 KB, too much to load into the service
 * worker at every wake-up when most shops never switch the board on. The
 * worker (offscreen-client.ts) creates the document only once the board is
 * on and its origin granted, and sends each run here; the document keeps one
 * BoardSync per server user and database, as the worker did. The document is
 * the extension's own page: the same IndexedDB (PouchDB's local database and
 * checkpoints) and the same granted origin.
 */
import type { PouchCtor } from '../../team/board/pouch';
import type { BoardConnection } from './runner';
import { BoardSync, type SyncInput, type SyncState } from './sync';

/** The offscreen document's page (entrypoints/board-sync/index.html). */
export const OFFSCREEN_PATH = '/board-sync.html';
export const OFFSCREEN_RUN = 'kg-board/offscreen-run';

export interface OffscreenRun {
  kind: typeof OFFSCREEN_RUN;
  connection: BoardConnection;
  input: SyncInput;
}

export type OffscreenReply = { state: SyncState } | { error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isOffscreenRun(message: unknown): message is OffscreenRun {
  if (!isRecord(message) || message.kind !== OFFSCREEN_RUN || !isRecord(message.connection) || !isRecord(message.input)) return false;
  const c = message.connection;
  return ['localName', 'url', 'database', 'user', 'password'].every((k) => typeof c[k] === 'string') && typeof message.input.now === 'number';
}

/** Answers the worker's runs: a reply for an OffscreenRun, undefined for anything else (left to other listeners). */
export function boardSyncHost(Pouch: PouchCtor): (message: unknown) => Promise<OffscreenReply> | undefined {
  let key = '';
  let sync: BoardSync | null = null;
  return (message) => {
    if (!isOffscreenRun(message)) return undefined;
    const c = message.connection;
    const next = JSON.stringify([c.localName, c.url, c.database, c.user, c.password]);
    if (!sync || next !== key) {
      key = next;
      sync = new BoardSync({ Pouch, localName: c.localName, url: c.url, database: c.database, user: c.user, password: c.password });
    }
    return sync.run(message.input).then(
      (state): OffscreenReply => ({ state }),
      (error: unknown): OffscreenReply => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
