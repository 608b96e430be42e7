// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../../../couch/server';
import { dayFileDocs } from '@/lib/team/board/docs';
import { BOARD_DESIGN_VERSION } from '@/lib/team/board/design';
import { boardFile } from './helpers';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(() => couch.stop());

const basic = (user: string, pw: string) => ({ authorization: `Basic ${btoa(`${user}:${pw}`)}`, 'content-type': 'application/json' });

describe('a shop database set up on a CouchDB-speaking server (express-pouchdb in memory)', () => {
  it('setup is repeatable; members only; the server itself refuses another agent\'s document', async () => {
    const steps = await couch.setupShop('shop_mall1', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }, { name: 'a2', password: 'p2' }]);
    expect(steps.join('\n')).toMatch(new RegExp(`数据库 shop_mall1 已创建[\\s\\S]*用户 a1 已创建[\\s\\S]*校验规则（第 ${BOARD_DESIGN_VERSION} 版）已写入`));
    const again = await couch.setupShop('shop_mall1', { name: 'owner' }, [{ name: 'a1' }, { name: 'a2' }]);
    expect(again.join('\n')).toMatch(/已存在[\s\S]*已是最新/);
    // A shop set up before the board's changes filter (version 1): running setup again writes version 2.
    const admin = { authorization: `Basic ${btoa(`${couch.admin.name}:${couch.admin.password}`)}`, 'content-type': 'application/json' };
    const designUrl = `${couch.url}/shop_mall1/_design/kefu-guard`;
    const v2 = (await (await fetch(designUrl, { headers: admin })).json()) as { filters?: unknown; kefuGuardVersion: number };
    expect(v2.filters).toHaveProperty('recent');
    delete v2.filters;
    expect((await fetch(designUrl, { method: 'PUT', headers: admin, body: JSON.stringify({ ...v2, kefuGuardVersion: 1 }) })).status).toBe(201);
    expect((await couch.setupShop('shop_mall1', { name: 'owner' }, [{ name: 'a1' }, { name: 'a2' }])).join('\n')).toMatch(`校验规则（第 ${BOARD_DESIGN_VERSION} 版）已写入`);
    expect(((await (await fetch(designUrl, { headers: admin })).json()) as { filters?: unknown }).filters).toHaveProperty('recent');
    const db = `${couch.url}/shop_mall1`;
    expect((await fetch(`${db}/_all_docs`)).status).toBe(401);
    expect((await fetch(db, { headers: basic('a1', 'wrong') })).status).toBe(401);
    const [own] = dayFileDocs('a1', boardFile('A'));
    expect((await fetch(`${db}/${encodeURIComponent(own!._id)}`, { method: 'PUT', headers: basic('a1', 'p1'), body: JSON.stringify(own) })).status).toBe(201);
    const forged = { ...own!, agent: 'a2', _id: own!._id.replace(':a1:', ':a2:') };
    const res = await fetch(`${db}/${encodeURIComponent(forged._id)}`, { method: 'PUT', headers: basic('a1', 'p1'), body: JSON.stringify(forged) });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(/^agent:/) });
  });
});
