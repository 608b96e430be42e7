/**
 * The shop's retention for the live board (docs/BOARD.md "保留期"): deletes,
 * as the server admin, the board's event and day documents from before a
 * Beijing day, then asks the server to compact. Status documents stay.
 *
 *   KG_COUCH_ADMIN_PASSWORD=… npx tsx scripts/board-prune.ts shop.json 2026-09-01
 *   KG_COUCH_ADMIN_PASSWORD=… npx tsx scripts/board-prune.ts shop.json --keep-days 90
 *
 * The same shop.json as scripts/board-setup.ts (url, database, admin.name).
 * Repeating it is safe. The agents' own browsers keep their copies (their
 * replication does not send them again).
 */
import { readFileSync } from 'node:fs';
import { addDays, beijingDay } from '../lib/clock';
import { pruneBoard } from '../lib/team/board/prune';
import { SetupError } from '../lib/team/board/setup';

const USAGE = '用法：npx tsx scripts/board-prune.ts <店铺配置.json> <保留起始日 YYYY-MM-DD | --keep-days N>（见 docs/BOARD.md）';

async function main(): Promise<void> {
  const [file, when, days] = process.argv.slice(2);
  if (!file || !when) throw new SetupError(USAGE);
  const keepFrom = when === '--keep-days' ? addDays(beijingDay(Date.now()), -Math.floor(Number(days))) : when;
  if (when === '--keep-days' && !(Number(days) >= 1)) throw new SetupError(`--keep-days 需要至少 1 天。${USAGE}`);
  const config = JSON.parse(readFileSync(file, 'utf8')) as { url?: string; database?: string; admin?: { name?: string; password?: string } };
  const password = config.admin?.password ?? process.env.KG_COUCH_ADMIN_PASSWORD;
  if (!config.url || !config.database || !config.admin?.name || !password) throw new SetupError('配置缺少 url、database、admin.name 或管理员密码（KG_COUCH_ADMIN_PASSWORD）');
  const result = await pruneBoard({ url: config.url, database: config.database, admin: { name: config.admin.name, password } }, keepFrom, (u, init) => fetch(u, init));
  console.log(`✓ ${keepFrom} 之前的事件和日文档已删除：${result.deleted} 个${result.refused ? `（服务器拒绝 ${result.refused} 个）` : ''}`);
  console.log(result.compacting ? '✓ 已请求服务器压缩数据库（释放空间）' : '！服务器未接受压缩请求，可稍后在 CouchDB 管理界面压缩');
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? `✗ ${error.message}` : error);
  process.exit(1);
});
