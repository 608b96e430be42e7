/**
 * The background's request handlers: one per request of lib/messages.ts,
 * each a thin call into the store. Browser APIs arrive as parameters, so
 * tests pass fakeBrowser parts and nothing here touches `browser` directly.
 */
import { isPlausibleEventTime } from '../clock';
import type { Clock } from '../clock';
import type { Handlers } from '../messages';
import type { ExportFormat } from '../messages';
import { listAccounts, normalizeAccount, resolveAccount } from './accounts';
import { putAfterSalesSnapshot } from './aftersales';
import { accountSalt, addChatEvents, pendingMessages } from './chat';
import { markObserved } from './coverage';
import type { StoreConnection } from './db';
import type { KefuDb } from './schema';
import { readStoreError, RequestError } from './errors';
import type { KeyValueArea } from './errors';
import { countDiagnostics } from './diagnostics';
import { exportDaily } from './export';
import { addGuardEvent } from './guard';
import { exportTeamDayFile, TEAM_EXPORT_DEFAULT_DAYS } from './team-export';
import { allReports, latestLiveReport, refreshBadge, saveWaitingReport } from './live';
import type { BadgeApi } from './live';
import { checkShop, officialCalibration, officialShopDays, putOfficialReadings, recordOfficialRejects, shopOfAccount } from './official';
import { beijingDay } from '../clock';
import { readSettings } from './settings';
import type { ReadableArea } from './settings';
import { getSummary } from './summary';
import { addDiagnostic, DIAGNOSTIC_ENTRIES_KEY, listDiagnostics } from './diagnostics';
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

/** A time an event may carry (lib/clock.ts isPlausibleEventTime): a microsecond stamp or year 58887 is refused. */
const eventTime = (value: unknown, name: string): number => {
  if (!isPlausibleEventTime(value)) throw new RequestError(`时间格式不正确 / ${name}: not a plausible time`);
  return value;
};

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/** The shop of every account seen so far when they are all one shop (or none was seen: 'default'); null when several. */
async function onlyShopSeen(db: KefuDb): Promise<string | null> {
  const shops = new Set((await listAccounts(db)).map((a) => shopOfAccount(a.key)));
  if (shops.size === 0) return shopOfAccount('');
  return shops.size === 1 ? [...shops][0]! : null;
}

/** Handlers for every request of the Protocol. */
export function createHandlers({ store, session, local, managed, action, clock, onWaitingReport }: HandlerDeps): Handlers {
  const windowOf = async () => (await readSettings(local, managed)).replyTimer.countedWindow;
  const secretOf = async () => (await readSettings(local, managed)).team.shopSecret;
  return {
    'chat/events': async (request) => {
      const settings = await readSettings(local, managed);
      const events = Array.isArray(request.events) ? request.events : [];
      const account = normalizeAccount(request.account);
      const { added, skipped } = await store.run('chat/events', (db) =>
        addChatEvents(db, account, events, settings.replyTimer.countedWindow, clock.now(), settings.team.shopSecret),
      );
      await countDiagnostics(session, { skippedEvents: skipped }, clock.now());
      return { added, skipped };
    },

    'chat/pending': async (request) => {
      const since = finiteTime(request.since, 'chat/pending since');
      const account = normalizeAccount({ key: request.account }).key;
      const salt = accountSalt(account, await secretOf());
      return { pending: await store.run('chat/pending', (db) => pendingMessages(db, account, since)), salt };
    },

    'chat/heartbeat': async (request) => {
      const at = eventTime(request.at, 'chat/heartbeat at');
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
      if (request.clear === true) await local.remove(DIAGNOSTIC_ENTRIES_KEY);
      return { entries: await listDiagnostics(local) };
    },

    'guard/event': async (request) => {
      const window = await windowOf();
      const account = normalizeAccount(request.account);
      return store.run('guard/event', (db) => addGuardEvent(db, account, request.event, window, clock.now()));
    },

    'aftersales/snapshot': async (request) => {
      const seenAt = eventTime(request.seenAt, 'aftersales/snapshot seenAt');
      const rows = Array.isArray(request.rows) ? request.rows : [];
      const account = normalizeAccount(request.account);
      return store.run('aftersales/snapshot', (db) => putAfterSalesSnapshot(db, account, seenAt, rows, clock.now()));
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

    'account/current': () => store.run('account/current', async (db) => ({ account: (await resolveAccount(db)).account })),

    'export/daily': async (request) => {
      if (!FORMATS.includes(request.format)) throw new RequestError(`不支持的导出格式 / export/daily: unknown format ${String(request.format)}`);
      const window = await windowOf();
      return store.run('export/daily', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        return exportDaily(db, account.key, request.format, clock.now(), window);
      });
    },

    'official/readings': async (request) => {
      const readAt = finiteTime(request.readAt, 'official/readings readAt');
      const now = clock.now();
      const readings = Array.isArray(request.readings) ? request.readings.slice(0, 500) : [];
      if (request.shop !== undefined && checkShop(request.shop) === null) throw new RequestError('店铺编号不正确 / official/readings: bad shop id');
      return store.run('official/readings', async (db) => {
        if (request.rejected !== undefined) await recordOfficialRejects(db, request.rejected, now);
        const shop = checkShop(request.shop) ?? (await onlyShopSeen(db));
        if (shop === null || readings.length === 0) return { stored: 0, shop };
        const { stored } = await putOfficialReadings(db, shop, readings, Math.min(readAt, now), now);
        return { stored, shop };
      });
    },

    'official/shop-days': async (request) => {
      const days = request.days ?? 30;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) throw new RequestError('天数应为 1–366 / official/shop-days: days must be 1–366');
      return { shops: await store.run('official/shop-days', (db) => officialShopDays(db, days, beijingDay(clock.now()))) };
    },

    'official/calibration': async (request) => {
      const window = await windowOf();
      const now = clock.now();
      return store.run('official/calibration', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        return officialCalibration(db, account.key, beijingDay(now), window, now);
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
