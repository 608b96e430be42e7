/**
 * Setting up a shop's database on its own server (CouchDB 3 or any server
 * speaking its HTTP API), as a server admin: the database, the users (agents
 * and owner, in `_users`), `_security` (members = exactly those names; the
 * database is closed to everyone else) and the design document with the
 * validation. Run by scripts/board-setup.ts and by the tests' server.
 * Every step may be repeated: an existing database or user is kept (a
 * password given is set again), the design document replaced when older.
 */
import { boardDesignDoc, BOARD_DESIGN_ID, BOARD_DESIGN_VERSION } from './design';

export interface BoardUser {
  name: string;
  /** Set (or set again) when given; an existing user without one is left alone. */
  password?: string;
}

export interface BoardSetup {
  /** The server's base URL, e.g. https://couch.example.com:6984 */
  url: string;
  admin: { name: string; password: string };
  /** One database per shop: lower-case letters, digits and _$()+-/, starting with a letter (CouchDB's rule). */
  database: string;
  owner: BoardUser;
  agents: BoardUser[];
}

export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; json(): Promise<unknown> }>;

export class SetupError extends Error {}

/** Runs the setup; the steps done, in order, for the command's output. */
export async function setupBoard(setup: BoardSetup, fetcher: Fetch): Promise<string[]> {
  if (!DATABASE_NAME.test(setup.database)) throw new SetupError(`数据库名不合规：${setup.database}（小写字母开头，只含小写字母、数字和 _$()+-/）`);
  const call = adminCall(setup.url, setup.admin, fetcher);
  const done: string[] = [];
  const root = await call('GET', '/_session');
  if (root.status === 401) throw new SetupError('管理员用户名或密码错误');
  const db = await call('PUT', `/${encodeURIComponent(setup.database)}`);
  if (db.status !== 201 && db.status !== 412) throw new SetupError(`无法创建数据库（HTTP ${db.status}：${String(db.body.reason ?? '')}）`);
  done.push(db.status === 201 ? `数据库 ${setup.database} 已创建` : `数据库 ${setup.database} 已存在`);
  for (const user of [setup.owner, ...setup.agents]) done.push(await putUser(call, user));
  const names = [setup.owner.name, ...setup.agents.map((a) => a.name)];
  const security = { admins: { names: [], roles: [] }, members: { names, roles: [] } };
  const sec = await call('PUT', `/${encodeURIComponent(setup.database)}/_security`, security);
  if (sec.status !== 200) throw new SetupError(`无法设置 _security（HTTP ${sec.status}）`);
  done.push(`_security：成员 ${names.join('、')}`);
  done.push(await putDesign(call, setup.database));
  return done;
}

export type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, unknown> }>;

/** JSON requests to the server as its admin (Basic auth), paths from `url` (trailing slashes dropped). */
export function adminCall(url: string, admin: BoardSetup['admin'], fetcher: Fetch): Call {
  const base = url.replace(/\/+$/, '');
  const auth = `Basic ${btoa(unescape(encodeURIComponent(`${admin.name}:${admin.password}`)))}`;
  return async (method, path, body) => {
    const res = await fetcher(base + path, { method, headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  };
}

async function putUser(call: Call, user: BoardUser): Promise<string> {
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
  const existing = await call('GET', path);
  if (existing.status === 200 && !user.password) return `用户 ${user.name} 已存在`;
  if (!user.password) throw new SetupError(`用户 ${user.name} 不存在，需要密码`);
  const doc = { ...(existing.status === 200 ? existing.body : {}), _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles: [], password: user.password };
  const put = await call('PUT', path, doc);
  if (put.status !== 201 && put.status !== 202) throw new SetupError(`无法保存用户 ${user.name}（HTTP ${put.status}：${String(put.body.reason ?? '')}）`);
  return existing.status === 200 ? `用户 ${user.name} 密码已更新` : `用户 ${user.name} 已创建`;
}

async function putDesign(call: Call, database: string): Promise<string> {
  const path = `/${encodeURIComponent(database)}/${BOARD_DESIGN_ID}`;
  const existing = await call('GET', path);
  const version = existing.status === 200 ? Number(existing.body.kefuGuardVersion) : 0;
  if (version >= BOARD_DESIGN_VERSION) return `校验规则（第 ${version} 版）已是最新`;
  const doc = { ...boardDesignDoc(), ...(existing.status === 200 ? { _rev: existing.body._rev } : {}) };
  const put = await call('PUT', path, doc);
  if (put.status !== 201 && put.status !== 202) throw new SetupError(`无法写入校验规则（HTTP ${put.status}：${String(put.body.reason ?? '')}）`);
  return `校验规则（第 ${BOARD_DESIGN_VERSION} 版）已写入`;
}
