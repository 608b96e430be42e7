/**
 * The background's request handlers: one per request of lib/messages.ts,
 * each a thin call into the store. Browser APIs arrive as parameters, so
 * tests pass fakeBrowser parts and nothing here touches `browser` directly.
 */
import type { Clock } from '../clock';
import type { Handlers } from '../messages';
import type { ExportFormat } from '../messages';
import { normalizeAccount, resolveAccount } from './accounts';
import { putAfterSalesSnapshot } from './aftersales';
import { accountSalt, addChatEvents, pendingMessages } from './chat';
import { markObserved } from './coverage';
import type { StoreConnection } from './db';
import { readStoreError, RequestError } from './errors';
import type { KeyValueArea } from './errors';
import { exportDaily } from './export';
import { addGuardEvent } from './guard';
import { exportTeamDayFile, TEAM_EXPORT_DEFAULT_DAYS } from './team-export';
import { allReports, latestLiveReport, refreshBadge, saveWaitingReport } from './live';
import type { BadgeApi } from './live';
import { readSettings } from './settings';
import type { ReadableArea } from './settings';
import { getSummary } from './summary';

export interface HandlerDeps {
  store: StoreConnection;
  /** `browser.storage.session`: live reports and the last store error. */
  session: KeyValueArea;
  /** `browser.storage.local`: the settings. */
  local: ReadableArea;
  /** `browser.storage.managed`: settings pushed by enterprise policy, which win. */
  managed?: ReadableArea;
  /** `browser.action`: the toolbar badge. */
  action: BadgeApi;
  clock: Clock;
}

const finiteTime = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RequestError(`时间格式不正确 / ${name}: not a time`);
  return value;
};

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/** Handlers for every request of the Protocol. */
export function createHandlers({ store, session, local, managed, action, clock }: HandlerDeps): Handlers {
  const windowOf = async () => (await readSettings(local, managed)).replyTimer.countedWindow;
  const secretOf = async () => (await readSettings(local, managed)).team.shopSecret;
  return {
    'chat/events': async (request) => {
      const settings = await readSettings(local, managed);
      const events = Array.isArray(request.events) ? request.events : [];
      const { added } = await store.run('chat/events', (db) =>
        addChatEvents(db, normalizeAccount(request.account), events, settings.replyTimer.countedWindow, clock.now(), settings.team.shopSecret),
      );
      return { added };
    },

    'chat/pending': async (request) => {
      const since = finiteTime(request.since, 'chat/pending since');
      const account = normalizeAccount({ key: request.account }).key;
      const salt = accountSalt(account, await secretOf());
      return { pending: await store.run('chat/pending', (db) => pendingMessages(db, account, since)), salt };
    },

    'chat/heartbeat': async (request) => {
      const at = finiteTime(request.at, 'chat/heartbeat at');
      await store.run('chat/heartbeat', (db) => markObserved(db, normalizeAccount(request.account), at, clock.now()));
      return { ok: true };
    },

    'chat/waiting': async (request, sender) => {
      await saveWaitingReport(session, sender.tabId, request.report, clock.now());
      await refreshBadge(session, action);
      return { ok: true };
    },

    'guard/event': async (request) => {
      const window = await windowOf();
      return store.run('guard/event', (db) =>
        addGuardEvent(db, normalizeAccount(request.account), request.event, window, clock.now()),
      );
    },

    'aftersales/snapshot': async (request) => {
      const seenAt = finiteTime(request.seenAt, 'aftersales/snapshot seenAt');
      const rows = Array.isArray(request.rows) ? request.rows : [];
      return store.run('aftersales/snapshot', (db) =>
        putAfterSalesSnapshot(db, normalizeAccount(request.account), seenAt, rows, clock.now()),
      );
    },

    'summary/get': async (request) => {
      const now = clock.now();
      const [settings, reports, storeError] = await Promise.all([
        readSettings(local, managed),
        allReports(session),
        readStoreError(session),
      ]);
      return store.run('summary/get', (db) =>
        getSummary(db, { account: request.account, now, settings, live: latestLiveReport(reports, now), storeError }),
      );
    },

    'export/daily': async (request) => {
      if (!FORMATS.includes(request.format)) throw new RequestError(`不支持的导出格式 / export/daily: unknown format ${String(request.format)}`);
      const window = await windowOf();
      return store.run('export/daily', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        return exportDaily(db, account.key, request.format, clock.now(), window);
      });
    },

    'team/export': async (request) => {
      const days = request.days ?? TEAM_EXPORT_DEFAULT_DAYS;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) throw new RequestError(`导出天数应为 1–366 / team/export: days must be 1–366`);
      const window = await windowOf();
      return store.run('team/export', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        return exportTeamDayFile(db, account, days, clock.now(), window);
      });
    },
  };
}
