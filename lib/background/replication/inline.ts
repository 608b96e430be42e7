/**
 * The board's replication inside the background itself: Firefox, whose MV2
 * background is a page with no size concern of a service worker waking up
 * (Chrome runs it in the offscreen document, offscreen-host.ts). Imported
 * only on the Firefox branch of wire.ts, so Chrome's worker has no PouchDB.
 */
import PouchDB from 'pouchdb-browser';
import type { BoardConnection, Syncer } from './runner';
import { BoardSync } from './sync';

export const openInline = (connection: BoardConnection): Syncer => new BoardSync({ Pouch: PouchDB, ...connection });
