// @vitest-environment node
/**
 * The shop's retention on its own server (lib/team/board/prune.ts), against a
 * server speaking CouchDB's HTTP API (express-pouchdb in memory, started here):
 * events and days from before the kept day go, in batches, as the admin; the
 * status documents and everything from the kept day on stay; repeating it
 * deletes nothing more; a wrong password changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, DAY_MS } from '@/lib/clock';
import { dayFileDocs } from '@/lib/team/board/docs';
import { pruneBoard } from '@/lib/team/board/prune';
import { SetupError } from '@/lib/team/board/setup';
import { statusDoc } from '@/lib/team/board/status';
import { startCouch, type CouchServer } from '../../../couch/server';
import { boardFile, evAt, NOW, TODAY } from './helpers';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('shop_prune', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }]);
});
afterAll(() => couch.stop());

const headers = () => ({ authorization: `Basic ${btoa(`${couch.admin.name}:${couch.admin.password}`)}`, 'content-type': 'application/json' });
const ids = async () =>
  ((await (await fetch(`${couch.url}/shop_prune/_all_docs`, { headers: headers() })).json()) as { rows: Array<{ id: string }> }).rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));

describe('pruning the board\'s old documents on the shop\'s server', () => {
  it('deletes events and days from before the kept day, in batches; keeps the rest and the statuses; a second run deletes nothing', async () => {
    const OLD = NOW - 100 * DAY_MS;
    const old = dayFileDocs('a1', boardFile('A', [evAt(OLD)('buyer', 5, 'c-old', 'm-old1'), evAt(OLD)('human', 4, 'c-old', 'm-old2')], {}, OLD));
    const recent = dayFileDocs('a1', boardFile('A'));
    const status = statusDoc({ agent: 'a1', shop: 'mall1', agentId: 'A', reports: [], heldToday: 0, now: NOW - 100 * DAY_MS });
    // Written as the admin: the validation keeps agents to the last 8 days, the admin is not held to it.
    const put = await fetch(`${couch.url}/shop_prune/_bulk_docs`, { method: 'POST', headers: headers(), body: JSON.stringify({ docs: [...old, ...recent, status] }) });
    expect(put.status).toBe(201);
    const keptIds = [...recent.map((d) => d._id), status._id].sort();
    expect((await ids()).length).toBe(old.length + keptIds.length);

    const first = await pruneBoard({ url: couch.url, database: 'shop_prune', admin: couch.admin }, addDays(TODAY, -30), (u, init) => fetch(u, init), 2);
    expect(first).toMatchObject({ deleted: old.length, refused: 0, compacting: true });
    expect((await ids()).sort()).toEqual(keptIds);
    const again = await pruneBoard({ url: couch.url, database: 'shop_prune', admin: couch.admin }, addDays(TODAY, -30), (u, init) => fetch(u, init));
    expect(again).toMatchObject({ deleted: 0, refused: 0 });
    // Keeping from tomorrow takes today's events and day too; the status stays.
    await pruneBoard({ url: couch.url, database: 'shop_prune', admin: couch.admin }, addDays(TODAY, 1), (u, init) => fetch(u, init));
    expect(await ids()).toEqual([status._id]);
  });

  it('refuses a wrong password, a malformed day and a database without the board\'s design document, in Chinese, deleting nothing', async () => {
    const target = { url: couch.url, database: 'shop_prune', admin: couch.admin };
    const run = (t: typeof target, day: string) => pruneBoard(t, day, (u, init) => fetch(u, init));
    await expect(run({ ...target, admin: { name: 'admin', password: 'wrong' } }, TODAY)).rejects.toThrow(new SetupError('管理员用户名或密码错误'));
    await expect(run(target, '2026/12/01')).rejects.toThrow(/日期格式/);
    await fetch(`${couch.url}/shop_plain`, { method: 'PUT', headers: headers() });
    await expect(run({ ...target, database: 'shop_plain' }, TODAY)).rejects.toThrow(/设置命令/);
  });
});
