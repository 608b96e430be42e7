/** Handlers of what the extension's pages ask: the popup's summary, exports, diagnostics. None of them writes the database. */
import { addDiagnostic, DIAGNOSTIC_ENTRIES_KEY, listDiagnostics, trafficMissingDays, trafficMissingOn } from './diagnostics';
import { beijingDay } from '../clock';
import { latestLiveReport } from '../events';
import { isLearned, PLATFORM_CLOCK_KEY } from '../platform-offset';
import { allReports } from './live-reports';
import type { ExportFormat, Handlers } from '../messages';
import { dayCount } from './request-checks';
import { readStoreError, RequestError } from '../store/errors';
import { resolveAccount } from '../store/accounts';
import { exportDaily } from '../store/export';
import type { HandlerDeps } from './handlers';
import { daySecrets } from './day-secrets';
import { getSummary } from '../store/summary';
import { exportTeamDayFile, TEAM_EXPORT_DEFAULT_DAYS } from '../store/team-export';

type Reads = Pick<Handlers, 'summary/get' | 'account/current' | 'clock/offset' | 'export/daily' | 'team/export' | 'diagnostics/report' | 'diagnostics/list'>;

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export function readHandlers({ store, session, local, settings, clock, idKeys, secretReady }: HandlerDeps): Reads {
  const secrets = daySecrets({ store, settings, clock, idKeys, secretReady });
  const windowOf = async () => (await settings()).replyTimer.countedWindow;
  return {
    'summary/get': async (request) => {
      const now = clock.now();
      const [current, reports, storeError, diagnostics] = await Promise.all([settings(), allReports(session), readStoreError(session), listDiagnostics(local)]);
      const summary = await store.run('summary/get', (db) =>
        getSummary(db, { account: request.account, now, settings: current, live: latestLiveReport(reports, now), storeError }),
      );
      return trafficMissingOn(diagnostics, beijingDay(now)) ? { ...summary, trafficMissing: true } : summary;
    },

    // Who the after-sales pages' snapshots belong to: the account seen last, without computing a summary.
    'account/current': () => store.run('account/current', async (db) => ({ account: (await resolveAccount(db)).account })),

    // What the worker's clock keeps in storage.session (lib/background/platform-clock.ts), as the extension pages read it.
    'clock/offset': async () => {
      const stored = (await session.get(PLATFORM_CLOCK_KEY))[PLATFORM_CLOCK_KEY];
      return { learned: isLearned(stored) ? stored : null };
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
      const days = dayCount(request.days, TEAM_EXPORT_DEFAULT_DAYS, 'team/export', '导出天数');
      const [window, diagnostics] = await Promise.all([windowOf(), listDiagnostics(local)]);
      return store.run('team/export', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        // Each day's key by fingerprint (never the key): the Team page names a file hashed with another (issue 23 item 5).
        const secretOf = await secrets(account.key);
        return exportTeamDayFile(db, account, days, clock.now(), window, trafficMissingDays(diagnostics), secretOf);
      });
    },

    'diagnostics/report': async (request) => ({ stored: await addDiagnostic(local, request.entry, clock.now()) }),

    'diagnostics/list': async (request) => {
      if (request.clear === true) await local.remove(DIAGNOSTIC_ENTRIES_KEY);
      return { entries: await listDiagnostics(local) };
    },
  };
}
