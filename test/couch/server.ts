/**
 * A server speaking CouchDB's HTTP and replication protocol for the tests,
 * bench and demo: express-pouchdb (the heart of pouchdb-server) over an
 * in-memory PouchDB, on 127.0.0.1, with a server admin, `_users`, `_session`,
 * `_security` and validate_doc_update as CouchDB 3 has them. `stop()` closes
 * the port (every open connection cut, as a server going down does) and
 * `start()` opens it again with the data kept: a server restarted mid-day.
 */
import { createRequire, Module } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { setupBoard, type BoardUser } from '../../lib/team/board/setup';
import { NodePouch } from './pouch';

const require = createRequire(import.meta.url);

/**
 * pouchdb-validation 4 (express-pouchdb's validate_doc_update) replaces the
 * incoming document's `_revisions` with the stored one's before validating,
 * so a replicated update (new_edits=false, rev 2 of a document at rev 1) is
 * answered 201 and silently stored as the old revision: a status or day
 * document never changed on the server after its first write. CouchDB keeps
 * the incoming revisions. The module is loaded here once with that line
 * keeping the document's own `_revisions` when it has them; it refuses to
 * start if the line is not found, rather than run with the bug.
 */
function patchValidation(): void {
  const path = require.resolve('pouchdb-validation');
  if ((require.cache[path] as { kgPatched?: boolean } | undefined)?.kgPatched) return;
  const bug = 'newDoc._revisions = (oldDoc || {})._revisions;';
  const source = readFileSync(path, 'utf8');
  if (!source.includes(bug)) throw new Error('test/couch/server.ts: pouchdb-validation changed; check its _revisions handling');
  type NodeModule = { filename: string; paths: string[]; loaded: boolean; kgPatched?: boolean; _compile(code: string, file: string): void };
  const ModuleCtor = Module as unknown as { new (id: string): NodeModule; _nodeModulePaths(dir: string): string[] };
  const patched = new ModuleCtor(path);
  patched.filename = path;
  patched.paths = ModuleCtor._nodeModulePaths(dirname(path));
  patched._compile(source.replace(bug, 'newDoc._revisions = newDoc._revisions || (oldDoc || {})._revisions;'), path);
  patched.loaded = true;
  patched.kgPatched = true;
  require.cache[path] = patched as unknown as NodeJS.Module;
}

export interface CouchServer {
  url: string;
  port: number;
  admin: { name: string; password: string };
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Sets up a shop's database as scripts/board-setup.ts does. */
  setupShop(database: string, owner: BoardUser, agents: BoardUser[]): Promise<string[]>;
}

export async function startCouch(port = 0): Promise<CouchServer> {
  patchValidation();
  const express = require('express') as () => { use(h: (...args: never[]) => unknown): void; listen(port: number, host: string, cb: () => void): Server };
  const Memory = (NodePouch as unknown as { defaults(o: unknown): unknown }).defaults({ adapter: 'memory', prefix: 'server-' });
  const dir = mkdtempSync(join(tmpdir(), 'kg-couch-'));
  const app = express();
  // CORS as a shop's CouchDB is told to allow the extension's origin (docs/BOARD.md), for pages that
  // have not been granted the server's origin as a host permission (the Team page in the e2e tests).
  app.use((req: { method: string; headers: Record<string, string | undefined> }, res: { setHeader(k: string, v: string): void; statusCode: number; end(): void }, next: () => void) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    next();
  });
  app.use((require('express-pouchdb') as (p: unknown, o: unknown) => (...args: never[]) => unknown)(Memory, {
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] },
  }));
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const admin = { name: 'admin', password: 'admin-secret' };
  const listen = () =>
    new Promise<void>((resolve) => {
      server = app.listen(port, '127.0.0.1', () => resolve());
      server.on('connection', (s: Socket) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
    });
  await listen();
  port = (server!.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  const put = await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!put.ok) throw new Error(`admin not set: ${put.status}`);
  return {
    url,
    port,
    admin,
    start: listen,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server?.close(() => resolve());
        server = null;
      }),
    setupShop: (database, owner, agents) => setupBoard({ url, admin, database, owner, agents }, (u, init) => fetch(u, init)),
  };
}
