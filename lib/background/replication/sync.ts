/**
 * One agent's side of the live board: the day file of the last days (what
 * the store exports, lib/store/team-export.ts) and the live status are put
 * into a local PouchDB as documents with deterministic ids, and PouchDB
 * replicates that database to the shop's (CouchDB's replication protocol,
 * checkpoints kept by PouchDB in `_local` documents on both sides). So:
 * - a worker killed mid-replication resumes from the last checkpoint;
 * - hours offline: everything waits in the local database and goes on
 *   reconnect; the same event is the same document, nothing doubled;
 * - the server down or the password wrong: this returns a paused state with
 *   the reason, nothing else is touched (the store is only read);
 * - a document the server refuses (validate_doc_update) is counted.
 * The PouchDB constructor is passed in: pouchdb-browser in the extension,
 * pouchdb-core over memory in the tests and the bench.
 */
import type { TeamDayFile } from '../../team/day-file';
import type { BoardDoc, StatusDoc } from '../../team/board/docs';
import { dayFileDocs, sameContent } from '../../team/board/docs';
import { statusWriteDelay } from '../../team/board/status';
import type { RefusalKind } from '../../team/board/design';
import { refusalKind } from '../../team/board/design';
import type { PouchCtor, PouchDb } from '../../team/board/pouch';

import type { PauseReason } from '../../team/board/sync-state';
import { pauseReason } from '../../team/board/sync-state';

export type { PauseReason };
export { pauseReason };

export interface SyncState {
  ok: boolean;
  reason?: PauseReason;
  /** Last time a replication finished without error. */
  lastOkAt: number | null;
  /** Documents the server refused, by kind, since the board was switched on. */
  refused: Partial<Record<RefusalKind, number>>;
  /** Documents written to the server by the last run. */
  written: number;
}

export interface BoardSyncOptions {
  Pouch: PouchCtor;
  /** The local database's name (one per server user). */
  localName: string;
  url: string;
  database: string;
  user: string;
  password: string;
}

export interface SyncInput {
  /** The agent's day file of the last days (null when the store has no account yet). */
  file: TeamDayFile | null;
  /** The live status now (null: none to write). */
  status: StatusDoc | null;
  now: number;
}

export class BoardSync {
  readonly local: PouchDb;
  readonly remote: PouchDb;
  private state: SyncState = { ok: true, lastOkAt: null, refused: {}, written: 0 };

  constructor(private readonly options: BoardSyncOptions, previous?: SyncState) {
    this.local = new options.Pouch(options.localName);
    const base = options.url.replace(/\/+$/, '');
    this.remote = new options.Pouch(`${base}/${encodeURIComponent(options.database)}`, {
      auth: { username: options.user, password: options.password },
      skip_setup: true,
    });
    if (previous) this.state = { ...previous, refused: { ...previous.refused } };
  }

  /** Puts what changed into the local database, then replicates it to the shop's. */
  async run(input: SyncInput): Promise<SyncState> {
    await this.fill(input);
    try {
      const result = await this.local.replicate.to(this.remote, { batch_size: 250 });
      for (const error of result.errors ?? []) {
        const kind = refusalKind((error as { reason?: unknown; message?: unknown }).reason ?? (error as { message?: unknown }).message);
        this.state.refused[kind] = (this.state.refused[kind] ?? 0) + 1;
      }
      this.state = { ...this.state, ok: true, lastOkAt: input.now, written: result.docs_written };
      delete this.state.reason;
    } catch (error) {
      this.state = { ...this.state, ok: false, reason: pauseReason(error), written: 0 };
    }
    return this.snapshot();
  }

  snapshot(): SyncState {
    return { ...this.state, refused: { ...this.state.refused } };
  }

  /** Writes the documents whose content changed (events are written once: they never change). */
  async fill(input: SyncInput): Promise<number> {
    const docs: BoardDoc[] = input.file ? dayFileDocs(this.options.user, input.file) : [];
    if (input.status) docs.push(input.status);
    if (!docs.length) return 0;
    const found = await this.local.allDocs({ keys: docs.map((d) => d._id), include_docs: true });
    const writes: BoardDoc[] = [];
    docs.forEach((doc, i) => {
      const row = found.rows[i] as { doc?: BoardDoc; value?: { rev: string; deleted?: boolean } } | undefined;
      const old = row?.doc;
      if (!old) {
        writes.push(doc);
        return;
      }
      if (doc.type === 'event') return;
      if (doc.type === 'status' && old.type === 'status') {
        if (statusWriteDelay(old, doc) !== 0) return;
      } else if (sameContent(old, doc)) return;
      writes.push({ ...doc, _rev: old._rev! });
    });
    if (writes.length) await this.local.bulkDocs(writes);
    return writes.length;
  }

  /** The status last written locally (the next one waits on it: at most every 15 s). */
  async lastStatus(id: string): Promise<StatusDoc | null> {
    try {
      return (await this.local.get(id)) as StatusDoc;
    } catch {
      return null;
    }
  }
}
