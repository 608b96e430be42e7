/**
 * Sets up a shop's database for the live board on the shop's own CouchDB 3
 * (docs/BOARD.md):  npx tsx scripts/board-setup.ts shop.json
 *
 *   { "url": "https://couch.example.com:6984", "database": "kg_shop1",
 *     "admin": { "name": "admin" },                       // password: KG_COUCH_ADMIN_PASSWORD
 *     "owner": { "name": "owner1", "password": "…" },
 *     "agents": [{ "name": "agent1", "password": "…" }, …] }
 *
 * Creates the database, the users, `_security` and the design document with
 * the validation; repeating it is safe. Passwords are never printed.
 */
import { readFileSync } from 'node:fs';
import { setupBoard, SetupError, type BoardSetup } from '../lib/team/board/setup';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new SetupError('用法：npx tsx scripts/board-setup.ts <店铺配置.json>（见 docs/BOARD.md）');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Partial<BoardSetup> & { admin?: { name: string; password?: string } };
  const password = config.admin?.password ?? process.env.KG_COUCH_ADMIN_PASSWORD;
  if (!config.url || !config.database || !config.admin?.name || !password || !config.owner?.name) {
    throw new SetupError('配置缺少 url、database、admin.name、owner.name 或管理员密码（KG_COUCH_ADMIN_PASSWORD）');
  }
  if (!/^https:\/\//.test(config.url) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(config.url)) {
    console.warn('警告：服务器地址不是 https://，密码会以明文经过网络（见 docs/BOARD.md “TLS”）');
  }
  const steps = await setupBoard({ url: config.url, database: config.database, admin: { name: config.admin.name, password }, owner: config.owner, agents: config.agents ?? [] }, (u, init) => fetch(u, init));
  for (const step of steps) console.log(`✓ ${step}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? `✗ ${error.message}` : error);
  process.exit(1);
});
