/** PouchDB for Node (tests, bench): core over memory, with HTTP and replication, as pouchdb-browser is in the extension. */
import { createRequire } from 'node:module';
import type { PouchCtor } from '../../lib/team/board/pouch';

const require = createRequire(import.meta.url);
type Plug = { plugin(p: unknown): Plug; defaults(o: unknown): unknown };

export const NodePouch = (require('pouchdb-core') as Plug)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce')) as unknown as PouchCtor;
