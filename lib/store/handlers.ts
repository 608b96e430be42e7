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
import { addChatEvents, pendingMessages } from './chat';
import { markObserved } from './coverage';
import type { StoreConnection } from './db';
import { readStoreError, RequestError } from './errors';
import type { KeyValueArea } from './errors';
import { exportDaily } from './export';
import { addGuardEvent } from './guard';
import { allReports, latestLiveReport, refreshBadge, saveWaitingReport } from './live';
import type { BadgeApi } from './live';
import { readSettings } from './settings';
import type { ReadableArea } from './settings';
import { getSummary } from './summary';
import { addDiagnostic, DIAGNOSTICS_KEY, listDiagnostics } from './diagnostics';
import type { WaitingReport } from '../events';

export interface HandlerDeps {
  store: StoreConnection;
  /** `browser.storage.session`: live reports and the last store error. */
  session: KeyValueArea;
  /** `browser.storage.local`: the settings and the diagnostics. */
  local: KeyValueArea;
  /** `browser.storage.managed`: settings pushed by enterprise policy, which win. */
  managed?: ReadableArea;
  /** `browser.action`: the toolbar badge. */
  action: BadgeApi;
  clock: Clock;
  /** Called with each chat tab's live report after it is stored (desktop notifications, lib/notifier.ts). */
  onWaitingReport?(tabId: number | undefined, report: WaitingReport): Promise<void>;
}

const finiteTime = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RequestError(`时间格式不正确 / ${name}: not a time`);
  return value;
};

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/** Handlers for every request of the Protocol. */
export function createHandlers({ store, session, local, managed, action, clock, onWaitingReport }: HandlerDeps): Handlers {
  const windowOf = async () => (await readSettings(local, managed)).replyTimer.countedWindow;
  return {
    'chat/events': async (request) => {
      const window = await windowOf();
      const events = Array.isArray(request.events) ? request.events : [];
      const { added } = await store.run('chat/events', (db) =>
        addChatEvents(db, normalizeAccount(request.account), events, window, clock.now()),
      );
      return { added };
    },

    'chat/pending': async (request) => {
      const since = finiteTime(request.since, 'chat/pending since');
      const account = normalizeAccount({ key: request.account }).key;
      return { pending: await store.run('chat/pending', (db) => pendingMessages(db, account, since)) };
    },

    'chat/heartbeat': async (request) => {
      const at = finiteTime(request.at, 'chat/heartbeat at');
      await store.run('chat/heartbeat', (db) => markObserved(db, normalizeAccount(request.account), at, clock.now()));
      return { ok: true };
    },

    'chat/waiting': async (request, sender) => {
      await saveWaitingReport(session, sender.tabId, request.report, clock.now());
      await refreshBadge(session, action);
      // A failing notification must not fail the report (the badge is set).
      await onWaitingReport?.(sender.tabId, request.report).catch((error: unknown) => console.warn('[kefu-guard] notification failed', error));
      return { ok: true };
    },

    'diagnostics/report': async (request) => ({ stored: await addDiagnostic(local, request.entry, clock.now()) }),

    'diagnostics/list': async (request) => {
      if (request.clear === true) await local.remove(DIAGNOSTICS_KEY);
      return { entries: await listDiagnostics(local) };
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
  };
}
