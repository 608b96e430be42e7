/**
 * The shop's retention on its own server (docs/BOARD.md: the shop decides how
 * long the board keeps its documents): as the server admin, deletes the
 * event and day documents from before a Beijing day, found through the design
 * document's `recent` view (by time), in batches; status documents are kept.
 * Agents cannot delete (the validation refuses it); the board drops deleted
 * documents it holds (the `recent` filter passes deletions). A compaction is
 * asked for afterwards so the server frees the space. Run by
 * scripts/board-prune.ts; repeating it is safe (nothing left to delete).
 */
import { beijingDayStart, type BeijingDay } from '../../clock';
import { BOARD_DESIGN_ID, BOARD_RECENT_FILTER } from './design';
import { adminCall, DATABASE_NAME, SetupError, type BoardSetup, type Call, type Fetch } from './setup';

export interface PruneTarget {
  url: string;
  database: string;
  admin: BoardSetup['admin'];
}

export interface PruneResult {
  /** Documents deleted (events and days before the day). */
  deleted: number;
  /** Deletions the server refused (counted, not retried). */
  refused: number;
  /** Whether the server took the compaction request. */
  compacting: boolean;
}

/** Documents deleted per request. */
export const PRUNE_BATCH = 500;

export async function pruneBoard(target: PruneTarget, keepFrom: BeijingDay, fetcher: Fetch, batch = PRUNE_BATCH): Promise<PruneResult> {
  if (!DATABASE_NAME.test(target.database)) throw new SetupError(`数据库名不合规：${target.database}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(keepFrom)) throw new SetupError(`日期格式应为 YYYY-MM-DD：${keepFrom}`);
  const server = adminCall(`${target.url.replace(/\/+$/, '')}/${encodeURIComponent(target.database)}`, target.admin, fetcher);
  const call: Call = async (method, path, body) => {
    const res = await server(method, path, body);
    if (res.status === 401) throw new SetupError('管理员用户名或密码错误');
    return res;
  };
  // The view's keys are times (ms); a day document sits under its day's start: everything before the kept day's start goes.
  const before = beijingDayStart(keepFrom);
  const view = `/${BOARD_DESIGN_ID}/_view/${BOARD_RECENT_FILTER}?endkey=${before}&inclusive_end=false&limit=${batch}`;
  const result: PruneResult = { deleted: 0, refused: 0, compacting: false };
  const refusedIds = new Set<string>();
  for (;;) {
    const found = await call('GET', view);
    if (found.status === 404) throw new SetupError('没有找到看板的设计文档：请先运行设置命令（scripts/board-setup.ts）');
    if (found.status !== 200) throw new SetupError(`无法读取视图（HTTP ${found.status}）`);
    const ids = ((found.body.rows ?? []) as Array<{ id: string }>).map((r) => r.id).filter((id) => !refusedIds.has(id));
    if (ids.length === 0) break;
    const revs = await call('POST', '/_all_docs', { keys: ids });
    const docs = ((revs.body.rows ?? []) as Array<{ id?: string; value?: { rev?: string; deleted?: boolean } }>)
      .filter((r) => r.id && r.value?.rev && !r.value.deleted)
      .map((r) => ({ _id: r.id!, _rev: r.value!.rev!, _deleted: true }));
    const written = await call('POST', '/_bulk_docs', { docs });
    const outcomes = (Array.isArray(written.body) ? written.body : []) as Array<{ id: string; ok?: boolean; error?: string }>;
    for (const o of outcomes) {
      if (o.ok) result.deleted++;
      else {
        result.refused++;
        refusedIds.add(o.id);
      }
    }
    if (!outcomes.some((o) => o.ok)) break; // nothing moved: stop rather than ask again for the same rows
  }
  result.compacting = (await call('POST', '/_compact', {})).status === 202;
  return result;
}
